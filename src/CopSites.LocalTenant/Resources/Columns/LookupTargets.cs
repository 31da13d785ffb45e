using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>Checks that a lookup column points at a list of the same site and at a column that list has.</summary>
public static class LookupTargets
{
    /// <summary>400 when the lookup's list or column does not exist; nothing for other columns.</summary>
    public static async Task CheckAsync(TenantSession session, ColumnScope scope, JsonObject column, CancellationToken ct)
    {
        if (column["lookup"] is not JsonObject lookup)
        {
            return;
        }

        var listId = lookup["listId"]!.GetValue<string>();
        var target = await session.GetAsync(EntityKinds.List, scope.SiteId, listId.Trim('{', '}'), ct)
            ?? throw GraphProblem.BadRequest($"lookup.listId '{listId}' is not a list of this site.");
        var columnName = lookup["columnName"]?.GetValue<string>() ?? "Title";
        var site = await session.GetAsync(EntityKinds.Site, "", scope.SiteId, ct);
        var columns = await ColumnStore.ListAsync(session, new ResolvedList(site!, target).Columns, ct);
        if (!columns.Any(c => c["name"]!.GetValue<string>().Equals(columnName, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.BadRequest($"lookup.columnName '{columnName}' is not a column of the list '{target.Document["displayName"]}'.");
        }

        lookup["listId"] = target.Id;
    }
}
