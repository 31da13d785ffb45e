using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.ContentTypes;

public class ContentTypeBuildersTests
{
    private const string Template = """
        <pnp:SiteFields>
        <Field ID="{36dfac06-6b4b-538e-8661-ba223694dcbc}" Name="CopProductType" Type="Text" />
        <Field ID="{815f319a-fc9d-5cf5-abc8-51396aea29a8}" Name="CopTopics" Type="TaxonomyFieldType"><Customization><ArrayOfProperty>
        <Property><Name>TermSetId</Name><Value>8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f</Value></Property></ArrayOfProperty></Customization></Field>
        </pnp:SiteFields>
        <pnp:ContentTypes>
        <pnp:ContentType ID="0x010100C236346E7922526189F783CFA12D459F" Name="Knowledge product" Group="CoP" Description="Reusable.">
          <pnp:FieldRefs>
            <pnp:FieldRef ID="{36dfac06-6b4b-538e-8661-ba223694dcbc}" Required="true" />
            <pnp:FieldRef ID="{815f319a-fc9d-5cf5-abc8-51396aea29a8}" Name="CopTopics" />
            <pnp:FieldRef ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}" Name="Title" Hidden="true" />
          </pnp:FieldRefs>
        </pnp:ContentType>
        <pnp:ContentType ID="0x010100C236346E7922526189F783CFA12D459F01" Name="Checklist" />
        </pnp:ContentTypes>
        """;

    [Theory]
    [InlineData("0x010100C236346E7922526189F783CFA12D459F", "0x0101")]
    [InlineData("0x0100C236346E7922526189F783CFA12D459F", "0x01")]
    [InlineData("0x010100C236346E7922526189F783CFA12D459F01", "0x010100C236346E7922526189F783CFA12D459F")]
    [InlineData("0x0101", "0x01")]
    [InlineData("0x01", null)]
    public void ParentOf_ReadsTheParentOffTheId(string id, string? parent) => ContentTypeIds.ParentOf(id).ShouldBe(parent);

    [Fact]
    public void ContentType_IsKeyedByNameWithIdAndBaseCreateOnly()
    {
        var built = BuildTesting.Build(new ContentTypeBuilder(), BuildTesting.Context(BuildTesting.Template(Template)));

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        var product = built.Single(ResourceKind.ContentType, "Knowledge product");
        product.Level.ShouldBe(2);
        JsonNode.DeepEquals(product.Resource.Properties, JsonNode.Parse("""{"name":"Knowledge product","description":"Reusable.","group":"CoP"}""")).ShouldBeTrue();
        JsonNode.DeepEquals(product.Resource.CreateOnly, JsonNode.Parse("""{"id":"0x010100C236346E7922526189F783CFA12D459F","base":{"id":"0x0101"}}""")).ShouldBeTrue();
        built.Single(ResourceKind.ContentType, "Checklist").Level.ShouldBe(3, "its parent is a content type of the template");
    }

    [Fact]
    public void ContentTypeColumn_ResolvesIdsToInternalNames()
    {
        var built = BuildTesting.Build(new ContentTypeColumnBuilder(), BuildTesting.Context(BuildTesting.Template(Template)));

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        built.ShouldAllBe(b => b.Resource.Parent == new ResourceKey(ResourceKind.ContentType, "Knowledge product"));
        var type = built.Single(ResourceKind.ContentTypeColumn, "Knowledge product/CopProductType");
        type.Resource.CreateOnly["sourceColumn"]!.GetValue<string>().ShouldBe("CopProductType");
        JsonNode.DeepEquals(type.Resource.Properties, JsonNode.Parse("""{"required":true}""")).ShouldBeTrue();
        type.Level.ShouldBe(3);
        built.Single(ResourceKind.ContentTypeColumn, "Knowledge product/CopTopics").Level.ShouldBe(4, "the taxonomy site column comes at level 3");
        built.Single(ResourceKind.ContentTypeColumn, "Knowledge product/Title").Resource.Properties["hidden"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void ContentTypeColumn_UnknownField_IsAnError()
    {
        var template = BuildTesting.Template("""
            <pnp:ContentTypes><pnp:ContentType ID="0x0100C236346E7922526189F783CFA12D459F" Name="X"><pnp:FieldRefs>
            <pnp:FieldRef ID="{00000000-0000-0000-0000-0000000000ff}" /></pnp:FieldRefs></pnp:ContentType></pnp:ContentTypes>
            """);

        var built = BuildTesting.Build(new ContentTypeColumnBuilder(), BuildTesting.Context(template)).ShouldHaveSingleItem();

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.UnknownField);
        error.Message.ShouldContain("00000000-0000-0000-0000-0000000000ff");
    }
}
