using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Storage;
using Microsoft.Extensions.Logging;

namespace CopSites.LocalTenant.Protocol;

/// <summary>
/// Runs one Graph operation: route, scope check, fault injection, handler, error mapping, counting.
/// Plain requests and $batch steps go through the same pipeline, so a step behaves as its request would.
/// </summary>
public sealed class GraphPipeline(RouteTable routes, FaultInjector faults, RequestCounter counter, ILogger<GraphPipeline> logger)
{
    /// <summary>A throttle scope for the steps of one batch.</summary>
    public BatchThrottleScope NewBatchScope() => new(faults);

    /// <summary>The routes served.</summary>
    public RouteTable Routes => routes;

    /// <summary>Executes the call; never throws for Graph-level failures, which come back as error results.</summary>
    public async Task<GraphResult> ExecuteAsync(GraphCall call, FaultSettings settings, string requestId, CancellationToken ct, BatchThrottleScope? batch = null)
    {
        var routeName = "(unmatched)";
        GraphResult result;
        try
        {
            var (route, values) = routes.Match(call.Method, call.Path);
            routeName = route.Template.Text;
            call.RouteTemplate = route.Template.Text;
            call.RouteValues = values;
            var required = route.Scopes ?? ScopeRequirement.For(call.Method, call.Path);
            if (!call.Caller.HasAny(required.AnyOf))
            {
                throw GraphProblem.AccessDenied($"Either scp or roles claim need to be present in the token with one of: {string.Join(", ", required.AnyOf)}.");
            }

            var decision = faults.Decide(call.Caller, call.Method, call.Path, settings, batch);
            if (decision.Problem is { } injected)
            {
                result = Error(injected, call, requestId);
                foreach (var (name, value) in decision.Headers)
                {
                    result = result.WithHeader(name, value);
                }
            }
            else
            {
                result = await route.Handler(call, ct);
                foreach (var (name, value) in decision.Headers)
                {
                    result = result.WithHeader(name, value);
                }
            }
        }
        catch (GraphProblem problem)
        {
            result = Error(problem, call, requestId);
        }
        catch (EntityNotFoundException e)
        {
            result = Error(GraphProblem.NotFound(e.Message), call, requestId);
        }
        catch (EntityConflictException e)
        {
            result = Error(GraphProblem.NameAlreadyExists(e.Message), call, requestId);
        }
        catch (EntityVersionMismatchException e)
        {
            result = Error(GraphProblem.PreconditionFailed(e.Message), call, requestId);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Unhandled error in {Method} /{Path}", call.Method, call.Path);
            result = Error(new GraphProblem(500, "generalException", "An internal error occurred."), call, requestId);
        }

        counter.Record(new CountedRequest(CountedKind.Operation, call.Method, routeName, result.Status));
        return result;
    }

    private static GraphResult Error(GraphProblem problem, GraphCall call, string requestId)
    {
        call.Headers.TryGetValue("client-request-id", out var clientRequestId);
        var result = new GraphResult(problem.Status, GraphErrorBody.Create(problem, requestId, clientRequestId, call.Tenant.Clock.GetUtcNow()));
        foreach (var (name, value) in problem.Headers)
        {
            result = result.WithHeader(name, value);
        }

        return result;
    }
}
