using CopSites.LocalTenant.Resources.Drives;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class QuickXorHashTests
{
    // Published vectors (OneDrive clients such as rclone test against them): base64 input, base64 hash.
    [Theory]
    [InlineData("", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("Sg==", "SgAAAAAAAAAAAAAAAQAAAAAAAAA=")]
    [InlineData("tbQ=", "taAFAAAAAAAAAAAAAgAAAAAAAAA=")]
    [InlineData("0pZP", "0rDEEwAAAAAAAAAAAwAAAAAAAAA=")]
    [InlineData("jRRDVA==", "jaDAEKgAAAAAAAAABAAAAAAAAAA=")]
    [InlineData("eAV52qE=", "eChAHrQRCgAAAAAABQAAAAAAAAA=")]
    [InlineData("luBZlaT6", "lgBHFipBCn0AAAAABgAAAAAAAAA=")]
    [InlineData("qaApEj66lw==", "qQBFCiTgA11cAgAABwAAAAAAAAA=")]
    [InlineData("/aNzzCFPS/A=", "/RjFHJgRgicsAR4ACAAAAAAAAAA=")]
    [InlineData("h490d57Pqz5q2rtT", "h3gEHe7giWeswgdq3MYupgAAAAA=")]
    [InlineData("2fuxhBJXtpWFe8dOfdGeHw==", "O9tHLAghgSvYohKFyMMxnNCHaHg=")]
    [InlineData("T6LYJIfDh81JrAK309H2JMJTXis=", "zBTHrspn3mEcohlJdIUAbjGNaNg=")]
    [InlineData("LlUe7wHerLqEtbSZLZgZa9u0m7hbiFs=", "TqVZpxs3cN61BnuFvwUtMtECTGQ=")]
    public void Compute_KnownVectors_MatchOneDrive(string input, string expected) =>
        QuickXorHash.Compute(Convert.FromBase64String(input)).ShouldBe(expected);

    [Fact]
    public void Compute_InputLongerThanTheRing_FoldsBytesTogether()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var changedLate = (byte[])data.Clone();
        changedLate[999] ^= 1;

        QuickXorHash.Compute(changedLate).ShouldNotBe(QuickXorHash.Compute(data));
    }
}
