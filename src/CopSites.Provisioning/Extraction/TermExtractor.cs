using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The term sets the extracted columns use, in their groups, with all their terms. Other term sets of the term store
/// are shared by every site of the tenant and belong to no one site, so they are not copied.
/// </summary>
internal sealed class TermExtractor(SiteIndex index, ExtractionNotes notes)
{
    public IEnumerable<TermGroup> Groups()
    {
        foreach (var group in index.UsedTermSets.GroupBy(s => s.Root).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var resource = index.State.Find(new ResourceKey(ResourceKind.TermGroup, group.Key));
            var sets = group.OrderBy(s => s.Path, StringComparer.Ordinal).Select(Set).OfType<TermSet>().ToValueList();
            yield return new TermGroup(notes.Literal(group.Key, $"term group '{group.Key}'"), GuidOf(resource?.Id),
                Text(resource?.Properties, "description") is { Length: > 0 } description ? notes.Literal(description, $"term group '{group.Key}'") : null,
                Text(resource?.Properties, "scope") == "siteCollection" ? true : null, null, sets, SourceLocation.None);
        }
    }

    private TermSet? Set(ResourceKey key)
    {
        if (index.State.Find(key) is not { } set)
        {
            return null;
        }

        var where = $"term set '{key.Path}'";
        var language = Lcids.Of((set.Properties["localizedNames"] as JsonArray)?.OfType<JsonObject>().Select(n => Text(n, "languageTag")).FirstOrDefault());
        return new TermSet(notes.Literal(key.Leaf, where), GuidOf(set.Id),
            Text(set.Properties, "description") is { Length: > 0 } description ? notes.Literal(description, where) : null,
            null, language, null, null, [], Terms(key.Path, language), SourceLocation.None);
    }

    private ValueList<Term> Terms(string parentPath, int? setLanguage) =>
        index.State.OfKind(ResourceKind.Term)
            .Where(t => t.Key.Path.StartsWith(parentPath + "/", StringComparison.Ordinal) && !t.Key.Path[(parentPath.Length + 1)..].Contains('/'))
            .OrderBy(t => t.Key.Leaf, StringComparer.Ordinal)
            .Select(t => Term(t, setLanguage))
            .ToValueList();

    private Term Term(ActualResource term, int? setLanguage)
    {
        var where = $"term '{term.Key.Path}'";
        var labels = (term.Properties["labels"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var main = labels.FirstOrDefault(l => Flag(l, "isDefault") == true) ?? labels.FirstOrDefault();
        var language = Lcids.Of(Text(main, "languageTag")) ?? setLanguage;
        var others = labels.Where(l => l != main)
            .Select(l => new TermLabel(Lcids.Of(Text(l, "languageTag")) ?? language ?? 1033, notes.Literal(Text(l, "name") ?? "", where), Flag(l, "isDefault")))
            .ToValueList();
        var description = (term.Properties["descriptions"] as JsonArray)?.OfType<JsonObject>().Select(d => Text(d, "description")).FirstOrDefault(d => d is { Length: > 0 });
        return new Term(notes.Literal(term.Key.Leaf, where), GuidOf(term.Id), description is null ? null : notes.Literal(description, where), null,
            language == setLanguage ? null : language, null, null, null, others, [], [], Terms(term.Key.Path, setLanguage), SourceLocation.None);
    }

    private static Guid? GuidOf(string? id) => Guid.TryParse(id, out var guid) ? guid : null;
}
