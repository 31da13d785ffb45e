using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>SharePoint's "Sorry, something went wrong / 404 FILE NOT FOUND" page, with a correlation id as the real one has.</summary>
internal static class NotFoundView
{
    public static string Render(UiRequest request, string correlationId)
    {
        var content = Markup.Html($"""
            <div class="error-page"><h1>Sorry, something went wrong</h1><div class="code">404 FILE NOT FOUND</div>
            <p>The page <strong>{request.Path}</strong> does not exist on this tenant.</p>
            <p><a href="/">Go back to the SharePoint home</a></p>
            <div class="details">Technical details<br>Correlation ID: {correlationId}<br>Date and Time: {request.Tenant.Clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}</div></div>
            """);
        return PageShell.Render(request, "Something went wrong", null, content);
    }
}
