using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Tokens;

/// <summary>The result of resolving tokens in one string.</summary>
/// <param name="Value">The string with every resolvable token replaced; tokens that failed stay as written.</param>
/// <param name="Errors">Every token that could not be replaced, in order.</param>
public sealed record TokenResolution(string Value, ValueList<TokenError> Errors)
{
    /// <summary>True when every token was replaced (or deliberately left, for SharePoint run-time tokens).</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>
    /// True when the only problems are values not known yet; resolving again later, with a fuller
    /// context, can succeed.
    /// </summary>
    public bool OnlyWaitingForValues => Errors.All(e => e is UnavailableTokenError);
}
