using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>SharePoint REST's error bodies.</summary>
internal static class RestErrorBody
{
    /// <summary>
    /// {"odata.error":{"code","message":{"lang","value"}}} in nometadata and minimalmetadata; verbose names the
    /// member "error" instead, as SharePoint's OData v3 verbose writer does.
    /// </summary>
    public static JsonObject Create(RestProblem problem, RestFormat format) => new()
    {
        [format == RestFormat.Verbose ? "error" : "odata.error"] = new JsonObject
        {
            ["code"] = problem.Code,
            ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = problem.Message },
        },
    };

    /// <summary>A rejected bearer token: SharePoint's authentication layer answers {"error_description": ...}, not an OData error.</summary>
    public static JsonObject Unauthorized(string description) => new() { ["error_description"] = description };
}
