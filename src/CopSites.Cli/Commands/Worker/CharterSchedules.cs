using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Scheduling;
using CopSites.Provisioning.Charters;

namespace CopSites.Cli.Commands.Worker;

/// <summary>
/// Turns a folder of charters into the worker's CoPs: site at <c>{tenant}/sites/{alias}</c>, settings from the charter,
/// cron from its core cadence unless overridden for that CoP (<c>--cron-for alias=CRON</c>) or for all (<c>--cron</c>).
/// </summary>
internal static class CharterSchedules
{
    /// <summary>The CoPs of every valid charter, and one problem line per invalid one (file, line, message).</summary>
    public static (IReadOnlyList<CommunitySchedule> Schedules, IReadOnlyList<string> Problems) Read(
        DirectoryInfo folder, Uri tenant, IndicatorCron? globalCron, IReadOnlyDictionary<string, IndicatorCron> perCop)
    {
        var schedules = new List<CommunitySchedule>();
        var problems = new List<string>();
        foreach (var file in folder.EnumerateFiles("*.y*ml").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var read = CharterReader.Read(file.FullName);
            if (!read.Succeeded)
            {
                problems.AddRange(read.Errors.Select(e => e.ToString()));
                continue;
            }

            var charter = read.Charter;
            var alias = charter.Alias.Value;
            if (schedules.Any(s => s.Site.Alias == alias))
            {
                problems.Add($"{file.FullName}: the alias '{alias}' is already used by another charter in {folder.FullName}; this one is not scheduled.");
                continue;
            }

            var site = new CommunitySite(alias, charter.Name, new Uri(tenant, $"sites/{alias}"));
            var settings = Cli.Indicators.CharterCommunity.Settings(charter);
            var cron = perCop.GetValueOrDefault(alias) ?? globalCron ?? CadenceCron.For(charter.Cadence.Core.Key);
            schedules.Add(new CommunitySchedule(site, settings, cron));
        }

        return (schedules, problems);
    }
}
