using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Planning;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine;

/// <summary>
/// Plans and applies a template to a CoP's site, level by level. Every run reads the site first and writes only the
/// difference, so a rerun writes nothing and a run killed anywhere is finished by the next one. Before any write the
/// whole plan is simulated: a template that cannot be applied (unknown token, a list that will never exist) fails
/// with <see cref="ProvisioningInputException"/> having written nothing.
/// </summary>
public sealed class ProvisioningEngine(ISiteGateway gateway, IReadOnlyList<IResourceBuilder> builders)
{
    /// <summary>What applying would do, without writing.</summary>
    public async Task<ProvisioningPlan> PlanAsync(ProvisioningRequest request, CancellationToken ct)
    {
        var existing = await ReadAsync(request, ct);
        var plan = Simulate(request, existing ?? SiteState.Empty(PlannedFacts(request)));
        await CharterPeopleCheck.EnsureKnownAsync(request.Charter, gateway, ct);
        return plan;
    }

    /// <summary>Applies the template; refused writes are reported in the result, not thrown.</summary>
    public async Task<ProvisioningResult> ApplyAsync(ProvisioningRequest request, IProgress<ProvisioningProgress>? progress, CancellationToken ct)
    {
        var existing = await ReadAsync(request, ct);
        var plan = Simulate(request, existing ?? SiteState.Empty(PlannedFacts(request)));
        await CharterPeopleCheck.EnsureKnownAsync(request.Charter, gateway, ct);
        var state = existing ?? SiteState.Empty(PlannedFacts(request));
        var failures = new List<ChangeOutcome>();
        var applied = new List<PlannedChange>();
        var replanned = false;
        var total = plan.Changes.Count(c => c.Kind is ChangeKind.Create or ChangeKind.Update);
        var done = 0;
        for (var level = 0; level <= DependencyLevels.Deepest; level++)
        {
            var (lines, changes, blocked) = PlanLevel(request, state, level);
            var reported = applied.Where(a => a.Level == level).Select(a => a.Key).ToHashSet();
            applied.AddRange(lines.Where(l => !reported.Contains(l.Key)));
            failures.AddRange(blocked);
            if (changes.Count == 0)
            {
                continue;
            }

            progress?.Report(new ProvisioningProgress(level, done, total, $"level {level}: {changes.Count} writes"));
            var outcomes = await gateway.ApplyAsync(state, changes, ct);
            state = state.With(outcomes.Where(o => o.Succeeded).SelectMany(o => o.Related.Prepend(o.Result!)));
            var refused = outcomes.Where(o => !o.Succeeded).ToList();
            if (refused.Any(IsAlreadyThere) && existing is not null && !replanned)
            {
                // Another run created it first (CoPs provisioned side by side share the tenant's term store; a run
                // stopped halfway left an object under another key): read what is there, adopt it, and plan this
                // level once more so what the adopted objects lack becomes an update instead of a failure.
                var fresh = await ReadAsync(request, ct);
                if (fresh is not null)
                {
                    state = fresh;
                    refused.RemoveAll(o => IsAlreadyThere(o) && fresh.Find(o.Key) is not null);
                    failures.AddRange(refused);
                    done += changes.Count;
                    replanned = true;
                    // What landed keeps its line (created, updated); the replan reports the rest as it finds them.
                    var landed = outcomes.Where(o => o.Succeeded).Select(o => o.Key).ToHashSet();
                    applied.RemoveAll(l => l.Level == level && !landed.Contains(l.Key));
                    level--;
                    continue;
                }
            }

            replanned = false;
            failures.AddRange(refused);
            done += changes.Count;
            if (existing is null && level == 0 && refused.Any(o => o.Key.Kind == ResourceKind.Group))
            {
                // The group was not created, so there is no site to build on: report the refusal, write nothing more.
                return new ProvisioningResult(plan with { Changes = applied.Where(a => a.Level == 0).ToArray() }, state.Facts, failures);
            }

            if (existing is null && level == 0)
            {
                // The group's creation made the site: from here on, work against what the tenant really has.
                state = await ReadAsync(request, ct) ?? throw new InvalidOperationException(
                    $"The group '{request.Target.Alias}' was created but its site cannot be read.");
                existing = state;
            }

            progress?.Report(new ProvisioningProgress(level, done, total, $"level {level} done"));
        }

        // Report what was done against the site as it really was, level by level (the up-front plan may have assumed an empty site).
        return new ProvisioningResult(plan with { Changes = applied }, state.Facts, failures);
    }

    private static bool IsAlreadyThere(ChangeOutcome outcome) => outcome.Failure is { Status: 409 } or { Code: "nameAlreadyExists" };

    private Task<SiteState?> ReadAsync(ProvisioningRequest request, CancellationToken ct) =>
        gateway.ReadAsync(request.Target, ItemQuery(request), ct);

    private ProvisioningPlan Simulate(ProvisioningRequest request, SiteState state)
    {
        var lines = new List<PlannedChange>();
        var problems = new List<string>();
        for (var level = 0; level <= DependencyLevels.Deepest; level++)
        {
            var built = Build(request, state, level);
            problems.AddRange(built.SelectMany(b => b.TokenErrors).Select(UnresolvedToken.Describe));
            var planned = built.Select(b => ChangePlanner.Plan(b, state, request.Options)).ToList();
            lines.AddRange(planned.Select(p => p.Planned));
            state = state.With(planned.Where(p => p.Change is not null).Select(p => Simulated(p.Change!, state)));
        }

        if (problems.Count > 0)
        {
            throw new ProvisioningInputException(problems.Distinct().ToArray());
        }

        return new ProvisioningPlan(request.Target, lines.OrderBy(l => l.Level).ThenBy(l => l.Key.Kind).ThenBy(l => l.Key.Path, StringComparer.Ordinal).ToArray(),
            request.Unsupported);
    }

    private (List<PlannedChange> Lines, List<ResourceChange> Changes, List<ChangeOutcome> Blocked) PlanLevel(ProvisioningRequest request, SiteState state, int level)
    {
        var lines = new List<PlannedChange>();
        var changes = new List<ResourceChange>();
        var blocked = new List<ChangeOutcome>();
        foreach (var built in Build(request, state, level))
        {
            if (built.TokenErrors.Count > 0)
            {
                // Only a refused write at a lower level can leave a token without value here; the rerun will finish it.
                blocked.Add(ChangeOutcome.Failed(built.Resource.Key, new TenantFailure(424, "failedDependency",
                    string.Join("; ", built.TokenErrors.Select(e => e.Message)), null)));
                continue;
            }

            var (line, change) = ChangePlanner.Plan(built, state, request.Options);
            lines.Add(line);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return (lines, changes, blocked);
    }

    private List<BuiltResource> Build(ProvisioningRequest request, SiteState state, int level)
    {
        var context = new BuildContext
        {
            Template = request.Template,
            Charter = request.Charter,
            Target = request.Target,
            Tokens = TokenContextFactory.From(state, request.Parameters, request.Options.ProvisioningAccount),
            State = state,
            Options = request.Options,
        };
        return builders.SelectMany(b => b.Build(context)).Where(b => b.Level == level).ToList();
    }

    private static ActualResource Simulated(ResourceChange change, SiteState state)
    {
        var existing = state.Find(change.Key);
        var properties = existing is null ? new JsonObject() : (JsonObject)existing.Properties.DeepClone();
        foreach (var (name, value) in change.Body)
        {
            properties[name] = value?.DeepClone();
        }

        return new ActualResource(change.Key, existing?.Id ?? "planned:" + change.Key, properties) { IsPlanned = true };
    }

    private SiteFacts PlannedFacts(ProvisioningRequest request) =>
        new($"{gateway.TenantWebRoot.Host},{Guid.Empty},{Guid.Empty}", new Uri(gateway.TenantWebRoot, "/sites/" + request.Target.Alias), null, request.Target.DisplayName);

    private static StateQuery ItemQuery(ProvisioningRequest request) => new(request.Template.Lists
        .Where(l => l.DataRows is { Rows.Count: > 0 })
        .ToDictionary(l => l.Title, l => l.DataRows!.KeyColumn ?? "Title", StringComparer.OrdinalIgnoreCase))
    {
        TemplateLists = request.Template.Lists.Select(l => l.Title).ToArray(),
        Files = request.Template.Files.Select(f => f.Folder + "/" + f.TargetName).ToArray(),
    };
}
