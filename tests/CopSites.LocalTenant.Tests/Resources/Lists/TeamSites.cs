using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using GraphList = Microsoft.Graph.Models.List;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

/// <summary>Fresh team sites and lists for list tests, made through the SDK as a client would.</summary>
internal static class TeamSites
{
    /// <summary>Creates a unified group and returns the id of its team site.</summary>
    public static async Task<string> CreateAsync(TenantFixture tenant)
    {
        var alias = "lists-" + Guid.NewGuid().ToString("N")[..8];
        var group = await tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = "Lists " + alias,
            MailNickname = alias,
            GroupTypes = ["Unified"],
            MailEnabled = true,
            SecurityEnabled = false,
        });
        var site = await tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();
        return site!.Id!;
    }

    /// <summary>Creates a generic list with the given columns on the site.</summary>
    public static async Task<GraphList> CreateListAsync(TenantFixture tenant, string siteId, string displayName, params ColumnDefinition[] columns) =>
        (await tenant.Graph.Sites[siteId].Lists.PostAsync(new GraphList
        {
            DisplayName = displayName,
            ListProp = new ListInfo { Template = "genericList" },
            Columns = [.. columns],
        }))!;

    /// <summary>A field value set from name/value pairs.</summary>
    public static FieldValueSet Fields(params (string Name, object Value)[] values) =>
        new() { AdditionalData = values.ToDictionary(v => v.Name, v => v.Value) };
}
