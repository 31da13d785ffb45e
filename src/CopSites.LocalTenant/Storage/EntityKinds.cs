namespace CopSites.LocalTenant.Storage;

/// <summary>The names under which resources are stored. One constant per kind keeps the SQL table free of typos.</summary>
public static class EntityKinds
{
    public const string Group = "group";
    public const string GroupMember = "groupMember";
    public const string GroupOwner = "groupOwner";
    public const string Site = "site";
    public const string SitePermission = "sitePermission";
    public const string Column = "column";
    public const string ContentType = "contentType";
    public const string List = "list";
    public const string ListItem = "listItem";
    public const string DriveItem = "driveItem";
    public const string FileContent = "fileContent";
    public const string Page = "page";
    public const string TermGroup = "termGroup";
    public const string TermSet = "termSet";
    public const string Term = "term";
    public const string Team = "team";
    public const string Channel = "channel";
    public const string ChannelMessage = "channelMessage";
    public const string NavigationNode = "navigationNode";
    public const string WebSettings = "webSettings";
    public const string ListView = "listView";
}
