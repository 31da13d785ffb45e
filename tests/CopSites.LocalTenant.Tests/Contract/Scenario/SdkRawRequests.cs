using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// Documented calls the SDK 5.9x has no request builder for, sent as clients send them: a RequestInformation through
/// the client's own request adapter, so they pass the same middleware and the SDK's serializers.
/// </summary>
internal static class SdkRawRequests
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    /// <summary>GET /drives/{id}/root/children (Items["root"].Children sends /items/root/children instead).</summary>
    public static Task<DriveItemCollectionResponse?> RootChildrenAsync(this GraphServiceClient graph, string driveId)
    {
        var request = Request(Method.GET, "{+baseurl}/drives/{driveId}/root/children", ("driveId", driveId));
        return graph.RequestAdapter.SendAsync(request, DriveItemCollectionResponse.CreateFromDiscriminatorValue, Errors);
    }

    /// <summary>PATCH /sites/{id}/pages/{id}/microsoft.graph.sitePage (the cast builder has GET only).</summary>
    public static Task<SitePage?> PatchSitePageAsync(this GraphServiceClient graph, string siteId, string pageId, SitePage page)
    {
        var request = Request(Method.PATCH, "{+baseurl}/sites/{siteId}/pages/{pageId}/microsoft.graph.sitePage", ("siteId", siteId), ("pageId", pageId));
        request.SetContentFromParsable(graph.RequestAdapter, "application/json", page);
        return graph.RequestAdapter.SendAsync(request, SitePage.CreateFromDiscriminatorValue, Errors);
    }

    /// <summary>POST /sites/{id}/pages/{id}/microsoft.graph.sitePage/publish (graph-contract.md 0.5: no builder).</summary>
    public static Task PublishSitePageAsync(this GraphServiceClient graph, string siteId, string pageId)
    {
        var request = Request(Method.POST, "{+baseurl}/sites/{siteId}/pages/{pageId}/microsoft.graph.sitePage/publish", ("siteId", siteId), ("pageId", pageId));
        return graph.RequestAdapter.SendNoContentAsync(request, Errors);
    }

    private static RequestInformation Request(Method method, string template, params (string Name, string Value)[] parameters)
    {
        var request = new RequestInformation { HttpMethod = method, UrlTemplate = template };
        request.Headers.Add("Accept", "application/json");
        foreach (var (name, value) in parameters)
        {
            request.PathParameters[name] = value;
        }

        return request;
    }
}
