using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Tests.Engine.Building;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Engine.Building.Columns;

/// <summary>
/// Extracted templates reference SharePoint's own columns (ContentType, Created, the retention-label columns…) by id and
/// name on every content type and library; they resolve as built-in columns instead of failing as unknown fields.
/// </summary>
public class BuiltInFieldTests
{
    [Theory]
    [InlineData("{c042a256-787d-4a6f-8a8a-cf6ab767f12d}", "ContentType")]
    [InlineData("8C06BECA-0777-48F7-91C7-6DA68BC07B69", "Created")]
    [InlineData("{d4b6480a-4bed-4094-9a52-30181ea38f1d}", "_ComplianceTag")]
    [InlineData("f3b0adf9-c1a2-4b02-920d-943fba4b3611", "TaxCatchAll")]
    public void ABuiltInColumn_ResolvesById_AndByName(string id, string name)
    {
        var template = BuildTesting.Template("", "t.xml");

        var byId = FieldReference.Resolve(template, id, null);
        var byName = FieldReference.Resolve(template, null, name.ToUpperInvariant());

        byId.ShouldNotBeNull().InternalName.ShouldBe(name);
        byId.SiteField.ShouldBeNull();
        byName.ShouldNotBeNull().InternalName.ShouldBe(name);
    }

    [Fact]
    public void AnUnknownId_StillResolvesToNothing()
    {
        FieldReference.Resolve(BuildTesting.Template("", "t.xml"), "{92bc6a41-d501-4fe2-938e-17fbf574a7cb}", null).ShouldBeNull();
    }

    [Fact]
    public void TheBuiltInSet_HasNoDuplicateIds()
    {
        var ids = typeof(BuiltInFields).GetField("Known", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetValue(null).ShouldBeOfType<BuiltInFields.BuiltInField[]>().Select(f => f.Id).ToList();

        ids.Distinct().Count().ShouldBe(ids.Count);
    }

    [Theory]
    [InlineData("legacy-pnp_CVDatabase.xml")]
    [InlineData("sp-starter-kit_portal.xml")]
    public void ExtractedCommunityTemplates_HaveNoUnknownBuiltInFieldReferences(string file)
    {
        var path = Path.Combine(CopSites.Testing.RepositoryPaths.Reference, "community-templates", file);
        var template = TemplateReading.ReadModel(path).Templates[0];

        var unresolved = template.ContentTypes.SelectMany(c => c.FieldRefs.Select(r => (r.Id, r.Name)))
            .Concat(template.Lists.SelectMany(l => l.FieldRefs.Select(r => (r.Id, r.Name))))
            .Where(r => FieldReference.Resolve(template, r.Id, r.Name) is null)
            .ToList();

        unresolved.ShouldBeEmpty();
    }
}
