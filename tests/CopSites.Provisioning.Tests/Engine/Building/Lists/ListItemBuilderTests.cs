using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Lists;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Lists;

public class ListItemBuilderTests
{
    private const string Fields = """
        <pnp:SiteFields>
        <Field Name="CopValue" Type="Number" /><Field Name="CopDone" Type="Boolean" /><Field Name="CopDay" Type="DateTime" Format="DateOnly" />
        <Field Name="CopTags" Type="MultiChoice"><CHOICES><CHOICE>A, with comma</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>
        <Field Name="CopPerson" Type="User" /><Field Name="CopPeople" Type="UserMulti" Mult="TRUE" />
        <Field Name="CopEvent" Type="Lookup" List="Lists/Other" /><Field Name="CopKey" Type="Text" />
        </pnp:SiteFields>
        """;

    private static List<BuiltResource> Build(string dataRows, string keyColumn = "", string updateBehavior = "")
    {
        var attributes = (keyColumn.Length > 0 ? $" KeyColumn=\"{keyColumn}\"" : "") + (updateBehavior.Length > 0 ? $" UpdateBehavior=\"{updateBehavior}\"" : "");
        var template = BuildTesting.Template($"""
            {Fields}
            <pnp:Lists><pnp:ListInstance Title="Data" Url="Lists/Data" TemplateType="100">
              <pnp:FieldRefs><pnp:FieldRef ID="{Guid.Empty}" Name="CopValue" /><pnp:FieldRef ID="{Guid.Empty}" Name="CopDone" /><pnp:FieldRef ID="{Guid.Empty}" Name="CopDay" />
              <pnp:FieldRef ID="{Guid.Empty}" Name="CopTags" /><pnp:FieldRef ID="{Guid.Empty}" Name="CopPerson" /><pnp:FieldRef ID="{Guid.Empty}" Name="CopPeople" />
              <pnp:FieldRef ID="{Guid.Empty}" Name="CopEvent" /><pnp:FieldRef ID="{Guid.Empty}" Name="CopKey" /></pnp:FieldRefs>
              <pnp:DataRows{attributes}>
            {dataRows}
              </pnp:DataRows>
            </pnp:ListInstance></pnp:Lists>
            """, "rows.xml");
        return BuildTesting.Build(new ListItemBuilder(), BuildTesting.Context(template));
    }

    private static string Row(params (string Field, string Value)[] values) =>
        "<pnp:DataRow>" + string.Concat(values.Select(v => $"<pnp:DataValue FieldName=\"{v.Field}\">{v.Value}</pnp:DataValue>")) + "</pnp:DataRow>";

    [Fact]
    public void Item_ValuesAreConvertedByColumnType()
    {
        var built = Build(Row(("Title", "Kick-off"), ("CopValue", "4.5"), ("CopDone", "TRUE"), ("CopDay", "2025-03-01"),
            ("CopTags", "A, with comma;#B"), ("CopPerson", "7"), ("CopPeople", "i:0#.f|membership|Alice@Contoso.local,bob@contoso.local"),
            ("CopEvent", "3;#Launch"))).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.ListItem, "Data/key=Kick-off"));
        built.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.List, "Data"));
        built.Level.ShouldBe(5);
        JsonNode.DeepEquals(built.Resource.Properties["fields"], JsonNode.Parse("""
            {"Title":"Kick-off","CopValue":4.5,"CopDone":true,"CopDay":"2025-03-01T00:00:00Z",
             "CopTags@odata.type":"Collection(Edm.String)","CopTags":["A, with comma","B"],"CopPersonLookupId":7,"CopEventLookupId":3}
            """)).ShouldBeTrue(built.Resource.Properties.ToJsonString());
        JsonNode.DeepEquals(built.Resource.CreateOnly["people"], JsonNode.Parse("""{"CopPeople":["alice@contoso.local","bob@contoso.local"]}""")).ShouldBeTrue();
    }

    [Fact]
    public void Item_KeyColumn_NamesTheKeyValue()
    {
        var built = Build(Row(("Title", "Shown"), ("CopKey", "k-1")), keyColumn: "CopKey").ShouldHaveSingleItem();

        built.Resource.Key.Path.ShouldBe("Data/key=k-1");
    }

    [Fact]
    public void Item_WithoutKeyValue_IsAnErrorNamingTheRow()
    {
        var built = Build(Row(("Title", "First")) + "\n" + Row(("CopValue", "1")));

        built.Count.ShouldBe(2);
        built[0].TokenErrors.ShouldBeEmpty();
        var error = built[1].TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.MissingValue);
        error.Message.ShouldContain("data row 2");
        error.Message.ShouldContain("rows.xml:");
    }

    [Fact]
    public void Item_Skip_OnlyCreates()
    {
        var built = Build(Row(("Title", "Once")), updateBehavior: "Skip").ShouldHaveSingleItem();

        built.Resource.Properties.Count.ShouldBe(0);
        built.Resource.CreateOnly["fields"]!["Title"]!.GetValue<string>().ShouldBe("Once");
    }

    [Theory]
    [InlineData("CopValue", "lots")]
    [InlineData("CopDone", "maybe")]
    [InlineData("CopDay", "someday")]
    [InlineData("CopPerson", "Alice Smith")]
    [InlineData("CopEvent", "Launch")]
    public void Item_UnconvertibleValue_IsAnErrorNamingColumnAndValue(string field, string value)
    {
        var built = Build(Row(("Title", "x"), (field, value))).ShouldHaveSingleItem();

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.InvalidValue);
        error.Message.ShouldContain(field);
        error.Message.ShouldContain(value);
    }
}
