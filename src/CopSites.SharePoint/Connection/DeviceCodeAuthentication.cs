namespace CopSites.SharePoint.Connection;

/// <summary>
/// Delegated sign-in with the device code flow (MSAL public client, in-memory token cache): an admin runs the CLI,
/// opens the printed URL and enters the code. One sign-in serves Graph and SharePoint (MSAL refreshes silently).
/// </summary>
public sealed record DeviceCodeAuthentication : TenantAuthentication
{
    /// <summary>Checks the tenant and the app registration's client id (a public client with device code enabled).</summary>
    public DeviceCodeAuthentication(string tenantId, string clientId, Uri? authorityHost = null, Action<string>? showMessage = null)
    {
        Authority = new EntraAuthority(tenantId, authorityHost, "DeviceCode");
        ClientId = OptionChecks.Guid(clientId, "DeviceCode.ClientId");
        ShowMessage = showMessage ?? (message => Console.Error.WriteLine(message));
    }

    /// <inheritdoc />
    public override string Kind => "device-code";

    /// <inheritdoc />
    public override bool NeedsEntraId => true;

    /// <summary>Where to sign in.</summary>
    public EntraAuthority Authority { get; }

    /// <summary>The app registration's client id.</summary>
    public string ClientId { get; }

    /// <summary>Shows the "go to https://microsoft.com/devicelogin and enter CODE" message. <value>Default: standard error.</value></summary>
    public Action<string> ShowMessage { get; }
}
