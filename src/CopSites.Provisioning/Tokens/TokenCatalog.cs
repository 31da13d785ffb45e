using System.Collections.Frozen;

namespace CopSites.Provisioning.Tokens;

/// <summary>
/// Every token name CopSites knows, keyed by lower-case name. A name missing here is an unknown
/// token, which is an error (PnP would leave it in the output as literal text).
/// </summary>
public static partial class TokenCatalog
{
    private static readonly FrozenDictionary<string, TokenDefinition> Definitions =
        Entries().ToFrozenDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    // SharePoint replaces these itself at run time in custom action URLs (only in their bare form).
    private static readonly FrozenSet<string> RuntimeTokens = new[]
    {
        "itemurl", "itemid", "listid", "siteurl", "source", "selecteditemid", "selectedlistid", "listurldir", "recurrenceid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>All catalogue entries.</summary>
    public static IEnumerable<TokenDefinition> All => Definitions.Values;

    /// <summary>Finds the definition of a token name (case-insensitive).</summary>
    public static bool TryGet(string name, out TokenDefinition definition) =>
        Definitions.TryGetValue(name, out definition!);

    /// <summary>
    /// True for SharePoint run-time tokens such as <c>{ItemUrl}</c> or a bare <c>{ListId}</c>, which are
    /// left as written. With an argument (<c>{listid:Title}</c>) the same name is a PnP token.
    /// </summary>
    public static bool IsRuntimeToken(string name, string? argument) => argument is null && RuntimeTokens.Contains(name);

    private static TokenDefinition Value(string name, TokenCategory category, TokenArguments arguments, string description,
        Func<TokenContext, string?, string?> lookup) =>
        new(name, TokenKind.Resolvable, category, arguments, description) { Lookup = lookup };

    private static TokenDefinition Rejected(string name, string reason) =>
        new(name, TokenKind.Unsupported, TokenCategory.OutOfScope, TokenArguments.Optional, reason);

    private static string? Text(Guid? id) => id?.ToString("D");

    private static string? Combine(string? url, string suffix) => url is null ? null : url.TrimEnd('/') + suffix;

    private static string? Find<T>(IReadOnlyDictionary<string, T> map, string? key, Func<T, string?> select)
    {
        if (key is null)
        {
            return null;
        }

        if (map.TryGetValue(key, out var value))
        {
            return select(value);
        }

        // Callers may hand in dictionaries with an ordinal comparer; matching stays case-insensitive.
        var match = map.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
        return match.Key is null ? null : select(match.Value);
    }

    private static (string First, string Second) Split(string argument, char separator)
    {
        var at = argument.IndexOf(separator);
        return (argument[..at].Trim(), argument[(at + 1)..].Trim());
    }

    private static string? View(TokenContext c, string? argument)
    {
        var (list, view) = Split(argument!, ',');
        return Find(c.Lists, list, l => Find(l.Views, view, v => Text(v)));
    }

    private static string? Resource(TokenContext c, string? key) =>
        Find(c.Resources, key, v => v) ?? Find(c.Resources, key?[(key.LastIndexOf(':') + 1)..], v => v);

    private static string? WebName(TokenContext c) =>
        c.SiteUrl is null ? null : c.SiteUrl.TrimEnd('/')[(c.SiteUrl.TrimEnd('/').LastIndexOf('/') + 1)..];

    private static string? SitePath(string? argument) => argument?.TrimStart('/');
}
