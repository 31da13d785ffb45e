namespace CopSites.Provisioning.Charters;

/// <summary>
/// One problem found in a charter, located precisely enough for the author to fix it.
/// </summary>
/// <param name="Source">The file name or other label given to the reader.</param>
/// <param name="FieldPath">The field, for example <c>participation</c>, <c>cadence.core</c> or <c>leads[1]</c>; empty for the whole document.</param>
/// <param name="Line">1-based line of the offending node (or of the enclosing mapping for a missing field); 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong and, where possible, what is allowed.</param>
public sealed record CharterError(string Source, string FieldPath, int Line, int Column, CharterErrorKind Kind, string Message)
{
    /// <summary>Formats the error like a compiler diagnostic: <c>source(line,column): field: message</c>.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? $"{Source}({Line},{Column})" : Source;
        return FieldPath.Length > 0 ? $"{location}: {FieldPath}: {Message}" : $"{location}: {Message}";
    }
}
