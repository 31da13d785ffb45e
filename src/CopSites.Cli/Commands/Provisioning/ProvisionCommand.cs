using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using CopSites.Cli.Provisioning;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using Spectre.Console;

namespace CopSites.Cli.Commands.Provisioning;

/// <summary>
/// `copsites provision`: applies the template and a charter (or every charter in a folder) to the tenant. Rerunning
/// writes nothing; a run stopped anywhere is finished by the next.
/// </summary>
internal static class ProvisionCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var charter = new Option<FileInfo?>("--charter") { Description = "The CoP's charter (YAML)." };
        var charters = new Option<DirectoryInfo?>("--charters") { Description = "A folder of charters: provision every CoP in it, concurrently." };
        var template = new Option<FileInfo?>("--template") { Description = "PnP template (default: provisioning-templates/cop-workspace.xml)." };
        var overwrite = new Option<bool>("--overwrite-edited-pages") { Description = "Rebuild pages people edited since provisioning." };
        var parallel = new Option<int>("--parallel") { Description = "How many CoPs at once with --charters.", DefaultValueFactory = _ => 4 };
        var format = CommonOptions.Output();
        var tenant = new TenantOptions();
        var command = new Command("provision", "Create or update CoP workspaces from a template and charters.") { charter, charters, template, overwrite, parallel, format };
        tenant.AddTo(command);
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var unreadable = InputPaths.Problems(
                ("--template", TemplateLocator.Resolve(parse.GetValue(template)), false),
                ("--charter", parse.GetValue(charter)?.FullName, false),
                ("--charters", parse.GetValue(charters)?.FullName, true));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            var files = CharterFiles(parse.GetValue(charter), parse.GetValue(charters));
            if (files.Count == 0)
            {
                return CommandErrors.Input(console, ["Give --charter FILE or --charters FOLDER (with at least one .yaml charter)."]);
            }

            var options = new ProvisioningOptions { OverwriteEditedPages = parse.GetValue(overwrite), ProvisioningAccount = parse.GetValue(tenant.User) };
            var templatePath = TemplateLocator.Resolve(parse.GetValue(template));
            await using var session = await TenantSession.OpenAsync(tenant, parse, ct);
            var runner = new CopProvisioner(session, templatePath, options);
            if (files.Count == 1)
            {
                var single = await ConsoleProgress.RunAsync(console, parse.GetValue(format) == OutputFormat.Table, $"Provisioning {files[0].Name}",
                    progress => runner.RunAsync(files[0], progress, ct));
                return await ReportAsync(console, output, parse.GetValue(format), [single]);
            }

            var outcomes = await runner.RunManyAsync(files, Math.Max(1, parse.GetValue(parallel)), ct);
            return await ReportAsync(console, output, parse.GetValue(format), outcomes);
        }));
        return command;
    }

    private static IReadOnlyList<FileInfo> CharterFiles(FileInfo? one, DirectoryInfo? folder) =>
        one is not null ? [one]
        : folder is { Exists: true } ? folder.EnumerateFiles("*.y*ml").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray()
        : [];

    private static async Task<int> ReportAsync(IAnsiConsole console, TextWriter output, OutputFormat format, IReadOnlyList<CopOutcome> outcomes)
    {
        if (format == OutputFormat.Json)
        {
            var json = outcomes.Count == 1 && outcomes[0].Summary is { } summary
                ? JsonSerializer.Serialize(summary)
                : JsonSerializer.Serialize(outcomes.Select(o => new { charter = o.Charter, status = o.Status, problems = o.Problems, result = o.Summary }));
            await output.WriteLineAsync(json);
        }
        else
        {
            OutcomeView.Render(console, outcomes);
        }

        return outcomes.All(o => o.Status == CopStatus.Succeeded) ? ExitCodes.Success
            : outcomes.Any(o => o.Status == CopStatus.InvalidInput) ? ExitCodes.InvalidInput
            : ExitCodes.TenantError;
    }
}
