namespace CopSites.SharePoint.Connection.Auth;

/// <summary>Builds the token source of a connection's authentication kind.</summary>
public static class TokenSources
{
    /// <summary>One source per connection; Graph and SharePoint providers share it (and its cache).</summary>
    public static ITokenSource Create(TenantConnection connection, HttpMessageHandler localTransport, TimeProvider time) => connection.Authentication switch
    {
        DeviceCodeAuthentication deviceCode => new MsalDeviceCodeTokenSource(deviceCode),
        CertificateAuthentication certificate => new MsalCertificateTokenSource(certificate),
        ManagedIdentityAuthentication managedIdentity => new ManagedIdentityTokenSource(managedIdentity),
        LocalTokenAuthentication local => new LocalTenantTokenSource(local, connection.Target.WebRoot, localTransport, time),
        _ => throw new InvalidTenantOptionException("Authentication", $"unknown kind {connection.Authentication.GetType().Name}."),
    };
}
