using System.Net;
using CopSites.LocalTenant.Auth;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CopSites.LocalTenant;

/// <summary>
/// A running local tenant: Graph v1.0 at <see cref="GraphBaseUrl"/>, SharePoint REST under /sites/{path}/_api,
/// a browsable UI at <see cref="BaseUrl"/>, all on 127.0.0.1, backed by one SQLite file.
/// </summary>
public sealed class LocalTenantHost : IAsyncDisposable
{
    /// <summary>Every scope the tenant knows; handy for tests and the demo.</summary>
    public static readonly IReadOnlyList<string> AllScopes =
    [
        "Sites.FullControl.All", "Sites.Manage.All", "Sites.ReadWrite.All", "Sites.Read.All", "Group.ReadWrite.All",
        "TermStore.ReadWrite.All", "Files.ReadWrite.All", "Channel.Create", "ChannelMessage.Read.All", "User.Read.All",
    ];

    private readonly WebApplication _app;
    private readonly TenantServices _services;

    private LocalTenantHost(WebApplication app, TenantServices services, TenantDatabase database)
    {
        _app = app;
        _services = services;
        Database = database;
    }

    /// <summary>The served root, e.g. http://127.0.0.1:5080.</summary>
    public string BaseUrl => _services.Tenant.WebBase;

    /// <summary>The Graph base URL, e.g. http://127.0.0.1:5080/v1.0.</summary>
    public string GraphBaseUrl => _services.Tenant.GraphBase;

    /// <summary>The port listened on.</summary>
    public int Port => new Uri(BaseUrl).Port;

    /// <summary>The tenant's SharePoint host name (in site ids).</summary>
    public string HostName => _services.Tenant.HostName;

    /// <summary>The seeded users.</summary>
    public UserDirectory Users => _services.Tenant.Users;

    /// <summary>Counts requests for tests and benchmarks.</summary>
    public RequestCounter Counter => _services.Counter;

    /// <summary>The tenant-wide fault settings; changing them affects the next request.</summary>
    public FaultSettings Faults
    {
        get => _services.FaultSettings.Current;
        set => _services.FaultSettings.Current = value;
    }

    /// <summary>The routes served (for contract tests).</summary>
    public RouteTable Routes => _services.Pipeline.Routes;

    /// <summary>The SQLite store.</summary>
    public TenantDatabase Database { get; }

    /// <summary>Starts a tenant and returns once it listens.</summary>
    public static async Task<LocalTenantHost> StartAsync(LocalTenantOptions? options = null, TimeProvider? clock = null,
        ILoggerProvider? logging = null, CancellationToken ct = default)
    {
        options ??= new LocalTenantOptions();
        clock ??= TimeProvider.System;
        var database = await TenantDatabase.OpenAsync(options.DataPath, clock, ct);
        var identity = await TenantBootstrap.EnsureAsync(database, options, ct);
        var users = new UserDirectory(options.UserDomain);
        var tokens = TokenService.LoadOrCreate(TokenService.KeyPathFor(database.Path), identity.TenantId, clock);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            builder.Logging.AddProvider(logging);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1024 * 1024;
        });
        var app = builder.Build();
        app.Use((http, next) => CorsHeaders.InvokeAsync(http, next));
        if (options.AddinFolder is { } addin && System.IO.Directory.Exists(addin))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(addin)),
                RequestPath = "/addin",
            });
        }

        var tenant = new TenantContext
        {
            Database = database,
            Clock = clock,
            HostName = options.HostName,
            TenantId = identity.TenantId,
            Options = options,
            Users = users,
        };
        var routes = new RouteTable();
        foreach (var module in ModuleDiscovery.Create<IGraphRouteModule>())
        {
            module.Map(routes);
        }

        var faults = new FaultInjector(clock, options.FaultSeed);
        var counter = new RequestCounter();
        var pipeline = new GraphPipeline(routes, faults, counter, app.Services.GetRequiredService<ILogger<GraphPipeline>>());
        var services = new TenantServices(tenant, tokens, pipeline, faults, counter, new FaultSettingsHolder(options.Faults));

        var graph = new GraphEndpoint(services);
        app.Map("/v1.0/{**rest}", graph.HandleAsync);
        foreach (var module in ModuleDiscovery.Create<IEndpointModule>())
        {
            module.Map(app, services);
        }

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        tenant.WebBase = address.TrimEnd('/');
        return new LocalTenantHost(app, services, database);
    }

    /// <summary>Issues a bearer token for a seeded user (by UPN) with the given scopes.</summary>
    public string IssueToken(string userPrincipalName, IEnumerable<string>? scopes = null, string? appId = null)
    {
        var user = Users.Find(userPrincipalName) ?? throw new ArgumentException($"Unknown user '{userPrincipalName}'.", nameof(userPrincipalName));
        return _services.Tokens.Issue(user, scopes ?? AllScopes, appId);
    }

    /// <summary>Waits until the host stops (Ctrl+C in the CLI).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
