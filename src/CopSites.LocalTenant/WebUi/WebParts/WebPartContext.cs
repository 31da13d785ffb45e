using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>What a web part may read while it renders: the open read session, the site and the request.</summary>
internal sealed record WebPartContext(TenantSession Session, UiSite Site, UiRequest Request, CancellationToken Ct);

/// <summary>Draws one kind of standard web part.</summary>
internal interface IWebPartView
{
    /// <summary>The webPartType GUID it draws, lower case.</summary>
    string WebPartType { get; }

    Task<Markup> RenderAsync(WebPartData part, WebPartContext context);
}
