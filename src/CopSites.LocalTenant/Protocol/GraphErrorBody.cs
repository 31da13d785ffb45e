using System.Globalization;
using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Protocol;

/// <summary>Renders a <see cref="GraphProblem"/> in Graph's error shape.</summary>
public static class GraphErrorBody
{
    /// <summary>{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.</summary>
    public static JsonObject Create(GraphProblem problem, string requestId, string? clientRequestId, DateTimeOffset now) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = problem.Code,
            ["message"] = problem.Message,
            ["innerError"] = new JsonObject
            {
                ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                ["request-id"] = requestId,
                ["client-request-id"] = clientRequestId ?? requestId,
            },
        },
    };
}
