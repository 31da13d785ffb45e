using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>Renders stored term store entities in the microsoft.graph.termStore shapes.</summary>
internal static class TermStoreJson
{
    public static JsonObject Group(StoredEntity group)
    {
        var doc = group.Document;
        var json = new JsonObject
        {
            ["id"] = group.Id,
            ["createdDateTime"] = group.Created.UtcDateTime,
            ["displayName"] = doc["displayName"]?.DeepClone(),
            ["description"] = doc["description"]?.DeepClone(),
            ["scope"] = doc["scope"]?.DeepClone(),
        };
        if (doc["parentSiteId"] is { } site)
        {
            json["parentSiteId"] = site.DeepClone();
        }

        return json;
    }

    public static JsonObject Set(StoredEntity set) => new()
    {
        ["id"] = set.Id,
        ["createdDateTime"] = set.Created.UtcDateTime,
        ["description"] = set.Document["description"]?.DeepClone(),
        ["localizedNames"] = set.Document["localizedNames"]?.DeepClone() ?? new JsonArray(),
        ["properties"] = set.Document["properties"]?.DeepClone() ?? new JsonArray(),
    };

    public static JsonObject Term(StoredEntity term) => new()
    {
        ["id"] = term.Id,
        ["createdDateTime"] = term.Created.UtcDateTime,
        ["lastModifiedDateTime"] = term.Modified.UtcDateTime,
        ["labels"] = term.Document["labels"]?.DeepClone() ?? new JsonArray(),
        ["descriptions"] = term.Document["descriptions"]?.DeepClone() ?? new JsonArray(),
        ["properties"] = term.Document["properties"]?.DeepClone() ?? new JsonArray(),
    };
}
