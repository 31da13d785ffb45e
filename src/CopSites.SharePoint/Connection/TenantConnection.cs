using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Connection;

/// <summary>
/// Where and how to reach a tenant: the target, the authentication, retry/throttling and batching settings.
/// Checked on construction: local-token only against a local tenant, Entra ID kinds only against SharePoint Online.
/// </summary>
public sealed record TenantConnection
{
    /// <summary>Checks that the authentication kind can reach the target.</summary>
    public TenantConnection(TenantTarget target, TenantAuthentication authentication, TenantResilienceOptions? resilience = null, BatchingOptions? batching = null)
    {
        Target = target ?? throw new InvalidTenantOptionException("Target", "is required.");
        Authentication = authentication ?? throw new InvalidTenantOptionException("Authentication", "is required.");
        if (authentication.NeedsEntraId && target.IsLocal)
        {
            throw new InvalidTenantOptionException("Authentication",
                $"{authentication.Kind} signs in with Entra ID, which a local tenant does not have: use local-token.");
        }

        if (!authentication.NeedsEntraId && !target.IsLocal)
        {
            throw new InvalidTenantOptionException("Authentication", "local-token works only against a local tenant: use device-code, certificate or managed-identity.");
        }

        Resilience = resilience ?? new TenantResilienceOptions();
        Batching = batching ?? new BatchingOptions();
    }

    /// <summary>Where requests go.</summary>
    public TenantTarget Target { get; }

    /// <summary>How tokens are obtained.</summary>
    public TenantAuthentication Authentication { get; }

    /// <summary>Retry and throttling.</summary>
    public TenantResilienceOptions Resilience { get; }

    /// <summary>Batching.</summary>
    public BatchingOptions Batching { get; }
}
