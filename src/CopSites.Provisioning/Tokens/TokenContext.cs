using System.Collections.Immutable;

namespace CopSites.Provisioning.Tokens;

/// <summary>
/// The values tokens resolve to. The engine fills it as provisioning goes (site facts first, then
/// lists, fields, pages...). Every lookup by name is case-insensitive, as in PnP.
/// </summary>
public sealed record TokenContext
{
    private static ImmutableDictionary<string, T> Map<T>() => ImmutableDictionary.Create<string, T>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A context with no values except the default (English) permission level names.</summary>
    public static TokenContext Empty { get; } = new();

    /// <summary>Scheme and host, e.g. <c>https://contoso.sharepoint.com</c> (<c>{hosturl}</c>).</summary>
    public string? HostUrl { get; init; }

    /// <summary>Server-relative URL of the web (<c>{site}</c>), e.g. <c>/sites/cop-data</c>.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Server-relative URL of the site collection (<c>{sitecollection}</c>).</summary>
    public string? SiteCollectionUrl { get; init; }

    /// <summary>Web id (<c>{siteid}</c>).</summary>
    public Guid? SiteId { get; init; }

    /// <summary>Site collection id (<c>{sitecollectionid}</c>).</summary>
    public Guid? SiteCollectionId { get; init; }

    /// <summary>Site title (<c>{sitetitle}</c>, <c>{sitename}</c>).</summary>
    public string? SiteTitle { get; init; }

    /// <summary>Microsoft 365 group connected to the site (<c>{groupid}</c>).</summary>
    public Guid? GroupId { get; init; }

    /// <summary>Default term store id (<c>{termstoreid}</c>, <c>{sitecollectiontermstoreid}</c>).</summary>
    public Guid? TermStoreId { get; init; }

    /// <summary>The site collection term group's id.</summary>
    public Guid? SiteCollectionTermGroupId { get; init; }

    /// <summary>The site collection term group's name.</summary>
    public string? SiteCollectionTermGroupName { get; init; }

    /// <summary>Login name of the user running the engine.</summary>
    public string? CurrentUserLoginName { get; init; }

    /// <summary>SharePoint user id of the user running the engine.</summary>
    public int? CurrentUserId { get; init; }

    /// <summary>Display name of the user running the engine.</summary>
    public string? CurrentUserFullName { get; init; }

    /// <summary>Names of the associated owners, members and visitors groups.</summary>
    public string? AssociatedOwnerGroup { get; init; }

    /// <inheritdoc cref="AssociatedOwnerGroup"/>
    public string? AssociatedMemberGroup { get; init; }

    /// <inheritdoc cref="AssociatedOwnerGroup"/>
    public string? AssociatedVisitorGroup { get; init; }

    /// <summary>Template parameters (<c>{parameter:Key}</c>).</summary>
    public ImmutableDictionary<string, string> Parameters { get; init; } = Map<string>();

    /// <summary>Localization resources by key (<c>{localization:Key}</c>, <c>{resource:Key}</c>).</summary>
    public ImmutableDictionary<string, string> Resources { get; init; } = Map<string>();

    /// <summary>Lists by title.</summary>
    public ImmutableDictionary<string, ListFacts> Lists { get; init; } = Map<ListFacts>();

    /// <summary>Fields by internal name.</summary>
    public ImmutableDictionary<string, FieldFacts> Fields { get; init; } = Map<FieldFacts>();

    /// <summary>Content type ids by name.</summary>
    public ImmutableDictionary<string, string> ContentTypes { get; init; } = Map<string>();

    /// <summary>Term set ids by <c>Group:Set</c>.</summary>
    public ImmutableDictionary<string, Guid> TermSets { get; init; } = Map<Guid>();

    /// <summary>Term store ids by name (<c>{termstoreid:Name}</c>).</summary>
    public ImmutableDictionary<string, Guid> TermStores { get; init; } = Map<Guid>();

    /// <summary>Unique ids of pages and files by site-relative path, e.g. <c>SitePages/Home.aspx</c>.</summary>
    public ImmutableDictionary<string, Guid> Files { get; init; } = Map<Guid>();

    /// <summary>Web part instance ids by title.</summary>
    public ImmutableDictionary<string, Guid> WebParts { get; init; } = Map<Guid>();

    /// <summary>SharePoint group ids by group name.</summary>
    public ImmutableDictionary<string, int> SiteGroups { get; init; } = Map<int>();

    /// <summary>Permission level names by role type (<c>{roledefinition:Editor}</c>); English defaults.</summary>
    public ImmutableDictionary<string, string> RoleDefinitions { get; init; } = Map<string>().AddRange(
    [
        new("Administrator", "Full Control"),
        new("WebDesigner", "Design"),
        new("Editor", "Edit"),
        new("Contributor", "Contribute"),
        new("Reader", "Read"),
        new("Guest", "Limited Access"),
        new("RestrictedReader", "Restricted View"),
    ]);

    /// <summary>Adds or replaces a parameter value.</summary>
    public TokenContext WithParameter(string key, string value) => this with { Parameters = Parameters.SetItem(key, value) };

    /// <summary>Adds or replaces a list (called once the list exists).</summary>
    public TokenContext WithList(string title, ListFacts list) => this with { Lists = Lists.SetItem(title, list) };

    /// <summary>Adds or replaces a field (called once the field exists).</summary>
    public TokenContext WithField(string internalName, FieldFacts field) => this with { Fields = Fields.SetItem(internalName, field) };
}

/// <summary>What tokens need to know about a list.</summary>
/// <param name="Id">List id.</param>
/// <param name="ServerRelativeUrl">Server-relative URL of the list root folder.</param>
/// <param name="Views">View ids by view title.</param>
public sealed record ListFacts(Guid Id, string ServerRelativeUrl, ImmutableDictionary<string, Guid> Views)
{
    /// <summary>A list without known views.</summary>
    public ListFacts(Guid id, string serverRelativeUrl)
        : this(id, serverRelativeUrl, ImmutableDictionary.Create<string, Guid>(StringComparer.OrdinalIgnoreCase))
    {
    }
}

/// <summary>What tokens need to know about a field.</summary>
/// <param name="Id">Field id.</param>
/// <param name="Title">Display name.</param>
public sealed record FieldFacts(Guid Id, string Title);
