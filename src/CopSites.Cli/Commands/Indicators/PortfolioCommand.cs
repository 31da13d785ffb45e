using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Cli.Indicators;
using CopSites.Cli.Tenancy;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;
using CopSites.Provisioning.Charters;
using CopSites.SharePoint.Indicators;
using Spectre.Console;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>
/// `copsites indicators portfolio --charters DIR [--output table|json|csv]`: runs every CoP's indicator job, prints one
/// row per CoP (stage, members, participation, products, trend) and publishes the Portfolio page on the tenant's root
/// site for KLD. A CoP whose run failed is reported and left out of the page; exit 3 then.
/// </summary>
internal static class PortfolioCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var charters = new Option<DirectoryInfo>("--charters") { Description = "The folder of CoP charters.", Required = true };
        var history = new Option<DirectoryInfo?>("--history") { Description = "Where each CoP's activity history is kept (default .copsites/indicators)." };
        var format = new Option<ReportOutput>("--output") { Description = "table (default), json or csv on stdout.", DefaultValueFactory = _ => ReportOutput.Table };
        var tenant = new TenantOptions();
        var command = new Command("portfolio", "Measure every CoP and publish KLD's Portfolio page on the root site.") { charters, history, format };
        tenant.AddTo(command);
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var folder = parse.GetValue(charters)!;
            var unreadable = InputPaths.Problems(("--charters", folder.FullName, true));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            var problems = new List<string>();
            var read = Directory.GetFiles(folder.FullName, "*.yaml").Order(StringComparer.Ordinal).Select(CharterReader.Read).ToList();
            foreach (var failed in read.Where(r => !r.Succeeded))
            {
                problems.AddRange(failed.Errors.Take(CommandErrors.ShownProblems).Select(e => e.ToString()));
            }

            var valid = read.Where(r => r.Succeeded).Select(r => r.Charter!).ToList();
            if (valid.Count == 0)
            {
                return CommandErrors.Input(console, [$"--charters '{folder.FullName}' has no valid charter", .. problems], "Nothing was measured:");
            }

            await using var session = await TenantSession.OpenAsync(tenant, parse, ct);
            var runner = IndicatorRunners.For(session, parse.GetValue(history)?.FullName ?? FileActivityHistory.DefaultFolder);
            var results = new List<IndicatorRunResult>();
            foreach (var charter in valid)
            {
                results.Add(await runner.RunAsync(CharterCommunity.Site(charter, session.Sites.TenantWebRoot), CharterCommunity.Settings(charter), ct));
            }

            var rows = results.Where(r => r.Succeeded).Select(r => r.Report!.Summary).ToList();
            var page = PortfolioPage.Compose(rows, DateTimeOffset.UtcNow);
            await new GraphUsagePublisher(session.Gateway).PublishPageAsync(session.Sites.TenantWebRoot, PortfolioPage.PageName, page, ct);
            switch (parse.GetValue(format))
            {
                case ReportOutput.Json:
                    await output.WriteLineAsync(Json(rows, results).ToJsonString());
                    break;
                case ReportOutput.Csv:
                    await output.WriteLineAsync("alias,name,site,stage,members,participationRate,products,trend");
                    foreach (var r in rows)
                    {
                        await output.WriteLineAsync(string.Join(',', CsvCell.Of(r.Alias), CsvCell.Of(r.Name), CsvCell.Of(r.SiteUrl.ToString()), r.Stage.Key,
                            r.Members.ToString(CultureInfo.InvariantCulture), r.ParticipationRate.ToString("R", CultureInfo.InvariantCulture),
                            r.Products.ToString(CultureInfo.InvariantCulture), r.Trend.ToString().ToLowerInvariant()));
                    }

                    break;
                default:
                    RunOutcomeView.Render(console, results);
                    break;
            }

            console.MarkupLineInterpolated($"Portfolio: {session.Sites.TenantWebRoot}SitePages/{PortfolioPage.PageName}");
            foreach (var problem in problems.Concat(results.Where(r => !r.Succeeded).Select(r => r.Failure ?? r.Site.Alias)))
            {
                console.MarkupLineInterpolated($"[red]left out[/] {problem}");
            }

            return results.Any(r => !r.Succeeded) ? ExitCodes.TenantError : problems.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }));
        return command;
    }

    private static JsonObject Json(IReadOnlyList<PortfolioRow> rows, IReadOnlyList<IndicatorRunResult> results) => new()
    {
        ["cops"] = new JsonArray(rows.Select(r => (JsonNode)new JsonObject
        {
            ["alias"] = r.Alias, ["name"] = r.Name, ["site"] = r.SiteUrl.ToString(), ["stage"] = r.Stage.Key, ["members"] = r.Members,
            ["participationRate"] = r.ParticipationRate, ["products"] = r.Products, ["trend"] = r.Trend.ToString().ToLowerInvariant(),
        }).ToArray()),
        ["failed"] = new JsonArray(results.Where(r => !r.Succeeded).Select(r => (JsonNode)new JsonObject { ["alias"] = r.Site.Alias, ["failure"] = r.Failure }).ToArray()),
    };
}
