using System.Collections.Immutable;
using System.Text.Json;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Tokens;

public class TokenResolverTests
{
    private static readonly Guid ListId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid ViewId = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    private static readonly TokenOrigin Origin = new("COP-WORKSPACE", "pnp:ListInstance/@Title", new SourceLocation("cop-workspace.xml", 42, 7));
    private readonly TokenResolver _resolver = new();

    private static TokenContext Context => TokenContext.Empty with
    {
        HostUrl = "https://contoso.sharepoint.com",
        SiteUrl = "/sites/cop-data",
        SiteCollectionUrl = "/sites/cop-data",
        SiteId = Guid.Parse("00000000-0000-0000-0000-000000000001"),
        SiteTitle = "Data CoP",
        GroupId = Guid.Parse("00000000-0000-0000-0000-000000000002"),
        TermStoreId = Guid.Parse("00000000-0000-0000-0000-000000000003"),
        CurrentUserLoginName = "i:0#.f|membership|ada@contoso.com",
        CurrentUserId = 7,
        CurrentUserFullName = "Ada Lovelace",
        Parameters = TokenContext.Empty.Parameters.Add("ListName", "Decisions").Add("Quote", "say \"hi\" \\o/"),
        Lists = TokenContext.Empty.Lists.Add("Decisions", new ListFacts(ListId, "/sites/cop-data/Lists/Decisions",
            ImmutableDictionary.Create<string, Guid>(StringComparer.OrdinalIgnoreCase).Add("All Items", ViewId))),
        Fields = TokenContext.Empty.Fields.Add("CopStatus", new FieldFacts(Guid.Parse("00000000-0000-0000-0000-000000000004"), "Status")),
        ContentTypes = TokenContext.Empty.ContentTypes.Add("CoP Decision", "0x0100ABCD"),
        TermSets = TokenContext.Empty.TermSets.Add("CoP:Topics", Guid.Parse("00000000-0000-0000-0000-000000000005")),
        Files = TokenContext.Empty.Files.Add("SitePages/Home.aspx", Guid.Parse("00000000-0000-0000-0000-000000000006")),
        WebParts = TokenContext.Empty.WebParts.Add("Members", Guid.Parse("00000000-0000-0000-0000-000000000007")),
        Resources = TokenContext.Empty.Resources.Add("WelcomeTitle", "Welcome"),
    };

    [Theory]
    [InlineData("{site}/SitePages", "/sites/cop-data/SitePages")]
    [InlineData("{sitecollection}", "/sites/cop-data")]
    [InlineData("{siteid}", "00000000-0000-0000-0000-000000000001")]
    [InlineData("{sitename} / {sitetitle}", "Data CoP / Data CoP")]
    [InlineData("{hostname}", "contoso.sharepoint.com")]
    [InlineData("{hosturl}{site}", "https://contoso.sharepoint.com/sites/cop-data")]
    [InlineData("{listid:Decisions}", "11111111-2222-3333-4444-555555555555")]
    [InlineData("{listurl:decisions}", "/sites/cop-data/Lists/Decisions")]
    [InlineData("{viewid:Decisions,All Items}", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")]
    [InlineData("{fieldtitle:CopStatus}|{fieldid:CopStatus}", "Status|00000000-0000-0000-0000-000000000004")]
    [InlineData("{termsetid:CoP:Topics}", "00000000-0000-0000-0000-000000000005")]
    [InlineData("{termstoreid}={sitecollectiontermstoreid}", "00000000-0000-0000-0000-000000000003=00000000-0000-0000-0000-000000000003")]
    [InlineData("{groupid}", "00000000-0000-0000-0000-000000000002")]
    [InlineData("{CurrentUserLoginName}", "i:0#.f|membership|ada@contoso.com")]
    [InlineData("{currentuserid}:{currentuserfullname}", "7:Ada Lovelace")]
    [InlineData("{themecatalog}", "/sites/cop-data/_catalogs/theme/15")]
    [InlineData("{masterpagecatalog}/seattle.master", "/sites/cop-data/_catalogs/masterpage/seattle.master")]
    [InlineData("{contenttypeid:CoP Decision}", "0x0100ABCD")]
    [InlineData("{pageuniqueid:SitePages/Home.aspx}", "00000000-0000-0000-0000-000000000006")]
    [InlineData("{webpartid:Members}", "00000000-0000-0000-0000-000000000007")]
    [InlineData("{localization:WelcomeTitle} {resource:WelcomeTitle}", "Welcome Welcome")]
    [InlineData("{roledefinition:Editor}", "Edit")]
    [InlineData("{parameter:ListName}", "Decisions")]
    public void Resolve_KnownToken_ReplacesWithContextValue(string input, string expected)
    {
        var result = _resolver.Resolve(input, Context, Origin);

        result.Errors.ShouldBeEmpty();
        result.Value.ShouldBe(expected);
    }

    [Fact]
    public void Resolve_NestedToken_ResolvesInnerFirst()
    {
        _resolver.Resolve("{listurl:{parameter:ListName}}/AllItems.aspx", Context, Origin).Value
            .ShouldBe("/sites/cop-data/Lists/Decisions/AllItems.aspx");
    }

    [Fact]
    public void Resolve_GuidBracesAroundToken_KeepsOuterBraces()
    {
        _resolver.Resolve("SourceID=\"{{listid:Decisions}}\" ID=\"{2735DBDB-F789-4E72-A956-FBA7B6FB21E9}\"", Context, Origin).Value
            .ShouldBe("SourceID=\"{11111111-2222-3333-4444-555555555555}\" ID=\"{2735DBDB-F789-4E72-A956-FBA7B6FB21E9}\"");
    }

    [Fact]
    public void Resolve_JsonControlData_EscapesValueAndKeepsJsonValid()
    {
        const string json = """{"id":"x","properties":{"title":"{parameter:Quote}","listId":"{listid:Decisions}","empty":{}}}""";

        var result = _resolver.Resolve(json, Context, Origin, TokenEscaping.Json);

        result.Succeeded.ShouldBeTrue();
        using var document = JsonDocument.Parse(result.Value);
        var properties = document.RootElement.GetProperty("properties");
        properties.GetProperty("title").GetString().ShouldBe("say \"hi\" \\o/");
        properties.GetProperty("listId").GetString().ShouldBe(ListId.ToString());
    }

    [Fact]
    public void Resolve_XmlEscaping_EscapesMarkupInValue()
    {
        var context = Context.WithParameter("Name", "R&D <team>");

        _resolver.Resolve("<Field DisplayName=\"{parameter:Name}\" />", context, Origin, TokenEscaping.Xml).Value
            .ShouldBe("<Field DisplayName=\"R&amp;D &lt;team&gt;\" />");
    }

    [Fact]
    public void Resolve_UnknownToken_IsTypedErrorNamingTemplateElementAndLine()
    {
        var result = _resolver.Resolve("Hello {nosuchtoken:x} world", Context, Origin);

        var error = result.Errors.ShouldHaveSingleItem().ShouldBeOfType<UnknownTokenError>();
        error.Token.Name.ShouldBe("nosuchtoken");
        error.Message.ShouldContain("{nosuchtoken:x}");
        error.Message.ShouldContain("COP-WORKSPACE");
        error.Message.ShouldContain("pnp:ListInstance/@Title");
        error.Message.ShouldContain("cop-workspace.xml:42:7");
        result.Value.ShouldBe("Hello {nosuchtoken:x} world");
        result.OnlyWaitingForValues.ShouldBeFalse();
    }

    [Fact]
    public void Resolve_KnownTokenWithoutValueYet_IsUnavailableNotUnknown()
    {
        var result = _resolver.Resolve("{listid:Minutes}", Context, Origin);

        var error = result.Errors.ShouldHaveSingleItem().ShouldBeOfType<UnavailableTokenError>();
        error.Token.Category.ShouldBe(TokenCategory.List);
        error.Token.Argument.ShouldBe("Minutes");
        result.OnlyWaitingForValues.ShouldBeTrue();
        _resolver.Resolve("{listid:Minutes}", Context.WithList("Minutes", new ListFacts(ListId, "/x")), Origin).Value.ShouldBe(ListId.ToString());
    }

    [Fact]
    public void Resolve_UnsupportedToken_ExplainsWhy()
    {
        var error = _resolver.Resolve("{sequencesiteurl:PORTAL}", Context, Origin).Errors.ShouldHaveSingleItem();

        error.ShouldBeOfType<UnsupportedTokenError>().Reason.ShouldContain("sequence");
    }

    [Theory]
    [InlineData("{viewid:Decisions}")]
    [InlineData("{termsetid:OnlyGroup}")]
    [InlineData("{parameter}")]
    [InlineData("{site:extra}")]
    public void Resolve_WrongArguments_IsMalformed(string input)
    {
        _resolver.Resolve(input, Context, Origin).Errors.ShouldHaveSingleItem().ShouldBeOfType<MalformedTokenError>();
    }

    [Theory]
    [InlineData("https://x/?ItemUrl={ItemUrl}&ItemId={ItemId}&ListId={ListId}&SiteUrl={SiteUrl}&Source={Source}")]
    [InlineData("{\"a\": {\"b\": 1}, \"c\": {}}")]
    [InlineData("{ not a token }")]
    [InlineData("{$safeprojectname$}")]
    public void Resolve_RuntimeTokensAndOtherBraces_AreLeftAsWritten(string input)
    {
        var result = _resolver.Resolve(input, Context, Origin);

        result.Errors.ShouldBeEmpty();
        result.Value.ShouldBe(input);
    }

    [Fact]
    public void Resolve_ValueContainingBraces_IsNotScannedAgain()
    {
        var context = Context.WithParameter("Raw", "{listid:Decisions}");

        _resolver.Resolve("{parameter:Raw}", context, Origin).Value.ShouldBe("{listid:Decisions}");
    }

    [Fact]
    public void Resolve_UnknownNestedToken_ReportsInnerAndSkipsOuter()
    {
        var result = _resolver.Resolve("{listurl:{bogus}}", Context, Origin);

        result.Errors.ShouldHaveSingleItem().ShouldBeOfType<UnknownTokenError>().Token.Text.ShouldBe("{bogus}");
        result.Value.ShouldBe("{listurl:{bogus}}");
    }

    [Fact]
    public void ListDependencies_MixedString_ListsEveryCataloguedTokenInOrder()
    {
        var dependencies = _resolver.ListDependencies("{site}/{listurl:{parameter:ListName}} {ItemUrl} {viewid:Decisions,All Items}", Context);

        dependencies.Select(d => (d.Name, d.Argument, d.Category)).ShouldBe(
        [
            ("site", null, TokenCategory.Site),
            ("parameter", "ListName", TokenCategory.Template),
            ("listurl", "Decisions", TokenCategory.List),
            ("viewid", "Decisions,All Items", TokenCategory.List),
        ]);
    }

    [Fact]
    public void ListDependencies_NestedArgumentWithoutContext_KeepsRawArgument()
    {
        var dependency = _resolver.ListDependencies("{listid:{parameter:ListName}}").Last();

        dependency.Name.ShouldBe("listid");
        dependency.Argument.ShouldBe("{parameter:ListName}");
    }

    [Fact]
    public void Check_ReportsOnlyProblemsNoContextCanFix()
    {
        var errors = _resolver.Check("{listid:Later} {unknown} {now}", Origin);

        errors.Select(e => e.GetType()).ShouldBe([typeof(UnknownTokenError), typeof(UnsupportedTokenError)]);
    }
}
