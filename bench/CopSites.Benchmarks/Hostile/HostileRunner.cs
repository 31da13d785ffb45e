using System.Diagnostics;
using System.Globalization;

namespace CopSites.Benchmarks.Hostile;

/// <summary>
/// Runs each case in its own `copsites` process (so peak memory is the case's own, not the benchmark's) and measures
/// wall time, peak resident memory and output size.
/// </summary>
internal static class HostileRunner
{
    private const string GnuTime = "/usr/bin/time";

    public static async Task<HostileRun> RunAsync(HostileCase input, CancellationToken ct)
    {
        var peakFile = Path.GetTempFileName();
        try
        {
            var useTime = File.Exists(GnuTime);
            var start = new ProcessStartInfo(useTime ? GnuTime : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            if (useTime)
            {
                foreach (var argument in new[] { "-f", "%M", "-o", peakFile, "dotnet" })
                {
                    start.ArgumentList.Add(argument);
                }
            }

            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "copsites.dll"));
            foreach (var argument in input.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["NO_COLOR"] = "1";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var sampled = useTime ? Task.FromResult(0L) : SamplePeakAsync(process, ct);
            await process.WaitForExitAsync(ct);
            clock.Stop();
            var errors = await stderr;
            await stdout;
            var peakKb = useTime ? ReadPeakKb(peakFile) : await sampled;
            return new HostileRun(input, process.ExitCode, clock.ElapsedMilliseconds, peakKb / 1024.0, errors.Length,
                FirstMessage(errors));
        }
        finally
        {
            File.Delete(peakFile);
        }
    }

    // validate draws its summary as a table; the first line with words in it is the message people read.
    private static string FirstMessage(string stderr) =>
        stderr.Split('\n').Select(l => l.Trim(' ', '│', '┃', '|')).FirstOrDefault(l => l.StartsWith("error", StringComparison.OrdinalIgnoreCase) || l.Contains("refused", StringComparison.Ordinal)) ?? string.Empty;

    private static long ReadPeakKb(string file) =>
        File.ReadAllLines(file).Select(l => long.TryParse(l.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : -1).Where(kb => kb >= 0).DefaultIfEmpty(0).Last();

    private static async Task<long> SamplePeakAsync(Process process, CancellationToken ct)
    {
        long peak = 0;
        while (!process.HasExited)
        {
            try
            {
                var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null && long.TryParse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), out var kb))
                {
                    peak = Math.Max(peak, kb);
                }
            }
            catch (IOException)
            {
                break;
            }

            await Task.Delay(10, ct);
        }

        return peak;
    }
}
