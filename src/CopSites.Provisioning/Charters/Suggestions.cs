namespace CopSites.Provisioning.Charters;

/// <summary>"Did you mean …?" hints for misspelt field names and values.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a small edit distance, if any.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var lowered = text.ToLowerInvariant();
        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(lowered, candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.Distance)
            .FirstOrDefault();

        // Two edits catch transpositions and dropped letters; very short input gets one, so that unrelated
        // short words are not suggested.
        var threshold = text.Length <= 3 ? 1 : 2;
        return best.Candidate is not null && best.Distance <= threshold ? best.Candidate : null;
    }

    public static string Hint(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
