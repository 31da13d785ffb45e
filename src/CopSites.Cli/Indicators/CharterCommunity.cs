using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Provisioning.Charters;

namespace CopSites.Cli.Indicators;

/// <summary>What the indicator journey needs from a charter: where the CoP lives and how its figures are shown.</summary>
internal static class CharterCommunity
{
    /// <summary>The CoP's site on the tenant (<c>{root}/sites/{alias}</c>, as provisioning creates it).</summary>
    public static CommunitySite Site(Charter charter, Uri tenantWebRoot) =>
        new(charter.Alias.Value, charter.Name, new Uri(tenantWebRoot, "/sites/" + charter.Alias.Value));

    /// <summary>Spotlights, the declared stage and the sessions a month the cadence promises.</summary>
    public static ReportSettings Settings(Charter charter) =>
        new(charter.Spotlights, charter.Stage, SessionsPerMonth(charter.Cadence.Core));

    private static double? SessionsPerMonth(CoreCadence core) => core.Key switch
    {
        "weekly" => 52 / 12.0,
        "biweekly" => 26 / 12.0,
        "monthly" => 1,
        "bimonthly" => 0.5,
        "quarterly" => 1 / 3.0,
        "semiannual" => 1 / 6.0,
        _ => null,
    };
}
