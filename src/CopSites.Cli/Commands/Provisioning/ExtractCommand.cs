using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Extraction;
using CopSites.Provisioning.Templates.Xml;
using Spectre.Console;

namespace CopSites.Cli.Commands.Provisioning;

/// <summary>
/// `copsites extract`: writes a PnP template (2022-09) of an existing site, which applied to an empty site rebuilds
/// its lists, columns, content types, terms, pages, navigation and web settings. Progress and the summary go to
/// stderr; with --output json, one summary object alone goes to stdout.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var site = new Option<string>("--site")
        {
            Description = "The site to extract: its URL (https://contoso.sharepoint.com/sites/x) or its path on the tenant (/sites/x).",
            Required = true,
        };
        var template = new Option<FileInfo>("--out") { Description = "Where to write the template (PnP 2022-09 XML).", Required = true };
        var format = CommonOptions.Output();
        var tenant = new TenantOptions();
        var command = new Command("extract", "Write a PnP template of an existing site, to rebuild it elsewhere.") { site, template, format };
        tenant.AddTo(command);
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            try
            {
                return await RunAsync(console, output, parse, site, template, format, tenant, ct);
            }
            catch (HttpRequestException e)
            {
                // Reached no tenant at all (not one that answered with an error): say where, not a stack trace.
                console.MarkupLineInterpolated($"[red]tenant error[/] {parse.GetValue(tenant.Tenant)} cannot be reached: {e.Message}");
                return ExitCodes.TenantError;
            }
        }));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, TextWriter output, ParseResult parse, Option<string> site, Option<FileInfo> template,
        Option<OutputFormat> format, TenantOptions tenant, CancellationToken ct)
    {
        var table = parse.GetValue(format) == OutputFormat.Table;
        var given = parse.GetValue(site)!.Trim();

        // Checked before Uri.TryCreate, which reads "/sites/x" as a file URI on Unix.
        Uri? absolute = null;
        if (!given.StartsWith('/') && !(Uri.TryCreate(given, UriKind.Absolute, out absolute) && absolute.Scheme is "http" or "https"))
        {
            return CommandErrors.Input(console, [$"--site must be a site's URL (https://…/sites/x) or its path (/sites/x), not '{given}'."]);
        }

        var watch = Stopwatch.StartNew();
        await using var session = await TenantSession.OpenAsync(tenant, parse, ct);
        var target = session.Gateway.Connection.Target;
        if (absolute is not null && !target.IsLocal && !string.Equals(absolute.Host, target.WebRoot.Host, StringComparison.OrdinalIgnoreCase))
        {
            return CommandErrors.Input(console, [$"--site is on {absolute.Host} but --tenant is {target.WebRoot.Host}."]);
        }

        // A local tenant serves every site under its own root, whatever host the URL was written with.
        var url = new Uri(target.WebRoot, absolute?.AbsolutePath ?? given);
        Progress(console, table, $"reading {url}");
        var state = await session.Sites.ReadSiteAsync(url, ct);
        if (state is null)
        {
            console.MarkupLineInterpolated($"[red]error[/] There is no site at {url} on this tenant; check --site (and --tenant).");
            return ExitCodes.InvalidInput;
        }

        Progress(console, table, $"read {state.Resources.Count} objects; converting");
        var extraction = SiteExtractor.Extract(state);
        var xml = new PnpTemplateWriter().Write(extraction.Hierarchy);
        var file = parse.GetValue(template)!;
        var violations = PnpSchemaValidator.Validate(xml, file.FullName);
        try
        {
            file.Directory?.Create();
            await File.WriteAllTextAsync(file.FullName, xml, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandErrors.Input(console, [$"--out {file.FullName} cannot be written: {e.Message}"]);
        }

        var requests = session.Gateway.Metrics.Snapshot();
        if (table)
        {
            Render(console, state.Facts.WebUrl, file, extraction, violations.Select(v => v.Message).ToArray(), watch.Elapsed);
        }
        else
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                site = new { url = state.Facts.WebUrl.ToString(), title = state.Facts.Title },
                template = file.FullName,
                extracted = extraction.Counts,
                warnings = extraction.Warnings,
                schemaViolations = violations.Select(v => v.Message),
                requests = new { total = requests.Operations, roundTrips = requests.RoundTrips, throttled = requests.Throttled },
                elapsedMs = (long)watch.Elapsed.TotalMilliseconds,
            }, JsonOptions));
        }

        // The writer and the schema are meant to agree; a violation is a CopSites bug, reported rather than hidden.
        return violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void Progress(IAnsiConsole console, bool enabled, string message)
    {
        if (enabled)
        {
            console.MarkupLineInterpolated($"[grey]extract[/] {message}");
        }
    }

    private static void Render(IAnsiConsole console, Uri site, FileInfo file, ExtractionResult extraction, IReadOnlyList<string> violations, TimeSpan elapsed)
    {
        var c = extraction.Counts;
        var table = new Table().AddColumns("Extracted", "Count");
        foreach (var (label, count) in new[]
        {
            ("lists", c.Lists), ("site columns", c.SiteColumns), ("list columns", c.ListColumns), ("content types", c.ContentTypes),
            ("views", c.Views), ("term sets", c.TermSets), ("terms", c.Terms), ("pages", c.Pages), ("web parts", c.WebParts),
            ("navigation nodes", c.NavigationNodes),
        })
        {
            table.AddRow(label, count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var warning in extraction.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]left out[/] {warning}");
        }

        foreach (var violation in violations)
        {
            console.MarkupLineInterpolated($"[red]schema[/] {violation}");
        }

        console.MarkupLineInterpolated($"Wrote {file.FullName} from {site} in {elapsed.TotalSeconds:0.0} s.");
    }
}
