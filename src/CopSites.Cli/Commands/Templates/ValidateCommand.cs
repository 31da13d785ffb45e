using System.CommandLine;
using System.Text.Json;
using CopSites.Cli.Provisioning;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Validation;
using CopSites.Provisioning.Templates.Xml;
using Spectre.Console;

namespace CopSites.Cli.Commands.Templates;

/// <summary>`copsites validate`: checks a template (schema, supported elements, tokens) and optionally a charter, offline.</summary>
internal static class ValidateCommand
{
    // JSON is for scripts, which get more than people do, but still a bounded answer; errorCount says how many there were.
    private const int MaxJsonErrors = 1000;

    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var template = new Option<FileInfo>("--template") { Description = "The PnP provisioning template (any schema 2015-12..2022-09).", Required = true };
        var charter = new Option<FileInfo?>("--charter") { Description = "A CoP charter (YAML) to check as well." };
        var format = CommonOptions.Output();
        var command = new Command("validate", "Check a template and a charter without touching a tenant.") { template, charter, format };
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var path = parse.GetValue(template)!.FullName;
            var unreadable = InputPaths.Problems(("--template", path, false), ("--charter", parse.GetValue(charter)?.FullName, false));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            var read = new PnpTemplateReader().ReadFile(path);
            var tokenErrors = TemplateTokenCheck.Check(path);
            var charterFile = parse.GetValue(charter);
            var charterResult = charterFile is null ? null : CharterReader.Read(charterFile.FullName);
            var rules = read.Hierarchy?.Templates.FirstOrDefault() is { } checkedTemplate
                ? TemplateRules.Check(checkedTemplate, read.Hierarchy.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase))
                : [];
            var problems = read.Errors.Select(d => d.ToString())
                .Concat(tokenErrors.Select(e => e.Message))
                .Concat(rules)
                .Concat(charterResult?.Errors.Select(e => e.ToString()) ?? [])
                .ToArray();
            if (problems.Length == 0 && read.Hierarchy?.Templates.FirstOrDefault() is { } first)
            {
                // The file reads; now what only building the plan reveals (unsupported fields and web parts, lists that nothing creates).
                var request = charterFile is null
                    ? OfflinePlanCheck.RequestFor(read.Hierarchy, first)
                    : ProvisioningInputs.Load(path, charterFile.FullName, new ProvisioningOptions()).Request;
                problems = request is null ? problems : [.. await OfflinePlanCheck.ProblemsAsync(request, ct)];
            }

            var unsupported = read.UnsupportedElements.ToArray();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    template = path,
                    valid = problems.Length == 0,
                    errorCount = problems.Length,
                    errors = problems.Take(MaxJsonErrors),
                    unsupported,
                }));
            }
            else
            {
                Render(console, path, read, problems, unsupported);
            }

            return problems.Length == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, string path, TemplateReadResult read, string[] problems, string[] unsupported)
    {
        var table = new Table().AddColumns("Check", "Result");
        table.AddRow("Template", Markup.Escape(path));
        table.AddRow("Schema", Markup.Escape(read.SourceNamespace ?? "(unknown)"));
        table.AddRow("Errors", problems.Length == 0 ? "[green]none[/]" : $"[red]{problems.Length}[/]");
        table.AddRow("Unsupported elements", unsupported.Length == 0 ? "none" : Markup.Escape(string.Join(", ", unsupported.Distinct())));
        console.Write(table);
        foreach (var problem in problems.Take(CommandErrors.ShownProblems))
        {
            console.MarkupLineInterpolated($"[red]error[/] {problem}");
        }

        if (problems.Length > CommandErrors.ShownProblems)
        {
            console.MarkupLineInterpolated($"… and {problems.Length - CommandErrors.ShownProblems:N0} more errors ({problems.Length:N0} in all).");
        }
    }
}
