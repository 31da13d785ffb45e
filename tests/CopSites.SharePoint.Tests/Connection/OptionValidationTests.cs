using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Tests.Connection;

public sealed class OptionValidationTests
{
    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/x", "Target.SharePointRoot")]
    [InlineData("http://contoso.sharepoint.com", "Target.SharePointRoot")]
    public void SharePointOnline_RootOnlyOverHttps(string root, string option) =>
        Should.Throw<InvalidTenantOptionException>(() => TenantTarget.SharePointOnline(new Uri(root))).OptionName.ShouldBe(option);

    [Fact]
    public void GraphBaseUrl_MustEndInV10_ForTheSdksBatchUrls() =>
        Should.Throw<InvalidTenantOptionException>(() =>
            TenantTarget.SharePointOnline(new Uri("https://contoso.sharepoint.com"), new Uri("https://graph.example.com/graph/v1.0")))
            .OptionName.ShouldBe("Target.GraphBaseUrl");

    [Fact]
    public void LocalTargets_AreLoopback_WithGraphAtV10()
    {
        TenantTarget.LocalUrl(new Uri("http://127.0.0.1:5080")).GraphBaseUrl.ToString().ShouldBe("http://127.0.0.1:5080/v1.0");
        TenantTarget.LocalEmbedded(new Uri("http://localhost:5080/")).Kind.ShouldBe(TenantTargetKind.LocalEmbedded);
        Should.Throw<InvalidTenantOptionException>(() => TenantTarget.LocalUrl(new Uri("http://10.0.0.5:5080"))).OptionName.ShouldBe("Target.LocalRoot");
    }

    [Fact]
    public void Connection_RefusesAuthKindsThatCannotReachTheTarget()
    {
        var local = TenantTarget.LocalUrl(new Uri("http://127.0.0.1:5080"));
        var online = TenantTarget.SharePointOnline(new Uri("https://contoso.sharepoint.com"));
        Should.Throw<InvalidTenantOptionException>(() => new TenantConnection(local, new ManagedIdentityAuthentication())).OptionName.ShouldBe("Authentication");
        Should.Throw<InvalidTenantOptionException>(() => new TenantConnection(online, LocalTokenAuthentication.ForUser("alice@contoso.local")))
            .Message.ShouldContain("local-token works only against a local tenant");
    }

    [Fact]
    public void ResilienceAndBatching_BadValues_NameTheOption()
    {
        Should.Throw<InvalidTenantOptionException>(() => new TenantResilienceOptions { MaxAttempts = 0 }).OptionName.ShouldBe("Resilience.MaxAttempts");
        Should.Throw<InvalidTenantOptionException>(() => new TenantResilienceOptions { BaseDelay = TimeSpan.Zero }).OptionName.ShouldBe("Resilience.BaseDelay");
        Should.Throw<InvalidTenantOptionException>(() => new TenantResilienceOptions { MaxConcurrentRequests = 0 }).OptionName.ShouldBe("Resilience.MaxConcurrentRequests");
        Should.Throw<InvalidTenantOptionException>(() => new BatchingOptions { MaxConcurrentBatches = 17 }).OptionName.ShouldBe("Batching.MaxConcurrentBatches");
        new TenantResilienceOptions { MaxConcurrentRequests = null }.MaxConcurrentRequests.ShouldBeNull();
    }

    [Fact]
    public void LocalToken_BadInputs_NameTheOption_AndTheTokenIsNeverPrinted()
    {
        Should.Throw<InvalidTenantOptionException>(() => LocalTokenAuthentication.ForUser("alice")).OptionName.ShouldBe("LocalToken.User");
        Should.Throw<InvalidTenantOptionException>(() => LocalTokenAuthentication.ForUser("alice@contoso.local", [])).OptionName.ShouldBe("LocalToken.Scopes");
        Should.Throw<InvalidTenantOptionException>(() => LocalTokenAuthentication.WithToken("opaque")).OptionName.ShouldBe("LocalToken.Token");
        LocalTokenAuthentication.WithToken("a.b.c").ToString().ShouldNotContain("a.b.c");
    }
}
