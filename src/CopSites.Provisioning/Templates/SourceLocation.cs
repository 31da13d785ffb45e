namespace CopSites.Provisioning.Templates;

/// <summary>
/// Where a template element was read from, so later errors can name the file, line and column.
/// </summary>
/// <remarks>
/// A location is metadata, not content: two locations always compare equal, so the same template
/// read from two files (or re-read after writing) gives equal models.
/// </remarks>
/// <param name="FilePath">Path of the template file as given to the reader.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record SourceLocation(string FilePath, int Line, int Column)
{
    /// <summary>A location for model elements built in code rather than read from a file.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>Always true for a non-null location: locations do not take part in model equality.</summary>
    public bool Equals(SourceLocation? other) => other is not null;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>Formats as <c>path:line:column</c>.</summary>
    public override string ToString() => $"{FilePath}:{Line}:{Column}";
}
