namespace CopSites.Provisioning.Engine.Resources;

/// <summary>What tokens need to know about the target site.</summary>
/// <param name="SiteId">Graph's composite site id (host,siteCollectionGuid,webGuid).</param>
/// <param name="WebUrl">The site's absolute URL.</param>
/// <param name="GroupId">The Microsoft 365 group behind it, if any.</param>
/// <param name="Title">The site title.</param>
public sealed record SiteFacts(string SiteId, Uri WebUrl, string? GroupId, string Title)
{
    /// <summary>The server-relative URL ("/sites/x").</summary>
    public string ServerRelativeUrl => WebUrl.AbsolutePath.TrimEnd('/') is { Length: > 0 } path ? path : "/";

    /// <summary>The scheme and host ("https://contoso.sharepoint.com").</summary>
    public string HostUrl => WebUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The web GUID (third part of the composite id).</summary>
    public Guid WebGuid => Part(2);

    /// <summary>The site collection GUID (second part of the composite id).</summary>
    public Guid SiteCollectionGuid => Part(1);

    private Guid Part(int index) => SiteId.Split(',') is { Length: 3 } parts && Guid.TryParse(parts[index], out var id) ? id : Guid.Empty;
}
