using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>The tenant's start page: a card per site (title, URL, group, created) and the seeded people.</summary>
internal static class TenantHomeView
{
    public static async Task<Markup> RenderAsync(TenantSession session, UiRequest request, CancellationToken ct)
    {
        var sites = await session.ListAllAsync(EntityKinds.Site, ct);
        var cards = new List<Markup>();
        foreach (var site in sites.OrderBy(s => s.Document.Text("serverRelativePath") == "/" ? 0 : 1).ThenBy(s => s.Sequence))
        {
            cards.Add(await CardAsync(session, site, request, ct));
        }

        var people = request.Tenant.Users.Users.Select(u => Markup.Html(
            $"<tr><td><span style=\"display:inline-flex;align-items:center;gap:10px\">{Monogram.Avatar(u.DisplayName)}{u.DisplayName}</span></td><td>{u.Department}</td><td>{u.Country}</td><td>{u.JobTitle}</td><td>{u.UserPrincipalName}</td></tr>"));
        return Markup.Html($"""
            <div class="content-inner"><h1 class="page-title" style="margin-bottom:24px">SharePoint</h1>
            <h2 class="section-title">Sites</h2><div class="site-cards">{Markup.Join(cards)}</div>
            <h2 class="section-title">People</h2>
            <table class="cs-list" id="people"><thead><tr><th scope="col">Name</th><th scope="col">Unit</th><th scope="col">Country</th><th scope="col">Job title</th><th scope="col">User name</th></tr></thead>
            <tbody>{Markup.Join(people)}</tbody></table>
            <p class="empty-state">This UI is read-only and needs no sign-in: the tenant listens on 127.0.0.1 only.</p></div>
            """);
    }

    private static async Task<Markup> CardAsync(TenantSession session, StoredEntity site, UiRequest request, CancellationToken ct)
    {
        var title = site.Document.Text("displayName", "name") ?? site.Id;
        var path = site.Document.Text("serverRelativePath") ?? "/";
        var groupId = site.Document.Text("groupId");
        var group = groupId is null ? null : await session.GetAsync(EntityKinds.Group, "", groupId, ct);
        var groupText = group is null ? "No Microsoft 365 group" : $"{group.Document.Text("displayName") ?? groupId} ({group.Document.Text("visibility") ?? "Public"} group)";
        var href = UiPaths.Href(path == "/" ? UiPaths.PagePath(path, "Home.aspx") : path);
        var color = Monogram.Color(title);
        return Markup.Html($"""
            <div class="site-card"><div class="banner" style="background:{color}"></div><div class="body-text">
            <div class="site-logo" style="background:{color}">{Monogram.Initials(title)}</div>
            <h3><a href="{href}">{title}</a></h3>
            <div class="detail site-url">{request.Tenant.WebUrl(path)}</div><div class="detail">{groupText}</div>
            <div class="detail">Created {DocumentReading.ShortDate(site.Created)}</div></div></div>
            """);
    }
}
