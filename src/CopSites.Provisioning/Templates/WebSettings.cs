namespace CopSites.Provisioning.Templates;

/// <summary>The <c>pnp:WebSettings</c> attributes CopSites applies. Null means "not set in the template".</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">Site description.</param>
/// <param name="SiteLogo">Logo URL.</param>
/// <param name="SiteLogoThumbnail">Logo thumbnail URL.</param>
/// <param name="WelcomePage">Home page, relative to the site.</param>
/// <param name="RequestAccessEmail">Address access requests go to.</param>
/// <param name="NoCrawl">Hide the site from search.</param>
/// <param name="MasterPageUrl">Master page (classic sites).</param>
/// <param name="CustomMasterPageUrl">Custom master page (classic sites).</param>
/// <param name="AlternateCss">Alternate CSS URL.</param>
/// <param name="HubSiteUrl">Hub to join.</param>
/// <param name="CommentsOnSitePagesDisabled">Disable page comments.</param>
/// <param name="QuickLaunchEnabled">Show the quick launch.</param>
/// <param name="HorizontalQuickLaunch">Render the quick launch horizontally.</param>
/// <param name="MembersCanShare">Members may share.</param>
/// <param name="DisableFlows">Hide Power Automate.</param>
/// <param name="DisableAppViews">Hide Power Apps views.</param>
/// <param name="ExcludeFromOfflineClient">Exclude from OneDrive sync.</param>
/// <param name="SearchScope">Default search scope.</param>
/// <param name="SearchBoxInNavBar">Where the search box shows.</param>
/// <param name="SearchCenterUrl">Search centre URL.</param>
/// <param name="IsMultilingual">Enable multilingual pages.</param>
/// <param name="Location">Where the element is.</param>
public sealed record WebSettings(
    string? Title,
    string? Description,
    string? SiteLogo,
    string? SiteLogoThumbnail,
    string? WelcomePage,
    string? RequestAccessEmail,
    bool? NoCrawl,
    string? MasterPageUrl,
    string? CustomMasterPageUrl,
    string? AlternateCss,
    string? HubSiteUrl,
    bool? CommentsOnSitePagesDisabled,
    bool? QuickLaunchEnabled,
    bool? HorizontalQuickLaunch,
    bool? MembersCanShare,
    bool? DisableFlows,
    bool? DisableAppViews,
    bool? ExcludeFromOfflineClient,
    string? SearchScope,
    string? SearchBoxInNavBar,
    string? SearchCenterUrl,
    bool? IsMultilingual,
    SourceLocation Location);
