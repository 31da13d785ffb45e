namespace CopSites.SharePoint.Connection;

/// <summary>
/// How the gateway gets tokens. One subtype per kind: <see cref="DeviceCodeAuthentication"/> (MSAL public client),
/// <see cref="CertificateAuthentication"/> (MSAL confidential client), <see cref="ManagedIdentityAuthentication"/>
/// (Azure.Identity) and <see cref="LocalTokenAuthentication"/> (the local tenant). Each validates on construction.
/// </summary>
public abstract record TenantAuthentication
{
    private protected TenantAuthentication()
    {
    }

    /// <summary>The kind's CLI name: device-code, certificate, managed-identity or local-token.</summary>
    public abstract string Kind { get; }

    /// <summary>True when the kind signs in against Entra ID (it cannot reach a local tenant).</summary>
    public abstract bool NeedsEntraId { get; }

    /// <summary>The CLI names of every kind.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["device-code", "certificate", "managed-identity", "local-token"];
}
