using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>
/// A real PostgreSQL the tests start themselves (Debian's postgresql, which test.sh installs when missing): a temporary
/// data folder, initdb, a free loopback port, its unix socket in the same folder, trust authentication for a
/// <c>copsites</c> role; stopped and deleted at the end. initdb refuses to run as root, so as root the server runs as
/// the <c>postgres</c> system user (runuser); otherwise as the current user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Role = "copsites";
    private string _folder = "";
    private string _bin = "";
    private int _databases;

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault() ?? ""
            : "";
        if (_bin == "")
        {
            throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb missing); ./test.sh installs the 'postgresql' package.");
        }

        _folder = Directory.CreateTempSubdirectory("copsites-pg-").FullName;
        if (RunsAsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _folder]);
        }

        var data = Path.Combine(_folder, "data");
        await RunServerToolAsync("initdb", ["-D", data, "-U", Role, "--auth=trust", "-E", "UTF8", "--no-sync"]);
        Port = FreePort();
        await RunServerToolAsync("pg_ctl", ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200"]);
    }

    /// <summary>A new, empty database and its connection string: each test gets its own store.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"store{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_folder == "")
        {
            return;
        }

        try
        {
            await RunServerToolAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={Role};Database={database};Pooling=true;Timeout=15";

    private static bool RunsAsRoot => Environment.UserName == "root";

    private Task RunServerToolAsync(string tool, string[] arguments) =>
        RunsAsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await errors} {await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
