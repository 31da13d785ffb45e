using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;
using CopSites.LocalTenant.WebUi.Views;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// List (and Document library) web part: the first items of the list named by properties.selectedListId, or by its
/// URL (selectedListUrl / webRelativeListUrl), with a link to the full view.
/// </summary>
internal sealed class ListWebPartView : IWebPartView
{
    /// <summary>SharePoint's List web part shows up to this many rows before "See all".</summary>
    private const int ShownItems = 10;

    public string WebPartType => "f92bf067-bc19-489e-a556-7fe95f508720";

    public async Task<Markup> RenderAsync(WebPartData part, WebPartContext context)
    {
        var site = context.Site;
        var listId = part.Properties.Text("selectedListId", "listId");
        var listUrl = part.Properties.Text("selectedListUrl", "webRelativeListUrl");
        var list = site.Lists.FirstOrDefault(l => listId is not null && l.Id.Equals(listId.Trim('{', '}'), StringComparison.OrdinalIgnoreCase))
            ?? site.Lists.FirstOrDefault(l => listUrl is not null
                && UiPaths.ListPath(l.Document, site.Path).EndsWith("/" + listUrl.Trim('/'), StringComparison.OrdinalIgnoreCase));
        if (list is null)
        {
            return WebPartRenderer.Placeholder(part, "The list this web part shows no longer exists.");
        }

        var table = await ListTable.LoadAsync(context.Session, site, list, context.Request, ShownItems, context.Ct);
        var title = part.Processed("searchablePlainTexts", "listTitle") ?? part.Properties.Text("listTitle") ?? list.Document.Text("displayName") ?? "List";
        var href = UiPaths.Href(UiPaths.ListPath(list.Document, site.Path));
        return Markup.Html(
            $"<h2 class=\"wp-title\">{title}<a class=\"see-all\" href=\"{href}\">See all</a></h2>{ListTableMarkup.Render(table, "There are no items to show in this view.")}");
    }
}
