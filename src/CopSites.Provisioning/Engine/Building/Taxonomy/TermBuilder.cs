using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Taxonomy;

/// <summary>
/// Term groups, term sets and terms, keyed by name path (<c>Group</c>, <c>Group/Set</c>, <c>Group/Set/Term/Child</c>).
/// A term needs its parent's id, so top-level terms are at level 3 and each generation one level deeper
/// (<c>3 + depth</c>). SharePoint allows seven levels of terms, which is why the engine runs levels up to 9.
/// </summary>
public sealed class TermBuilder : IResourceBuilder
{
    /// <summary>The level of a top-level term.</summary>
    public const int TopTermLevel = 3;

    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var group in context.Template.TermGroups)
        {
            var groupKey = new ResourceKey(ResourceKind.TermGroup, group.Name);
            var groupElement = $"pnp:TermGroup[@Name='{group.Name}']";
            var scope = context.Scope(groupElement, group.Location);
            var properties = new JsonObject { ["displayName"] = scope.Text(group.Name, groupElement + "/@Name") };
            if (group.Description is not null)
            {
                properties["description"] = scope.Text(group.Description, groupElement + "/@Description");
            }

            var scopeName = group.SiteCollectionTermGroup == true ? "siteCollection" : "global";
            yield return BuiltResource.At(
                new DesiredResource(groupKey, properties, group.Location) { CreateOnly = new JsonObject { ["scope"] = scopeName } }, scope);

            foreach (var set in group.TermSets)
            {
                foreach (var built in TermSet(context, groupKey, groupElement, set))
                {
                    yield return built;
                }
            }
        }
    }

    private static IEnumerable<BuiltResource> TermSet(BuildContext context, ResourceKey groupKey, string groupElement, TermSet set)
    {
        var setKey = new ResourceKey(ResourceKind.TermSet, groupKey.Path + "/" + set.Name);
        var element = $"{groupElement}/TermSet[@Name='{set.Name}']";
        var scope = context.Scope(element, set.Location);
        var language = LanguageTags.Of(set.Language);
        var properties = new JsonObject
        {
            ["localizedNames"] = new JsonArray(new JsonObject { ["name"] = scope.Text(set.Name, element + "/@Name"), ["languageTag"] = language }),
        };
        if (set.Description is not null)
        {
            properties["description"] = scope.Text(set.Description, element + "/@Description");
        }

        yield return BuiltResource.At(new DesiredResource(setKey, properties, set.Location) { Parent = groupKey }, scope);
        foreach (var built in set.Terms.SelectMany(t => Term(context, setKey, element, t, set.Language, 0)))
        {
            yield return built;
        }
    }

    private static IEnumerable<BuiltResource> Term(BuildContext context, ResourceKey parent, string parentElement, Term term, int? setLanguage, int depth)
    {
        var key = new ResourceKey(ResourceKind.Term, parent.Path + "/" + term.Name);
        var element = $"{parentElement}/Term[@Name='{term.Name}']";
        var scope = context.Scope(element, term.Location);
        var language = LanguageTags.Of(term.Language ?? setLanguage);
        var name = scope.Text(term.Name, element + "/@Name");
        var labels = new JsonArray(new JsonObject { ["name"] = name, ["languageTag"] = language, ["isDefault"] = true });
        foreach (var label in term.Labels.Where(l => !(l.Value == term.Name && LanguageTags.Of(l.Language) == language)))
        {
            labels.Add(new JsonObject { ["name"] = label.Value, ["languageTag"] = LanguageTags.Of(label.Language), ["isDefault"] = label.IsDefaultForLanguage ?? false });
        }

        var properties = new JsonObject { ["labels"] = labels };
        if (term.Description is not null)
        {
            properties["descriptions"] = new JsonArray(new JsonObject
            {
                ["description"] = scope.Text(term.Description, element + "/@Description"),
                ["languageTag"] = language,
            });
        }

        yield return BuiltResource.At(new DesiredResource(key, properties, term.Location) { Parent = parent }, scope, TopTermLevel + depth);
        foreach (var built in term.Terms.SelectMany(child => Term(context, key, element, child, setLanguage, depth + 1)))
        {
            yield return built;
        }
    }
}
