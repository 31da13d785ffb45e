using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// Saves a modern page through Graph (POST pages with an explicit sitePage type, or PATCH the sitePage cast) and then
/// publishes it when the template asks for a published page. publishingState is not writable: it drives the publish.
/// </summary>
internal static class PageWrites
{
    public static GraphWrite Create(ResourceChange change, WriteContext context)
    {
        var pages = $"{context.Site.GraphPath}/pages";
        var body = (JsonObject)change.Body.DeepClone();
        // A PATCH checks the page out; a page that was published (or should be) is published again after it.
        var wasPublished = Json.Text(context.State.Find(change.Key)?.Properties["publishingState"], "level") == "published";
        var publish = Json.Text(body["publishingState"], "level") == "published" || (change.Kind != ChangeKind.Create && wasPublished);
        body.Remove("publishingState");
        RequestInformation? Publish(ActualResource page) => publish ? context.Requests.PostEmpty($"{pages}/{page.Id}/graph.sitePage/publish") : null;

        if (change.Kind == ChangeKind.Create)
        {
            body["@odata.type"] ??= "#microsoft.graph.sitePage";
            return new GraphWrite(context.Requests.Post(pages, body), Published(change, context, publish)) { Then = [new FollowUp(Publish)] };
        }

        if (body.Count == 0)
        {
            // Only the publishing state differs (a draft left checked out): publishing is the whole change.
            return new GraphWrite(context.Requests.PostEmpty($"{pages}/{change.ExistingId}/graph.sitePage/publish"), Published(change, context, publish));
        }

        return new GraphWrite(context.Requests.Patch($"{pages}/{change.ExistingId}/graph.sitePage", body), Published(change, context, publish)) { Then = [new FollowUp(Publish)] };
    }

    private static Func<JsonNode?, ActualResource> Published(ResourceChange change, WriteContext context, bool publish) => body =>
    {
        var result = ResultOf.Resource(change, context)(body);
        if (publish)
        {
            result.Properties["publishingState"] = new JsonObject { ["level"] = "published" };
        }

        return result;
    };
}
