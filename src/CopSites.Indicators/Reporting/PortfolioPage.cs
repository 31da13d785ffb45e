using System.Globalization;

namespace CopSites.Indicators.Reporting;

/// <summary>
/// KLD's Portfolio page on the tenant's root site: one row per CoP (stage, members, participation, products, trend)
/// with a link to its Usage page, CoPs in decline first so KLD sees where to help, then by name.
/// </summary>
public static class PortfolioPage
{
    /// <summary>The page's file name on the root site.</summary>
    public const string PageName = "Portfolio.aspx";

    /// <summary>The page for <paramref name="rows"/> as of <paramref name="asOf"/>.</summary>
    public static UsagePage Compose(IReadOnlyList<PortfolioRow> rows, DateTimeOffset asOf)
    {
        var ordered = rows.OrderByDescending(r => r.Stage.Number == 5).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var html = PageHtml.Heading("Communities of Practice: portfolio")
            + PageHtml.Paragraph($"{rows.Count} communities, figures as of {asOf.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. "
                + "Each row links to the community's Usage page, where every figure is explained. A learning tool, not a ranking.")
            + "<table><thead><tr><th>Community</th><th>Stage</th><th>Members</th><th>Took part last month</th><th>Knowledge products</th><th>Trend</th></tr></thead><tbody>"
            + string.Concat(ordered.Select(r =>
                $"<tr><td><a href=\"{PageHtml.Encode(r.SiteUrl + "/SitePages/Usage.aspx")}\">{PageHtml.Encode(r.Name)}</a></td><td>{PageHtml.Encode(r.Stage.Label)}</td>"
                + $"<td>{r.Members.ToString(CultureInfo.InvariantCulture)}</td><td>{r.ParticipationRate.ToString("P0", CultureInfo.InvariantCulture)}</td>"
                + $"<td>{r.Products.ToString(CultureInfo.InvariantCulture)}</td><td>{PageHtml.Encode(r.Trend.ToString().ToLowerInvariant())}</td></tr>"))
            + "</tbody></table>";
        return new UsagePage("Portfolio", [new PageSection([new TextPart(html)])], []);
    }
}
