using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>
/// Checks that every property a JSON body carries exists on its CSDL type (recursively, including @odata.type casts).
/// The CSDL marks many entities open (driveItem, sitePage, group, user, team, itemActivity...) so that extensions can
/// add properties; the service adds none of its own to them, so they are checked like closed types. Only the types
/// whose properties are data rather than schema are skipped: a list item's fields, identities (SharePoint adds email),
/// and dictionaries.
/// </summary>
internal sealed class JsonContractChecker(CsdlModel model)
{
    private static readonly string[] DynamicTypes =
        ["microsoft.graph.fieldValueSet", "microsoft.graph.identity", "microsoft.graph.identitySet", "microsoft.graph.Dictionary"];

    public IReadOnlyList<string> Check(JsonNode? body, string type, string where)
    {
        var problems = new List<string>();
        if (body is JsonObject obj && type.StartsWith("Collection(", StringComparison.Ordinal) && obj["value"] is JsonArray values)
        {
            foreach (var item in values)
            {
                CheckValue(item, CsdlModel.ElementType(type), where + "/value[]", problems);
            }
        }
        else
        {
            CheckValue(body, type, where, problems);
        }

        return problems;
    }

    private void CheckValue(JsonNode? node, string type, string where, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    CheckValue(item, CsdlModel.ElementType(type), where + "[]", problems);
                }

                break;
            case JsonObject obj:
                CheckObject(obj, CsdlModel.ElementType(type), where, problems);
                break;
        }
    }

    private void CheckObject(JsonObject obj, string type, string where, List<string> problems)
    {
        if (obj["@odata.type"]?.GetValue<string>() is { } declared)
        {
            var cast = declared.TrimStart('#');
            if (model.Type(cast) is null)
            {
                problems.Add($"{where}: @odata.type '{declared}' is not a CSDL type");
                return;
            }

            if (model.Type(type) is not null && !model.IsA(cast, type))
            {
                problems.Add($"{where}: @odata.type '{declared}' does not derive from {type}");
            }

            type = cast;
        }

        if (model.Type(type) is null || (model.IsOpen(type) && DynamicTypes.Any(dynamic => model.IsA(type, dynamic))))
        {
            return;
        }

        foreach (var (name, value) in obj)
        {
            if (name.StartsWith('@') || name.Contains("@odata.", StringComparison.Ordinal) || name.Contains("@microsoft.graph.", StringComparison.Ordinal))
            {
                continue;
            }

            var propertyType = model.PropertyType(type, name);
            if (propertyType is null)
            {
                problems.Add($"{where}: '{name}' is not a property of {type}");
                continue;
            }

            CheckValue(value, propertyType, $"{where}.{name}", problems);
        }
    }
}
