using CopSites.Provisioning.Charters;

namespace CopSites.Provisioning.Tests.Charters;

public class ValueTypeTests
{
    [Theory]
    [InlineData("urban-mobility")]
    [InlineData("cop")]
    [InlineData("fiscal-transparency-2025")]
    public void MailAlias_AcceptsLowercaseDigitsAndSingleHyphens(string text)
    {
        MailAlias.TryCreate(text, out var alias, out var error).ShouldBeTrue(error);
        alias.Value.ShouldBe(text);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Urban", "lowercase")]
    [InlineData("urban mobility", "lowercase letters")]
    [InlineData("urbán", "lowercase letters")]
    [InlineData("-urban", "start with a lowercase letter")]
    [InlineData("urban--mobility", "two hyphens")]
    public void MailAlias_RejectsOtherText(string text, string expected)
    {
        MailAlias.TryCreate(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
    }

    [Fact]
    public void MailAlias_RejectsMoreThan64Characters()
    {
        MailAlias.TryCreate(new string('a', 65), out _, out var error).ShouldBeFalse();
        error.ShouldContain("at most 64");
        MailAlias.TryCreate(new string('a', 64), out _, out _).ShouldBeTrue();
    }

    [Fact]
    public void UserPrincipalName_IsNormalisedToLowercase_AndExposesItsDomain()
    {
        var upn = UserPrincipalName.Create("Alice.Smith@Contoso.Local");

        upn.Value.ShouldBe("alice.smith@contoso.local");
        upn.Domain.ShouldBe("contoso.local");
        upn.ShouldBe(UserPrincipalName.Create("alice.smith@contoso.local"));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("@contoso.local")]
    [InlineData("alice@contoso")]
    [InlineData("alice@@contoso.local")]
    [InlineData("alice@contoso..local")]
    [InlineData("a b@contoso.local")]
    public void UserPrincipalName_RejectsMalformedText(string text)
    {
        UserPrincipalName.TryCreate(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrEmpty();
        Should.Throw<ArgumentException>(() => UserPrincipalName.Create(text));
    }

    [Fact]
    public void CharterLanguage_MapsCodesToSharePointLcids()
    {
        CharterLanguage.All.Select(l => (l.Key, l.Lcid)).ShouldBe([("en", 1033), ("es", 3082), ("pt", 1046), ("fr", 1036)]);
    }
}
