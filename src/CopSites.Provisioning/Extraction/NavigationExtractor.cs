using System.Globalization;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The quick launch and the top navigation bar as structural navigation, with the site's own URL as <c>{site}</c>.
/// Nodes are keyed by title under their parent, so of two sibling nodes with the same title only the first is kept
/// (with a note). Siblings keep SharePoint's order of creation (node ids), which is the order they were added in.
/// </summary>
internal sealed class NavigationExtractor(SiteIndex index, SiteUrlTokens urls, ExtractionNotes notes)
{
    public NavigationSettings? Navigation()
    {
        var quickLaunch = Menu("QuickLaunch");
        var top = Menu("TopNavigationBar");
        return quickLaunch is null && top is null ? null : new NavigationSettings(top, quickLaunch, null, null, null, null, SourceLocation.None);
    }

    private NavigationMenu? Menu(string root)
    {
        var nodes = Children(root);
        return nodes.Count == 0 ? null : new NavigationMenu("Structural", false, nodes, null, SourceLocation.None);
    }

    private ValueList<NavigationNode> Children(string parentPath)
    {
        var children = index.State.OfKind(ResourceKind.NavigationNode)
            .Where(n => n.Key.Path.StartsWith(parentPath + "/", StringComparison.Ordinal) && !n.Key.Path[(parentPath.Length + 1)..].Contains('/'))
            .OrderBy(n => int.TryParse(n.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : int.MaxValue)
            .ThenBy(n => n.Key.Path, StringComparer.Ordinal);
        var result = new List<NavigationNode>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in children)
        {
            var title = Text(node.Properties, "Title") ?? node.Key.Leaf;
            if (!titles.Add(title))
            {
                notes.Warn($"navigation node '{node.Key.Path}' has the same title as a sibling; only the first is kept.");
                continue;
            }

            var url = urls.Url(Text(node.Properties, "Url") ?? "");
            result.Add(new NavigationNode(notes.Literal(title, $"navigation node '{node.Key.Path}'"), url.Length == 0 ? null : url,
                Flag(node.Properties, "IsExternal"), Children(node.Key.Path), SourceLocation.None));
        }

        return result.ToValueList();
    }
}
