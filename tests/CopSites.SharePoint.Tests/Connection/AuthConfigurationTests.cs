using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Connection.Auth;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Tests.Connection;

/// <summary>
/// MSAL and managed identity cannot be exercised here (no Entra ID): these tests check their configuration without
/// network: authority, client id, certificate, scopes per resource, allowed hosts and the https rule.
/// </summary>
public sealed class AuthConfigurationTests
{
    private const string TenantId = "0b1c2d3e-4f50-4617-8899-aabbccddeeff";
    private const string ClientId = "11111111-2222-4333-8444-555555555555";
    private static readonly TenantTarget Online = TenantTarget.SharePointOnline(new Uri("https://contoso.sharepoint.com"));

    [Fact]
    public void DeviceCode_PublicClient_HasTheTenantAuthorityAndClientId()
    {
        var source = new MsalDeviceCodeTokenSource(new DeviceCodeAuthentication(TenantId, ClientId));

        source.Application.AppConfig.ClientId.ShouldBe(ClientId);
        source.Application.Authority.ShouldStartWith($"https://login.microsoftonline.com/{TenantId}");
    }

    [Fact]
    public void Certificate_FromPfx_LoadsWithPrivateKey_IntoTheConfidentialClient()
    {
        var (path, thumbprint) = WriteSelfSignedPfx("s3cret");
        try
        {
            var auth = new CertificateAuthentication("contoso.onmicrosoft.com", ClientId, CertificateSource.FromPfx(path, "s3cret"));
            var source = new MsalCertificateTokenSource(auth);

            source.Application.AppConfig.ClientCredentialCertificate.Thumbprint.ShouldBe(thumbprint);
            source.Application.Authority.ShouldStartWith("https://login.microsoftonline.com/contoso.onmicrosoft.com");
            Should.Throw<InvalidTenantOptionException>(() => CertificateSource.FromPfx(path, "wrong").Load()).OptionName.ShouldBe("Certificate.PfxPassword");
            auth.ToString().ShouldNotContain("s3cret");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Certificate_BadInputs_AreRefusedNamingTheOption()
    {
        Should.Throw<InvalidTenantOptionException>(() => CertificateSource.FromPfx("/nope/app.pfx", null)).OptionName.ShouldBe("Certificate.PfxPath");
        Should.Throw<InvalidTenantOptionException>(() => CertificateSource.FromStore("not-a-thumbprint")).OptionName.ShouldBe("Certificate.Thumbprint");
        Should.Throw<InvalidTenantOptionException>(() => CertificateSource.FromStore(new string('A', 40)).Load()).OptionName.ShouldBe("Certificate.Thumbprint");
        var store = CertificateSource.FromStore("ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01");
        store.Thumbprint.ShouldBe("ABCDEF0123456789ABCDEF0123456789ABCDEF01");
        Should.Throw<InvalidTenantOptionException>(() => new CertificateAuthentication("common", ClientId, store)).OptionName.ShouldBe("Certificate.TenantId");
        Should.Throw<InvalidTenantOptionException>(() => new CertificateAuthentication(TenantId, "app", store)).OptionName.ShouldBe("Certificate.ClientId");
    }

    [Fact]
    public void ManagedIdentity_SystemOrUserAssigned_BuildsTheCredentialWithoutNetwork()
    {
        new ManagedIdentityTokenSource(new ManagedIdentityAuthentication()).Credential.ShouldNotBeNull();
        new ManagedIdentityTokenSource(new ManagedIdentityAuthentication(ClientId)).Credential.ShouldNotBeNull();
        Should.Throw<InvalidTenantOptionException>(() => new ManagedIdentityAuthentication("mi")).OptionName.ShouldBe("ManagedIdentity.ClientId");
    }

    [Fact]
    public void Online_ScopesAndHosts_PerResource()
    {
        Online.GraphBaseUrl.ToString().ShouldBe("https://graph.microsoft.com/v1.0");
        Online.GraphScope.ShouldBe("https://graph.microsoft.com/.default");
        Online.SharePointScope.ShouldBe("https://contoso.sharepoint.com/.default");
        Online.GraphHosts.ShouldBe(["graph.microsoft.com"]);
        Online.SharePointHosts.ShouldBe(["contoso.sharepoint.com"]);
    }

    [Fact]
    public async Task TokenProvider_SendsTokensOnlyToAllowedHosts_AndOnlyOverHttpsExceptLoopback()
    {
        var source = new RecordingTokenSource();
        var graph = new HostScopedTokenProvider(source, [Online.GraphScope], ["graph.microsoft.com", "127.0.0.1"]);

        (await graph.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/sites/root"))).ShouldBe("token");
        (await graph.GetAuthorizationTokenAsync(new Uri("http://127.0.0.1:5080/v1.0/sites/root"))).ShouldBe("token");
        (await graph.GetAuthorizationTokenAsync(new Uri("https://evil.example.com/v1.0/sites/root"))).ShouldBe("");
        var plain = new HostScopedTokenProvider(source, [Online.GraphScope], ["graph.microsoft.com"]);
        (await Should.ThrowAsync<ArgumentException>(() => plain.GetAuthorizationTokenAsync(new Uri("http://graph.microsoft.com/v1.0/me"))))
            .Message.ShouldContain("Only https is supported");
        source.Scopes.ShouldAllBe(s => s.SequenceEqual(new[] { "https://graph.microsoft.com/.default" }));
    }

    [Fact]
    public void Gateway_ForOnlineWithDeviceCode_BuildsWithoutNetwork_GraphAtTheSdkDefault()
    {
        using var gateway = TenantGatewayFactory.Create(
            new TenantConnection(Online, new DeviceCodeAuthentication(TenantId, ClientId)),
            new GatewayEnvironment { Gates = new TenantThrottleGates() });

        gateway.Graph.RequestAdapter.BaseUrl.ShouldBe("https://graph.microsoft.com/v1.0");
        gateway.Rest.ApiUrl("/sites/water-cop", "web").ToString().ShouldBe("https://contoso.sharepoint.com/sites/water-cop/_api/web");
        gateway.Gate.TenantKey.ShouldBe("https://contoso.sharepoint.com");
    }

    private static (string Path, string Thumbprint) WriteSelfSignedPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CopSites test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"copsites-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, certificate.Thumbprint);
    }

    private sealed class RecordingTokenSource : ITokenSource
    {
        public List<IReadOnlyList<string>> Scopes { get; } = [];

        public Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct)
        {
            Scopes.Add(scopes);
            return Task.FromResult("token");
        }
    }
}
