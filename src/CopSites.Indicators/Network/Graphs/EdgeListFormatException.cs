namespace CopSites.Indicators.Network.Graphs;

/// <summary>An edge or group list cannot be read; the message names the line and what is wrong.</summary>
public sealed class EdgeListFormatException(string source, int line, string problem)
    : Exception($"{source}:{line}: {problem}")
{
    /// <summary>The file (or other source) being read.</summary>
    public string InputName { get; } = source;

    /// <summary>The 1-based line.</summary>
    public int Line { get; } = line;
}
