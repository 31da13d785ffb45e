using System.Globalization;
using System.Net;
using System.Text;

namespace CopSites.Indicators.Reporting;

/// <summary>
/// The few HTML shapes the Usage page's text web parts use, every text HTML-encoded on the way in: nothing a member
/// typed (a name, a product title, a unit) can become markup on the page.
/// </summary>
internal static class PageHtml
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Heading(string text, int level = 2) => $"<h{level}>{Encode(text)}</h{level}>";

    public static string Paragraph(string text) => $"<p>{Encode(text)}</p>";

    public static string List(IEnumerable<string> items)
    {
        var html = new StringBuilder("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var cell in header)
        {
            html.Append("<th>").Append(Encode(cell)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Figure(double? value, string unit) => value switch
    {
        null => "—",
        { } v when unit == "ratio" => v.ToString("P0", CultureInfo.InvariantCulture),
        { } v when unit is "score" or "hours" or "index" => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v => v.ToString("N0", CultureInfo.InvariantCulture),
    };
}
