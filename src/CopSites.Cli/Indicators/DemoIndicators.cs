using System.Security.Cryptography;
using System.Text;
using CopSites.Cli.Tenancy;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Running;
using CopSites.Indicators.Simulation;
using CopSites.Provisioning.Charters;
using CopSites.SharePoint.Indicators;

namespace CopSites.Cli.Indicators;

/// <summary>
/// The demo's third journey: gives each example CoP a simulated past year with its real members (deterministic by the
/// CoP's alias; the last CoP declines), stored in the CoP's history as an earlier snapshot, then runs the real job:
/// today's activity read through the gateway, merged with that history, every indicator computed and the Usage page
/// published. The past goes to the history, not to the site, because neither Graph nor SharePoint REST lets a client
/// backdate an item's creation; rerunning merges the same records by id, so nothing is duplicated.
/// </summary>
internal static class DemoIndicators
{
    public static async Task<IReadOnlyList<IndicatorRunResult>> RunAsync(TenantSession session, IReadOnlyList<Charter> charters, string historyFolder, CancellationToken ct)
    {
        var source = new GraphActivitySource(session.Gateway);
        var history = new FileActivityHistory(historyFolder);
        var runner = IndicatorRunners.For(session, historyFolder);
        var results = new List<IndicatorRunResult>();
        for (var i = 0; i < charters.Count; i++)
        {
            var charter = charters[i];
            var site = CharterCommunity.Site(charter, session.Sites.TenantWebRoot);
            var now = DateTimeOffset.UtcNow;
            var today = await source.ReadAsync(site, now, ct);
            var roster = charter.Roster.Select(m => today.People.Values.FirstOrDefault(p => string.Equals(p.UserPrincipalName, m.Upn.Value, StringComparison.OrdinalIgnoreCase)))
                .OfType<Person>().ToList();
            var profile = i == charters.Count - 1 && charters.Count > 1 ? LifeProfile.Decline : LifeProfile.GrowthThenPlateau;
            // The past ends at the start of this month, so the simulated year is the same on every run of the month.
            var pastEnd = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);
            var past = CommunityLifeGenerator.Generate(site, pastEnd, SimulationSettings.For(roster.Count, 12, 60 * Math.Max(1, roster.Count), profile, Seed(charter.Alias.Value)), roster);
            await history.MergeAsync(past, ct);
            results.Add(await runner.RunAsync(site, CharterCommunity.Settings(charter), ct));
        }

        var rows = results.Where(r => r.Succeeded).Select(r => r.Report!.Summary).ToList();
        await new GraphUsagePublisher(session.Gateway).PublishPageAsync(session.Sites.TenantWebRoot, CopSites.Indicators.Reporting.PortfolioPage.PageName,
            CopSites.Indicators.Reporting.PortfolioPage.Compose(rows, DateTimeOffset.UtcNow), ct);
        return results;
    }

    private static int Seed(string alias) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(alias)), 0);
}
