using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>
/// SharePoint's rules for names in the term store: labels and names are 1-255 characters without ; " &lt; &gt; | or tab,
/// in one of the store's languages; a term has exactly one default label in the store's default language.
/// </summary>
internal static class TermStoreValidation
{
    private const int MaxNameLength = 255;
    private static readonly char[] Forbidden = [';', '"', '<', '>', '|', '\t'];

    /// <summary>Checks a term's labels and returns them cleaned, plus the default label in the default language.</summary>
    public static (JsonArray Labels, string DefaultLabel) Labels(JsonNode? labels, JsonObject store)
    {
        if (labels is not JsonArray { Count: > 0 } array)
        {
            throw GraphProblem.BadRequest("A term needs at least one label.");
        }

        var defaultLanguage = store["defaultLanguageTag"]!.GetValue<string>();
        var cleaned = new JsonArray();
        string? defaultLabel = null;
        var defaultsByLanguage = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in array.OfType<JsonObject>())
        {
            var name = Name(label["name"]?.GetValue<string>(), "label");
            var language = Language(label["languageTag"]?.GetValue<string>() ?? defaultLanguage, store);
            var isDefault = label["isDefault"]?.GetValue<bool>() ?? false;
            if (isDefault && !defaultsByLanguage.Add(language))
            {
                throw GraphProblem.BadRequest($"A term can have only one default label in '{language}'.");
            }

            if (isDefault && language.Equals(defaultLanguage, StringComparison.OrdinalIgnoreCase))
            {
                defaultLabel = name;
            }

            cleaned.Add(new JsonObject { ["name"] = name, ["isDefault"] = isDefault, ["languageTag"] = language });
        }

        return defaultLabel is null
            ? throw GraphProblem.BadRequest($"A term needs a default label (isDefault true) in the term store's default language '{defaultLanguage}'.")
            : (cleaned, defaultLabel);
    }

    /// <summary>Checks a set's localized names; returns them cleaned plus the name in the default language (or the first).</summary>
    public static (JsonArray Names, string Name) LocalizedNames(JsonNode? names, JsonObject store)
    {
        if (names is not JsonArray { Count: > 0 } array)
        {
            throw GraphProblem.BadRequest("A term set needs at least one localized name.");
        }

        var defaultLanguage = store["defaultLanguageTag"]!.GetValue<string>();
        var cleaned = new JsonArray();
        string? primary = null;
        foreach (var entry in array.OfType<JsonObject>())
        {
            var name = Name(entry["name"]?.GetValue<string>(), "term set name");
            var language = Language(entry["languageTag"]?.GetValue<string>() ?? defaultLanguage, store);
            primary ??= language.Equals(defaultLanguage, StringComparison.OrdinalIgnoreCase) ? name : null;
            cleaned.Add(new JsonObject { ["name"] = name, ["languageTag"] = language });
        }

        return (cleaned, primary ?? cleaned[0]!["name"]!.GetValue<string>());
    }

    /// <summary>
    /// The name that identifies a stored set or term among its siblings: the default label (or first name) in the
    /// store's default language, else the first entry.
    /// </summary>
    public static string? PrimaryName(JsonNode? entries, JsonObject store)
    {
        var list = (entries as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var language = store["defaultLanguageTag"]!.GetValue<string>();
        var inLanguage = list.Where(e => string.Equals(e["languageTag"]?.GetValue<string>(), language, StringComparison.OrdinalIgnoreCase)).ToList();
        var chosen = inLanguage.FirstOrDefault(e => e["isDefault"]?.GetValue<bool>() == true) ?? inLanguage.FirstOrDefault() ?? list.FirstOrDefault();
        return chosen?["name"]?.GetValue<string>();
    }

    /// <summary>A display name or label: trimmed, not empty, SharePoint's length and characters.</summary>
    public static string Name(string? value, string what)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw GraphProblem.BadRequest($"The {what} must not be empty.");
        }

        if (name.Length > MaxNameLength || name.IndexOfAny(Forbidden) >= 0)
        {
            throw GraphProblem.BadRequest($"The {what} '{name}' is invalid: at most {MaxNameLength} characters and none of ; \" < > | or tab.");
        }

        return name;
    }

    /// <summary>Descriptions and properties are kept as given, but must be arrays.</summary>
    public static JsonArray ArrayOrEmpty(JsonNode? value, string property) => value switch
    {
        null => [],
        JsonArray array => (JsonArray)array.DeepClone(),
        _ => throw GraphProblem.BadRequest($"'{property}' must be an array."),
    };

    private static string Language(string tag, JsonObject store)
    {
        var known = store["languageTags"]!.AsArray().Select(t => t!.GetValue<string>());
        return known.FirstOrDefault(t => t.Equals(tag, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.BadRequest($"Language '{tag}' is not a working language of the term store.");
    }
}
