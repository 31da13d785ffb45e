namespace CopSites.Provisioning.Engine.Resources;

/// <summary>The kinds of object a CoP workspace is made of, in the order they can first be created.</summary>
public enum ResourceKind
{
    Group,
    GroupOwner,
    GroupMember,
    WebSettings,
    TermGroup,
    TermSet,
    Term,
    SiteColumn,
    ContentType,
    ContentTypeColumn,
    List,
    ListColumn,
    ListContentType,
    ListView,
    ListItem,
    File,
    Page,
    NavigationNode,
}
