namespace CopSites.Provisioning.Engine.Resources;

/// <summary>
/// When each kind can be written: everything in one level depends only on lower levels, so one level goes out
/// together ($batch, concurrently) and the number of levels is the least number of sequential round trips.
/// </summary>
public static class DependencyLevels
{
    /// <summary>The level of a kind when nothing special applies (a lookup column waits one level more).</summary>
    public static int Of(ResourceKind kind) => kind switch
    {
        ResourceKind.Group => 0,
        ResourceKind.GroupOwner or ResourceKind.GroupMember or ResourceKind.WebSettings or ResourceKind.TermGroup
            or ResourceKind.SiteColumn or ResourceKind.List => 1,
        ResourceKind.TermSet or ResourceKind.ContentType or ResourceKind.ListColumn or ResourceKind.NavigationNode => 2,
        ResourceKind.Term or ResourceKind.ContentTypeColumn or ResourceKind.ListView => 3,
        ResourceKind.ListContentType => 4,
        ResourceKind.ListItem or ResourceKind.File or ResourceKind.Page => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The highest level the engine runs. Builders place a resource one level after everything it needs, so some go
    /// deeper than their kind's default: child terms (3 + depth; SharePoint allows seven levels of terms, hence 9), and
    /// views, items and files of a list whose content type has taxonomy columns.
    /// </summary>
    public const int Deepest = 9;
}
