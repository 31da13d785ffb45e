using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// Turns the people a data row names by sign-in name (create-only <c>people: {column: [upn…]}</c>) into the site user
/// ids person fields store (<c>{column}LookupId</c>), through SharePoint REST's ensureuser, since Graph v1.0 has no such call.
/// </summary>
internal sealed class PeopleResolver(SharePointRestClient rest)
{
    private const string ClaimPrefix = "i:0#.f|membership|";

    /// <summary>The changes with their people resolved; a person the site cannot know fails that change only.</summary>
    public async Task<IReadOnlyList<(ResourceChange Change, TenantFailure? Failure)>> ResolveAsync(IReadOnlyList<ResourceChange> changes, WriteContext context, CancellationToken ct)
    {
        var upns = changes.Where(HasPeople)
            .SelectMany(c => Json.Object(c.Body["people"]).SelectMany(p => (p.Value as JsonArray)?.Select(v => v!.GetValue<string>()) ?? []))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var ids = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (upn, id) in await Task.WhenAll(upns.Select(async upn => (upn, await EnsureAsync(context, upn, ct)))))
        {
            ids[upn] = id;
        }

        return changes.Select(change => HasPeople(change) ? WithPeople(change, context, ids) : (change, null)).ToArray();
    }

    private static bool HasPeople(ResourceChange change) => change.Key.Kind == ResourceKind.ListItem && change.Body["people"] is JsonObject { Count: > 0 };

    private async Task<int?> EnsureAsync(WriteContext context, string upn, CancellationToken ct)
    {
        try
        {
            var user = await rest.PostAsync(context.Site.ServerRelativePath, "web/ensureuser", new JsonObject { ["logonName"] = ClaimPrefix + upn }, $"ensure user {upn}", ct);
            return user?["Id"]?.GetValue<int>();
        }
        catch (Resilience.TenantRequestException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static (ResourceChange, TenantFailure?) WithPeople(ResourceChange change, WriteContext context, Dictionary<string, int?> ids)
    {
        var body = (JsonObject)change.Body.DeepClone();
        var people = Json.Object(body["people"]);
        body.Remove("people");
        var fields = body["fields"] as JsonObject ?? new JsonObject();
        body["fields"] = fields;
        foreach (var (column, value) in people)
        {
            var names = (value as JsonArray)?.Select(v => v!.GetValue<string>()).ToArray() ?? [];
            var unknown = names.FirstOrDefault(n => ids.GetValueOrDefault(n) is null);
            if (unknown is not null)
            {
                return (change, new TenantFailure(404, "userNotFound", $"{change.Key}: '{unknown}' in column {column} is not a user of this tenant.", null));
            }

            var multiple = context.State.Find(new ResourceKey(ResourceKind.ListColumn, change.Key.Root + "/" + column))?
                .Properties["personOrGroup"]?["allowMultipleSelection"]?.GetValue<bool>() == true;
            if (multiple)
            {
                fields[column + "LookupId@odata.type"] = "Collection(Edm.String)";
                fields[column + "LookupId"] = new JsonArray(names.Select(n => (JsonNode)ids[n]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            }
            else
            {
                fields[column + "LookupId"] = ids[names[0]]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (change with { Body = body }, null);
    }
}
