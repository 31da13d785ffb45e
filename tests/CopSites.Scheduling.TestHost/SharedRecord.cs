namespace CopSites.Scheduling.TestHost;

/// <summary>
/// One line per event, appended to a file every worker process shares. Each line is one small O_APPEND write, which
/// Linux keeps whole when several processes append at once.
/// </summary>
internal sealed class SharedRecord(string path)
{
    private readonly object _gate = new();

    public void Write(params object[] fields)
    {
        var line = string.Join('|', fields.Append(Environment.ProcessId)) + "\n";
        lock (_gate)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            stream.Write(bytes);
            stream.Flush(flushToDisk: false);
        }
    }
}
