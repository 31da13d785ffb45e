namespace CopSites.Provisioning.Tokens;

/// <summary>Why a token could not be replaced. Each kind is its own type so callers can match on it.</summary>
/// <param name="Token">The token concerned.</param>
/// <param name="Origin">Template, element and line of the string holding it.</param>
public abstract record TokenError(TokenReference Token, TokenOrigin Origin)
{
    /// <summary>A sentence for people naming the token, template, element and line.</summary>
    public abstract string Message { get; }
}

/// <summary>The token name is not in the catalogue (PnP would silently leave it as text; CopSites refuses).</summary>
public sealed record UnknownTokenError(TokenReference Token, TokenOrigin Origin) : TokenError(Token, Origin)
{
    /// <inheritdoc />
    public override string Message => $"Unknown token '{Token.Text}' in {Origin}.";
}

/// <summary>A PnP token CopSites deliberately does not support (tenant, Teams, sequence or non-deterministic tokens).</summary>
/// <param name="Token">The token concerned.</param>
/// <param name="Origin">Where it is.</param>
/// <param name="Reason">Why it is not supported.</param>
public sealed record UnsupportedTokenError(TokenReference Token, TokenOrigin Origin, string Reason) : TokenError(Token, Origin)
{
    /// <inheritdoc />
    public override string Message => $"Token '{Token.Text}' in {Origin} is not supported: {Reason}";
}

/// <summary>
/// A known token whose value is not (yet) in the <see cref="TokenContext"/>, e.g. <c>{listid:X}</c>
/// before list X exists. The planner uses these to order work; after planning they are real errors.
/// </summary>
public sealed record UnavailableTokenError(TokenReference Token, TokenOrigin Origin) : TokenError(Token, Origin)
{
    /// <inheritdoc />
    public override string Message => $"Token '{Token.Text}' in {Origin} has no value yet ({Token.Category} '{Token.Argument}').";
}

/// <summary>A known token written with the wrong arguments, e.g. <c>{viewid:Documents}</c> without a view name.</summary>
/// <param name="Token">The token concerned.</param>
/// <param name="Origin">Where it is.</param>
/// <param name="Expected">The form the token takes.</param>
public sealed record MalformedTokenError(TokenReference Token, TokenOrigin Origin, string Expected) : TokenError(Token, Origin)
{
    /// <inheritdoc />
    public override string Message => $"Token '{Token.Text}' in {Origin} is malformed; expected {Expected}.";
}

/// <summary>A string over a token limit (nesting or count), refused whole so hostile input costs bounded stack and memory.</summary>
/// <param name="Token">The start of the string concerned.</param>
/// <param name="Origin">Where it is.</param>
/// <param name="Limit">Which limit, in words.</param>
public sealed record TokenLimitError(TokenReference Token, TokenOrigin Origin, string Limit) : TokenError(Token, Origin)
{
    /// <inheritdoc />
    public override string Message => $"The text '{Token.Text}' in {Origin} is refused: {Limit}.";
}
