namespace CopSites.Provisioning.Extraction;

/// <summary>
/// What extraction left out or could not reproduce exactly, one sentence each, naming the object. Nothing is dropped
/// without a note, so a reader of the summary knows what the template will not recreate.
/// </summary>
internal sealed class ExtractionNotes
{
    private readonly List<string> _warnings = [];

    /// <summary>The notes in the order they were made.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Records a note.</summary>
    public void Warn(string message) => _warnings.Add(message);

    /// <summary>
    /// Notes a value that holds text a template would read as a token (<c>{name}</c> or <c>{name:…}</c>): applying
    /// the template will try to resolve it rather than write it as it is.
    /// </summary>
    public string Literal(string value, string where)
    {
        if (LiteralText.LooksLikeToken(value))
        {
            Warn($"{where}: '{value}' contains text that reads as a provisioning token and will be resolved when the template is applied.");
        }

        return value;
    }
}
