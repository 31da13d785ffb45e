using CopSites.LocalTenant;
using CopSites.LocalTenant.Faults;

namespace CopSites.Benchmarks.Tenancy;

/// <summary>
/// A fresh local tenant in a temporary folder, started in-process as `copsites --tenant local` does, and removed when
/// the benchmark ends, so every run starts from an empty tenant.
/// </summary>
internal sealed class BenchTenant : IAsyncDisposable
{
    /// <summary>The seeded account the benchmarks provision as (the CLI's default for --as).</summary>
    public const string Account = "alice@contoso.local";

    private readonly string _folder;

    private BenchTenant(LocalTenantHost host, string folder)
    {
        Host = host;
        _folder = folder;
    }

    public LocalTenantHost Host { get; }

    public static async Task<BenchTenant> StartAsync(int? faultSeed, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "copsites-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = Path.Combine(folder, "tenant.db"), FaultSeed = faultSeed }, ct: ct);
        return new BenchTenant(host, folder);
    }

    /// <summary>Sets the tenant-wide faults; they apply from the next request on.</summary>
    public void Inject(FaultSettings faults) => Host.Faults = faults;

    /// <summary>A new session over HTTP, built exactly as the CLI builds its own for the embedded tenant.</summary>
    public BenchSession Connect() => BenchSession.Open(new Uri(Host.BaseUrl), Account);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold its file a moment after shutdown; a leftover temp folder is not worth failing a run for.
        }
    }
}
