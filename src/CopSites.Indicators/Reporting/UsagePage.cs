using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Reporting;

/// <summary>
/// The Usage page's content, in the web parts Graph v1.0 pages can create: text, image (charts as SVG assets) and
/// people. The publisher replaces the page's canvas in place and uploads <see cref="Assets"/> to the site's assets.
/// </summary>
/// <param name="Title">The page title.</param>
/// <param name="Sections">One-column sections, top to bottom.</param>
/// <param name="Assets">The chart images the <see cref="ImagePart"/>s refer to.</param>
public sealed record UsagePage(string Title, IReadOnlyList<PageSection> Sections, IReadOnlyList<ChartAsset> Assets);

/// <summary>A one-column section of the page.</summary>
/// <param name="Parts">Its web parts, top to bottom.</param>
public sealed record PageSection(IReadOnlyList<PagePart> Parts);

/// <summary>A web part on the Usage page.</summary>
public abstract record PagePart;

/// <summary>A text web part. <paramref name="Html"/> is already safe: every user-supplied string in it is HTML-encoded.</summary>
/// <param name="Html">The web part's inner HTML (headings, paragraphs, tables).</param>
public sealed record TextPart(string Html) : PagePart;

/// <summary>An image web part showing a chart uploaded as an asset.</summary>
/// <param name="AssetFileName">The <see cref="ChartAsset.FileName"/> it shows.</param>
/// <param name="AltText">What the chart shows, for screen readers.</param>
/// <param name="Caption">A caption under the image, when wanted.</param>
public sealed record ImagePart(string AssetFileName, string AltText, string? Caption) : PagePart;

/// <summary>A People web part (spotlights).</summary>
/// <param name="Title">The web part's title.</param>
/// <param name="People">Who it shows (people without a sign-in name are left out by the publisher).</param>
public sealed record PeoplePart(string Title, IReadOnlyList<Person> People) : PagePart;

/// <summary>A chart rendered as SVG, uploaded to the site's assets.</summary>
/// <param name="FileName">The file name, stable across runs so a rerun overwrites it (e.g. <c>usage-participation.svg</c>).</param>
/// <param name="Svg">The SVG document.</param>
public sealed record ChartAsset(string FileName, string Svg);
