using System.Text;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Charters;

/// <summary>Charters written carelessly or to attack: refused at once, naming the limit, never crashing the process.</summary>
public sealed class HostileCharterTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private CharterError ReadSingleError(byte[] content)
    {
        var path = _folder.File("charter.yaml", content);
        var result = CharterReader.Read(path);
        result.Succeeded.ShouldBeFalse();
        return result.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void DeeplyNestedFlowYaml_IsRefusedNamingTheDepthLimit_WithoutOverflowingTheStack()
    {
        // 200 KB of nesting used to overflow the stack and kill the process (exit 134), taking every other CoP with it.
        var depth = 100_000;
        var yaml = "name: " + new string('[', depth) + new string(']', depth) + "\n";

        var error = ReadSingleError(Encoding.UTF8.GetBytes(yaml));

        error.Kind.ShouldBe(CharterErrorKind.TooLarge);
        error.Message.ShouldContain($"deeper than {CharterInputLimits.MaxDepth} levels");
        error.Line.ShouldBe(1);
    }

    [Fact]
    public void DeeplyNestedBlockYaml_IsRefusedNamingTheDepthLimit()
    {
        var yaml = new StringBuilder();
        for (var level = 0; level < 200; level++)
        {
            yaml.Append(' ', level).Append("k").Append(level).Append(":\n");
        }

        var error = ReadSingleError(Encoding.UTF8.GetBytes(yaml.Append(' ', 200).Append("leaf\n").ToString()));

        error.Kind.ShouldBe(CharterErrorKind.TooLarge);
        error.Message.ShouldContain("nests deeper");
        error.Line.ShouldBe(CharterInputLimits.MaxDepth + 1); // the first mapping past the limit
    }

    [Fact]
    public void AliasBomb_IsRefused()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var error = ReadSingleError(Encoding.UTF8.GetBytes(yaml));

        error.Message.ShouldContain("aliases (*name) are not allowed");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void OversizedCharter_IsRefusedBeforeParsing()
    {
        var error = ReadSingleError(Encoding.UTF8.GetBytes("purpose: " + new string('x', CharterInputLimits.MaxBytes) + "\n"));

        error.Kind.ShouldBe(CharterErrorKind.TooLarge);
        error.Message.ShouldContain($"the limit is {CharterInputLimits.MaxBytes:N0} bytes");
    }

    [Fact]
    public void ManyNodes_AreRefusedNamingTheLimit()
    {
        var yaml = "members:\n" + string.Concat(Enumerable.Repeat("  - a\n", CharterInputLimits.MaxEvents));

        var error = ReadSingleError(Encoding.UTF8.GetBytes(yaml));

        error.Message.ShouldContain($"more than {CharterInputLimits.MaxEvents:N0} YAML nodes");
    }

    [Fact]
    public void InvalidUtf8_IsRefusedNamingTheByteOffset_InsteadOfNamingAGroupWithReplacementCharacters()
    {
        var valid = Encoding.UTF8.GetBytes(CharterYaml.Valid);
        var broken = valid.Take(10).Concat(new byte[] { 0xC3, 0x28 }).Concat(valid.Skip(10)).ToArray();

        var error = ReadSingleError(broken);

        error.Kind.ShouldBe(CharterErrorKind.InvalidEncoding);
        error.Message.ShouldContain("not valid UTF-8 (first bad byte at offset 10)");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("crlf")]
    public void AValidCharter_InAnyHonestEncodingOrLineEnding_IsRead(string form)
    {
        var text = CharterYaml.Valid;
        var bytes = form switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
        };
        var path = _folder.File("charter.yaml", bytes);

        CharterReader.Read(path).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void AFolderGivenAsCharter_IsOneClearError()
    {
        var error = CharterReader.Read(_folder.Path).Errors.ShouldHaveSingleItem();

        error.Kind.ShouldBe(CharterErrorKind.FileNotReadable);
        error.Message.ShouldContain("is a folder");
    }
}
