using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Engine.Building.Files;
using CopSites.Provisioning.Engine.Building.Groups;
using CopSites.Provisioning.Engine.Building.Lists;
using CopSites.Provisioning.Engine.Building.Navigation;
using CopSites.Provisioning.Engine.Building.Pages;
using CopSites.Provisioning.Engine.Building.Taxonomy;
using CopSites.Provisioning.Engine.Building.Web;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>
/// The composition root of the builders: every concern once, in the order a person reads a workspace (group, site,
/// terms, columns, content types, lists, content, pages, navigation). Order within a level does not matter to the
/// engine, which plans each level as a whole; it only orders the plan's lines for equal levels and kinds.
/// </summary>
public static class StandardBuilders
{
    /// <summary>Every builder the engine needs to apply a CopSites template with its charter.</summary>
    public static IReadOnlyList<IResourceBuilder> All { get; } =
    [
        new GroupBuilder(),
        new MembershipBuilder(),
        new WebSettingsBuilder(),
        new TermBuilder(),
        new SiteColumnBuilder(),
        new ContentTypeBuilder(),
        new ContentTypeColumnBuilder(),
        new ListBuilder(),
        new ListColumnBuilder(),
        new ListContentTypeBuilder(),
        new ListViewBuilder(),
        new ListItemBuilder(),
        new FileBuilder(),
        new PageBuilder(),
        new NavigationBuilder(),
    ];
}
