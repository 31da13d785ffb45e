using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning;

/// <summary>Where a site lives, in the forms Graph paths and SharePoint REST paths need.</summary>
internal sealed record SiteAddress(string SiteId, string ServerRelativePath, string? GroupId)
{
    /// <summary>"sites/{escaped id}".</summary>
    public string GraphPath => "sites/" + GraphRequests.Segment(SiteId);

    public static SiteAddress From(SiteFacts facts) => new(facts.SiteId, facts.ServerRelativeUrl, facts.GroupId);
}
