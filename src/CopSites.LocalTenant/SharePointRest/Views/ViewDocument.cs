using System.Text.Json.Nodes;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Views;

/// <summary>A stored list view (kind listView, scope siteId/listId) and its SP.View rendering.</summary>
internal static class ViewDocument
{
    public static JsonObject Create(string id, string title, string query, int rowLimit, bool isDefault, IEnumerable<string> fields, string listPath) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["viewQuery"] = query,
        ["rowLimit"] = rowLimit,
        ["defaultView"] = isDefault,
        ["viewFields"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray()),
        ["serverRelativeUrl"] = $"{listPath.TrimEnd('/')}/{(isDefault ? "AllItems" : Uri.EscapeDataString(title.Replace(" ", "", StringComparison.Ordinal)))}.aspx",
    };

    /// <summary>SP.View; with <paramref name="expandFields"/> ($expand=ViewFields) its SP.ViewFieldCollection is inline, as SharePoint gives it.</summary>
    public static RestEntity ToEntity(StoredEntity view, string listId, bool expandFields = false)
    {
        var doc = view.Document;
        var entity = new RestEntity("SP.View", "SP.ApiData.Views", $"Web/Lists(guid'{listId}')/Views(guid'{view.Id}')", new JsonObject
        {
            ["Id"] = view.Id,
            ["Title"] = doc["title"]?.DeepClone(),
            ["DefaultView"] = doc["defaultView"]?.DeepClone(),
            ["RowLimit"] = doc["rowLimit"]?.DeepClone(),
            ["ViewQuery"] = doc["viewQuery"]?.DeepClone(),
            ["ServerRelativeUrl"] = doc["serverRelativeUrl"]?.DeepClone(),
            ["Hidden"] = false,
            ["PersonalView"] = false,
        })
        { Deferred = ["ViewFields"] };
        return expandFields ? entity with { ExpandedOne = new Dictionary<string, RestEntity> { ["ViewFields"] = FieldsEntity(view, listId) } } : entity;
    }

    public static RestEntity FieldsEntity(StoredEntity view, string listId)
    {
        var fields = view.Document["viewFields"]?.AsArray().Select(f => f!.GetValue<string>()).ToArray() ?? [];
        return new RestEntity("SP.ViewFieldCollection", "SP.ApiData.ViewFieldCollections", $"Web/Lists(guid'{listId}')/Views(guid'{view.Id}')/ViewFields", new JsonObject
        {
            ["Items"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray()),
            ["SchemaXml"] = "<FieldRefs>" + string.Concat(fields.Select(f => $"<FieldRef Name=\"{System.Security.SecurityElement.Escape(f)}\" />")) + "</FieldRefs>",
        })
        { CollectionTypes = new Dictionary<string, string> { ["Items"] = "Collection(Edm.String)" } };
    }
}
