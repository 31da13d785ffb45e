using System.CommandLine;
using System.Text.Json;
using CopSites.Cli.Provisioning;
using CopSites.Provisioning.Engine;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Engine.Building;
using Spectre.Console;

namespace CopSites.Cli.Commands.Provisioning;

/// <summary>`copsites plan`: what provisioning a CoP would create, update or leave, and why; writes nothing.</summary>
internal static class PlanCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var charter = new Option<FileInfo>("--charter") { Description = "The CoP's charter (YAML).", Required = true };
        var template = new Option<FileInfo?>("--template") { Description = "PnP template (default: provisioning-templates/cop-workspace.xml)." };
        var all = new Option<bool>("--all") { Description = "List unchanged objects too." };
        var format = CommonOptions.Output();
        var tenant = new TenantOptions();
        var command = new Command("plan", "Show what provisioning would change, without writing.") { charter, template, all, format };
        tenant.AddTo(command);
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var unreadable = InputPaths.Problems(("--template", TemplateLocator.Resolve(parse.GetValue(template)), false), ("--charter", parse.GetValue(charter)!.FullName, false));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            var (request, problems) = ProvisioningInputs.Load(TemplateLocator.Resolve(parse.GetValue(template)), parse.GetValue(charter)!.FullName,
                new ProvisioningOptions { ProvisioningAccount = parse.GetValue(tenant.User) });
            if (request is null)
            {
                return CommandErrors.Input(console, problems);
            }

            await using var session = await TenantSession.OpenAsync(tenant, parse, ct);
            var plan = await new ProvisioningEngine(session.Sites, StandardBuilders.All).PlanAsync(request, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    target = plan.Target.Alias,
                    changes = plan.Changes.Select(c => new { level = c.Level, kind = c.Key.Kind.ToString(), key = c.Key.Path, change = c.Kind.ToString().ToLowerInvariant(), reason = c.Reason }),
                    unsupported = plan.Unsupported,
                }));
            }
            else
            {
                PlanView.Render(console, plan, parse.GetValue(all));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
