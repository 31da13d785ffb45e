using System.CommandLine;
using CopSites.LocalTenant;
using Spectre.Console;

namespace CopSites.Cli.Commands.Tenant;

/// <summary>`copsites tenant token`: prints a bearer token for a seeded user, alone on stdout, for scripts and curl.</summary>
internal static class TenantTokenCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var user = new Option<string>("--user") { Description = "The user principal name, e.g. alice@contoso.local.", Required = true };
        var scopes = new Option<string>("--scopes") { Description = "Space-separated scopes.", DefaultValueFactory = _ => string.Join(' ', LocalTenantHost.AllScopes) };
        var data = new Option<string>("--data") { Description = "The tenant's SQLite file (the signing key lives beside it).", DefaultValueFactory = _ => Path.Combine(".copsites", "tenant.db") };
        var command = new Command("token", "Print a bearer token for a seeded user.") { user, scopes, data };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var options = new LocalTenantOptions { DataPath = parse.GetValue(data)! };
                var token = await LocalTenantTokens.IssueAsync(options, parse.GetValue(user)!,
                    parse.GetValue(scopes)!.Split(' ', StringSplitOptions.RemoveEmptyEntries), ct);
                await output.WriteLineAsync(token);
                return ExitCodes.Success;
            }
            catch (ArgumentException e)
            {
                console.MarkupLineInterpolated($"[red]--user:[/] {e.Message}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
