using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>Builds a content type from a create body and applies PATCH bodies.</summary>
public static class ContentTypeFactory
{
    private static readonly string[] Editable = ["name", "description", "group", "hidden", "readOnly", "sealed", "propagateChanges"];

    /// <summary>
    /// The id a create body asks for and the parent it names: "base": {"id"} makes a new "00"+GUID child of the base;
    /// an explicit "id" must be a child id of the base (or, without a base, of the content type its prefix names).
    /// </summary>
    public static (string Id, string ParentId) IdentityOf(JsonObject body)
    {
        var baseId = Text(body["base"]?["id"]) ?? Text(body["parentId"]);
        var id = Text(body["id"]);
        if (id is not null)
        {
            if (!ContentTypeIds.IsWellFormed(id))
            {
                throw GraphProblem.BadRequest($"'{id}' is not a valid content type id.");
            }

            var parent = baseId ?? ContentTypeIds.ParentOf(id) ?? throw GraphProblem.BadRequest($"'{id}' names no parent content type.");
            return ContentTypeIds.IsChildOf(id, parent)
                ? (id.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal), parent)
                : throw GraphProblem.BadRequest($"The content type id '{id}' does not start with the id of its base content type '{parent}'.");
        }

        return baseId is null
            ? throw GraphProblem.BadRequest("A content type needs a base content type (base.id) or an id that starts with its base's id.")
            : (ContentTypeIds.NewChild(baseId), baseId);
    }

    /// <summary>A new content type inheriting the column links of <paramref name="parent"/>.</summary>
    public static JsonObject Create(JsonObject body, string id, JsonObject parent)
    {
        var name = Text(body["name"]);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw GraphProblem.BadRequest("A content type needs a name.");
        }

        var contentType = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["description"] = "",
            ["group"] = "Custom Content Types",
            ["hidden"] = false,
            ["parentId"] = parent["id"]!.GetValue<string>(),
            ["readOnly"] = false,
            ["sealed"] = false,
            ["isBuiltIn"] = false,
            ["propagateChanges"] = false,
            ["columnLinks"] = parent["columnLinks"]?.DeepClone() ?? new JsonArray(),
            ["isPublished"] = false,
        };
        return Update(contentType, body);
    }

    /// <summary>Applies name, description, group and the flags; the id and the parent stay.</summary>
    public static JsonObject Update(JsonObject current, JsonObject body)
    {
        var updated = (JsonObject)current.DeepClone();
        try
        {
            foreach (var property in Editable)
            {
                if (body.TryGetPropertyValue(property, out var value))
                {
                    updated[property] = property is "name" or "description" or "group" ? Text(value) ?? "" : value!.GetValue<bool>();
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException)
        {
            throw GraphProblem.BadRequest("The content type has a value of the wrong type.");
        }

        if (string.IsNullOrWhiteSpace(updated["name"]!.GetValue<string>()))
        {
            throw GraphProblem.BadRequest("A content type needs a name.");
        }

        return updated;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
}
