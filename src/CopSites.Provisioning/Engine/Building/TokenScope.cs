using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>
/// Resolves the tokens of one desired object and keeps their errors with it, so the engine can tell
/// "not known yet" (a list created in an earlier level) from "never will be" (an unknown token, a missing list).
/// </summary>
public sealed class TokenScope(BuildContext context, string element, SourceLocation location)
{
    private readonly List<TokenError> _errors = [];

    /// <summary>The errors met so far.</summary>
    public IReadOnlyList<TokenError> Errors => _errors;

    /// <summary>The resolved text; on failure the raw text, with the error recorded.</summary>
    public string Text(string? raw, TokenEscaping escaping = TokenEscaping.None)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return raw ?? "";
        }

        var resolution = context.Resolver.Resolve(raw, context.Tokens, new TokenOrigin(context.TemplateId, element, location), escaping);
        _errors.AddRange(resolution.Errors);
        return resolution.Value;
    }

    /// <summary>Resolves when given, null otherwise.</summary>
    public string? Optional(string? raw, TokenEscaping escaping = TokenEscaping.None) => raw is null ? null : Text(raw, escaping);
}
