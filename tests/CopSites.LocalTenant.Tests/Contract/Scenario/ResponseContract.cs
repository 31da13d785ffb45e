using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// Checks recorded JSON responses against the CSDL: the request path is matched to the route the tenant served,
/// the route's response type is resolved through the CSDL, and every property of the body must exist on that type.
/// $batch responses are opened and each step's body is checked against its own route.
/// </summary>
internal sealed class ResponseContract(RouteTable routes, CsdlModel model, string graphBasePath)
{
    private readonly RouteTypeResolver _resolver = new(model);
    private readonly JsonContractChecker _checker = new(model);

    public int CheckedBodies { get; private set; }

    public int CheckedBatchSteps { get; private set; }

    public List<string> Check(IEnumerable<RecordedExchange> exchanges)
    {
        var violations = new List<string>();
        foreach (var exchange in exchanges.Where(e => e.Status is >= 200 and < 300 && e.ResponseBody.Length > 0))
        {
            var path = exchange.Uri.AbsolutePath;
            if (!path.StartsWith(graphBasePath + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = path[(graphBasePath.Length + 1)..];
            if (relative == "$batch")
            {
                violations.AddRange(CheckBatch(exchange));
                continue;
            }

            CheckedBodies++;
            violations.AddRange(CheckBody(exchange.Method, relative, JsonNode.Parse(exchange.ResponseBody)));
        }

        return violations;
    }

    private IEnumerable<string> CheckBatch(RecordedExchange exchange)
    {
        var requests = JsonNode.Parse(exchange.RequestBody)!["requests"]!.AsArray().ToDictionary(r => r!["id"]!.ToString(), r => r!);
        foreach (var response in JsonNode.Parse(exchange.ResponseBody)!["responses"]!.AsArray())
        {
            var status = response!["status"]!.GetValue<int>();
            if (status is < 200 or >= 300 || response["body"] is not JsonObject body)
            {
                continue;
            }

            var step = requests[response["id"]!.ToString()];
            var url = step["url"]!.ToString();
            var query = url.IndexOf('?');
            CheckedBatchSteps++;
            foreach (var violation in CheckBody(step["method"]!.ToString(), (query < 0 ? url : url[..query]).TrimStart('/'), body))
            {
                yield return "$batch step " + violation;
            }
        }
    }

    private IEnumerable<string> CheckBody(string method, string relativePath, JsonNode? body)
    {
        string template;
        try
        {
            template = routes.Match(method, GraphPath.Parse(relativePath)).Route.Template.Text;
        }
        catch (GraphProblem problem)
        {
            return [$"{method} {relativePath}: no served route matches ({problem.Message})"];
        }

        var type = _resolver.ResolveResponse(method, template);
        if (type is null)
        {
            return RouteTypeResolver.ReturnsNothing(template) ? [] : [$"{method} {template}: answered a JSON body but has no CSDL type"];
        }

        return _checker.Check(body, type, $"{method} {template}");
    }
}
