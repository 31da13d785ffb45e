using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>Divider: a horizontal rule.</summary>
internal sealed class DividerView : IWebPartView
{
    public string WebPartType => "2161a1c6-db61-4731-b97c-3cdb303f7cbb";

    public Task<Markup> RenderAsync(WebPartData part, WebPartContext context) =>
        Task.FromResult(Markup.Html($"<hr style=\"border:0;border-top:1px solid #c8c6c4\">"));
}
