using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Faults;

namespace CopSites.LocalTenant.Protocol;

/// <summary>
/// JSON batching (concepts/json-batching.md): at most 20 steps with unique, case-insensitive ids; dependsOn must name
/// steps of the same batch; a step whose dependency failed gets 424. Each step runs through the pipeline, so it is
/// authorised, throttled and counted on its own; the outer response is 200 unless the batch itself is malformed.
/// </summary>
public sealed class BatchProcessor(GraphPipeline pipeline)
{
    /// <summary>The most steps one batch may hold.</summary>
    public const int MaxSteps = 20;

    /// <summary>Runs a batch.</summary>
    public async Task<GraphResult> ExecuteAsync(GraphCall outer, FaultSettings settings, string requestId, CancellationToken ct)
    {
        var steps = Parse(outer.JsonBody());
        var throttling = pipeline.NewBatchScope();
        var statuses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var responses = new JsonArray();
        foreach (var step in Order(steps))
        {
            var failedDependency = step.DependsOn.FirstOrDefault(d => statuses[d] is < 200 or >= 300);
            GraphResult result;
            if (failedDependency is not null)
            {
                var problem = GraphProblem.FailedDependency($"The request depends on '{failedDependency}', which failed.");
                result = new GraphResult(424, GraphErrorBody.Create(problem, requestId, null, outer.Tenant.Clock.GetUtcNow()));
            }
            else
            {
                result = await pipeline.ExecuteAsync(ToCall(outer, step), settings, requestId, ct, throttling);
            }

            statuses[step.Id] = result.Status;
            responses.Add(ToResponse(step.Id, result));
        }

        throttling.Commit();
        return GraphResult.Ok(new JsonObject { ["responses"] = responses });
    }

    private static List<BatchStep> Parse(JsonObject batch)
    {
        if (batch["requests"] is not JsonArray requests)
        {
            throw GraphProblem.BadRequest("Batch request must contain a 'requests' array.");
        }

        if (requests.Count > MaxSteps)
        {
            throw GraphProblem.BadRequest($"The batch holds {requests.Count} requests; the limit is {MaxSteps}.");
        }

        var steps = new List<BatchStep>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in requests)
        {
            if (node is not JsonObject request)
            {
                throw GraphProblem.BadRequest("Each batch request must be a JSON object.");
            }

            var id = request["id"]?.ToString();
            var method = request["method"]?.ToString()?.ToUpperInvariant();
            var url = request["url"]?.ToString();
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(method) || string.IsNullOrEmpty(url))
            {
                throw GraphProblem.BadRequest("Each batch request needs an id, a method and a url.");
            }

            if (!ids.Add(id))
            {
                throw GraphProblem.BadRequest($"Batch request id '{id}' is used more than once (ids are case-insensitive).");
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (request["headers"] is JsonObject headerObject)
            {
                foreach (var (name, value) in headerObject)
                {
                    headers[name] = value?.ToString() ?? "";
                }
            }

            var body = request["body"];
            if (body is not null && !headers.ContainsKey("Content-Type"))
            {
                throw GraphProblem.BadRequest($"Batch request '{id}' has a body but no Content-Type header.");
            }

            var dependsOn = request["dependsOn"] is JsonArray deps ? deps.Select(d => d!.ToString()).ToArray() : [];
            steps.Add(new BatchStep(id, method, url, headers, body, dependsOn));
        }

        foreach (var step in steps)
        {
            var unknown = step.DependsOn.FirstOrDefault(d => !ids.Contains(d));
            if (unknown is not null)
            {
                throw GraphProblem.BadRequest($"Batch request '{step.Id}' depends on '{unknown}', which is not in the batch.");
            }
        }

        return steps;
    }

    // Steps run in the given order, except that a step never runs before the steps it depends on.
    private static IEnumerable<BatchStep> Order(List<BatchStep> steps)
    {
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new List<BatchStep>(steps);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(s => s.DependsOn.All(done.Contains))
                ?? throw GraphProblem.BadRequest("The batch's dependsOn references form a cycle.");
            pending.Remove(next);
            done.Add(next.Id);
            yield return next;
        }
    }

    private static GraphCall ToCall(GraphCall outer, BatchStep step)
    {
        var url = step.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? new Uri(step.Url).PathAndQuery : step.Url;
        var question = url.IndexOf('?');
        var path = (question < 0 ? url : url[..question]).TrimStart('/');
        if (path.StartsWith("v1.0/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[5..];
        }

        var headers = new Dictionary<string, string>(outer.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in step.Headers)
        {
            headers[name] = value;
        }

        return new GraphCall
        {
            Method = step.Method,
            Path = GraphPath.Parse(path),
            Query = QueryString.Parse(question < 0 ? "" : url[(question + 1)..]),
            Headers = headers,
            Body = BodyBytes(step),
            Caller = outer.Caller,
            Tenant = outer.Tenant,
            InBatch = true,
        };
    }

    private static byte[] BodyBytes(BatchStep step)
    {
        if (step.Body is null)
        {
            return [];
        }

        var isJson = step.Headers.TryGetValue("Content-Type", out var type) && type.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!isJson && step.Body is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return Convert.FromBase64String(value.GetValue<string>());
        }

        return Encoding.UTF8.GetBytes(step.Body.ToJsonString());
    }

    private static JsonObject ToResponse(string id, GraphResult result)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in result.Headers)
        {
            headers[name] = value;
        }

        var response = new JsonObject { ["id"] = id, ["status"] = result.Status, ["headers"] = headers };
        if (result.Json is not null)
        {
            headers["Content-Type"] = "application/json";
            response["body"] = result.Json.DeepClone();
        }
        else if (result.Bytes is not null)
        {
            headers["Content-Type"] = result.ContentType ?? "application/octet-stream";
            response["body"] = Convert.ToBase64String(result.Bytes);
        }

        return response;
    }

    private sealed record BatchStep(string Id, string Method, string Url, Dictionary<string, string> Headers, JsonNode? Body, string[] DependsOn);
}
