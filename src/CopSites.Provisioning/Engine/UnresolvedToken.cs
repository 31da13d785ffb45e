using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine;

/// <summary>
/// Words a token error once the whole plan has been simulated. While planning, "no value yet" means a lower level will
/// create the object; after the simulation nothing will, so the operator is told what is missing and where it was
/// looked for (usually a typo in the template, or a parameter the charter does not give).
/// </summary>
public static class UnresolvedToken
{
    /// <summary>The message for a problem that remains after simulating every level.</summary>
    public static string Describe(TokenError error) => error is UnavailableTokenError unavailable
        ? $"Token '{unavailable.Token.Text}' in {unavailable.Origin}: {Missing(unavailable.Token)}."
        : error.Message;

    private static string Missing(TokenReference token) => (token.Category, token.Name) switch
    {
        (TokenCategory.Template, "parameter") => $"no parameter '{token.Argument}' is declared by the template (pnp:Parameters) or given by the charter",
        (TokenCategory.Template, _) => $"the template defines no localization resource '{token.Argument}'",
        (TokenCategory.List, _) => $"no list or view '{token.Argument}' is in the template or on the site",
        (TokenCategory.Field, _) => $"no field '{token.Argument}' is in the template or on the site",
        (TokenCategory.ContentType, _) => $"no content type '{token.Argument}' is in the template or on the site",
        (TokenCategory.Taxonomy, _) => $"no term group or term set '{token.Argument}' is in the template or in the term store",
        _ => $"it has no value for this site ({token.Category} '{token.Argument}')",
    };
}
