using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>
/// Shapes a payload as SharePoint does per format: nometadata (bare, collections in "value"), minimalmetadata
/// (odata.metadata/type/id/editLink) or verbose ({"d":...}, "results", __metadata, __deferred).
/// </summary>
internal sealed class RestRenderer(RestFormat format, string apiBase, IReadOnlyList<string> select)
{
    // $select=RootFolder/ServerRelativeUrl keeps the RootFolder property; the nested part is the expansion's business.
    private readonly HashSet<string> _selected = select.Where(s => s != "*").Select(s => s.Split('/')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public JsonObject Render(RestPayload payload) => payload switch
    {
        RestEntity entity => format switch
        {
            RestFormat.Verbose => new JsonObject { ["d"] = Entity(entity, top: true) },
            RestFormat.MinimalMetadata => WithMetadata(Entity(entity, top: true), $"{entity.EntitySet}/@Element"),
            _ => Entity(entity, top: true),
        },
        RestCollection collection => format switch
        {
            RestFormat.Verbose => new JsonObject { ["d"] = new JsonObject { ["results"] = Items(collection.Items) } },
            RestFormat.MinimalMetadata => WithMetadata(new JsonObject { ["value"] = Items(collection.Items) }, collection.EntitySet),
            _ => new JsonObject { ["value"] = Items(collection.Items) },
        },
        RestPrimitive primitive => format switch
        {
            RestFormat.Verbose => new JsonObject { ["d"] = new JsonObject { [primitive.Name] = primitive.Value?.DeepClone() } },
            RestFormat.MinimalMetadata => WithMetadata(new JsonObject { ["value"] = primitive.Value?.DeepClone() }, primitive.EdmType),
            _ => new JsonObject { ["value"] = primitive.Value?.DeepClone() },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(payload)),
    };

    private JsonArray Items(IEnumerable<RestEntity> items) => new(items.Select(i => (JsonNode)Entity(i, top: true)).ToArray());

    private JsonObject Entity(RestEntity entity, bool top)
    {
        var json = new JsonObject();
        var uri = apiBase + entity.EditLink;
        if (format == RestFormat.Verbose)
        {
            json["__metadata"] = new JsonObject { ["id"] = uri, ["uri"] = uri, ["type"] = entity.Type };
            foreach (var name in entity.Deferred.Where(d => !entity.ExpandedOne.ContainsKey(d) && !entity.ExpandedMany.ContainsKey(d)))
            {
                json[name] = new JsonObject { ["__deferred"] = new JsonObject { ["uri"] = uri + "/" + name } };
            }
        }
        else if (format == RestFormat.MinimalMetadata)
        {
            json["odata.type"] = entity.Type;
            json["odata.id"] = uri;
            json["odata.editLink"] = entity.EditLink;
        }

        foreach (var (name, one) in entity.ExpandedOne)
        {
            json[name] = Entity(one, top: false);
        }

        foreach (var (name, many) in entity.ExpandedMany)
        {
            var items = new JsonArray(many.Select(m => (JsonNode)Entity(m, top: false)).ToArray());
            json[name] = format == RestFormat.Verbose ? new JsonObject { ["results"] = items } : items;
        }

        foreach (var (name, value) in entity.Properties)
        {
            if (top && _selected.Count > 0 && !_selected.Contains(name))
            {
                continue;
            }

            json[name] = format == RestFormat.Verbose && value is JsonArray array
                ? new JsonObject
                {
                    ["__metadata"] = new JsonObject { ["type"] = $"Collection({entity.CollectionTypes.GetValueOrDefault(name, "Edm.String")})" },
                    ["results"] = array.DeepClone(),
                }
                : value?.DeepClone();
        }

        return json;
    }

    private JsonObject WithMetadata(JsonObject body, string fragment)
    {
        var result = new JsonObject { ["odata.metadata"] = $"{apiBase}$metadata#{fragment}" };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            result[name] = value;
        }

        return result;
    }
}
