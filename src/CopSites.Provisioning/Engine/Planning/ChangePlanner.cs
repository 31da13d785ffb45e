using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Planning;

/// <summary>Decides create / update / unchanged / skipped for one desired object against the site's state.</summary>
public static class ChangePlanner
{
    /// <summary>The plan line and, when something must be written, the change to send.</summary>
    public static (PlannedChange Planned, ResourceChange? Change) Plan(BuiltResource built, SiteState state, ProvisioningOptions options)
    {
        var desired = built.Resource;
        var actual = state.Find(desired.Key) ?? ListAtItsUrl(desired, state);
        var parentId = desired.Parent is { } parent ? state.Find(parent)?.Id : null;
        if (actual is null)
        {
            var body = (JsonObject)desired.Properties.DeepClone();
            foreach (var (name, value) in desired.CreateOnly)
            {
                body[name] = value?.DeepClone();
            }

            return (Line(built, ChangeKind.Create, "does not exist", []), new ResourceChange(desired.Key, ChangeKind.Create, body, null, parentId));
        }

        var differences = PropertyDiff.Differences(desired.Properties, actual.Properties);
        if (differences.Count == 0)
        {
            return (Line(built, ChangeKind.Unchanged, "matches the template", []), null);
        }

        if (desired.PreserveEdits && IsEditedByPerson(actual, options) && !options.OverwriteEditedPages)
        {
            return (Line(built, ChangeKind.Skipped,
                $"edited by {actual.LastModifiedBy} since provisioning; kept (use --overwrite-edited-pages to rebuild)", differences), null);
        }

        var update = new JsonObject();
        foreach (var name in differences)
        {
            update[name] = desired.Properties[name]?.DeepClone();
        }

        return (Line(built, ChangeKind.Update, "differs in " + string.Join(", ", differences), differences),
            new ResourceChange(desired.Key, ChangeKind.Update, update, actual.Id, parentId));
    }

    // SharePoint writes a new site's pages as the system; those are not a person's edits and may be rebuilt.
    private static readonly string[] SystemAccounts = ["System Account", "SharePoint App", "SHAREPOINT\\system"];

    // A list is created under its URL name and then renamed to its title; a run stopped in between left a list whose
    // title is still the URL name. Found by its URL, it is renamed instead of created twice.
    private static ActualResource? ListAtItsUrl(DesiredResource desired, SiteState state)
    {
        if (desired.Key.Kind != ResourceKind.List || desired.CreateOnly["name"]?.GetValue<string>() is not { Length: > 0 } urlName)
        {
            return null;
        }

        return state.OfKind(ResourceKind.List).FirstOrDefault(list =>
            list.Properties["webUrl"]?.GetValue<string>() is { } url
            && Uri.UnescapeDataString(url).TrimEnd('/').EndsWith("/" + urlName, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsEditedByPerson(ActualResource actual, ProvisioningOptions options) =>
        actual.LastModifiedBy is { Length: > 0 } by
        && !string.Equals(by, options.ProvisioningAccount, StringComparison.OrdinalIgnoreCase)
        && !SystemAccounts.Contains(by, StringComparer.OrdinalIgnoreCase);

    private static PlannedChange Line(BuiltResource built, ChangeKind kind, string reason, IReadOnlyList<string> differences) =>
        new(built.Resource.Key, kind, reason, built.Level, differences, built.Resource.Location);
}
