using System.Diagnostics;
using CopSites.Cli.Tests.Provisioning;
using CopSites.LocalTenant.Faults;

namespace CopSites.Cli.Tests.Hostile;

/// <summary>
/// SIGTERM (what CI runners, systemd and container hosts send) and Ctrl+C (SIGINT) stop a running provision promptly,
/// at a point where the same command finishes the work: the process says so and exits 130, and the rerun completes
/// the CoP and a third run writes nothing.
/// </summary>
public sealed class TerminationTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-termination-").FullName;

    public void Dispose()
    {
        tenant.Host.Faults = new FaultSettings();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("TERM", "sigterm-cop")]
    [InlineData("INT", "sigint-cop")]
    public async Task Signal_MidProvision_StopsPromptly_AndTheRerunFinishes(string signal, string alias)
    {
        var charter = Path.Combine(_folder, alias + ".yaml");
        File.WriteAllText(charter, File.ReadAllText(Repository.Charter("urban-mobility")).Replace("alias: urban-mobility", "alias: " + alias, StringComparison.Ordinal));
        // At 400 ms a request the whole provision takes well over a minute, so an exit soon after the signal is the stop, not the end.
        tenant.Host.Faults = new FaultSettings { Latency = TimeSpan.FromMilliseconds(400) };
        var mark = tenant.Host.Counter.Mark();
        using var process = Start("provision", "--charter", charter, "--tenant", tenant.Url);
        var stderr = process.StandardError.ReadToEndAsync();
        await WaitUntilAsync(() => tenant.Host.Counter.Since(mark).Writes > 0, TimeSpan.FromSeconds(60));

        Signal(process.Id, signal);
        var stopped = await ExitsWithinAsync(process, TimeSpan.FromSeconds(20));

        stopped.ShouldBeTrue("the process was still running 20 s after SIG" + signal);
        process.ExitCode.ShouldBe(ExitCodes.Cancelled, await stderr);
        (await stderr).ShouldContain("Run the same command again to finish");
        (await stderr).ShouldNotContain("   at ");
        tenant.Host.Faults = new FaultSettings();
        var rerun = await CliRun.InvokeAsync("provision", "--charter", charter, "--tenant", tenant.Url, "--output", "json");
        var settled = tenant.Host.Counter.Mark();
        var third = await CliRun.InvokeAsync("provision", "--charter", charter, "--tenant", tenant.Url);

        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        System.Text.Json.Nodes.JsonNode.Parse(rerun.StandardOutput)!["failures"]!.AsArray().ShouldBeEmpty();
        third.ExitCode.ShouldBe(ExitCodes.Success, third.ToString());
        tenant.Host.Counter.Since(settled).Writes.ShouldBe(0);
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "copsites.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}");
        kill.WaitForExit();
        kill.ExitCode.ShouldBe(0);
    }

    private static async Task<bool> ExitsWithinAsync(Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the provision never started writing");
            await Task.Delay(50);
        }
    }
}
