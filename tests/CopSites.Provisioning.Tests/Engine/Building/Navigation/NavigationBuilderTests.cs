using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Navigation;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Navigation;

public class NavigationBuilderTests
{
    private static List<BuiltResource> Build(string navigation) =>
        BuildTesting.Build(new NavigationBuilder(), BuildTesting.Context(BuildTesting.Template($"<pnp:Navigation>{navigation}</pnp:Navigation>")));

    [Fact]
    public void Nodes_AreKeyedByMenuAndTitleWithServerRelativeUrls()
    {
        var built = Build("""
            <pnp:GlobalNavigation NavigationType="Structural"><pnp:StructuralNavigation>
              <pnp:NavigationNode Title="IDB" Url="https://www.iadb.org" />
            </pnp:StructuralNavigation></pnp:GlobalNavigation>
            <pnp:CurrentNavigation NavigationType="Structural"><pnp:StructuralNavigation RemoveExistingNodes="true">
              <pnp:NavigationNode Title="Home" Url="{site}/SitePages/Home.aspx" IsExternal="false" />
              <pnp:NavigationNode Title="Lists" Url="Lists/CopEvents">
                <pnp:NavigationNode Title="Same host" Url="https://contoso.sharepoint.com/sites/cop/Toolkit" />
              </pnp:NavigationNode>
            </pnp:StructuralNavigation></pnp:CurrentNavigation>
            """);

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        var home = built.Single(ResourceKind.NavigationNode, "QuickLaunch/Home");
        home.Level.ShouldBe(2);
        home.Resource.Parent.ShouldBeNull();
        JsonNode.DeepEquals(home.Resource.Properties, JsonNode.Parse("""{"Title":"Home","Url":"/sites/cop/SitePages/Home.aspx","IsExternal":false}""")).ShouldBeTrue();
        built.Single(ResourceKind.NavigationNode, "QuickLaunch/Lists").Resource.Properties["Url"]!.GetValue<string>().ShouldBe("/sites/cop/Lists/CopEvents");
        var child = built.Single(ResourceKind.NavigationNode, "QuickLaunch/Lists/Same host");
        child.Level.ShouldBe(3);
        child.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.NavigationNode, "QuickLaunch/Lists"));
        JsonNode.DeepEquals(child.Resource.Properties, JsonNode.Parse("""{"Title":"Same host","Url":"/sites/cop/Toolkit","IsExternal":false}""")).ShouldBeTrue();
        var external = built.Single(ResourceKind.NavigationNode, "TopNavigationBar/IDB");
        JsonNode.DeepEquals(external.Resource.Properties, JsonNode.Parse("""{"Title":"IDB","Url":"https://www.iadb.org","IsExternal":true}""")).ShouldBeTrue();
    }

    [Fact]
    public void ManagedNavigation_IsAnError()
    {
        var built = Build("""<pnp:CurrentNavigation NavigationType="Managed"><pnp:ManagedNavigation TermStoreId="{sitecollectiontermstoreid}" TermSetId="8ed8c9ea-7052-4c1d-a4d7-b9c10bffea6f" /></pnp:CurrentNavigation>""");

        built.ShouldHaveSingleItem().TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.UnsupportedFeature);
    }
}
