namespace CopSites.LocalTenant.Faults;

/// <summary>A fixed-window resource-unit budget for one app.</summary>
internal sealed class ResourceBudget
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _spent;

    /// <summary>Spends <paramref name="cost"/> when the window has room. Throttled calls still count, as in SharePoint.</summary>
    public (bool Allowed, int Remaining, TimeSpan Reset) TrySpend(int cost, int limit, DateTimeOffset now, TimeSpan window)
    {
        lock (_lock)
        {
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _spent = 0;
            }

            _spent += cost;
            var reset = _windowStart + window - now;
            return (_spent <= limit, limit - _spent, reset);
        }
    }
}
