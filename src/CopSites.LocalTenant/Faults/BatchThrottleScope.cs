namespace CopSites.LocalTenant.Faults;

/// <summary>
/// The Retry-After windows opened by the steps of one $batch. They apply to requests sent after the batch, not to the
/// batch's other steps, which the client sent at the same moment (SharePoint throttles each step on its own).
/// </summary>
public sealed class BatchThrottleScope(FaultInjector injector)
{
    private readonly Dictionary<string, DateTimeOffset> _windows = new(StringComparer.Ordinal);

    internal void Defer(string key, DateTimeOffset until)
    {
        lock (_windows)
        {
            _windows[key] = _windows.TryGetValue(key, out var current) && current > until ? current : until;
        }
    }

    /// <summary>Makes the windows count for every later request.</summary>
    public void Commit()
    {
        lock (_windows)
        {
            injector.Open(_windows.ToArray());
            _windows.Clear();
        }
    }
}
