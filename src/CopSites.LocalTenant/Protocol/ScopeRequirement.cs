namespace CopSites.LocalTenant.Protocol;

/// <summary>The scopes of which a caller needs at least one.</summary>
public sealed record ScopeRequirement(IReadOnlyList<string> AnyOf)
{
    public static readonly ScopeRequirement SitesRead = new(["Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"]);
    public static readonly ScopeRequirement SitesWrite = new(["Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"]);
    public static readonly ScopeRequirement SitesManage = new(["Sites.Manage.All", "Sites.FullControl.All"]);
    public static readonly ScopeRequirement SitesFullControl = new(["Sites.FullControl.All"]);
    public static readonly ScopeRequirement GroupRead = new(["Group.Read.All", "Group.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"]);
    public static readonly ScopeRequirement GroupWrite = new(["Group.ReadWrite.All", "Directory.ReadWrite.All"]);
    public static readonly ScopeRequirement TermStoreRead = new(["TermStore.Read.All", "TermStore.ReadWrite.All"]);
    public static readonly ScopeRequirement TermStoreWrite = new(["TermStore.ReadWrite.All"]);
    public static readonly ScopeRequirement FilesRead = new(["Files.Read.All", "Files.ReadWrite.All", "Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"]);
    public static readonly ScopeRequirement FilesWrite = new(["Files.ReadWrite.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"]);
    public static readonly ScopeRequirement TeamRead = new(["Team.ReadBasic.All", "Channel.ReadBasic.All", "ChannelMessage.Read.All", "Group.Read.All", "Group.ReadWrite.All"]);
    public static readonly ScopeRequirement TeamWrite = new(["Group.ReadWrite.All", "Channel.Create", "Team.Create"]);
    public static readonly ScopeRequirement UserRead = new(["User.Read.All", "User.ReadBasic.All", "Directory.Read.All", "Group.Read.All", "Group.ReadWrite.All"]);

    /// <summary>
    /// The default when a route names none: by workload (the first path segment) and by method, read or write.
    /// </summary>
    public static ScopeRequirement For(string method, GraphPath path)
    {
        var write = method != "GET";
        var workload = path.Segments.Count > 0 ? path.Segments[0].ToLowerInvariant() : "";
        if (path.Segments.Any(s => s.Equals("termStore", StringComparison.OrdinalIgnoreCase)))
        {
            return write ? TermStoreWrite : TermStoreRead;
        }

        if (path.Segments.Any(s => s.Equals("permissions", StringComparison.OrdinalIgnoreCase)))
        {
            return SitesFullControl;
        }

        return workload switch
        {
            "groups" when path.Segments.Skip(2).FirstOrDefault()?.Equals("sites", StringComparison.OrdinalIgnoreCase) == true
                => write ? SitesWrite : SitesRead,
            "groups" => write ? GroupWrite : GroupRead,
            "teams" => write ? TeamWrite : TeamRead,
            "drives" or "shares" => write ? FilesWrite : FilesRead,
            "users" => UserRead,
            _ => write ? SitesWrite : SitesRead,
        };
    }
}
