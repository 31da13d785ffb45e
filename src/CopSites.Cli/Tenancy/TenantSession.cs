using System.CommandLine;
using CopSites.LocalTenant;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning;

namespace CopSites.Cli.Tenancy;

/// <summary>
/// An open connection to the tenant a command targets: the embedded local tenant (started in-process, then reached
/// over HTTP like any other), a running local tenant, or SharePoint Online. Same client code path for all three.
/// </summary>
internal sealed class TenantSession : IAsyncDisposable
{
    private TenantSession(TenantConnection connection, LocalTenantHost? host)
    {
        Connection = connection;
        Gateway = TenantGatewayFactory.Create(connection);
        Host = host;
        Sites = new SiteGateway(Gateway);
    }

    /// <summary>Where and how this session connects.</summary>
    public TenantConnection Connection { get; }

    /// <summary>
    /// A gateway of its own (own request metrics, so one CoP's numbers are its own) that still shares the tenant's
    /// throttle gate with every other gateway of the process.
    /// </summary>
    public TenantGateway NewGateway() => TenantGatewayFactory.Create(Connection);

    public TenantGateway Gateway { get; }

    public SiteGateway Sites { get; }

    /// <summary>The embedded tenant, when the command started one.</summary>
    public LocalTenantHost? Host { get; }

    public static async Task<TenantSession> OpenAsync(TenantOptions options, ParseResult parse, CancellationToken ct)
    {
        var tenant = parse.GetValue(options.Tenant)!;
        if (tenant.Equals("local", StringComparison.OrdinalIgnoreCase))
        {
            return await OpenEmbeddedAsync(parse.GetValue(options.Data)!, parse.GetValue(options.User)!, ct);
        }

        if (!Uri.TryCreate(tenant, UriKind.Absolute, out var root))
        {
            throw new InvalidTenantOptionException("--tenant", $"must be 'local' or an absolute URL, not '{tenant}'.");
        }

        if (root.IsLoopback)
        {
            var connection = new TenantConnection(TenantTarget.LocalUrl(root), LocalTokenAuthentication.ForUser(parse.GetValue(options.User)!));
            return new TenantSession(connection, null);
        }

        var online = new TenantConnection(TenantTarget.SharePointOnline(root), Authentication(options, parse));
        return new TenantSession(online, null);
    }

    /// <summary>
    /// A session for an unattended process (the worker): a loopback URL is a running local tenant, used as
    /// <paramref name="localUser"/>; anything else is SharePoint Online signed in with the host's managed identity,
    /// the sign-in a scheduled service has without a person or a secret on disk.
    /// </summary>
    public static TenantSession OpenUnattended(Uri root, string localUser) => root.IsLoopback
        ? new TenantSession(new TenantConnection(TenantTarget.LocalUrl(root), LocalTokenAuthentication.ForUser(localUser)), null)
        : new TenantSession(new TenantConnection(TenantTarget.SharePointOnline(root), new ManagedIdentityAuthentication(null)), null);

    /// <summary>Starts the embedded local tenant on <paramref name="dataPath"/> and connects to it over HTTP as <paramref name="user"/>.</summary>
    public static async Task<TenantSession> OpenEmbeddedAsync(string dataPath, string user, CancellationToken ct)
    {
        var host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = dataPath, AddinFolder = AddinFolder.Find() }, ct: ct);
        var connection = new TenantConnection(TenantTarget.LocalEmbedded(new Uri(host.BaseUrl)), LocalTokenAuthentication.ForUser(user));
        return new TenantSession(connection, host);
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    private static TenantAuthentication Authentication(TenantOptions options, ParseResult parse)
    {
        var tenantId = parse.GetValue(options.EntraTenantId);
        var clientId = parse.GetValue(options.ClientId);
        return parse.GetValue(options.Auth) switch
        {
            "device-code" => new DeviceCodeAuthentication(Required(tenantId, "--tenant-id"), Required(clientId, "--client-id")),
            "certificate" => new CertificateAuthentication(Required(tenantId, "--tenant-id"), Required(clientId, "--client-id"),
                CertificateSource.FromPfx(parse.GetValue(options.Certificate)?.FullName ?? throw new InvalidTenantOptionException("--certificate", "is required with --auth certificate."),
                    parse.GetValue(options.CertificatePassword))),
            "managed-identity" => new ManagedIdentityAuthentication(clientId),
            null => throw new InvalidTenantOptionException("--auth", "is required for SharePoint Online: device-code, certificate or managed-identity."),
            var other => throw new InvalidTenantOptionException("--auth", $"'{other}' is not one of device-code, certificate, managed-identity."),
        };
    }

    private static string Required(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidTenantOptionException(option, "is required for this sign-in.") : value;
}
