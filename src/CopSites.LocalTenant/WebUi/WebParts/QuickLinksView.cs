using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// Quick Links as a link list. SharePoint keeps each link's URL in serverProcessedContent.links under
/// "items[n].sourceItem.url" and its title in searchablePlainTexts under "items[n].title"; simpler writers put
/// {title, url} in properties.items[]. Both are read, the processed values winning.
/// </summary>
internal sealed partial class QuickLinksView : IWebPartView
{
    public string WebPartType => "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd";

    public Task<Markup> RenderAsync(WebPartData part, WebPartContext context)
    {
        var links = new SortedDictionary<int, (string? Title, string? Url)>();
        var items = part.Properties.Array("items") ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject;
            links[i] = (item.Text("title", "name"), item.Text("url", "href") ?? item.Object("sourceItem").Text("url"));
        }

        foreach (var (key, value) in part.ProcessedEntries("links").Concat(part.ProcessedEntries("searchablePlainTexts")))
        {
            var match = ItemKey().Match(key);
            if (!match.Success)
            {
                continue;
            }

            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var current = links.GetValueOrDefault(index);
            links[index] = match.Groups[2].Value.Equals("title", StringComparison.OrdinalIgnoreCase) ? current with { Title = value } : current with { Url = value };
        }

        var entries = links.Values.Where(l => l.Url is not null || l.Title is not null).Select(l =>
        {
            var title = l.Title ?? l.Url ?? "";
            var href = SafeUrl.TenantLink(l.Url, context.Request.HostName);
            var icon = Markup.Html($"<span class=\"icon\" aria-hidden=\"true\">{Views.Monogram.Initials(title)}</span>");
            return href is null
                ? Markup.Html($"<li><span>{icon}{title}</span></li>")
                : Markup.Html($"<li><a href=\"{href}\">{icon}<span>{title}</span></a></li>");
        });
        return Task.FromResult(Markup.Html($"{WebPartRenderer.Heading(part.Title)}<ul class=\"quick-links\">{Markup.Join(entries)}</ul>"));
    }

    [GeneratedRegex("^items\\[(\\d{1,4})\\]\\.(title|sourceItem\\.url|url)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemKey();
}
