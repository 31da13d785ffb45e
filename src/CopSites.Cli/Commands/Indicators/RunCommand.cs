using System.CommandLine;
using CopSites.Cli.Indicators;
using CopSites.Cli.Tenancy;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;
using CopSites.Provisioning.Charters;
using Spectre.Console;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>
/// `copsites indicators run --charter C | --charters DIR | --site URL`: reads each CoP's activity, merges it into its
/// history, computes every indicator and publishes its Usage page and Indicators list. One failing CoP never stops
/// the others; exit 3 when any failed (rerun to finish), 2 for bad input.
/// </summary>
internal static class RunCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var charter = new Option<FileInfo?>("--charter") { Description = "The CoP's charter (YAML)." };
        var charters = new Option<DirectoryInfo?>("--charters") { Description = "A folder of charters: run every CoP in it." };
        var site = new Option<string?>("--site") { Description = "A CoP site URL, when there is no charter (alias from the URL, named spotlights)." };
        var history = new Option<DirectoryInfo?>("--history") { Description = "Where each CoP's activity history is kept (default .copsites/indicators)." };
        var format = CommonOptions.Output();
        var tenant = new TenantOptions();
        var command = new Command("run", "Compute every indicator of one or more CoPs and publish their Usage pages.") { charter, charters, site, history, format };
        tenant.AddTo(command);
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var given = new[] { parse.GetValue(charter) is not null, parse.GetValue(charters) is not null, parse.GetValue(site) is not null }.Count(g => g);
            if (given != 1)
            {
                return CommandErrors.Input(console, ["give exactly one of --charter, --charters or --site"], "Nothing was run:");
            }

            var unreadable = InputPaths.Problems(("--charter", parse.GetValue(charter)?.FullName, false), ("--charters", parse.GetValue(charters)?.FullName, true));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            Uri? siteUrl = null;
            if (parse.GetValue(site) is { } siteText && (!Uri.TryCreate(siteText, UriKind.Absolute, out siteUrl) || siteUrl.Scheme is not ("https" or "http")))
            {
                return CommandErrors.Input(console, [$"--site '{siteText}' is not an absolute http(s) URL of a CoP site"], "Nothing was run:");
            }

            var (communities, problems) = Communities(parse.GetValue(charter), parse.GetValue(charters), siteUrl);
            if (communities.Count == 0)
            {
                return CommandErrors.Input(console, problems, "Nothing was run:");
            }

            await using var session = await TenantSession.OpenAsync(tenant, parse, ct);
            var runner = IndicatorRunners.For(session, parse.GetValue(history)?.FullName ?? FileActivityHistory.DefaultFolder);
            var results = new List<IndicatorRunResult>();
            foreach (var (community, settings) in communities.Select(c => c(session.Sites.TenantWebRoot)))
            {
                results.Add(await runner.RunAsync(community, settings, ct));
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await output.WriteLineAsync(RunOutcomeView.Json(results).ToJsonString());
            }
            else
            {
                RunOutcomeView.Render(console, results);
            }

            foreach (var problem in problems)
            {
                console.MarkupLineInterpolated($"[red]skipped[/] {problem}");
            }

            return results.Any(r => !r.Succeeded) ? ExitCodes.TenantError : problems.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }));
        return command;
    }

    private static (List<Func<Uri, (CommunitySite, ReportSettings)>> Communities, List<string> Problems) Communities(FileInfo? charter, DirectoryInfo? charters, Uri? site)
    {
        var communities = new List<Func<Uri, (CommunitySite, ReportSettings)>>();
        var problems = new List<string>();
        if (site is not null)
        {
            var alias = site.AbsolutePath.TrimEnd('/').Split('/')[^1];
            communities.Add(_ => (new CommunitySite(alias, alias, site), ReportSettings.Default));
            return (communities, problems);
        }

        var files = charter is not null ? [charter.FullName] : Directory.GetFiles(charters!.FullName, "*.yaml").Concat(Directory.GetFiles(charters.FullName, "*.yml")).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var read = CharterReader.Read(file);
            if (!read.Succeeded)
            {
                problems.AddRange(read.Errors.Take(CommandErrors.ShownProblems).Select(e => e.ToString()));
                continue;
            }

            var c = read.Charter!;
            communities.Add(root => (CharterCommunity.Site(c, root), CharterCommunity.Settings(c)));
        }

        return (communities, problems);
    }
}
