using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Navigation;

/// <summary>
/// Structural navigation nodes of the quick launch and the top bar, keyed <c>QuickLaunch/Title</c> (children
/// <c>QuickLaunch/Parent/Child</c>) with SharePoint REST's names. URLs are resolved and made server-relative. A node
/// needs its parent's id, so top-level nodes are at level 2 and each generation one level deeper.
/// </summary>
public sealed class NavigationBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        if (context.Template.Navigation is not { } navigation)
        {
            return [];
        }

        return Menu(context, "QuickLaunch", "pnp:CurrentNavigation", navigation.QuickLaunch)
            .Concat(Menu(context, "TopNavigationBar", "pnp:GlobalNavigation", navigation.TopNavigationBar));
    }

    private static IEnumerable<BuiltResource> Menu(BuildContext context, string root, string element, NavigationMenu? menu)
    {
        if (menu is null)
        {
            yield break;
        }

        if (menu.Managed is not null)
        {
            var scope = context.Scope(element, menu.Location);
            scope.Fail(BuildErrorKind.UnsupportedFeature, "managed (term-driven) navigation is not applied by CopSites; use structural navigation");
            yield return BuiltResource.At(new DesiredResource(new ResourceKey(ResourceKind.NavigationNode, root), new JsonObject(), menu.Location), scope);
        }

        foreach (var built in menu.Nodes.SelectMany(n => Node(context, root, null, n, element, DependencyLevels.Of(ResourceKind.NavigationNode))))
        {
            yield return built;
        }
    }

    private static IEnumerable<BuiltResource> Node(BuildContext context, string parentPath, ResourceKey? parent, NavigationNode node, string parentElement, int level)
    {
        var element = $"{parentElement}/NavigationNode[@Title='{node.Title}']";
        var scope = context.Scope(element, node.Location);
        var url = ServerRelative(scope.Text(node.Url ?? "", element + "/@Url"), context.State.Facts);
        var properties = new JsonObject
        {
            ["Title"] = scope.Text(node.Title, element + "/@Title"),
            ["Url"] = url,
            ["IsExternal"] = node.IsExternal ?? IsOffSite(url, context.State.Facts),
        };
        var key = new ResourceKey(ResourceKind.NavigationNode, parentPath + "/" + node.Title);
        yield return BuiltResource.At(new DesiredResource(key, properties, node.Location) { Parent = parent }, scope, level);
        foreach (var built in node.Children.SelectMany(child => Node(context, key.Path, key, child, element, level + 1)))
        {
            yield return built;
        }
    }

    // "Lists/X" is relative to the site; SharePoint stores server-relative URLs for nodes inside the tenant.
    private static string ServerRelative(string url, SiteFacts facts)
    {
        // Checked before Uri.TryCreate, which reads "/sites/x" as a file URI on Unix.
        if (url.Length == 0 || url.StartsWith('/'))
        {
            return url;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            return IsWeb(absolute) && string.Equals(absolute.Host, facts.WebUrl.Host, StringComparison.OrdinalIgnoreCase) ? absolute.PathAndQuery : url;
        }

        return facts.ServerRelativeUrl.TrimEnd('/') + "/" + url;
    }

    private static bool IsOffSite(string url, SiteFacts facts) =>
        !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && IsWeb(absolute)
        && !string.Equals(absolute.Host, facts.WebUrl.Host, StringComparison.OrdinalIgnoreCase);

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
