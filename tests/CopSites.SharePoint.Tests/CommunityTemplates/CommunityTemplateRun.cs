using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Validation;
using CopSites.Provisioning.Templates.Xml;
using CopSites.SharePoint.Tests.Provisioning;
using CopSites.SharePoint.Tests.TestSupport;
using Group = Microsoft.Graph.Models.Group;

namespace CopSites.SharePoint.Tests.CommunityTemplates;

/// <summary>What happened to one community template: applied (and a rerun wrote nothing), or refused with its problems.</summary>
/// <param name="File">The template file name.</param>
/// <param name="Unsupported">Elements the reader names unsupported (not applied, reported).</param>
/// <param name="Problems">Why the template is out of scope; empty when it applied.</param>
/// <param name="Created">Objects created on the empty site.</param>
/// <param name="Violations">Broken promises: a problem without element and location, a failed write, a rerun that writes.</param>
internal sealed record CommunityTemplateRun(string File, IReadOnlyList<string> Unsupported, IReadOnlyList<string> Problems, int Created, IReadOnlyList<string> Violations)
{
    public bool InScope => Problems.Count == 0;

    /// <summary>Reads the template, creates an empty group site for it, plans and applies it, then applies it again.</summary>
    public static async Task<CommunityTemplateRun> RunAsync(TestTenant tenant, string path)
    {
        var file = Path.GetFileName(path);
        var read = new PnpTemplateReader().ReadFile(path);
        var unsupported = read.UnsupportedElements.Distinct().ToArray();
        var problems = read.Errors.Select(e => e.ToString()).Concat(TemplateTokenCheck.Check(path).Select(e => e.Message)).ToList();
        var template = read.Hierarchy?.Templates.FirstOrDefault();
        if (template is null && read.Hierarchy is not null)
        {
            var root = System.IO.File.ReadLines(path).Select((line, index) => (line, index)).First(l => l.line.Contains(":Provisioning ", StringComparison.Ordinal)).index + 1;
            problems.Add($"{path}:{root}: the file holds no pnp:ProvisioningTemplate, only tenant-level elements ({string.Join(", ", unsupported)}): nothing to apply to a site");
        }

        if (problems.Count > 0)
        {
            return new CommunityTemplateRun(file, unsupported, problems, 0, Unlocated(problems, path));
        }

        var alias = "community-" + Path.GetFileNameWithoutExtension(path).ToLowerInvariant().Replace('_', '-').Replace('.', '-');
        using var gateway = tenant.Connect();
        await gateway.Graph.Groups.PostAsync(new Group
        {
            DisplayName = file, MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        var request = new ProvisioningRequest
        {
            Template = template!,
            Target = new SiteTarget(alias, file),
            Parameters = read.Hierarchy!.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            Unsupported = unsupported,
            Options = new ProvisioningOptions { ProvisioningAccount = TestTenant.Admin },
        };
        var engine = CopWorkspace.Engine(gateway);
        ProvisioningResult first;
        try
        {
            first = await engine.ApplyAsync(request, null, CancellationToken.None);
        }
        catch (ProvisioningInputException e)
        {
            return new CommunityTemplateRun(file, unsupported, e.Problems, 0, Unlocated(e.Problems, path));
        }

        var violations = first.Failures.Select(f => $"{file}: write refused {f.Key}: {f.Failure}").ToList();
        var mark = tenant.Host.Counter.Mark();
        var second = await engine.ApplyAsync(request, null, CancellationToken.None);
        var writes = tenant.Host.Counter.Since(mark);
        // Objects refused on the first run are retried by every rerun; they are reported once, above.
        var refused = first.Failures.Select(f => f.Key).ToHashSet();
        violations.AddRange(second.Failures.Where(f => !refused.Contains(f.Key)).Select(f => $"{file}: rerun write refused {f.Key}: {f.Failure}"));
        violations.AddRange(second.Plan.Changes.Where(c => c.Kind is ChangeKind.Create or ChangeKind.Update && !refused.Contains(c.Key))
            .Select(c => $"{file}: rerun still plans {c.Kind} {c.Key}: {c.Reason}"));
        if (writes.Writes > 0 && refused.Count == 0)
        {
            violations.Add($"{file}: rerun wrote {writes.Writes} times ({string.Join(", ", writes.ByRoute.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Route}"))})");
        }

        return new CommunityTemplateRun(file, unsupported, [], first.Plan.Count(ChangeKind.Create), violations);
    }

    // A refusal must say where: the file and a line, so the author can fix it.
    private static string[] Unlocated(IEnumerable<string> problems, string path) =>
        problems.Where(p => !System.Text.RegularExpressions.Regex.IsMatch(p, System.Text.RegularExpressions.Regex.Escape(path) + @"[:(]\d+"))
            .Select(p => $"{Path.GetFileName(path)}: a problem names no location: {p}").ToArray();
}
