using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>
/// The type facets of a columnDefinition. A column has exactly one; its properties get the defaults the service reports
/// when a create body leaves them out. A multi-select choice column is, in Graph v1.0, a choice facet shown as checkBoxes.
/// </summary>
public static class ColumnFacets
{
    /// <summary>Every type facet of columnDefinition in the v1.0 schema.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "text", "choice", "number", "currency", "dateTime", "boolean", "personOrGroup", "lookup",
        "hyperlinkOrPicture", "term", "calculated", "geolocation", "thumbnail", "contentApprovalStatus",
    ];

    private static readonly string[] ChoiceDisplays = ["checkBoxes", "dropDownMenu", "radioButtons"];
    private static readonly string[] CalculatedOutputs = ["text", "number", "dateTime", "boolean", "currency"];

    /// <summary>The one facet named in <paramref name="column"/>; 400 when there are none or several.</summary>
    public static string FacetOf(JsonObject column)
    {
        var present = All.Where(f => column[f] is JsonObject).ToList();
        return present.Count switch
        {
            1 => present[0],
            0 => throw GraphProblem.BadRequest("A column must have exactly one type facet (" + string.Join(", ", All) + "); none was given."),
            _ => throw GraphProblem.BadRequest("A column must have exactly one type facet; found " + string.Join(" and ", present) + "."),
        };
    }

    /// <summary>True for a choice column that holds several values.</summary>
    public static bool IsMultiChoice(JsonObject column) => column["choice"]?["displayAs"]?.GetValue<string>() == "checkBoxes";

    /// <summary>The facet with the service's defaults filled in; 400 for values the service refuses.</summary>
    public static JsonObject Normalise(string facet, JsonObject given)
    {
        var result = facet switch
        {
            "text" => Text(given),
            "choice" => Choice(given),
            "number" => Number(given),
            "currency" => new JsonObject { ["locale"] = "en-us" },
            "dateTime" => new JsonObject { ["displayAs"] = "default", ["format"] = "dateTime" },
            "personOrGroup" => new JsonObject { ["allowMultipleSelection"] = false, ["chooseFromType"] = "peopleAndGroups", ["displayAs"] = "account" },
            "lookup" => new JsonObject { ["allowMultipleValues"] = false, ["allowUnlimitedLength"] = false, ["columnName"] = "Title", ["listId"] = null },
            "hyperlinkOrPicture" => new JsonObject { ["isPicture"] = false },
            "term" => new JsonObject { ["allowMultipleValues"] = false, ["showFullyQualifiedName"] = false },
            "calculated" => Calculated(given),
            _ => new JsonObject(),
        };
        foreach (var (key, value) in given)
        {
            if (!key.StartsWith('@'))
            {
                result[key] = value?.DeepClone();
            }
        }

        if (facet == "choice" && result["choices"] is not JsonArray)
        {
            throw GraphProblem.BadRequest("choice.choices must be an array of strings.");
        }

        return result;
    }

    private static JsonObject Text(JsonObject given)
    {
        var multi = given["allowMultipleLines"]?.GetValue<bool>() == true;
        var maxLength = given["maxLength"]?.GetValue<int>() ?? 255;
        if (!multi && maxLength is < 1 or > 255)
        {
            throw GraphProblem.BadRequest("text.maxLength must be between 1 and 255 for a single line of text.");
        }

        return new JsonObject
        {
            ["allowMultipleLines"] = multi,
            ["appendChangesToExistingText"] = false,
            ["linesForEditing"] = multi ? 6 : 0,
            ["maxLength"] = multi ? null : 255,
            ["textType"] = "plain",
        };
    }

    private static JsonObject Choice(JsonObject given)
    {
        var displayAs = given["displayAs"]?.GetValue<string>() ?? "dropDownMenu";
        if (!ChoiceDisplays.Contains(displayAs))
        {
            throw GraphProblem.BadRequest($"choice.displayAs '{displayAs}' is not one of {string.Join(", ", ChoiceDisplays)}.");
        }

        if (given["choices"] is JsonArray choices && choices.Any(c => c is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            throw GraphProblem.BadRequest("choice.choices must be an array of strings.");
        }

        return new JsonObject { ["allowTextEntry"] = false, ["choices"] = new JsonArray(), ["displayAs"] = displayAs };
    }

    private static JsonObject Number(JsonObject given)
    {
        var minimum = given["minimum"]?.GetValue<double>();
        var maximum = given["maximum"]?.GetValue<double>();
        if (minimum > maximum)
        {
            throw GraphProblem.BadRequest("number.minimum must not exceed number.maximum.");
        }

        return new JsonObject { ["decimalPlaces"] = "automatic", ["displayAs"] = "number", ["maximum"] = double.MaxValue, ["minimum"] = double.MinValue };
    }

    private static JsonObject Calculated(JsonObject given)
    {
        var formula = given["formula"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(formula) || !formula.TrimStart().StartsWith('='))
        {
            throw GraphProblem.BadRequest("calculated.formula is required and must start with '='.");
        }

        var output = given["outputType"]?.GetValue<string>() ?? "text";
        if (!CalculatedOutputs.Contains(output))
        {
            throw GraphProblem.BadRequest($"calculated.outputType '{output}' is not one of {string.Join(", ", CalculatedOutputs)}.");
        }

        return new JsonObject { ["format"] = output == "dateTime" ? "dateOnly" : null, ["formula"] = formula, ["outputType"] = output };
    }
}
