using System.Collections.Immutable;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>Fills a <see cref="TokenContext"/> from the site as it is (or will be): facts, parameters and the ids of its objects.</summary>
public static class TokenContextFactory
{
    /// <summary>The token values a template may use against <paramref name="state"/>.</summary>
    public static TokenContext From(SiteState state, IReadOnlyDictionary<string, string> parameters, string? currentUser)
    {
        var facts = state.Facts;
        var context = TokenContext.Empty with
        {
            HostUrl = facts.HostUrl,
            SiteUrl = facts.ServerRelativeUrl,
            SiteCollectionUrl = facts.ServerRelativeUrl,
            SiteId = facts.WebGuid,
            SiteCollectionId = facts.SiteCollectionGuid,
            SiteTitle = facts.Title,
            GroupId = Guid.TryParse(facts.GroupId, out var group) ? group : null,
            CurrentUserLoginName = currentUser,
            CurrentUserFullName = currentUser,
            Parameters = parameters.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
        };

        foreach (var list in state.OfKind(ResourceKind.List))
        {
            context = context.WithList(list.Key.Path, new ListFacts(GuidOf(list.Id), ServerRelative(list)));
        }

        foreach (var field in state.OfKind(ResourceKind.SiteColumn).Concat(state.OfKind(ResourceKind.ListColumn)))
        {
            var title = field.Properties["displayName"]?.GetValue<string>() ?? field.Key.Leaf;
            if (!context.Fields.ContainsKey(field.Key.Leaf) || field.Key.Kind == ResourceKind.SiteColumn)
            {
                context = context.WithField(field.Key.Leaf, new FieldFacts(GuidOf(field.Id), title));
            }
        }

        var contentTypes = state.OfKind(ResourceKind.ContentType)
            .ToImmutableDictionary(c => c.Properties["name"]?.GetValue<string>() ?? c.Key.Path, c => c.Id, StringComparer.OrdinalIgnoreCase);
        var termSets = state.OfKind(ResourceKind.TermSet)
            .ToImmutableDictionary(s => s.Key.Path.Replace('/', ':'), s => GuidOf(s.Id), StringComparer.OrdinalIgnoreCase);
        return context with { ContentTypes = contentTypes, TermSets = termSets };
    }

    /// <summary>A GUID for an id; ids that are not GUIDs (planned objects) get a stable stand-in derived from them.</summary>
    public static Guid GuidOf(string id) =>
        Guid.TryParse(id, out var guid) ? guid : new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(id)));

    private static string ServerRelative(ActualResource list)
    {
        var url = list.Properties["webUrl"]?.GetValue<string>();
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? Uri.UnescapeDataString(absolute.AbsolutePath) : url ?? "";
    }
}
