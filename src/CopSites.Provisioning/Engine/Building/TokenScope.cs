using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>
/// Resolves the tokens of one desired object and keeps their errors with it, so the engine can tell
/// "not known yet" (a list created in an earlier level) from "never will be" (an unknown token, a missing list).
/// Problems with the element itself (<see cref="BuildError"/>) are kept the same way.
/// </summary>
public sealed class TokenScope(BuildContext context, string element, SourceLocation location)
{
    private readonly List<TokenError> _errors = [];

    /// <summary>The errors met so far.</summary>
    public IReadOnlyList<TokenError> Errors => _errors;

    /// <summary>The element the scope resolves for, e.g. <c>pnp:ListInstance[@Title='Events']</c>.</summary>
    public string Element => element;

    /// <summary>Where the element is.</summary>
    public SourceLocation Location => location;

    /// <summary>The resolved text; on failure the raw text, with the error recorded.</summary>
    public string Text(string? raw, TokenEscaping escaping = TokenEscaping.None) => Text(raw, element, escaping);

    /// <summary>Resolves text held by a part of the element (an attribute, a property), naming that part in errors.</summary>
    public string Text(string? raw, string part, TokenEscaping escaping = TokenEscaping.None)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return raw ?? "";
        }

        var resolution = context.Resolver.Resolve(raw, context.Tokens, Origin(part), escaping);
        _errors.AddRange(resolution.Errors);
        return resolution.Value;
    }

    /// <summary>Resolves when given, null otherwise.</summary>
    public string? Optional(string? raw, TokenEscaping escaping = TokenEscaping.None) => raw is null ? null : Text(raw, escaping);

    /// <summary>
    /// Records only the problems no context can fix (unknown, unsupported, malformed tokens) in text the engine does
    /// not send, so a typo there still fails the template.
    /// </summary>
    public void Check(string? raw, string part)
    {
        if (!string.IsNullOrEmpty(raw))
        {
            _errors.AddRange(context.Resolver.Check(raw, Origin(part)));
        }
    }

    /// <summary>Records a problem with the element itself.</summary>
    public void Fail(BuildErrorKind kind, string problem) => _errors.Add(new BuildError(kind, problem, Origin(element)));

    private TokenOrigin Origin(string part) => new(context.TemplateId, part, location);
}
