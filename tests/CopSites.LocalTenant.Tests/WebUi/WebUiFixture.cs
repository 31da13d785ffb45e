using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.WebUi;

/// <summary>A tenant with the CoP site seeded, shared by the web UI tests of one class.</summary>
public sealed class WebUiFixture : IAsyncLifetime
{
    public TenantFixture Tenant { get; } = new();

    internal CopSiteSeed Cop { get; private set; } = null!;

    public string BaseUrl => Tenant.Host.BaseUrl;

    public async Task InitializeAsync()
    {
        await Tenant.InitializeAsync();
        Cop = await CopSiteSeed.CreateAsync(Tenant);
    }

    public Task DisposeAsync() => Tenant.DisposeAsync();

    /// <summary>GETs a UI page without any token, as a browser would.</summary>
    public async Task<(int Status, string Html, HttpResponseMessage Response)> GetPageAsync(string path)
    {
        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync(BaseUrl + path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }
}
