using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Writes <c>pnp:Navigation</c>.</summary>
internal static class NavigationXml
{
    public static XElement Navigation(NavigationSettings n) => E("Navigation",
        A("EnableTreeView", n.EnableTreeView), A("AddNewPagesToNavigation", n.AddNewPagesToNavigation),
        A("CreateFriendlyUrlsForNewPages", n.CreateFriendlyUrlsForNewPages), A("EnableAudienceTargeting", n.EnableAudienceTargeting),
        n.TopNavigationBar is null ? null : Menu("GlobalNavigation", n.TopNavigationBar),
        n.QuickLaunch is null ? null : Menu("CurrentNavigation", n.QuickLaunch));

    private static XElement Menu(string name, NavigationMenu menu) => E(name,
        A("NavigationType", menu.NavigationType),
        menu.RemoveExistingNodes is null && menu.Nodes.Count == 0 ? null
            : E("StructuralNavigation", A("RemoveExistingNodes", menu.RemoveExistingNodes), menu.Nodes.Select(Node)),
        menu.Managed is null ? null
            : E("ManagedNavigation", A("TermStoreId", menu.Managed.TermStoreId), A("TermSetId", menu.Managed.TermSetId)));

    private static XElement Node(NavigationNode node) =>
        E("NavigationNode", A("Title", node.Title), A("Url", node.Url), A("IsExternal", node.IsExternal), node.Children.Select(Node));
}
