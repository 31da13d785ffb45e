using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Engine.Building.Columns;

public class ColumnTargetTests
{
    private static readonly Guid EventsId = Guid.Parse("0b5a8e5c-0000-4000-8000-000000000001");
    private static readonly Guid TopicsId = Guid.Parse("1725f0f2-c35b-52b4-8ee2-a24c544c2e8e");
    private static readonly Guid TenantTopicsId = Guid.Parse("9f0e0000-0000-4000-8000-000000000002");

    private const string Lists = """<pnp:Lists><pnp:ListInstance Title="Events" Url="Lists/CopEvents" TemplateType="106" /></pnp:Lists>""";

    private const string Terms = """
        <pnp:TermGroups><pnp:TermGroup Name="Communities of Practice"><pnp:TermSets>
        <pnp:TermSet Name="Topics" ID="1725f0f2-c35b-52b4-8ee2-a24c544c2e8e" /></pnp:TermSets></pnp:TermGroup></pnp:TermGroups>
        """;

    private static string Lookup(string list) => $"""<Field Name="CopSource" Type="Lookup" List="{list}" ShowField="Title" />""";

    private static string Taxonomy(string termSetId, string sspId = "{sitecollectiontermstoreid}") => $"""
        <Field Name="CopTopics" Type="TaxonomyFieldTypeMulti" Mult="TRUE"><Customization><ArrayOfProperty>
        <Property><Name>SspId</Name><Value>{sspId}</Value></Property>
        <Property><Name>TermSetId</Name><Value>{termSetId}</Value></Property>
        <Property><Name>IsPathRendered</Name><Value>true</Value></Property>
        </ArrayOfProperty></Customization></Field>
        """;

    private static BuiltResource SiteColumn(ProvisioningTemplate template, SiteState state) =>
        BuildTesting.Build(new SiteColumnBuilder(), BuildTesting.Context(template, state)).ShouldHaveSingleItem();

    [Theory]
    [InlineData("{listid:Events}")]
    [InlineData("Lists/CopEvents")]
    [InlineData("/sites/cop/Lists/CopEvents/")]
    public void Lookup_ListOfTheTemplate_WaitsForItThenUsesItsId(string list)
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Lookup(list)}</pnp:SiteFields>{Lists}");

        var before = SiteColumn(template, BuildTesting.EmptySite);
        var after = SiteColumn(template, BuildTesting.EmptySite.With([BuildTesting.Actual(ResourceKind.List, "Events", id: EventsId)]));

        before.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<UnavailableTokenError>();
        after.TokenErrors.ShouldBeEmpty();
        after.Level.ShouldBe(2);
        var lookup = after.Resource.Properties["lookup"]!;
        lookup["listId"]!.GetValue<string>().ShouldBe(EventsId.ToString("D"));
        lookup["columnName"]!.GetValue<string>().ShouldBe("Title");
        lookup["allowMultipleValues"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public void Lookup_ListGuid_IsUsedAsWritten()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Lookup("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")}</pnp:SiteFields>");

        var built = SiteColumn(template, BuildTesting.EmptySite);

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Properties["lookup"]!["listId"]!.GetValue<string>().ShouldBe("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    [Fact]
    public void Lookup_ListUrlOnNoList_IsAnUnknownListError()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Lookup("Lists/Nowhere")}</pnp:SiteFields>{Lists}");

        var built = SiteColumn(template, BuildTesting.EmptySite);

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.UnknownList);
        error.Message.ShouldContain("Lists/Nowhere");
    }

    [Fact]
    public void Lookup_ListUrlOfAListTheSiteHas_UsesItsId()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Lookup("Lists/Existing")}</pnp:SiteFields>");
        var state = BuildTesting.EmptySite.With([BuildTesting.Actual(ResourceKind.List, "Existing",
            new System.Text.Json.Nodes.JsonObject { ["webUrl"] = "https://contoso.sharepoint.com/sites/cop/Lists/Existing" }, EventsId)]);

        var built = SiteColumn(template, state);

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Properties["lookup"]!["listId"]!.GetValue<string>().ShouldBe(EventsId.ToString("D"));
    }

    [Fact]
    public void Taxonomy_TermSetOfTheTemplate_WaitsForItThenUsesTheTenantsId()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Taxonomy(TopicsId.ToString())}</pnp:SiteFields>{Terms}");
        var state = BuildTesting.EmptySite.With([BuildTesting.Actual(ResourceKind.TermSet, "Communities of Practice/Topics", id: TenantTopicsId)]);

        var before = SiteColumn(template, BuildTesting.EmptySite);
        var after = SiteColumn(template, state);

        before.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<UnavailableTokenError>();
        after.TokenErrors.ShouldBeEmpty();
        after.Level.ShouldBe(3);
        var term = after.Resource.Properties["term"]!;
        term["termSet"]!["id"]!.GetValue<string>().ShouldBe(TenantTopicsId.ToString("D"));
        term["allowMultipleValues"]!.GetValue<bool>().ShouldBeTrue();
        term["showFullyQualifiedName"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void Taxonomy_TermSetToken_IsResolved()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Taxonomy("{termsetid:Communities of Practice:Topics}")}</pnp:SiteFields>{Terms}");
        var state = BuildTesting.EmptySite.With([BuildTesting.Actual(ResourceKind.TermSet, "Communities of Practice/Topics", id: TenantTopicsId)]);

        var built = SiteColumn(template, state);

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Properties["term"]!["termSet"]!["id"]!.GetValue<string>().ShouldBe(TenantTopicsId.ToString("D"));
    }

    [Fact]
    public void Taxonomy_ForeignTermSetGuid_IsUsedAsWritten()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Taxonomy("8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f")}</pnp:SiteFields>");

        var built = SiteColumn(template, BuildTesting.EmptySite);

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Properties["term"]!["termSet"]!["id"]!.GetValue<string>().ShouldBe("8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f");
    }

    [Fact]
    public void Taxonomy_UnknownTokenInSspId_StillFails()
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{Taxonomy("8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f", "{nosuchstore}")}</pnp:SiteFields>");

        var built = SiteColumn(template, BuildTesting.EmptySite);

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<UnknownTokenError>().Origin.Element.ShouldEndWith("Customization/SspId");
    }

    [Fact]
    public void Taxonomy_WithoutTermSetId_IsAnError()
    {
        var template = BuildTesting.Template("""<pnp:SiteFields><Field Name="CopTopics" Type="TaxonomyFieldType" /></pnp:SiteFields>""");

        var built = SiteColumn(template, BuildTesting.EmptySite);

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.MissingValue);
    }

    [Fact]
    public void SiteColumn_Levels_FollowWhatTheColumnNeeds()
    {
        var template = BuildTesting.Template($"""<pnp:SiteFields><Field Name="Plain" Type="Text" />{Lookup("{listid:Events}")}{Taxonomy(TopicsId.ToString())}</pnp:SiteFields>{Lists}{Terms}""");

        var built = BuildTesting.Build(new SiteColumnBuilder(), BuildTesting.Context(template));

        built.Single(ResourceKind.SiteColumn, "Plain").Level.ShouldBe(1);
        built.Single(ResourceKind.SiteColumn, "CopSource").Level.ShouldBe(2);
        built.Single(ResourceKind.SiteColumn, "CopTopics").Level.ShouldBe(3);
    }
}
