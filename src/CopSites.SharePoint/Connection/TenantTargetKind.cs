namespace CopSites.SharePoint.Connection;

/// <summary>Where the tenant is.</summary>
public enum TenantTargetKind
{
    /// <summary>A local tenant started in this process (the CLI's embedded mode); Graph at {root}/v1.0.</summary>
    LocalEmbedded,

    /// <summary>A local tenant already running at a loopback URL such as http://127.0.0.1:5080; Graph at {root}/v1.0.</summary>
    LocalUrl,

    /// <summary>SharePoint Online (https://contoso.sharepoint.com); Graph at https://graph.microsoft.com/v1.0.</summary>
    SharePointOnline,
}
