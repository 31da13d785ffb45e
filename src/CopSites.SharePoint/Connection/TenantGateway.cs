using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Rest;
using Microsoft.Graph;

namespace CopSites.SharePoint.Connection;

/// <summary>
/// A connected tenant: the Graph SDK client, the SharePoint REST client and the batch sender, all sharing one auth,
/// User-Agent, throttle gate and metrics. Build it with <see cref="TenantGatewayFactory.Create"/>; dispose it when done.
/// </summary>
public sealed class TenantGateway : IDisposable
{
    private readonly IReadOnlyList<IDisposable> _owned;

    internal TenantGateway(TenantConnection connection, GraphServiceClient graph, SharePointRestClient rest, GraphBatchSender batches,
        RequestMetrics metrics, TenantThrottleGate gate, IReadOnlyList<IDisposable> owned)
    {
        Connection = connection;
        Graph = graph;
        Rest = rest;
        Batches = batches;
        Metrics = metrics;
        Gate = gate;
        _owned = owned;
    }

    /// <summary>What this gateway connects to, and how.</summary>
    public TenantConnection Connection { get; }

    /// <summary>The Graph SDK client (base URL {root}/v1.0 locally, graph.microsoft.com/v1.0 online).</summary>
    public GraphServiceClient Graph { get; }

    /// <summary>The SharePoint REST client.</summary>
    public SharePointRestClient Rest { get; }

    /// <summary>Sends independent Graph requests in $batch requests.</summary>
    public GraphBatchSender Batches { get; }

    /// <summary>What was sent.</summary>
    public RequestMetrics Metrics { get; }

    /// <summary>The tenant's throttle gate (shared with every other gateway of the same tenant).</summary>
    public TenantThrottleGate Gate { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
