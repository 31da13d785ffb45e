using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>What a web part may read while it renders: the open read session, the site, the request and its column's span (of 12).</summary>
internal sealed record WebPartContext(TenantSession Session, UiSite Site, UiRequest Request, CancellationToken Ct)
{
    public int Span { get; init; } = 12;
}

/// <summary>Draws one kind of standard web part.</summary>
internal interface IWebPartView
{
    /// <summary>The webPartType GUID it draws, lower case.</summary>
    string WebPartType { get; }

    Task<Markup> RenderAsync(WebPartData part, WebPartContext context);
}
