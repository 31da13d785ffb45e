using CopSites.Benchmarks.Tenancy;
using CopSites.Provisioning.Engine;

namespace CopSites.Benchmarks.Inputs;

/// <summary>Bad benchmark input (template, charter or options): reported, never measured.</summary>
internal sealed class BenchInputException(string message) : Exception(message);

/// <summary>Loads provisioning requests the way `copsites provision` does (template + charter, the same options).</summary>
internal sealed class BenchInputs(string templatePath)
{
    public string TemplatePath { get; } = templatePath;

    public ProvisioningRequest Load(string charterPath)
    {
        var (request, problems) = ProvisioningInputs.Load(TemplatePath, charterPath, new ProvisioningOptions { ProvisioningAccount = BenchTenant.Account });
        return request ?? throw new BenchInputException($"{Path.GetFileName(charterPath)} cannot be provisioned: {string.Join("; ", problems)}");
    }
}
