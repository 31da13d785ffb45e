using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The extracted site looked up the ways the converters need: lists by id (lookups become <c>{listid:Title}</c>), term
/// sets by id (taxonomy columns become <c>{termsetid:Group:Set}</c>), and the site's own columns and content types.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, string> _listTitles;
    private readonly Dictionary<string, ResourceKey> _termSets;

    public SiteIndex(SiteState state)
    {
        State = state;
        _listTitles = state.OfKind(ResourceKind.List)
            .GroupBy(l => l.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Key.Path, StringComparer.OrdinalIgnoreCase);
        _termSets = state.OfKind(ResourceKind.TermSet)
            .GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        SiteColumns = state.OfKind(ResourceKind.SiteColumn)
            .Where(c => !SharePointDefaults.IsBuiltInColumn(c.Properties))
            .OrderBy(c => c.Key.Path, StringComparer.Ordinal)
            .ToDictionary(c => c.Key.Path, StringComparer.OrdinalIgnoreCase);
        ContentTypes = state.OfKind(ResourceKind.ContentType)
            .Where(c => !SharePointDefaults.IsBuiltInContentType(c.Properties))
            .OrderBy(c => c.Id.Length).ThenBy(c => c.Key.Path, StringComparer.Ordinal)
            .ToDictionary(c => c.Key.Path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The site as read.</summary>
    public SiteState State { get; }

    /// <summary>The site's own columns (not SharePoint's), by internal name.</summary>
    public IReadOnlyDictionary<string, ActualResource> SiteColumns { get; }

    /// <summary>The site's own content types (not SharePoint's), by name; parents before children.</summary>
    public IReadOnlyDictionary<string, ActualResource> ContentTypes { get; }

    /// <summary>The term sets the extracted columns use, by key (<c>Group/Set</c>); filled as columns are converted.</summary>
    public HashSet<ResourceKey> UsedTermSets { get; } = [];

    /// <summary>The title of the list with this id, or null.</summary>
    public string? ListTitle(string? listId) => listId is not null && _listTitles.TryGetValue(listId.Trim('{', '}'), out var title) ? title : null;

    /// <summary>The term set with this id, or null.</summary>
    public ResourceKey? TermSet(string? termSetId) => termSetId is not null && _termSets.TryGetValue(termSetId.Trim('{', '}'), out var key) ? key : null;

    /// <summary>The children of a list (columns, views, content types) by their leaf name.</summary>
    public IEnumerable<(string Name, ActualResource Resource)> ChildrenOf(string listOrContentType, ResourceKind kind)
    {
        var prefix = listOrContentType + "/";
        return State.OfKind(kind)
            .Where(r => r.Key.Path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => (r.Key.Path[prefix.Length..], r))
            .OrderBy(p => p.Item1, StringComparer.Ordinal);
    }

    /// <summary>A string property of a tenant object, or null.</summary>
    public static string? Text(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A boolean property of a tenant object, or null.</summary>
    public static bool? Flag(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<bool>(out var flag) ? flag : null;
}
