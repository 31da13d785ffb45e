namespace CopSites.Provisioning.Charters;

/// <summary>
/// Reads a charter from YAML and validates it against the schema and rules in docs/charter.md. Never throws
/// for a bad charter: every problem found comes back as a <see cref="CharterError"/> with field, line and column.
/// </summary>
public static class CharterReader
{
    /// <summary>Reads and validates the charter file at <paramref name="path"/>.</summary>
    /// <param name="path">The YAML file; its path as given is used as the errors' source.</param>
    public static CharterReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return CharterReadResult.Failure(
                [new CharterError(path, string.Empty, 0, 0, CharterErrorKind.FileNotReadable, $"cannot read the charter: {ex.Message}")]);
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses and validates charter YAML.</summary>
    /// <param name="yaml">The charter text.</param>
    /// <param name="sourceName">A label for error messages, usually the file name.</param>
    public static CharterReadResult Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new CharterParser(sourceName).Parse(yaml);
    }
}
