using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Lists;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Lists;

public class ListBuildersTests
{
    private const string SiteFields = """
        <pnp:SiteFields>
        <Field ID="{4bd49ca5-0667-5dde-8ba7-283a31b44b75}" Name="CopUnit" DisplayName="Unit" Type="Text" />
        <Field ID="{815f319a-fc9d-5cf5-abc8-51396aea29a8}" Name="CopTopics" Type="TaxonomyFieldType"><Customization><ArrayOfProperty>
        <Property><Name>TermSetId</Name><Value>8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f</Value></Property></ArrayOfProperty></Customization></Field>
        </pnp:SiteFields>
        """;

    private const string ContentTypes = """
        <pnp:ContentTypes>
        <pnp:ContentType ID="0x010100C236346E7922526189F783CFA12D459F" Name="Knowledge product"><pnp:FieldRefs>
        <pnp:FieldRef ID="{815f319a-fc9d-5cf5-abc8-51396aea29a8}" Name="CopTopics" /></pnp:FieldRefs></pnp:ContentType>
        <pnp:ContentType ID="0x0100AA36346E7922526189F783CFA12D459F" Name="Plain"><pnp:FieldRefs>
        <pnp:FieldRef ID="{4bd49ca5-0667-5dde-8ba7-283a31b44b75}" Name="CopUnit" /></pnp:FieldRefs></pnp:ContentType>
        </pnp:ContentTypes>
        """;

    private static List<BuiltResource> Build(IResourceBuilder builder, string lists, string prefix = SiteFields + ContentTypes) =>
        BuildTesting.Build(builder, BuildTesting.Context(BuildTesting.Template($"{prefix}<pnp:Lists>{lists}</pnp:Lists>")));

    [Theory]
    [InlineData(100, "genericList")]
    [InlineData(101, "documentLibrary")]
    [InlineData(106, "events")]
    [InlineData(107, "tasks")]
    public void List_TemplateTypeAndUrl_AreCreateOnly(int templateType, string graphTemplate)
    {
        var built = Build(new ListBuilder(), $"""<pnp:ListInstance Title="Events" Url="Lists/CopEvents" TemplateType="{templateType}" Description="Sessions." ContentTypesEnabled="true" />""")
            .ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Level.ShouldBe(1);
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.List, "Events"));
        JsonNode.DeepEquals(built.Resource.Properties, JsonNode.Parse("""{"displayName":"Events","description":"Sessions."}""")).ShouldBeTrue();
        JsonNode.DeepEquals(built.Resource.CreateOnly, JsonNode.Parse($$"""{"list":{"template":"{{graphTemplate}}","contentTypesEnabled":true},"name":"CopEvents"}"""))
            .ShouldBeTrue(built.Resource.CreateOnly.ToJsonString());
    }

    [Fact]
    public void List_TemplateGraphCannotCreate_IsAnError()
    {
        var built = Build(new ListBuilder(), """<pnp:ListInstance Title="Wiki" Url="Wiki" TemplateType="119" />""").ShouldHaveSingleItem();

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.UnsupportedFeature);
    }

    [Fact]
    public void List_Folders_AreReportedNotDropped()
    {
        var built = Build(new ListBuilder(), """<pnp:ListInstance Title="Docs" Url="Docs" TemplateType="101"><pnp:Folders><pnp:Folder Name="A" /></pnp:Folders></pnp:ListInstance>""")
            .ShouldHaveSingleItem();

        built.Messages().ShouldHaveSingleItem().ShouldContain("folders");
    }

    [Fact]
    public void ListColumn_OwnFieldAndReferences_AreKeyedUnderTheList()
    {
        var built = Build(new ListColumnBuilder(), """
            <pnp:ListInstance Title="Lessons" Url="Lists/Lessons" TemplateType="100">
              <pnp:Fields><Field Name="CopNote" DisplayName="Note" Type="Note" /></pnp:Fields>
              <pnp:FieldRefs>
                <pnp:FieldRef ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}" Name="Title" DisplayName="Lesson" Required="true" />
                <pnp:FieldRef ID="{4bd49ca5-0667-5dde-8ba7-283a31b44b75}" Name="CopUnit" />
                <pnp:FieldRef ID="{815f319a-fc9d-5cf5-abc8-51396aea29a8}" Name="CopTopics" Hidden="false" />
              </pnp:FieldRefs>
            </pnp:ListInstance>
            """);

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        built.ShouldAllBe(b => b.Resource.Parent == new ResourceKey(ResourceKind.List, "Lessons"));
        var own = built.Single(ResourceKind.ListColumn, "Lessons/CopNote");
        own.Level.ShouldBe(2);
        own.Resource.Properties["text"]!["allowMultipleLines"]!.GetValue<bool>().ShouldBeTrue();
        var title = built.Single(ResourceKind.ListColumn, "Lessons/Title");
        JsonNode.DeepEquals(title.Resource.Properties, JsonNode.Parse("""{"displayName":"Lesson","required":true}""")).ShouldBeTrue();
        title.Resource.CreateOnly["sourceColumn"]!.GetValue<string>().ShouldBe("Title");
        var unit = built.Single(ResourceKind.ListColumn, "Lessons/CopUnit");
        unit.Resource.Properties.Count.ShouldBe(0);
        unit.Level.ShouldBe(2);
        var topics = built.Single(ResourceKind.ListColumn, "Lessons/CopTopics");
        topics.Level.ShouldBe(4, "the taxonomy site column is created at level 3");
        topics.Resource.Properties["hidden"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public void ListColumn_OwnLookup_WaitsALevelAndMayPointAtItsOwnList()
    {
        var template = BuildTesting.Template("""
            <pnp:Lists><pnp:ListInstance Title="Forum" Url="Lists/CopForum" TemplateType="100">
              <pnp:Fields><Field Name="CopParent" Type="Lookup" List="Self" ShowField="Title" /></pnp:Fields>
            </pnp:ListInstance></pnp:Lists>
            """);
        var forum = Guid.NewGuid();
        var state = BuildTesting.EmptySite.With([BuildTesting.Actual(ResourceKind.List, "Forum", id: forum)]);

        var built = BuildTesting.Build(new ListColumnBuilder(), BuildTesting.Context(template, state)).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Level.ShouldBe(3);
        built.Resource.Properties["lookup"]!["listId"]!.GetValue<string>().ShouldBe(forum.ToString("D"));
    }

    [Fact]
    public void ListColumn_UnknownFieldRef_IsAnErrorNamingTheField()
    {
        var built = Build(new ListColumnBuilder(), """
            <pnp:ListInstance Title="L" Url="Lists/L" TemplateType="100"><pnp:FieldRefs>
            <pnp:FieldRef ID="{00000000-0000-0000-0000-00000000abcd}" Name="Ghost" /></pnp:FieldRefs></pnp:ListInstance>
            """).ShouldHaveSingleItem();

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.UnknownField);
        error.Message.ShouldContain("Ghost");
    }

    [Fact]
    public void ListContentType_IdResolvesToNameAndWaitsForTheContentTypesColumns()
    {
        var built = Build(new ListContentTypeBuilder(), """
            <pnp:ListInstance Title="Toolkit" Url="Toolkit" TemplateType="101"><pnp:ContentTypeBindings>
              <pnp:ContentTypeBinding ContentTypeID="0x010100C236346E7922526189F783CFA12D459F" Default="true" />
              <pnp:ContentTypeBinding ContentTypeID="0x0100AA36346E7922526189F783CFA12D459F" />
              <pnp:ContentTypeBinding ContentTypeID="0x0101" />
            </pnp:ContentTypeBindings></pnp:ListInstance>
            """);

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        var product = built.Single(ResourceKind.ListContentType, "Toolkit/Knowledge product");
        product.Resource.CreateOnly["contentType"]!.GetValue<string>().ShouldBe("Knowledge product");
        product.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.List, "Toolkit"));
        product.Level.ShouldBe(5, "its taxonomy column is linked at level 4");
        built.Single(ResourceKind.ListContentType, "Toolkit/Plain").Level.ShouldBe(4);
        built.Single(ResourceKind.ListContentType, "Toolkit/Document").Level.ShouldBe(4);
    }

    [Fact]
    public void ListContentType_UnknownId_IsAnError()
    {
        var built = Build(new ListContentTypeBuilder(), """
            <pnp:ListInstance Title="T" Url="T" TemplateType="101"><pnp:ContentTypeBindings>
            <pnp:ContentTypeBinding ContentTypeID="0x0100DEAD" /></pnp:ContentTypeBindings></pnp:ListInstance>
            """).ShouldHaveSingleItem();

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.UnknownContentType);
    }

    [Fact]
    public void ListView_IsRestShapedAndWaitsForTheCompleteList()
    {
        var built = Build(new ListViewBuilder(), """
            <pnp:ListInstance Title="Toolkit" Url="Toolkit" TemplateType="101">
              <pnp:ContentTypeBindings><pnp:ContentTypeBinding ContentTypeID="0x010100C236346E7922526189F783CFA12D459F" /></pnp:ContentTypeBindings>
              <pnp:Views><View DisplayName="Published" DefaultView="TRUE" Type="HTML"><Query><Where><Eq><FieldRef Name="S" /><Value Type="Text">Published</Value></Eq></Where><OrderBy><FieldRef Name="Modified" Ascending="FALSE" /></OrderBy></Query><ViewFields><FieldRef Name="LinkFilename" /><FieldRef Name="CopTopics" /></ViewFields><RowLimit Paged="TRUE">30</RowLimit></View></pnp:Views>
            </pnp:ListInstance>
            """).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.ListView, "Toolkit/Published"));
        built.Level.ShouldBe(6, "the list's content type is bound at level 5");
        JsonNode.DeepEquals(built.Resource.Properties, JsonNode.Parse("""
            {"Title":"Published","ViewQuery":"<Where><Eq><FieldRef Name=\"S\" /><Value Type=\"Text\">Published</Value></Eq></Where><OrderBy><FieldRef Name=\"Modified\" Ascending=\"FALSE\" /></OrderBy>",
             "RowLimit":30,"DefaultView":true,"ViewFields":["LinkFilename","CopTopics"]}
            """)).ShouldBeTrue(built.Resource.Properties.ToJsonString());
    }

    [Fact]
    public void ListView_TokenInQuery_IsXmlEscaped()
    {
        var template = BuildTesting.Template("""
            <pnp:Lists><pnp:ListInstance Title="L" Url="Lists/L" TemplateType="100"><pnp:Views>
            <View DisplayName="Mine"><Query><Where><Eq><FieldRef Name="Title" /><Value Type="Text">{parameter:Who}</Value></Eq></Where></Query></View>
            </pnp:Views></pnp:ListInstance></pnp:Lists>
            """);
        var context = BuildTesting.Context(template, parameters: new Dictionary<string, string> { ["Who"] = "R&D <team>" });

        var built = BuildTesting.Build(new ListViewBuilder(), context).ShouldHaveSingleItem();

        built.Level.ShouldBe(3);
        built.Resource.Properties["ViewQuery"]!.GetValue<string>().ShouldContain("R&amp;D &lt;team&gt;");
    }
}
