using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Engine.Building.Columns;

public class FieldColumnMapperTests
{
    private static JsonObject Column(string fieldXml, out BuiltResource built)
    {
        var template = BuildTesting.Template($"<pnp:SiteFields>{fieldXml}</pnp:SiteFields>");
        built = BuildTesting.Build(new SiteColumnBuilder(), BuildTesting.Context(template)).ShouldHaveSingleItem();
        return built.Resource.Properties;
    }

    [Fact]
    public void Map_Text_StatesCommonPropertiesAndTextFacet()
    {
        var column = Column("""<Field ID="{4bd49ca5-0667-5dde-8ba7-283a31b44b75}" Name="CopUnit" DisplayName="Unit" Type="Text" Group="CoP" Description="Where." Required="TRUE" Indexed="TRUE" EnforceUniqueValues="FALSE" MaxLength="64" />""", out var built);

        built.TokenErrors.ShouldBeEmpty();
        column["name"]!.GetValue<string>().ShouldBe("CopUnit");
        column["displayName"]!.GetValue<string>().ShouldBe("Unit");
        column["description"]!.GetValue<string>().ShouldBe("Where.");
        column["columnGroup"]!.GetValue<string>().ShouldBe("CoP");
        column["required"]!.GetValue<bool>().ShouldBeTrue();
        column["indexed"]!.GetValue<bool>().ShouldBeTrue();
        column["enforceUniqueValues"]!.GetValue<bool>().ShouldBeFalse();
        column.ContainsKey("hidden").ShouldBeFalse("only stated properties are compared");
        JsonNode.DeepEquals(column["text"], JsonNode.Parse("""{"allowMultipleLines":false,"maxLength":64}""")).ShouldBeTrue(column.ToJsonString());
    }

    [Theory]
    [InlineData("""<Field Name="F" Type="Note" NumLines="6" RichText="TRUE" />""", "text", """{"allowMultipleLines":true,"linesForEditing":6,"textType":"richText"}""")]
    [InlineData("""<Field Name="F" Type="Note" RichText="FALSE" Hidden="TRUE" />""", "text", """{"allowMultipleLines":true,"textType":"plain"}""")]
    [InlineData("""<Field Name="F" Type="Choice" Format="Dropdown" FillInChoice="FALSE"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>""", "choice", """{"allowTextEntry":false,"choices":["A","B"],"displayAs":"dropDownMenu"}""")]
    [InlineData("""<Field Name="F" Type="Choice" Format="RadioButtons"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>""", "choice", """{"choices":["A"],"displayAs":"radioButtons"}""")]
    [InlineData("""<Field Name="F" Type="MultiChoice"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>""", "choice", """{"choices":["A"],"displayAs":"checkBoxes"}""")]
    [InlineData("""<Field Name="F" Type="Number" Min="1" Max="5" Decimals="0" />""", "number", """{"decimalPlaces":"none","minimum":1,"maximum":5}""")]
    [InlineData("""<Field Name="F" Type="Number" Decimals="2" Percentage="TRUE" />""", "number", """{"decimalPlaces":"two","displayAs":"percentage"}""")]
    [InlineData("""<Field Name="F" Type="Integer" Min="0" />""", "number", """{"decimalPlaces":"none","minimum":0}""")]
    [InlineData("""<Field Name="F" Type="Currency" LCID="1046" />""", "currency", """{"locale":"pt-BR"}""")]
    [InlineData("""<Field Name="F" Type="DateTime" Format="DateOnly" />""", "dateTime", """{"format":"dateOnly"}""")]
    [InlineData("""<Field Name="F" Type="DateTime" Format="DateTime" />""", "dateTime", """{"format":"dateTime"}""")]
    [InlineData("""<Field Name="F" Type="Boolean" />""", "boolean", "{}")]
    [InlineData("""<Field Name="F" Type="User" UserSelectionMode="PeopleOnly" />""", "personOrGroup", """{"allowMultipleSelection":false,"chooseFromType":"peopleOnly"}""")]
    [InlineData("""<Field Name="F" Type="UserMulti" UserSelectionMode="PeopleAndGroups" Mult="TRUE" />""", "personOrGroup", """{"allowMultipleSelection":true,"chooseFromType":"peopleAndGroups"}""")]
    [InlineData("""<Field Name="F" Type="URL" Format="Hyperlink" />""", "hyperlinkOrPicture", """{"isPicture":false}""")]
    [InlineData("""<Field Name="F" Type="URL" Format="Image" />""", "hyperlinkOrPicture", """{"isPicture":true}""")]
    [InlineData("""<Field Name="F" Type="Calculated" ResultType="Number"><Formula>=[A]+1</Formula></Field>""", "calculated", """{"formula":"=[A]+1","outputType":"number"}""")]
    [InlineData("""<Field Name="F" Type="Calculated" ResultType="DateTime" Format="DateOnly"><Formula>=[A]</Formula></Field>""", "calculated", """{"formula":"=[A]","outputType":"dateTime","format":"dateOnly"}""")]
    public void Map_FieldType_GivesExactlyTheMatchingFacet(string fieldXml, string facet, string expected)
    {
        var column = Column(fieldXml, out var built);

        built.TokenErrors.ShouldBeEmpty();
        JsonNode.DeepEquals(column[facet], JsonNode.Parse(expected)).ShouldBeTrue(column.ToJsonString());
        string[] facets = ["text", "choice", "number", "currency", "dateTime", "boolean", "personOrGroup", "lookup", "hyperlinkOrPicture", "term", "calculated"];
        facets.Count(column.ContainsKey).ShouldBe(1);
    }

    [Fact]
    public void Map_Defaults_AreStatedAsDefaultValue()
    {
        var choice = Column("""<Field Name="F" Type="Choice"><Default>Draft</Default><CHOICES><CHOICE>Draft</CHOICE></CHOICES></Field>""", out _);
        var empty = Column("""<Field Name="G" Type="Text"><Default></Default></Field>""", out _);

        choice["defaultValue"]!["value"]!.GetValue<string>().ShouldBe("Draft");
        empty.ContainsKey("defaultValue").ShouldBeFalse();
    }

    [Fact]
    public void Map_UnsupportedType_IsAnErrorNamingFieldAndLine()
    {
        var template = BuildTesting.Template("<pnp:SiteFields>\n<Field Name=\"CopPlace\" Type=\"Geolocation\" />\n</pnp:SiteFields>", "odd.xml");

        var built = BuildTesting.Build(new SiteColumnBuilder(), BuildTesting.Context(template)).ShouldHaveSingleItem();

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.UnsupportedFieldType);
        error.Message.ShouldContain("CopPlace");
        error.Message.ShouldContain("Geolocation");
        error.Message.ShouldContain("odd.xml:2:");
        error.Message.ShouldContain("template 'T'");
    }

    [Fact]
    public void Map_DisplayNameToken_IsResolvedFromParameters()
    {
        var template = BuildTesting.Template("""<pnp:SiteFields><Field Name="F" Type="Text" DisplayName="{parameter:Label}" /></pnp:SiteFields>""");
        var context = BuildTesting.Context(template, parameters: new Dictionary<string, string> { ["Label"] = "Unit" });

        var built = BuildTesting.Build(new SiteColumnBuilder(), context).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Properties["displayName"]!.GetValue<string>().ShouldBe("Unit");
    }

    [Fact]
    public void Map_UnknownToken_IsAnUnknownTokenError()
    {
        var template = BuildTesting.Template("""<pnp:SiteFields><Field Name="F" Type="Text" Description="{nosuchtoken}" /></pnp:SiteFields>""");

        var built = BuildTesting.Build(new SiteColumnBuilder(), BuildTesting.Context(template)).ShouldHaveSingleItem();

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<UnknownTokenError>();
        error.Origin.Element.ShouldBe("pnp:SiteFields/Field[@Name='F']/@Description");
    }
}
