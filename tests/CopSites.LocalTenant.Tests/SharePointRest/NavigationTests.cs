using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

public sealed class NavigationTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public NavigationTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task QuickLaunch_NewGroupSite_ShowsSharePointDefaultsOnceInOrder()
    {
        var site = await RestTestSite.CreateAsync(_tenant);

        var first = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch");
        var second = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch");

        first.Status.ShouldBe(200);
        Titles(first.Body!["value"]!).ShouldBe(["Home", "Conversations", "Documents", "Notebook", "Pages", "Site contents"]);
        Titles(second.Body!["value"]!).ShouldBe(Titles(first.Body!["value"]!));
        var documents = first.Body!["value"]!.AsArray().Single(n => n!["Title"]!.ToString() == "Documents")!;
        documents["Url"]!.ToString().ShouldBe($"/sites/{site.Alias}/Shared Documents/Forms/AllItems.aspx");
        documents["ListTemplateType"]!.GetValue<int>().ShouldBe(101);
        documents["IsExternal"]!.GetValue<bool>().ShouldBeFalse();
        documents["Id"]!.GetValue<int>().ShouldBeGreaterThan(2000);
    }

    [Fact]
    public async Task QuickLaunch_AddUpdateDelete_RoundTripsThroughGetNodeById()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var created = await site.SendAsync(HttpMethod.Post, "web/navigation/QuickLaunch",
            new { Title = "Indicators", Url = $"{_tenant.Host.BaseUrl}/sites/{site.Alias}/SitePages/Indicators.aspx" });
        created.Status.ShouldBe(201);
        var id = created.Body!["Id"]!.GetValue<int>();
        created.Body["Url"]!.ToString().ShouldBe($"/sites/{site.Alias}/SitePages/Indicators.aspx");

        var merge = await site.SendAsync(HttpMethod.Post, $"web/navigation/GetNodeById({id})", new { Title = "KPIs", IsVisible = false },
            configure: r => r.Headers.Add("X-HTTP-Method", "MERGE"));
        merge.Status.ShouldBe(204);
        var read = await site.SendAsync(HttpMethod.Get, $"web/navigation/GetNodeById({id})");
        read.Body!["Title"]!.ToString().ShouldBe("KPIs");
        read.Body["IsVisible"]!.GetValue<bool>().ShouldBeFalse();
        Titles((await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch")).Body!["value"]!).Last().ShouldBe("KPIs");

        (await site.SendAsync(HttpMethod.Delete, $"web/navigation/GetNodeById({id})")).Status.ShouldBe(200);
        var gone = await site.SendAsync(HttpMethod.Get, $"web/navigation/GetNodeById({id})");
        gone.Status.ShouldBe(404);
        Titles((await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch")).Body!["value"]!).ShouldNotContain("KPIs");
    }

    [Fact]
    public async Task Children_AddedUnderAHeading_ExpandInOrderAndDieWithTheParent()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var heading = await site.SendAsync(HttpMethod.Post, "web/navigation/TopNavigationBar", new { Title = "Resources" });
        var headingId = heading.Body!["Id"]!.GetValue<int>();
        heading.Body["Url"]!.ToString().ShouldBe("http://linkless.header/");
        var second = await site.SendAsync(HttpMethod.Post, $"web/navigation/GetNodeById({headingId})/Children",
            new { Title = "Toolkit", Url = "https://example.org/toolkit", IsExternal = true });
        var first = await site.SendAsync(HttpMethod.Post, $"web/navigation/GetNodeById({headingId})/Children",
            new { Title = "Glossary", Url = "/sites/x/SitePages/Glossary.aspx", PreviousNodeId = 0 });
        second.Status.ShouldBe(201);
        first.Status.ShouldBe(201);

        var children = await site.SendAsync(HttpMethod.Get, $"web/navigation/GetNodeById({headingId})/Children");
        Titles(children.Body!["value"]!).ShouldBe(["Glossary", "Toolkit"]);
        var top = await site.SendAsync(HttpMethod.Get, "web/navigation/TopNavigationBar?$expand=Children");
        var node = top.Body!["value"]!.AsArray().Single()!;
        Titles(node["Children"]!).ShouldBe(["Glossary", "Toolkit"]);
        node["Children"]![1]!["IsExternal"]!.GetValue<bool>().ShouldBeTrue();

        await site.SendAsync(HttpMethod.Delete, $"web/navigation/GetNodeById({headingId})");
        (await site.SendAsync(HttpMethod.Get, $"web/navigation/GetNodeById({second.Body!["Id"]})")).Status.ShouldBe(404);
    }

    [Fact]
    public async Task QuickLaunch_Verbose_WrapsInDResultsWithMetadataAndDeferredChildren()
    {
        var site = await RestTestSite.CreateAsync(_tenant);

        var verbose = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch", accept: RestTestSite.Verbose);
        var minimal = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch", accept: RestTestSite.MinimalMetadata);

        var home = verbose.Body!["d"]!["results"]![0]!;
        home["__metadata"]!["type"]!.ToString().ShouldBe("SP.NavigationNode");
        home["__metadata"]!["uri"]!.ToString().ShouldBe($"{_tenant.Host.BaseUrl}/sites/{site.Alias}/_api/Web/Navigation/GetNodeById({home["Id"]})");
        home["Children"]!["__deferred"]!["uri"]!.ToString().ShouldEndWith("/Children");
        home["Title"]!.ToString().ShouldBe("Home");
        verbose.Response.Content.Headers.ContentType!.ToString().ShouldContain("odata=verbose");
        minimal.Body!["odata.metadata"]!.ToString().ShouldEndWith("$metadata#SP.ApiData.NavigationNodes");
        minimal.Body["value"]![0]!["odata.type"]!.ToString().ShouldBe("SP.NavigationNode");
    }

    [Fact]
    public async Task AddNode_WithoutTitle_Is400ArgumentExceptionAndCreatesNothing()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var before = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch");

        var error = await site.SendAsync(HttpMethod.Post, "web/navigation/QuickLaunch", new { Url = "/sites/x" });
        var verbose = await site.SendAsync(HttpMethod.Post, "web/navigation/QuickLaunch", new { Url = "/sites/x" }, RestTestSite.Verbose);

        error.Status.ShouldBe(400);
        error.Body!["odata.error"]!["code"]!.ToString().ShouldBe("-2147024809, System.ArgumentException");
        error.Body["odata.error"]!["message"]!["lang"]!.ToString().ShouldBe("en-US");
        verbose.Body!["error"]!["message"]!["value"]!.ToString().ShouldContain("Title");
        Titles((await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch")).Body!["value"]!).ShouldBe(Titles(before.Body!["value"]!));
    }

    private static string[] Titles(JsonNode nodes) => nodes.AsArray().Select(n => n!["Title"]!.ToString()).ToArray();
}
