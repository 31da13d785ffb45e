using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;
using CopSites.LocalTenant.WebUi.Views;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// People: a card per properties.persons[] entry (id is a claim such as "i:0#.f|membership|upn", or upn/email), filled
/// from the tenant's directory, falling back to the names SharePoint keeps in searchablePlainTexts.
/// </summary>
internal sealed class PeopleView : IWebPartView
{
    public string WebPartType => "7f718435-ee4d-431c-bdbf-9c4ff326f46e";

    public Task<Markup> RenderAsync(WebPartData part, WebPartContext context)
    {
        var persons = (part.Properties.Array("persons") ?? []).OfType<JsonObject>().ToList();
        var cards = persons.Select((person, i) =>
        {
            var key = person.Text("upn", "email", "id") ?? "";
            var user = context.Request.Tenant.Users.Find(key.Split('|')[^1]);
            var name = user?.DisplayName ?? part.Processed("searchablePlainTexts", $"persons[{i}].name") ?? key;
            var detail = user is null ? person.Text("role", "department") ?? "" : $"{user.JobTitle} · {user.Department}";
            return Card(name, detail, user);
        });
        return Task.FromResult(Markup.Html($"{WebPartRenderer.Heading(part.Title)}<div class=\"people\">{Markup.Join(cards)}</div>"));
    }

    private static Markup Card(string name, string detail, UserAccount? user) => Markup.Html(
        $"<div class=\"person\" data-upn=\"{user?.UserPrincipalName ?? ""}\">{Monogram.Avatar(name)}<div><div class=\"name\">{name}</div><div class=\"detail\">{detail}</div></div></div>");
}
