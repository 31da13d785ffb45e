namespace CopSites.SharePoint.Connection;

/// <summary>
/// Tokens from the local tenant: either fetched from POST {root}/_tenant/token for a seeded user with the given
/// permission names, or passed in (from `copsites tenant token`). The same token serves Graph and REST locally.
/// </summary>
public sealed record LocalTokenAuthentication : TenantAuthentication
{
    /// <summary>The permissions asked for when none are named: what `provision` needs.</summary>
    public static readonly IReadOnlyList<string> DefaultScopes =
        ["Sites.FullControl.All", "Group.ReadWrite.All", "TermStore.ReadWrite.All", "User.Read.All"];

    private LocalTokenAuthentication(string? user, IReadOnlyList<string> scopes, string? token)
    {
        User = user;
        Scopes = scopes;
        Token = token;
    }

    /// <inheritdoc />
    public override string Kind => "local-token";

    /// <inheritdoc />
    public override bool NeedsEntraId => false;

    /// <summary>The seeded user to issue a token for (null when <see cref="Token"/> is given).</summary>
    public string? User { get; }

    /// <summary>The permission names the token should carry, e.g. Sites.Read.All.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>A token passed in (null: fetch one).</summary>
    public string? Token { get; }

    /// <summary>Never shows the token.</summary>
    public override string ToString() =>
        Token is null ? $"local-token for {User} ({string.Join(' ', Scopes)})" : "local-token (token given)";

    /// <summary>Fetch a token for <paramref name="userPrincipalName"/> from the tenant's token endpoint.</summary>
    public static LocalTokenAuthentication ForUser(string userPrincipalName, IReadOnlyList<string>? scopes = null)
    {
        var upn = OptionChecks.NotBlank(userPrincipalName, "LocalToken.User");
        if (!upn.Contains('@'))
        {
            throw new InvalidTenantOptionException("LocalToken.User", $"must be a user principal name such as alice@contoso.local, not '{userPrincipalName}'.");
        }

        var list = scopes ?? DefaultScopes;
        if (list.Count == 0 || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidTenantOptionException("LocalToken.Scopes", "needs at least one permission name, and no blank ones.");
        }

        return new LocalTokenAuthentication(upn, list, null);
    }

    /// <summary>Use <paramref name="token"/> as is.</summary>
    public static LocalTokenAuthentication WithToken(string token)
    {
        var value = OptionChecks.NotBlank(token, "LocalToken.Token");
        return value.Count(c => c == '.') == 2
            ? new LocalTokenAuthentication(null, [], value)
            : throw new InvalidTenantOptionException("LocalToken.Token", "is not a JWT (header.payload.signature).");
    }
}
