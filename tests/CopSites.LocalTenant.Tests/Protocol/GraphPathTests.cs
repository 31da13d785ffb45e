using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Tests.Protocol;

public sealed class GraphPathTests
{
    [Theory]
    [InlineData("sites/contoso.sharepoint.com%3A%2Fsites%2Fteam", new[] { "sites", "contoso.sharepoint.com:/sites/team" })]
    [InlineData("sites/contoso.sharepoint.com:/sites/team", new[] { "sites", "contoso.sharepoint.com:/sites/team" })]
    [InlineData("sites/contoso.sharepoint.com:/sites/team:/lists", new[] { "sites", "contoso.sharepoint.com:/sites/team", "lists" })]
    [InlineData("sites/contoso.sharepoint.com%3A%2Fsites%2Fteam%3A/lists", new[] { "sites", "contoso.sharepoint.com:/sites/team", "lists" })]
    [InlineData("drives/b!x/items/root:/Folder/a.docx:/content", new[] { "drives", "b!x", "items", "root:/Folder/a.docx", "content" })]
    [InlineData("drives/b!x/items/01ABC%3A%2Fa.docx%3A/content", new[] { "drives", "b!x", "items", "01ABC:/a.docx", "content" })]
    [InlineData("sites/a,b,c/pages/p1/microsoft.graph.sitePage/publish", new[] { "sites", "a,b,c", "pages", "p1", "graph.sitePage", "publish" })]
    [InlineData("sites/a%2Cb%2Cc/lists", new[] { "sites", "a,b,c", "lists" })]
    [InlineData("sites/x/getActivitiesByInterval(startDateTime='2026-01-01T00:00:00Z',endDateTime='2026-02-01',interval='day')",
        new[] { "sites", "x", "getActivitiesByInterval(startDateTime='2026-01-01T00:00:00Z',endDateTime='2026-02-01',interval='day')" })]
    public void Parse_EscapedAndUnescapedAddresses_GiveTheSameSegments(string raw, string[] expected)
    {
        GraphPath.Parse(raw).Segments.ShouldBe(expected);
    }

    [Fact]
    public void RouteTemplate_LiteralBeatsParameter_AndFunctionArgumentsAreCaptured()
    {
        var routes = new RouteTable();
        routes.MapGet("sites/{site-id}", (_, _) => Task.FromResult(GraphResult.NoContent()));
        routes.MapGet("sites/{site-id}/lists", (_, _) => Task.FromResult(GraphResult.NoContent()));
        routes.MapGet("sites/{site-id}/getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')",
            (_, _) => Task.FromResult(GraphResult.NoContent()));

        var (route, values) = routes.Match("GET", GraphPath.Parse("sites/s1/getActivitiesByInterval(startDateTime='2026-01-01',endDateTime='2026-02-01',interval='week')"));

        route.Template.Text.ShouldStartWith("sites/{site-id}/getActivitiesByInterval");
        values["site-id"].ShouldBe("s1");
        values["interval"].ShouldBe("week");
        values["endDateTime"].ShouldBe("2026-02-01");
        Should.Throw<GraphProblem>(() => routes.Match("POST", GraphPath.Parse("sites/s1/lists"))).Status.ShouldBe(405);
        Should.Throw<GraphProblem>(() => routes.Match("GET", GraphPath.Parse("sites/s1/nope"))).Status.ShouldBe(400);
    }
}
