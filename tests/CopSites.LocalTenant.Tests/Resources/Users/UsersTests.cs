using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Users;

public sealed class UsersTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public UsersTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task ListUsers_FilterOnDepartmentWithSelect_ReturnsUnitAndCountry()
    {
        var page = await _tenant.Graph.Users.GetAsync(r =>
        {
            r.QueryParameters.Filter = "department eq 'Transport'";
            r.QueryParameters.Select = ["displayName", "department", "country"];
        });

        page!.Value!.Select(u => u.DisplayName).ShouldBe(["Bob Tanaka", "Carol Silva", "Mallory Quispe"], ignoreOrder: true);
        page.Value!.Single(u => u.DisplayName == "Carol Silva").Country.ShouldBe("Brazil");
        page.Value!.ShouldAllBe(u => u.Department == "Transport" && u.UserPrincipalName == null);
    }

    [Fact]
    public async Task ListUsers_WithoutSelect_OmitsDepartmentAsEntraDoes()
    {
        var page = await _tenant.Graph.Users.GetAsync();

        page!.Value!.Count.ShouldBe(_tenant.Host.Users.Users.Count);
        page.Value!.ShouldAllBe(u => u.Department == null && u.UserPrincipalName != null && u.Id != null);
    }

    [Fact]
    public async Task ListUsers_Top_PagesWithNextLink()
    {
        var first = await _tenant.Graph.Users.GetAsync(r => r.QueryParameters.Top = 5);

        first!.Value!.Count.ShouldBe(5);
        first.OdataNextLink.ShouldNotBeNull();
        var second = await _tenant.Graph.Users.WithUrl(first.OdataNextLink).GetAsync();
        second!.Value!.Count.ShouldBe(5);
        second.Value!.Select(u => u.Id).Intersect(first.Value!.Select(u => u.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetUser_ByUpnAndById_ReturnsSameUser()
    {
        var byUpn = await _tenant.Graph.Users["dan@contoso.local"].GetAsync(r => r.QueryParameters.Select = ["id", "department", "country"]);
        var byId = await _tenant.Graph.Users[byUpn!.Id].GetAsync();

        byUpn.Department.ShouldBe("Fiscal Management");
        byUpn.Country.ShouldBe("Peru");
        byId!.UserPrincipalName.ShouldBe("dan@contoso.local");
        byId.DisplayName.ShouldBe("Dan Okafor");
    }

    [Fact]
    public async Task GetUser_Unknown_Is404RequestResourceNotFound()
    {
        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Users["nobody@contoso.local"].GetAsync());

        error.ResponseStatusCode.ShouldBe(404);
        error.Error!.Code.ShouldBe("Request_ResourceNotFound");
    }
}
