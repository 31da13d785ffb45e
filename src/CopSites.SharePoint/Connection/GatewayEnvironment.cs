using CopSites.SharePoint.Connection.Auth;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Connection;

/// <summary>What a gateway runs with besides its connection: the clock, the shared gates, metrics and the transport.</summary>
public sealed record GatewayEnvironment
{
    /// <summary>The clock for waits and token expiry. <value>Default: the system clock.</value></summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The registry that gives one gate per tenant. <value>Default: <see cref="TenantThrottleGates.Shared"/>.</value></summary>
    public TenantThrottleGates Gates { get; init; } = TenantThrottleGates.Shared;

    /// <summary>Where requests are counted; pass one instance to several gateways to count them together. <value>Default: a new one.</value></summary>
    public RequestMetrics? Metrics { get; init; }

    /// <summary>
    /// Makes the innermost handler (the socket handler, or a test double); called once per HTTP client.
    /// <value>Default: a SocketsHttpHandler configured as the SDK's (no auto-redirect, decompression, 1 min connection lifetime).</value>
    /// </summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    /// <summary>Replaces the token source the authentication kind would build (tests). <value>Default: null.</value></summary>
    public ITokenSource? TokenSource { get; init; }
}
