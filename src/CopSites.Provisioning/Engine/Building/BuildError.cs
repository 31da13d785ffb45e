using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>
/// A problem with a template element itself rather than with one of its tokens: an unsupported field type, an unknown
/// field, a missing file. It travels with the resource like a token error, so the engine reports it with the others
/// (template, element and line) and refuses the template before writing anything. No later level can fix it.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Problem">The problem in words, without the location (the origin adds it).</param>
/// <param name="Origin">Template, element and line.</param>
public sealed record BuildError(BuildErrorKind Kind, string Problem, TokenOrigin Origin)
    : TokenError(new TokenReference(string.Empty, null, string.Empty, TokenCategory.Unknown), Origin)
{
    /// <inheritdoc />
    public override string Message => $"{Problem} ({Kind}) in {Origin}.";
}
