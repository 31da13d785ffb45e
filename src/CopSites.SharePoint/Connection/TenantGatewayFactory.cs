using System.Net;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Connection.Auth;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Rest;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace CopSites.SharePoint.Connection;

/// <summary>
/// Builds a <see cref="TenantGateway"/>. The Graph client runs the SDK's own middleware
/// (<c>GraphClientFactory.CreateDefaultHandlers()</c>) with one change: its RetryHandler is replaced by the gateway's
/// <see cref="ThrottlingHandler"/>, which knows the tenant-wide gate, so no request is retried twice. The REST client gets
/// the same throttling handler, the User-Agent decoration and a SharePoint-resource token.
/// </summary>
public static class TenantGatewayFactory
{
    /// <summary>Builds the clients; no network until the first request (MSAL and managed identity sign in lazily).</summary>
    public static TenantGateway Create(TenantConnection connection, GatewayEnvironment? environment = null)
    {
        var env = environment ?? new GatewayEnvironment();
        var target = connection.Target;
        var metrics = env.Metrics ?? new RequestMetrics();
        var gate = env.Gates.For(target.WebRoot, env.Time, connection.Resilience.MaxConcurrentRequests);
        var owned = new List<IDisposable>();
        var tokenTransport = Own(owned, Transport(env));
        var tokens = env.TokenSource ?? TokenSources.Create(connection, tokenTransport, env.Time);

        var graphTokens = new HostScopedTokenProvider(tokens, [target.GraphScope], target.GraphHosts);
        var graphHttp = Own(owned, GraphClientFactory.Create(GraphHandlers(connection, gate, metrics, env.Time), finalHandler: Transport(env)));
        graphHttp.Timeout = Timeout.InfiniteTimeSpan;
        var graph = new GraphServiceClient(graphHttp, new BaseBearerTokenAuthenticationProvider(graphTokens), target.GraphBaseUrl.ToString());

        var restTokens = new HostScopedTokenProvider(tokens, [target.SharePointScope], target.SharePointHosts);
        var restHandler = Chain(Transport(env),
            new ThrottlingHandler(gate, connection.Resilience, metrics, env.Time),
            new DecoratedUserAgentHandler(),
            new BearerTokenHandler(restTokens));
        var restHttp = Own(owned, new HttpClient(restHandler) { Timeout = Timeout.InfiniteTimeSpan });
        var rest = new SharePointRestClient(restHttp, target.WebRoot);

        var batches = new GraphBatchSender(graph, metrics, connection.Resilience, connection.Batching, env.Time);
        return new TenantGateway(connection, graph, rest, batches, metrics, gate, owned);
    }

    /// <summary>The SDK's default handlers with RetryHandler replaced by the gateway's and the User-Agent decorated.</summary>
    internal static IList<DelegatingHandler> GraphHandlers(TenantConnection connection, TenantThrottleGate gate, RequestMetrics metrics, TimeProvider time)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.Select((h, i) => (h, i)).First(p => p.h is RetryHandler).i;
        handlers[retry] = new ThrottlingHandler(gate, connection.Resilience, metrics, time);
        var userAgent = handlers.Select((h, i) => (h, i)).First(p => p.h is UserAgentHandler).i;
        handlers.Insert(userAgent + 1, new DecoratedUserAgentHandler());
        return handlers;
    }

    private static HttpMessageHandler Transport(GatewayEnvironment env) => env.Transport?.Invoke() ?? new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
    };

    private static HttpMessageHandler Chain(HttpMessageHandler inner, params DelegatingHandler[] outerToInner)
    {
        for (var i = outerToInner.Length - 1; i >= 0; i--)
        {
            outerToInner[i].InnerHandler = inner;
            inner = outerToInner[i];
        }

        return inner;
    }

    private static T Own<T>(List<IDisposable> owned, T disposable) where T : IDisposable
    {
        owned.Add(disposable);
        return disposable;
    }
}
