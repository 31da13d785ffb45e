namespace CopSites.Provisioning.Templates;

/// <summary>The <c>pnp:Navigation</c> element.</summary>
/// <param name="TopNavigationBar">Global navigation (the top bar).</param>
/// <param name="QuickLaunch">Current navigation (the quick launch).</param>
/// <param name="EnableTreeView">Show the tree view.</param>
/// <param name="AddNewPagesToNavigation">Add new pages to navigation.</param>
/// <param name="CreateFriendlyUrlsForNewPages">Create friendly URLs for new pages.</param>
/// <param name="EnableAudienceTargeting">Enable audience targeting on nodes.</param>
/// <param name="Location">Where the element is.</param>
public sealed record NavigationSettings(
    NavigationMenu? TopNavigationBar,
    NavigationMenu? QuickLaunch,
    bool? EnableTreeView,
    bool? AddNewPagesToNavigation,
    bool? CreateFriendlyUrlsForNewPages,
    bool? EnableAudienceTargeting,
    SourceLocation Location);

/// <summary>A <c>GlobalNavigation</c> or <c>CurrentNavigation</c> element.</summary>
/// <param name="NavigationType">Inherit, Structural, StructuralLocal or Managed.</param>
/// <param name="RemoveExistingNodes">Remove nodes not in the template (structural navigation); null when there is none.</param>
/// <param name="Nodes">Structural navigation nodes.</param>
/// <param name="Managed">Managed navigation, when used.</param>
/// <param name="Location">Where the element is.</param>
public sealed record NavigationMenu(
    string? NavigationType,
    bool? RemoveExistingNodes,
    ValueList<NavigationNode> Nodes,
    ManagedNavigation? Managed,
    SourceLocation Location);

/// <summary>A <c>pnp:NavigationNode</c> with its children.</summary>
/// <param name="Title">Node title.</param>
/// <param name="Url">Target URL, possibly with tokens.</param>
/// <param name="IsExternal">True when the URL leaves the site.</param>
/// <param name="Children">Child nodes.</param>
/// <param name="Location">Where the element is.</param>
public sealed record NavigationNode(string Title, string? Url, bool? IsExternal, ValueList<NavigationNode> Children, SourceLocation Location);

/// <summary>A <c>pnp:ManagedNavigation</c>: navigation driven by a term set.</summary>
/// <param name="TermStoreId">Term store id or token.</param>
/// <param name="TermSetId">Term set id or token.</param>
public sealed record ManagedNavigation(string TermStoreId, string TermSetId);
