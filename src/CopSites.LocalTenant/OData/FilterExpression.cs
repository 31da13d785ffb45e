using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.OData;

/// <summary>A parsed $filter expression, evaluated against a JSON resource.</summary>
public abstract record FilterExpression
{
    /// <summary>True when the resource passes the filter.</summary>
    public abstract bool Matches(JsonObject resource);

    /// <summary>Resolves a property path such as "fields/Title" to its value.</summary>
    internal static JsonNode? Resolve(JsonObject resource, string path)
    {
        JsonNode? current = resource;
        foreach (var part in path.Split('/'))
        {
            current = current is JsonObject obj && TryGetIgnoreCase(obj, part, out var next) ? next : null;
        }

        return current;
    }

    private static bool TryGetIgnoreCase(JsonObject obj, string name, out JsonNode? value)
    {
        if (obj.TryGetPropertyValue(name, out value))
        {
            return true;
        }

        foreach (var (key, v) in obj)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = null;
        return false;
    }
}

/// <summary>a and b, a or b.</summary>
public sealed record LogicalFilter(string Operator, FilterExpression Left, FilterExpression Right) : FilterExpression
{
    public override bool Matches(JsonObject resource) => Operator == "and"
        ? Left.Matches(resource) && Right.Matches(resource)
        : Left.Matches(resource) || Right.Matches(resource);
}

/// <summary>not a.</summary>
public sealed record NotFilter(FilterExpression Inner) : FilterExpression
{
    public override bool Matches(JsonObject resource) => !Inner.Matches(resource);
}

/// <summary>path op literal, e.g. fields/Status eq 'Published'.</summary>
public sealed record ComparisonFilter(string Path, string Operator, FilterValue Value) : FilterExpression
{
    public override bool Matches(JsonObject resource)
    {
        var actual = Resolve(resource, Path);
        var comparison = FilterValue.Compare(actual, Value);
        return Operator switch
        {
            "eq" => comparison == 0,
            "ne" => comparison != 0,
            "gt" => comparison is > 0 and not int.MaxValue,
            "ge" => comparison is >= 0 and not int.MaxValue,
            "lt" => comparison < 0,
            "le" => comparison <= 0,
            _ => false,
        };
    }
}

/// <summary>startswith(path,'x'), endswith(path,'x'), contains(path,'x').</summary>
public sealed record FunctionFilter(string Function, string Path, string Argument) : FilterExpression
{
    public override bool Matches(JsonObject resource)
    {
        var actual = FilterValue.AsText(Resolve(resource, Path));
        if (actual is null)
        {
            return false;
        }

        return Function switch
        {
            "startswith" => actual.StartsWith(Argument, StringComparison.OrdinalIgnoreCase),
            "endswith" => actual.EndsWith(Argument, StringComparison.OrdinalIgnoreCase),
            _ => actual.Contains(Argument, StringComparison.OrdinalIgnoreCase),
        };
    }
}

/// <summary>A literal on the right of a comparison: text, number, boolean, date or null.</summary>
public sealed record FilterValue(string? Text, bool IsNull)
{
    /// <summary>Compares a resource value with a literal: numbers as numbers, dates as dates, else text ignoring case. int.MaxValue means "not comparable".</summary>
    public static int Compare(JsonNode? actual, FilterValue literal)
    {
        var text = AsText(actual);
        if (literal.IsNull || text is null)
        {
            return literal.IsNull && text is null ? 0 : literal.IsNull ? 1 : int.MaxValue;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }

        if (LooksLikeDate(text) && LooksLikeDate(literal.Text!)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var da)
            && DateTimeOffset.TryParse(literal.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var db))
        {
            return da.CompareTo(db);
        }

        return Math.Sign(string.Compare(text, literal.Text, StringComparison.OrdinalIgnoreCase));
    }

    internal static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => node.ToJsonString(),
    };

    private static bool LooksLikeDate(string text) => text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-';
}
