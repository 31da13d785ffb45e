using System.Diagnostics;
using CopSites.Testing;

namespace CopSites.Cli.Tests.Worker;

/// <summary>The real `copsites` process stops cleanly on SIGTERM (docker stop, systemd): exit 0 and the run log printed.</summary>
public sealed class WorkerStopTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-worker-stop-").FullName;

    [Fact]
    public async Task Sigterm_StopsTheWorkerCleanly_AndPrintsTheRunLog()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "copsites.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "worker", "--charters", Path.Combine(RepositoryPaths.Root, "provisioning-templates", "charters"),
                     "--connection", Path.Combine(_folder, "worker.db"), "--cron", "0/1 * * * * ?" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
                // Every CoP has had a run (each fails: this build has no indicator runner) before the signal.
                if (new[] { "fiscal-transparency failed", "gender-diversity-ops failed", "urban-mobility failed" }.All(m => errors.ToString().Contains(m, StringComparison.Ordinal)))
                {
                    started.TrySetResult();
                }
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        string text;
        lock (errors)
        {
            text = errors.ToString();
        }

        process.ExitCode.ShouldBe(ExitCodes.Success, text);
        text.ShouldContain("Stopping: letting the runs under way finish");
        text.ShouldContain("3 CoPs, 3 run at least once, 3 failing on their last run.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
