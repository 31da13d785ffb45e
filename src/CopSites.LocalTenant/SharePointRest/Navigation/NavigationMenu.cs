namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>The two navigation menus of a web and the store scopes of their nodes.</summary>
internal static class NavigationMenu
{
    public const string QuickLaunch = "quicklaunch";
    public const string TopNavigationBar = "topnavigationbar";

    public static readonly IReadOnlyList<string> All = [QuickLaunch, TopNavigationBar];

    /// <summary>The scope of a menu's nodes (children included; they carry parentId): "siteId/quicklaunch".</summary>
    public static string Scope(string siteId, string menu) => $"{siteId}/{menu}";

    /// <summary>The meta key holding the next node id of a site; its presence also says the defaults were seeded.</summary>
    public static string CounterKey(string siteId) => $"navigation.nextNodeId/{siteId}";
}
