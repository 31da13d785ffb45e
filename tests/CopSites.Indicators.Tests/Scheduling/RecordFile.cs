namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>The lines the worker processes append (start|alias|fireMs|recovering|pid, run|alias|pid, finish|alias|fireMs|outcome|pid).</summary>
internal sealed class RecordFile(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<string[]> Lines(string kind) =>
        File.Exists(Path) ? File.ReadAllLines(Path).Select(l => l.Split('|')).Where(f => f[0] == kind).ToList() : [];

    public async Task<IReadOnlyList<string[]>> WaitForAsync(string kind, Func<string[], bool> match, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = Lines(kind).Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {timeout.TotalSeconds:N0} s for {count} '{kind}' lines, saw {found.Count}: {(File.Exists(Path) ? File.ReadAllText(Path) : "(no record)")}");
            }

            await Task.Delay(100);
        }
    }
}
