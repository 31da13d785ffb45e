using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>The checker the scenario relies on finds what it must: unknown properties, nested ones, bad casts; and lets open types be.</summary>
public sealed class JsonContractCheckerTests
{
    private static readonly Lazy<CsdlModel> Model = new(CsdlModel.Load);

    [Fact]
    public void Check_UnknownTopLevelAndNestedProperties_AreReported_ButIdentitiesMayCarryMore()
    {
        var body = JsonNode.Parse("""{"id":"x","displayName":"CoP","serverRelativePath":"/sites/x","createdBy":{"user":{"displayName":"A","email":"a@x"}},"parentReference":{"siteId":"s","listId":"l"}}""");

        var problems = new JsonContractChecker(Model.Value).Check(body, "microsoft.graph.site", "GET sites/{site-id}");

        problems.ShouldBe([
            "GET sites/{site-id}: 'serverRelativePath' is not a property of microsoft.graph.site",
            "GET sites/{site-id}.parentReference: 'listId' is not a property of microsoft.graph.itemReference",
        ]);
    }

    [Fact]
    public void Check_CollectionWithCastsAndOpenFields_ChecksEachElementAsItsCast_AndOpenEntitiesStrictly()
    {
        var body = JsonNode.Parse("""
            {"@odata.context":"x","value":[
              {"@odata.type":"#microsoft.graph.sitePage","id":"1","promotionKind":"page","fields":{"Anything":1}},
              {"@odata.type":"#microsoft.graph.listItem","id":"2"},
              {"id":"3","fields":{"Custom_x0020_Field":"ok"},"sharepointIds":{"listItemId":"3"}}]}
            """);

        var pages = new JsonContractChecker(Model.Value).Check(body, "Collection(microsoft.graph.baseSitePage)", "pages");
        var items = new JsonContractChecker(Model.Value).Check(new JsonObject { ["value"] = new JsonArray(body!["value"]![2]!.DeepClone()) }, "Collection(microsoft.graph.listItem)", "items");

        pages.ShouldBe([
            "pages/value[]: 'fields' is not a property of microsoft.graph.sitePage",
            "pages/value[]: @odata.type '#microsoft.graph.listItem' does not derive from microsoft.graph.baseSitePage",
            "pages/value[]: 'fields' is not a property of microsoft.graph.baseSitePage",
            "pages/value[]: 'sharepointIds' is not a property of microsoft.graph.baseSitePage",
        ]);
        items.ShouldBeEmpty();
    }

    [Fact]
    public void ResolveResponse_UploadAndCastAndFunction_GiveTheCsdlTypes()
    {
        var resolver = new RouteTypeResolver(Model.Value);

        resolver.ResolveResponse("PUT", "drives/{drive-id}/items/{driveItem-id}/content").ShouldBe("microsoft.graph.driveItem");
        resolver.ResolveResponse("GET", "sites/{site-id}/pages/{baseSitePage-id}/graph.sitePage/webParts").ShouldBe("Collection(microsoft.graph.webPart)");
        resolver.ResolveResponse("GET", "sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/children")
            .ShouldBe("Collection(microsoft.graph.termStore.term)");
    }
}
