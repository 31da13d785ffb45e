using System.Diagnostics;
using Xunit.Abstractions;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>
/// Issue 7, scheduling: two worker processes on one clustered PostgreSQL store. Intervals are short so each test takes
/// seconds: the cron fires every 2 s, nodes check in every 0.5 s and a node 1 s overdue is taken for dead
/// (production: 15 s and 20 s). The logic under test is Quartz's cluster protocol over a real database, which no fake
/// clock can stand in for; only its timings are compressed.
/// </summary>
public sealed class ClusterTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private const string EveryTwoSeconds = "0/2 * * * * ?";
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-cluster-").FullName;

    [Fact]
    public async Task TwoWorkersOnOneStore_RunEachFireOfEachCoPExactlyOnce()
    {
        var store = await postgres.CreateDatabaseAsync();
        var record = new RecordFile(Path.Combine(_folder, "record.txt"));
        string[] aliases = ["cop-one", "cop-two", "cop-three", "cop-four"];
        var arguments = Arguments(store, record, EveryTwoSeconds, aliases);

        var (first, firstId) = await WorkerProcess.StartAsync(arguments);
        await using var a = first;
        var (second, secondId) = await WorkerProcess.StartAsync(arguments);
        await using var b = second;
        secondId.ShouldNotBe(firstId, "each node of a cluster needs its own instance id");
        var bothUp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var alias in aliases)
        {
            await record.WaitForAsync("finish", f => f[1] == alias && long.Parse(f[2]) > bothUp, 3, TimeSpan.FromSeconds(20));
        }

        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        var starts = record.Lines("start");
        output.WriteLine($"{starts.Count} runs; by process: {string.Join(", ", starts.GroupBy(s => s[4]).Select(g => $"{g.Key}: {g.Count()}"))}");
        foreach (var alias in aliases)
        {
            var fires = starts.Where(s => s[1] == alias).Select(s => long.Parse(s[2])).ToList();
            fires.Count.ShouldBe(fires.Distinct().Count(), $"{alias}: a fire ran twice: {string.Join(", ", fires.Order())}");
            record.Lines("run").Count(r => r[1] == alias).ShouldBe(fires.Count, $"{alias}: the runner was called once per fire");
            var ordered = fires.Order().ToList();
            ordered.Zip(ordered.Skip(1), (x, y) => y - x).ShouldAllBe(gap => gap == 2000, $"{alias}: no fire is missed: {string.Join(", ", ordered)}");
        }
    }

    [Fact]
    public async Task WorkerKilledMidRun_TheOtherRecoversThatFire()
    {
        var store = await postgres.CreateDatabaseAsync();
        var record = new RecordFile(Path.Combine(_folder, "record.txt"));
        var (doomed, _) = await WorkerProcess.StartAsync([.. Arguments(store, record, EveryTwoSeconds, ["slow-cop"]), "--hang", "slow-cop"]);
        await using var a = doomed;
        var cut = (await record.WaitForAsync("start", s => s[4] == a.Id.ToString(), 1, TimeSpan.FromSeconds(15)))[0];
        var (survivor, _) = await WorkerProcess.StartAsync(Arguments(store, record, EveryTwoSeconds, ["slow-cop"]));
        await using var b = survivor;

        var killed = Stopwatch.StartNew();
        a.Kill();

        var recovered = (await record.WaitForAsync("start", s => s[4] == b.Id.ToString() && s[3] == "True", 1, TimeSpan.FromSeconds(20)))[0];
        output.WriteLine($"recovered {killed.ElapsedMilliseconds} ms after the kill");
        recovered[2].ShouldBe(cut[2], "the survivor redoes the very fire the killed node had started");
        await record.WaitForAsync("finish", f => f[4] == b.Id.ToString() && f[2] == cut[2] && f[3] == "Succeeded", 1, TimeSpan.FromSeconds(10));
        // And the CoP's schedule goes on on the survivor.
        await record.WaitForAsync("start", s => s[4] == b.Id.ToString() && s[3] == "False" && long.Parse(s[2]) > long.Parse(cut[2]), 1, TimeSpan.FromSeconds(10));
        await b.StopAsync();
        record.Lines("start").Where(s => s[2] == cut[2]).Count().ShouldBe(2, "started once by the killed node, once by the survivor");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Arguments(string store, RecordFile record, string cron, string[] aliases) =>
        ["--store", "postgres", "--connection", store, "--record", record.Path, "--cron", cron, "--aliases", string.Join(',', aliases)];
}
