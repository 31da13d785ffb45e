using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Provisioning;

/// <summary>Loads a charter (optionally with another template or alias) and runs the engine over a gateway to the test tenant.</summary>
internal static class CopWorkspace
{
    public static ProvisioningRequest Request(string charter, string? template = null, string? alias = null, ProvisioningOptions? options = null)
    {
        var (request, problems) = ProvisioningInputs.Load(template ?? RepositoryFiles.StandardTemplate, RepositoryFiles.Charter(charter),
            options ?? new ProvisioningOptions { ProvisioningAccount = TestTenant.Admin });
        problems.ShouldBeEmpty();
        return alias is null ? request! : request! with { Target = request!.Target with { Alias = alias } };
    }

    public static ProvisioningEngine Engine(TenantGateway gateway) => new(new SiteGateway(gateway), StandardBuilders.All);

    public static async Task<ProvisioningResult> ApplyAsync(TestTenant tenant, ProvisioningRequest request, CancellationToken ct = default)
    {
        using var gateway = tenant.Connect();
        return await Engine(gateway).ApplyAsync(request, null, ct);
    }
}
