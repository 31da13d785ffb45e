using System.Globalization;
using System.Text.Json.Nodes;

namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// Turns a SharePoint field (CAML) into a Graph <c>columnDefinition</c>: the common properties the template states and
/// exactly one type facet. Types Graph cannot express are reported as <see cref="BuildErrorKind.UnsupportedFieldType"/>
/// naming the field, never dropped.
/// </summary>
public static class FieldColumnMapper
{
    /// <summary>The column definition of a field.</summary>
    /// <param name="schema">The field's CAML.</param>
    /// <param name="context">The build context (lists and term sets for lookups and taxonomy).</param>
    /// <param name="scope">The token scope of the resource being built; errors go there.</param>
    /// <param name="ownerList">The list holding the field, for list columns; null for site columns.</param>
    public static JsonObject Map(FieldSchema schema, BuildContext context, TokenScope scope, string? ownerList = null)
    {
        var column = new JsonObject
        {
            ["name"] = schema.Name,
            ["displayName"] = scope.Text(schema.Field.DisplayName ?? schema.Name, scope.Element + "/@DisplayName"),
        };
        AddText(column, "description", schema.Attribute("Description"), scope, "Description");
        AddText(column, "columnGroup", schema.Field.Group, scope, "Group");
        AddBool(column, "required", schema.Bool("Required"));
        AddBool(column, "hidden", schema.Bool("Hidden"));
        AddBool(column, "indexed", schema.Bool("Indexed"));
        AddBool(column, "enforceUniqueValues", schema.Bool("EnforceUniqueValues"));
        if (!string.IsNullOrEmpty(schema.Field.Default))
        {
            column["defaultValue"] = new JsonObject { ["value"] = scope.Text(schema.Field.Default, scope.Element + "/Default") };
        }

        if (Facet(schema, context, scope, ownerList) is { } facet)
        {
            column[facet.Name] = facet.Value;
        }
        else
        {
            scope.Fail(BuildErrorKind.UnsupportedFieldType,
                $"field '{schema.Name}' has type '{schema.Type}', which has no Graph column facet (supported: Text, Note, Choice, MultiChoice, "
                + "Number, Integer, Currency, DateTime, Boolean, User, UserMulti, Lookup, LookupMulti, URL, TaxonomyFieldType, TaxonomyFieldTypeMulti, Calculated)");
        }

        return column;
    }

    private static (string Name, JsonObject Value)? Facet(FieldSchema s, BuildContext context, TokenScope scope, string? ownerList) => s.Type switch
    {
        "Text" => ("text", Compact(new JsonObject { ["allowMultipleLines"] = false, ["maxLength"] = s.Int("MaxLength") })),
        "Note" => ("text", Compact(new JsonObject
        {
            ["allowMultipleLines"] = true,
            ["linesForEditing"] = s.Int("NumLines"),
            ["textType"] = s.Bool("RichText") == true ? "richText" : "plain",
            ["appendChangesToExistingText"] = s.Bool("AppendOnly"),
        })),
        "Choice" or "MultiChoice" => ("choice", Compact(new JsonObject
        {
            ["allowTextEntry"] = s.Bool("FillInChoice"),
            ["choices"] = new JsonArray(s.Field.Choices.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["displayAs"] = s.Type == "MultiChoice" ? "checkBoxes" : s.Field.Format == "RadioButtons" ? "radioButtons" : "dropDownMenu",
        })),
        "Number" => ("number", Compact(new JsonObject
        {
            ["decimalPlaces"] = DecimalPlaces(s.Int("Decimals")),
            ["displayAs"] = s.Bool("Percentage") switch { true => "percentage", false => "number", null => null },
            ["minimum"] = Number(s.Field.Min),
            ["maximum"] = Number(s.Field.Max),
        })),
        // SharePoint's whole-number field (older templates, e.g. the schema's LookupField sample): Graph's number without decimals.
        "Integer" => ("number", Compact(new JsonObject
        {
            ["decimalPlaces"] = "none",
            ["minimum"] = Number(s.Field.Min),
            ["maximum"] = Number(s.Field.Max),
        })),
        "Currency" => ("currency", Compact(new JsonObject { ["locale"] = s.Int("LCID") is { } lcid ? LanguageTags.Of(lcid) : null })),
        "DateTime" => ("dateTime", new JsonObject { ["format"] = s.Field.Format == "DateOnly" ? "dateOnly" : "dateTime" }),
        "Boolean" => ("boolean", new JsonObject()),
        "User" or "UserMulti" => ("personOrGroup", new JsonObject
        {
            ["allowMultipleSelection"] = s.AllowsMultiple,
            ["chooseFromType"] = s.Attribute("UserSelectionMode") is "PeopleAndGroups" or "1" ? "peopleAndGroups" : "peopleOnly",
        }),
        "Lookup" or "LookupMulti" => ("lookup", new JsonObject
        {
            ["allowMultipleValues"] = s.AllowsMultiple,
            ["columnName"] = s.Field.ShowField ?? "Title",
            ["listId"] = ColumnTargets.ListId(s, context, scope, ownerList),
        }),
        "URL" => ("hyperlinkOrPicture", new JsonObject { ["isPicture"] = s.Field.Format == "Image" }),
        "TaxonomyFieldType" or "TaxonomyFieldTypeMulti" => ("term", new JsonObject
        {
            ["allowMultipleValues"] = s.AllowsMultiple,
            ["showFullyQualifiedName"] = string.Equals(s.Customization("IsPathRendered"), "true", StringComparison.OrdinalIgnoreCase),
            ["termSet"] = new JsonObject { ["id"] = ColumnTargets.TermSetId(s, context, scope) },
        }),
        "Calculated" => ("calculated", Compact(new JsonObject
        {
            ["formula"] = scope.Text(s.Field.Formula, scope.Element + "/Formula"),
            ["outputType"] = OutputType(s.Attribute("ResultType")),
            ["format"] = s.Attribute("ResultType") == "DateTime" ? (s.Field.Format == "DateOnly" ? "dateOnly" : "dateTime") : null,
        })),
        _ => null,
    };

    private static string? DecimalPlaces(int? decimals) => decimals switch
    {
        null => null,
        0 => "none",
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => "automatic",
    };

    private static string OutputType(string? resultType) => resultType switch
    {
        "Number" => "number",
        "Currency" => "currency",
        "DateTime" => "dateTime",
        "Boolean" => "boolean",
        _ => "text",
    };

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void AddText(JsonObject column, string name, string? raw, TokenScope scope, string attribute)
    {
        if (raw is not null)
        {
            column[name] = scope.Text(raw, $"{scope.Element}/@{attribute}");
        }
    }

    private static void AddBool(JsonObject column, string name, bool? value)
    {
        if (value is { } stated)
        {
            column[name] = stated;
        }
    }

    // Only what the template states is compared, so unstated facet properties are left out rather than sent as null.
    private static JsonObject Compact(JsonObject facet)
    {
        foreach (var name in facet.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            facet.Remove(name);
        }

        return facet;
    }
}
