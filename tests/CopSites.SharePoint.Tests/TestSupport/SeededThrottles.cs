namespace CopSites.SharePoint.Tests.TestSupport;

/// <summary>
/// Replays the local tenant's seeded fault draws. With only a throttle rate set, the tenant draws one number per
/// operation that is not an early retry (early ones are re-throttled without a draw). So for a run that ends with
/// <c>successes</c> successful operations, the throttles the dice caused are known from the seed alone, and any 429
/// beyond them was an early send.
/// </summary>
public static class SeededThrottles
{
    /// <summary>Random throttles drawn before the <paramref name="successes"/>-th success.</summary>
    public static int Count(int seed, double rate, int successes)
    {
        var random = new Random(seed);
        var throttles = 0;
        for (var passed = 0; passed < successes;)
        {
            if (random.NextDouble() < rate)
            {
                throttles++;
            }
            else
            {
                passed++;
            }
        }

        return throttles;
    }

    /// <summary>The draws in order (true: throttled), for simulating batches.</summary>
    public static IEnumerator<bool> Draws(int seed, double rate)
    {
        var random = new Random(seed);
        while (true)
        {
            yield return random.NextDouble() < rate;
        }
    }
}
