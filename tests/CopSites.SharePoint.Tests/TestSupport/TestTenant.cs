using CopSites.LocalTenant;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Tests.TestSupport;

/// <summary>A fresh local tenant on a free loopback port with its own temporary database, and gateways to it over HTTP.</summary>
public sealed class TestTenant : IAsyncDisposable
{
    public const string Admin = "alice@contoso.local";

    private readonly string _folder;

    private TestTenant(LocalTenantHost host, string folder, TimeProvider clock)
    {
        Host = host;
        _folder = folder;
        Clock = clock;
    }

    public LocalTenantHost Host { get; }

    /// <summary>The clock the tenant runs on; gateways use it too.</summary>
    public TimeProvider Clock { get; }

    public TenantTarget Target => TenantTarget.LocalUrl(new Uri(Host.BaseUrl));

    public static async Task<TestTenant> StartAsync(int? faultSeed = null, TimeProvider? clock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "copsites-gateway-tests", Guid.NewGuid().ToString("N"));
        var time = clock ?? TimeProvider.System;
        var host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = Path.Combine(folder, "tenant.db"), FaultSeed = faultSeed }, time);
        return new TestTenant(host, folder, time);
    }

    /// <summary>A gateway with a token issued by the host; each gets its own gate registry unless <paramref name="gates"/> is shared.</summary>
    public TenantGateway Connect(TenantResilienceOptions? resilience = null, BatchingOptions? batching = null, TenantThrottleGates? gates = null,
        RequestMetrics? metrics = null, Func<HttpMessageHandler>? transport = null, TenantAuthentication? authentication = null)
    {
        var connection = new TenantConnection(Target, authentication ?? LocalTokenAuthentication.WithToken(Host.IssueToken(Admin)), resilience, batching);
        return TenantGatewayFactory.Create(connection, new GatewayEnvironment
        {
            Time = Clock,
            Gates = gates ?? new TenantThrottleGates(),
            Metrics = metrics,
            Transport = transport,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle may linger for a moment after shutdown; a temp folder is not worth failing a test for.
        }
    }
}
