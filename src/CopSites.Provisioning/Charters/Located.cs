namespace CopSites.Provisioning.Charters;

/// <summary>A parsed value with the field path and position it came from, kept for cross-field rules.</summary>
internal sealed record Located<T>(T Value, string Path, int Line, int Column);
