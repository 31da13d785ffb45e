using System.Globalization;
using System.Net;
using System.Text;

namespace CopSites.Provisioning.Charters;

/// <summary>Builds the small HTML fragments the home page's text web parts receive.</summary>
internal static class Html
{
    /// <summary>
    /// HTML-encodes charter text. Braces are encoded as well so that text such as "{site}" in a purpose can
    /// never be mistaken for a provisioning token once it is substituted into the template.
    /// </summary>
    public static string Encode(string text) =>
        WebUtility.HtmlEncode(text).Replace("{", "&#123;", StringComparison.Ordinal).Replace("}", "&#125;", StringComparison.Ordinal);

    public static string Paragraph(string text) => $"<p>{Encode(text)}</p>";

    /// <summary>A paragraph from trusted markup (our own sentences with already-encoded parts).</summary>
    public static string RawParagraph(string markup) => $"<p>{markup}</p>";

    public static string List(IEnumerable<string> items)
    {
        var html = new StringBuilder("<ul>");
        foreach (var item in items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(item)}</li>");
        }

        return html.Append("</ul>").ToString();
    }
}
