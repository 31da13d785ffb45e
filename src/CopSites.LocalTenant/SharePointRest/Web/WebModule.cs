using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.SharePointRest.Navigation;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Web;

/// <summary>
/// _api/web and _api/site. Updating the web (Title, Description, SiteLogoUrl) writes the shared site document, so
/// Graph's site shows the change; the few other SP.Web switches live in a webSettings entity (scope siteId, id "web").
/// </summary>
internal sealed class WebModule : IRestRouteModule
{
    private const string SettingsId = "web";

    public void Map(RestRouteTable routes)
    {
        routes.Map("GET", "web", ScopeRequirement.SitesRead, GetWebAsync);
        routes.Map("MERGE", "web", ScopeRequirement.SitesManage, UpdateWebAsync);
        routes.Map("PATCH", "web", ScopeRequirement.SitesManage, UpdateWebAsync);
        routes.Map("GET", "site", ScopeRequirement.SitesRead, (r, _) => Task.FromResult(RestResult.Ok(WebJson.Site(r.Site, r.Tenant))));
    }

    private static async Task<RestResult> GetWebAsync(RestRequest request, CancellationToken ct)
    {
        var settings = await request.Tenant.Database.ReadAsync(s => s.GetAsync(EntityKinds.WebSettings, request.Site.Id, SettingsId, ct), ct);
        return RestResult.Ok(WebJson.Web(request.Site, settings, request.Tenant));
    }

    private static async Task<RestResult> UpdateWebAsync(RestRequest request, CancellationToken ct)
    {
        var body = request.JsonBody();
        var unknown = body.Select(p => p.Key)
            .FirstOrDefault(k => !WebJson.Settings.ContainsKey(k) && !new[] { "Title", "Description", "SiteLogoUrl" }.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw RestProblem.InvalidQuery($"The property '{unknown}' does not exist on type 'SP.Web'. Make sure to only use property names that are defined by the type.");
        }

        await request.Tenant.Database.WriteAsync(async session =>
        {
            var site = await session.GetAsync(EntityKinds.Site, "", request.Site.Id, ct) ?? throw RestProblem.FileNotFound();
            var doc = site.CloneDocument();
            if (RestRequest.Property(body, "Title") is { } title)
            {
                doc["displayName"] = string.IsNullOrWhiteSpace(title.ToString()) ? throw RestProblem.Argument("The web title cannot be empty.") : title.ToString();
            }

            if (body.Any(p => p.Key.Equals("Description", StringComparison.OrdinalIgnoreCase)))
            {
                doc["description"] = RestRequest.Property(body, "Description")?.ToString() ?? "";
            }

            if (body.Any(p => p.Key.Equals("SiteLogoUrl", StringComparison.OrdinalIgnoreCase)))
            {
                var logo = RestRequest.Property(body, "SiteLogoUrl")?.ToString();
                doc["logoUrl"] = string.IsNullOrWhiteSpace(logo) ? null : NavigationUrl.Normalise(logo, request.SitePath, request.Tenant).Url;
            }

            await session.ReplaceAsync(EntityKinds.Site, "", site.Id, doc, null, ct);
            await SaveSettingsAsync(session, request.Site.Id, body, ct);
        }, ct);
        return RestResult.NoContent();
    }

    private static async Task SaveSettingsAsync(TenantSession session, string siteId, JsonObject body, CancellationToken ct)
    {
        var changes = body.Where(p => WebJson.Settings.ContainsKey(p.Key)).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var current = await session.GetAsync(EntityKinds.WebSettings, siteId, SettingsId, ct);
        var doc = current?.CloneDocument() ?? [];
        foreach (var (name, value) in changes)
        {
            doc[WebJson.Settings.Keys.First(k => k.Equals(name, StringComparison.OrdinalIgnoreCase))] =
                value is JsonValue v && v.TryGetValue<bool>(out var flag) ? flag : throw RestProblem.Argument($"{name} must be true or false.");
        }

        _ = current is null
            ? await session.InsertAsync(EntityKinds.WebSettings, siteId, SettingsId, doc, ct)
            : await session.ReplaceAsync(EntityKinds.WebSettings, siteId, SettingsId, doc, null, ct);
    }
}
