using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Taxonomy;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Taxonomy;

public class TermBuilderTests
{
    private static List<BuiltResource> Build(string terms) => BuildTesting.Build(new TermBuilder(), BuildTesting.Context(BuildTesting.Template($"""
        <pnp:TermGroups><pnp:TermGroup Name="CoP" Description="Shared."><pnp:TermSets>
        <pnp:TermSet Name="Topics" Language="3082" Description="Themes."><pnp:Terms>{terms}</pnp:Terms></pnp:TermSet>
        </pnp:TermSets></pnp:TermGroup></pnp:TermGroups>
        """)));

    private static string Nested(int depth) => depth == 0 ? "" : $"<pnp:Term Name=\"T{depth}\"><pnp:Terms>{Nested(depth - 1)}</pnp:Terms></pnp:Term>";

    [Fact]
    public void Terms_AreKeyedByPathWithParentsAndLevels()
    {
        var built = Build("""
            <pnp:Term Name="Transport" Description="Moving."><pnp:Terms>
              <pnp:Term Name="Urban"><pnp:Terms><pnp:Term Name="Bus" /></pnp:Terms></pnp:Term>
            </pnp:Terms></pnp:Term>
            """);

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        var group = built.Single(ResourceKind.TermGroup, "CoP");
        group.Level.ShouldBe(1);
        JsonNode.DeepEquals(group.Resource.Properties, JsonNode.Parse("""{"displayName":"CoP","description":"Shared."}""")).ShouldBeTrue();
        var set = built.Single(ResourceKind.TermSet, "CoP/Topics");
        set.Level.ShouldBe(2);
        set.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.TermGroup, "CoP"));
        JsonNode.DeepEquals(set.Resource.Properties, JsonNode.Parse("""{"localizedNames":[{"name":"Topics","languageTag":"es-ES"}],"description":"Themes."}""")).ShouldBeTrue();
        var top = built.Single(ResourceKind.Term, "CoP/Topics/Transport");
        top.Level.ShouldBe(3);
        top.Resource.Parent.ShouldBe(set.Resource.Key);
        JsonNode.DeepEquals(top.Resource.Properties, JsonNode.Parse("""
            {"labels":[{"name":"Transport","languageTag":"es-ES","isDefault":true}],"descriptions":[{"description":"Moving.","languageTag":"es-ES"}]}
            """)).ShouldBeTrue(top.Resource.Properties.ToJsonString());
        var child = built.Single(ResourceKind.Term, "CoP/Topics/Transport/Urban");
        child.Level.ShouldBe(4);
        child.Resource.Parent.ShouldBe(top.Resource.Key);
        var grandchild = built.Single(ResourceKind.Term, "CoP/Topics/Transport/Urban/Bus");
        grandchild.Level.ShouldBe(5);
        grandchild.Resource.Parent.ShouldBe(child.Resource.Key);
    }

    [Fact]
    public void Terms_SevenLevels_FitTheEngine()
    {
        var built = Build(Nested(7));

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        built.Max(b => b.Level).ShouldBe(DependencyLevels.Deepest);
    }

    [Fact]
    public void Terms_DeeperThanTheEngineRuns_AreAnError()
    {
        var built = Build(Nested(8));

        var tooDeep = built.Where(b => b.TokenErrors.Count > 0).ShouldHaveSingleItem();
        tooDeep.Level.ShouldBe(DependencyLevels.Deepest + 1);
        tooDeep.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.TooDeep);
    }
}
