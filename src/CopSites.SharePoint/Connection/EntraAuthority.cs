namespace CopSites.SharePoint.Connection;

/// <summary>The Entra ID authority an MSAL client signs in against: {host}/{tenant}.</summary>
public sealed record EntraAuthority
{
    /// <summary>The public cloud's login host.</summary>
    public static readonly Uri PublicCloud = new("https://login.microsoftonline.com");

    /// <summary>Checks and keeps a tenant (GUID or domain) and an https authority host.</summary>
    public EntraAuthority(string tenantId, Uri? host = null, string optionPrefix = "Authentication")
    {
        TenantId = OptionChecks.TenantId(tenantId, optionPrefix + ".TenantId");
        Host = host ?? PublicCloud;
        if (!Host.IsAbsoluteUri || Host.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidTenantOptionException(optionPrefix + ".AuthorityHost", $"must be an https URL, not '{host}'.");
        }
    }

    /// <summary>The tenant id or verified domain.</summary>
    public string TenantId { get; }

    /// <summary>The login host, https://login.microsoftonline.com by default.</summary>
    public Uri Host { get; }

    /// <summary>The authority URL MSAL is given.</summary>
    public string Url => $"{Host.GetLeftPart(UriPartial.Authority)}/{TenantId}/";
}
