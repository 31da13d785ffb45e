using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.Web;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building;

public class WebSettingsBuilderTests
{
    [Fact]
    public void WebSettings_OnlyStatedPropertiesUnderRestNames()
    {
        var template = BuildTesting.Template("""<pnp:WebSettings Title="{parameter:Name}" SiteLogo="{site}/SiteAssets/logo.png" QuickLaunchEnabled="true" />""");
        var context = BuildTesting.Context(template, parameters: new Dictionary<string, string> { ["Name"] = "Urban Mobility" });

        var built = BuildTesting.Build(new WebSettingsBuilder(), context).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Level.ShouldBe(1);
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.WebSettings, "web"));
        JsonNode.DeepEquals(built.Resource.Properties, JsonNode.Parse("""{"Title":"Urban Mobility","SiteLogoUrl":"/sites/cop/SiteAssets/logo.png"}""")).ShouldBeTrue();
    }

    [Fact]
    public void WebSettings_NothingStated_BuildsNothing()
    {
        BuildTesting.Build(new WebSettingsBuilder(), BuildTesting.Context(BuildTesting.Template("""<pnp:WebSettings QuickLaunchEnabled="true" />"""))).ShouldBeEmpty();
        BuildTesting.Build(new WebSettingsBuilder(), BuildTesting.Context(BuildTesting.Template(""))).ShouldBeEmpty();
    }
}
