using System.CommandLine;
using CopSites.Cli.Tenancy;
using System.Runtime.InteropServices;
using CopSites.Indicators.Running;
using CopSites.Indicators.Scheduling;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CopSites.Cli.Commands.Worker;

/// <summary>
/// `copsites worker`: measures every CoP of a folder of charters on its cron, until Ctrl+C or SIGTERM (then it lets the
/// runs under way finish and prints the run log). One node on a SQLite file by default; any number of nodes sharing a
/// PostgreSQL database with <c>--store postgres</c>, each CoP's fire run by exactly one of them.
/// </summary>
internal static class WorkerCommand
{
    /// <param name="console">Where people read progress and the summary.</param>
    /// <param name="runner">
    /// The indicator runner; by default the real job (Graph reader, file history, report builder, Graph publisher) on
    /// the tenant given by <c>--tenant</c>. Tests pass their own.
    /// </param>
    public static Command Create(IAnsiConsole console, IIndicatorRunner? runner = null)
    {
        var charters = new Option<DirectoryInfo?>("--charters") { Description = "The folder of CoP charters (YAML) to measure." };
        var store = new Option<string>("--store") { Description = "sqlite (default: one worker) or postgres (a cluster of workers).", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection") { Description = "sqlite: the database file (default .copsites/worker.db); postgres: the Npgsql connection string." };
        var cron = new Option<string?>("--cron") { Description = "One Quartz cron (UTC, seconds first) for every CoP instead of each charter's cadence, e.g. \"0 0 3 ? * SUN\"." };
        var cronFor = new Option<string[]>("--cron-for") { Description = "ALIAS=CRON: the cron of one CoP (repeatable); wins over --cron." };
        var tenant = new Option<string>("--tenant") { Description = "The tenant's root URL; each CoP's site is {tenant}/sites/{alias}.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var once = new Option<bool>("--once") { Description = "Run every CoP once now, print the run log and exit (no schedule)." };
        var command = new Command("worker", "Run the indicator job of every CoP on its schedule (Quartz; SQLite or clustered PostgreSQL).")
        {
            charters, store, connection, cron, cronFor, tenant, once,
        };
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var folder = parse.GetValue(charters);
            var problems = new List<string>();
            if (folder is null)
            {
                problems.Add("--charters FOLDER is required: the folder of charters whose CoPs the worker measures.");
            }
            else
            {
                problems.AddRange(InputPaths.Problems(("--charters", folder.FullName, true)));
            }

            var settings = Settings(parse.GetValue(store)!, parse.GetValue(connection), problems);
            var globalCron = ParseCron("--cron", parse.GetValue(cron), problems);
            var perCop = ParseCronFor(parse.GetValue(cronFor) ?? [], problems);
            if (!Uri.TryCreate(parse.GetValue(tenant), UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
            {
                problems.Add($"--tenant '{parse.GetValue(tenant)}' must be an absolute http(s) URL, e.g. https://contoso.sharepoint.com.");
            }

            if (problems.Count > 0 || settings is null || folder is null || root is null)
            {
                return CommandErrors.Input(console, problems);
            }

            var (schedules, charterProblems) = CharterSchedules.Read(folder, EndWithSlash(root), globalCron, perCop);
            var unknown = perCop.Keys.Where(alias => schedules.All(s => s.Site.Alias != alias))
                .Select(alias => $"--cron-for {alias}: no valid charter in {folder.FullName} has the alias '{alias}'.").ToList();
            if (unknown.Count > 0)
            {
                return CommandErrors.Input(console, unknown);
            }

            foreach (var problem in charterProblems)
            {
                console.MarkupLineInterpolated($"[yellow]not scheduled:[/] {problem}");
            }

            if (schedules.Count == 0)
            {
                return CommandErrors.Input(console, [$"--charters '{folder.FullName}' has no valid charter (*.yaml) to schedule.", .. charterProblems]);
            }

            using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("CopSites.Indicators.Scheduling.CommunityRun", LogLevel.None));
            var observer = new ConsoleRunObserver(console);
            await using var session = runner is null ? TenantSession.OpenUnattended(root, "alice@contoso.local") : null;
            var indicators = runner ?? Cli.Indicators.IndicatorRunners.For(session!, Cli.Indicators.FileActivityHistory.DefaultFolder);
            if (parse.GetValue(once))
            {
                var runs = await IndicatorWorker.RunOnceAsync(settings, schedules, indicators, observer, loggers, ct);
                RunSummaryView.Runs(console, schedules, runs);
                return runs.All(r => r.Outcome == RunOutcome.Succeeded) ? ExitCodes.Success : ExitCodes.Failure;
            }

            return await ServeAsync(console, settings, schedules, indicators, observer, loggers, ct);
        }));
        return command;
    }

    private static async Task<int> ServeAsync(
        IAnsiConsole console, WorkerSettings settings, IReadOnlyList<CommunitySchedule> schedules, IIndicatorRunner runner,
        IRunObserver observer, ILoggerFactory loggers, CancellationToken ct)
    {
        // Ctrl+C arrives through ct; SIGTERM (docker stop, systemd, Kubernetes) is turned into the same clean stop.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        await using var worker = await IndicatorWorker.StartAsync(settings, schedules, runner, observer, loggers, ct);
        var next = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var schedule in schedules)
        {
            next[schedule.Site.Alias] = await worker.NextFireAsync(schedule.Site.Alias, ct);
        }

        RunSummaryView.Schedule(console, schedules, next);
        console.MarkupLineInterpolated($"Worker {worker.InstanceId} on {settings.Store} is running {schedules.Count} CoPs. Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the normal way to stop.
        }

        console.MarkupLine("Stopping: letting the runs under way finish …");
        await worker.StopAsync(waitForRunsToComplete: true, CancellationToken.None);
        RunSummaryView.Runs(console, schedules, await worker.RunLog.ReadAsync(CancellationToken.None));
        return ExitCodes.Success;
    }

    private static WorkerSettings? Settings(string store, string? connection, List<string> problems)
    {
        switch (store.ToLowerInvariant())
        {
            case "sqlite":
                var file = string.IsNullOrWhiteSpace(connection) ? Path.Combine(".copsites", "worker.db") : connection;
                if (Directory.Exists(file))
                {
                    problems.Add($"--connection '{file}' is a folder; give the SQLite file, e.g. {Path.Combine(file, "worker.db")}.");
                    return null;
                }

                return WorkerSettings.Sqlite(file);
            case "postgres":
                if (string.IsNullOrWhiteSpace(connection))
                {
                    problems.Add("--connection is required with --store postgres, e.g. \"Host=db;Database=copsites;Username=copsites;Password=…\".");
                    return null;
                }

                try
                {
                    _ = new Npgsql.NpgsqlConnectionStringBuilder(connection);
                }
                catch (ArgumentException e)
                {
                    problems.Add($"--connection is not a PostgreSQL connection string: {e.Message}");
                    return null;
                }

                return WorkerSettings.Postgres(connection);
            default:
                problems.Add($"--store '{store}' is not one of sqlite, postgres.");
                return null;
        }
    }

    private static IndicatorCron? ParseCron(string option, string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (IndicatorCron.TryCreate(text, out var cron, out var error))
        {
            return cron;
        }

        problems.Add($"{option}: {error}.");
        return null;
    }

    private static Dictionary<string, IndicatorCron> ParseCronFor(string[] values, List<string> problems)
    {
        var perCop = new Dictionary<string, IndicatorCron>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--cron-for '{value}' must be ALIAS=CRON, e.g. urban-mobility=\"0 0 2 ? * MON\".");
                continue;
            }

            if (ParseCron($"--cron-for {value[..equals]}", value[(equals + 1)..], problems) is { } cron)
            {
                perCop[value[..equals]] = cron;
            }
        }

        return perCop;
    }

    private static Uri EndWithSlash(Uri root) => root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
}
