namespace CopSites.SharePoint.Connection;

/// <summary>
/// App-only sign-in with a certificate (MSAL confidential client, client credentials flow). SharePoint REST accepts
/// app-only tokens only when they were obtained with a certificate, not a secret, hence no secret option.
/// </summary>
public sealed record CertificateAuthentication : TenantAuthentication
{
    /// <summary>Checks the tenant, the client id and the certificate source.</summary>
    public CertificateAuthentication(string tenantId, string clientId, CertificateSource certificate, Uri? authorityHost = null)
    {
        Authority = new EntraAuthority(tenantId, authorityHost, "Certificate");
        if (Authority.TenantId is "common" or "organizations")
        {
            throw new InvalidTenantOptionException("Certificate.TenantId", "app-only sign-in needs a specific tenant, not 'common' or 'organizations'.");
        }

        ClientId = OptionChecks.Guid(clientId, "Certificate.ClientId");
        Certificate = certificate ?? throw new InvalidTenantOptionException("Certificate.Source", "is required.");
    }

    /// <inheritdoc />
    public override string Kind => "certificate";

    /// <inheritdoc />
    public override bool NeedsEntraId => true;

    /// <summary>Where to sign in.</summary>
    public EntraAuthority Authority { get; }

    /// <summary>The app registration's client id.</summary>
    public string ClientId { get; }

    /// <summary>The certificate.</summary>
    public CertificateSource Certificate { get; }
}
