using System.Text;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Tokens;

/// <summary>
/// Replaces PnP tokens (<c>{parameter:X}</c>, <c>{listid:Title}</c>, nested forms such as
/// <c>{listurl:{parameter:ListName}}</c>...) with values from a <see cref="TokenContext"/>.
/// Unlike PnP, an unknown token is an error, and a token whose value is not known yet is reported
/// as such so callers can tell the two apart.
/// </summary>
public sealed class TokenResolver
{
    /// <summary>Resolves every token in <paramref name="input"/>.</summary>
    /// <param name="input">Text that may hold tokens.</param>
    /// <param name="context">The values known so far.</param>
    /// <param name="origin">Template, element and line of the text, used in errors.</param>
    /// <param name="escaping">How to escape values for the surrounding text (JSON for web part data).</param>
    public TokenResolution Resolve(string input, TokenContext context, TokenOrigin origin, TokenEscaping escaping = TokenEscaping.None)
    {
        var errors = new List<TokenError>();
        var value = Render(TokenSyntax.Parse(input), context, origin, escaping, errors);
        return new TokenResolution(value, errors.ToValueList());
    }

    /// <summary>
    /// Problems that no context can fix: unknown, unsupported and malformed tokens. Use it to reject a
    /// template before provisioning starts.
    /// </summary>
    public ValueList<TokenError> Check(string input, TokenOrigin origin) =>
        Resolve(input, TokenContext.Empty, origin).Errors.Where(e => e is not UnavailableTokenError).ToValueList();

    /// <summary>
    /// The catalogued tokens <paramref name="input"/> depends on, nested ones included, in order of
    /// appearance. Arguments built from nested tokens are resolved with <paramref name="context"/>
    /// where possible (so <c>{listurl:{parameter:L}}</c> depends on the list the parameter names).
    /// Run-time and unknown tokens are not dependencies and are left out.
    /// </summary>
    public ValueList<TokenReference> ListDependencies(string input, TokenContext? context = null)
    {
        var found = new List<TokenReference>();
        Collect(TokenSyntax.Parse(input), context ?? TokenContext.Empty, found);
        return found.ToValueList();
    }

    private void Collect(IReadOnlyList<TokenSegment> segments, TokenContext context, List<TokenReference> found)
    {
        foreach (var token in segments.OfType<TokenNode>())
        {
            if (token.Argument is not null)
            {
                Collect(token.Argument, context, found);
            }

            var argument = token.Argument is null ? null : Render(token.Argument, context, Nowhere, TokenEscaping.None, []);
            if (!TokenCatalog.IsRuntimeToken(token.Name, argument) && TokenCatalog.TryGet(token.Name, out var definition)
                && definition.Kind == TokenKind.Resolvable)
            {
                found.Add(new TokenReference(token.Name, argument, token.Text, definition.Category));
            }
        }
    }

    private static readonly TokenOrigin Nowhere = new(string.Empty, string.Empty, SourceLocation.None);

    private string Render(IReadOnlyList<TokenSegment> segments, TokenContext context, TokenOrigin origin, TokenEscaping escaping, List<TokenError> errors)
    {
        var output = new StringBuilder();
        foreach (var segment in segments)
        {
            output.Append(segment switch
            {
                TextSegment text => text.Text,
                TokenNode token => Token(token, context, origin, escaping, errors),
                OverLimitSegment over => OverLimit(over, origin, errors),
                _ => throw new InvalidOperationException($"Unexpected segment {segment}."),
            });
        }

        return output.ToString();
    }

    private static string OverLimit(OverLimitSegment over, TokenOrigin origin, List<TokenError> errors)
    {
        errors.Add(new TokenLimitError(new TokenReference(string.Empty, null, over.Text, TokenCategory.Unknown), origin, over.Limit));
        return over.Text;
    }

    private string Token(TokenNode token, TokenContext context, TokenOrigin origin, TokenEscaping escaping, List<TokenError> errors)
    {
        string? argument = null;
        if (token.Argument is not null)
        {
            var before = errors.Count;

            // Arguments are lookup keys, not output, so they are never escaped.
            argument = Render(token.Argument, context, origin, TokenEscaping.None, errors);
            if (errors.Count > before)
            {
                return token.Text;
            }
        }

        if (TokenCatalog.IsRuntimeToken(token.Name, argument))
        {
            return token.Text;
        }

        var found = TokenCatalog.TryGet(token.Name, out var definition);
        var reference = new TokenReference(token.Name, argument, token.Text, found ? definition.Category : TokenCategory.Unknown);
        TokenError? error = !found ? new UnknownTokenError(reference, origin)
            : definition.Kind == TokenKind.Unsupported ? new UnsupportedTokenError(reference, origin, definition.Description)
            : !ArgumentsFit(definition.Arguments, argument) ? new MalformedTokenError(reference, origin, definition.Usage)
            : null;
        if (error is null)
        {
            var value = definition.Lookup!(context, argument);
            if (value is not null)
            {
                return TokenEscaper.Escape(value, escaping);
            }

            error = new UnavailableTokenError(reference, origin);
        }

        errors.Add(error);
        return token.Text;
    }

    private static bool ArgumentsFit(TokenArguments expected, string? argument) => expected switch
    {
        TokenArguments.None => argument is null,
        TokenArguments.Optional => argument is null || argument.Length > 0,
        TokenArguments.One => !string.IsNullOrWhiteSpace(argument),
        TokenArguments.CommaPair => Pair(argument, ','),
        _ => Pair(argument, ':'),
    };

    private static bool Pair(string? argument, char separator)
    {
        var at = argument?.IndexOf(separator) ?? -1;
        return at > 0 && at < argument!.Length - 1;
    }
}
