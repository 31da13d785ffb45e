using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>Draws a <see cref="ListTable"/> as the details list of a SharePoint view.</summary>
internal static class ListTableMarkup
{
    public static Markup Render(ListTable table, string emptyText)
    {
        if (table.Rows.Count == 0)
        {
            return Markup.Html($"<p class=\"empty-state\">{emptyText}</p>");
        }

        var headers = Markup.Join(table.Headers.Select(h => Markup.Html($"<th scope=\"col\">{h}</th>")));
        var rows = Markup.Join(table.Rows.Select(r => Markup.Html($"<tr>{Markup.Join(r.Select(c => Markup.Html($"<td>{c}</td>")))}</tr>")));
        return Markup.Html($"<table class=\"cs-list\"><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>");
    }
}
