namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps <c>pnp:Navigation</c>: global navigation is the top bar, current navigation the quick launch.</summary>
internal static class NavigationMapper
{
    public static NavigationSettings Map(ElementScope s)
    {
        var settings = new NavigationSettings(null, null, s.Bool("EnableTreeView"), s.Bool("AddNewPagesToNavigation"),
            s.Bool("CreateFriendlyUrlsForNewPages"), s.Bool("EnableAudienceTargeting"), s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["GlobalNavigation"] = g => settings = settings with { TopNavigationBar = Menu(g) },
            ["CurrentNavigation"] = c => settings = settings with { QuickLaunch = Menu(c) },
        });
        return settings;
    }

    private static NavigationMenu Menu(ElementScope s)
    {
        var menu = new NavigationMenu(s.String("NavigationType"), null, [], null, s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["StructuralNavigation"] = n =>
            {
                var remove = n.Bool("RemoveExistingNodes");
                menu = menu with { RemoveExistingNodes = remove, Nodes = Nodes(n) };
            },
            ["ManagedNavigation"] = m => menu = menu with { Managed = new ManagedNavigation(m.Required("TermStoreId"), m.Required("TermSetId")) },
        });
        return menu;
    }

    private static ValueList<NavigationNode> Nodes(ElementScope scope)
    {
        var nodes = new List<NavigationNode>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["NavigationNode"] = n =>
            {
                var (title, url, external, location) = (n.Required("Title"), n.String("Url"), n.Bool("IsExternal"), n.Location);
                nodes.Add(new NavigationNode(title, url, external, Nodes(n), location));
            },
        });
        return nodes.ToValueList();
    }
}
