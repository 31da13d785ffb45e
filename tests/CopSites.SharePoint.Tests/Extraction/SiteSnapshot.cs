using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Tests.Extraction;

/// <summary>
/// What a person would compare between two sites, as plain text lines: lists and their columns (name, type facet,
/// choices), content types and their columns, views, pages' web parts, navigation (URLs relative to the site) and terms.
/// Tenant ids and the site's own path are left out, so the snapshots of two sites built alike are equal.
/// </summary>
internal static class SiteSnapshot
{
    private static readonly string[] Facets =
        ["text", "choice", "number", "currency", "dateTime", "boolean", "personOrGroup", "lookup", "hyperlinkOrPicture", "term", "calculated"];

    public static IReadOnlyList<string> Lists(SiteState state) => Lines(state, ResourceKind.List, r => Text(r.Properties["list"], "template") ?? "");

    public static IReadOnlyList<string> ListColumns(SiteState state) => Lines(state, ResourceKind.ListColumn, r => Column(state, r.Properties));

    public static IReadOnlyList<string> ContentTypes(SiteState state) => Lines(state, ResourceKind.ContentType, r => Text(r.Properties, "group") ?? "");

    public static IReadOnlyList<string> ContentTypeColumns(SiteState state) => Lines(state, ResourceKind.ContentTypeColumn, _ => "");

    public static IReadOnlyList<string> Views(SiteState state) => Lines(state, ResourceKind.ListView, r =>
        $"{Text(r.Properties, "ViewQuery")} | {string.Join(",", (r.Properties["ViewFields"] as JsonArray ?? []).Select(f => f?.ToString()))} | {r.Properties["RowLimit"]} | {r.Properties["DefaultView"]}");

    public static IReadOnlyList<string> WebParts(SiteState state) => state.OfKind(ResourceKind.Page)
        .SelectMany(p => (p.Properties["canvasLayout"]?["horizontalSections"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(s => (s["columns"] as JsonArray ?? []).OfType<JsonObject>()
                .SelectMany(c => (c["webparts"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(w => $"{p.Key.Path} {Text(s, "layout")}/{Text(s, "emphasis")}/{c["width"]} {Text(w, "@odata.type")} {Text(w, "id")} {Text(w, "webPartType")} {Relative(state, Text(w, "innerHtml") ?? w["data"]?.ToJsonString() ?? "")}"))))
        .Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<string> Navigation(SiteState state) =>
        Lines(state, ResourceKind.NavigationNode, r => $"{Relative(state, Text(r.Properties, "Url") ?? "")} {r.Properties["IsExternal"]}");

    public static IReadOnlyList<string> Terms(SiteState state) =>
        Lines(state, ResourceKind.Term, _ => "").Concat(Lines(state, ResourceKind.TermSet, _ => "")).ToArray();

    private static IReadOnlyList<string> Lines(SiteState state, ResourceKind kind, Func<ActualResource, string> describe) =>
        state.OfKind(kind).Select(r => $"{r.Key.Path}: {describe(r)}").Order(StringComparer.Ordinal).ToArray();

    private static string Column(SiteState state, JsonObject column)
    {
        var facet = Facets.FirstOrDefault(f => column[f] is JsonObject) ?? "?";
        var details = column[facet]?.DeepClone() as JsonObject ?? new JsonObject();
        if (details["listId"] is { } listId)
        {
            // Compare lookups by the title of the list they read from: ids differ between sites.
            details["listId"] = state.OfKind(ResourceKind.List).FirstOrDefault(l => l.Id == listId.ToString())?.Key.Path;
        }

        if (details["termSet"] is JsonObject)
        {
            details.Remove("termSet");
        }

        return $"{Text(column, "displayName")} {facet} {details.ToJsonString()} required={column["required"]} hidden={column["hidden"]}";
    }

    private static string Relative(SiteState state, string text) =>
        state.Facts.ServerRelativeUrl.Length > 1 ? text.Replace(state.Facts.ServerRelativeUrl, "~site", StringComparison.OrdinalIgnoreCase) : text;

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
