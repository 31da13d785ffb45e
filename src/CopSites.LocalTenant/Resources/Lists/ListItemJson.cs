using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>Renders a stored list item as Graph's microsoft.graph.listItem and its fields as a fieldValueSet.</summary>
public static class ListItemJson
{
    /// <summary>The listItem with its fields (callers drop or trim them according to $expand).</summary>
    public static JsonObject ToGraph(StoredEntity item, ResolvedList list, TenantContext tenant)
    {
        var doc = item.Document;
        var eTag = ItemETags.Format(list.ListId, item.Id, item.Version);
        var json = new JsonObject
        {
            ["@odata.etag"] = eTag,
            ["createdDateTime"] = item.Created.UtcDateTime,
            ["eTag"] = eTag,
            ["id"] = item.Id,
            ["lastModifiedDateTime"] = item.Modified.UtcDateTime,
            ["webUrl"] = WebUrl(item, list, tenant),
            ["createdBy"] = doc["createdBy"]?.DeepClone(),
            ["lastModifiedBy"] = doc["lastModifiedBy"]?.DeepClone() ?? doc["createdBy"]?.DeepClone(),
            ["parentReference"] = new JsonObject { ["id"] = list.ListId, ["siteId"] = list.SiteId },
            ["contentType"] = doc["contentType"]?.DeepClone(),
            ["fields"] = Fields(item, list, tenant),
        };
        return json;
    }

    /// <summary>The fieldValueSet: stored values, then the values SharePoint computes (id, ContentType, Created, AuthorLookupId...).</summary>
    public static JsonObject Fields(StoredEntity item, ResolvedList list, TenantContext tenant)
    {
        var doc = item.Document;
        var fields = new JsonObject { ["@odata.etag"] = ItemETags.Format(list.ListId, item.Id, item.Version) };
        foreach (var (key, value) in doc["fields"] as JsonObject ?? [])
        {
            fields[key] = value?.DeepClone();
        }

        var title = fields["Title"]?.DeepClone();
        fields["id"] = item.Id;
        fields["ContentType"] = doc["contentType"]?["name"]?.DeepClone();
        fields["Modified"] = Date(item.Modified);
        fields["Created"] = Date(item.Created);
        fields["AuthorLookupId"] = UserLookupIds.OfIdentity(tenant.Users, doc["createdBy"]).ToString(CultureInfo.InvariantCulture);
        fields["EditorLookupId"] = UserLookupIds.OfIdentity(tenant.Users, doc["lastModifiedBy"] ?? doc["createdBy"]).ToString(CultureInfo.InvariantCulture);
        fields["_UIVersionString"] = $"{item.Version}.0";
        if (!list.IsLibrary)
        {
            fields["Attachments"] = false;
            fields["LinkTitleNoMenu"] = title?.DeepClone();
            fields["LinkTitle"] = title;
        }

        fields["Edit"] = "";
        fields["ItemChildCount"] = "0";
        fields["FolderChildCount"] = "0";
        return fields;
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string WebUrl(StoredEntity item, ResolvedList list, TenantContext tenant) =>
        list.IsLibrary && item.Document["fields"]?["FileLeafRef"]?.GetValue<string>() is { } file
            ? ListJson.WebUrl(tenant, list.ServerRelativePath + "/" + file)
            : ListJson.WebUrl(tenant, list.ServerRelativePath) + "/DispForm.aspx?ID=" + item.Id;
}
