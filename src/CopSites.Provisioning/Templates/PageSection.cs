namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:Section</c> of a modern page, with its controls grouped by column.</summary>
/// <param name="Order">Section order.</param>
/// <param name="Type">Section layout, e.g. <c>OneColumn</c>, <c>TwoColumnLeft</c>.</param>
/// <param name="BackgroundEmphasis">None, Neutral, Soft or Strong.</param>
/// <param name="VerticalSectionEmphasis">Emphasis of the vertical column.</param>
/// <param name="Collapsible">Collapsible section.</param>
/// <param name="DisplayName">Title shown when collapsible.</param>
/// <param name="IsExpanded">Expanded by default.</param>
/// <param name="Columns">Columns in order, each with its controls.</param>
/// <param name="Location">Where the element is.</param>
public sealed record PageSection(
    int? Order,
    string? Type,
    string? BackgroundEmphasis,
    string? VerticalSectionEmphasis,
    bool? Collapsible,
    string? DisplayName,
    bool? IsExpanded,
    ValueList<PageColumn> Columns,
    SourceLocation Location);

/// <summary>A column of a section. The schema puts the column number on each control; the model groups them.</summary>
/// <param name="Number">1-based column number.</param>
/// <param name="Controls">Controls in template order.</param>
public sealed record PageColumn(int Number, ValueList<PageControl> Controls);

/// <summary>What a page control holds.</summary>
public enum PageControlKind
{
    /// <summary>Rich text: the HTML is in <see cref="PageControl.Html"/>.</summary>
    Text,

    /// <summary>A web part: type, id and JSON properties.</summary>
    WebPart,
}

/// <summary>A <c>pnp:CanvasControl</c>: a text block or a web part.</summary>
/// <param name="WebPartType">Text, Custom, or a built-in web part such as News, Hero, QuickLinks.</param>
/// <param name="ControlId">Web part (component) id, when given.</param>
/// <param name="CustomWebPartName">Name of a custom web part.</param>
/// <param name="JsonControlData">Web part JSON (properties, server processed content); may hold tokens.</param>
/// <param name="Order">Order in the column.</param>
/// <param name="Properties">Control properties; a text control keeps its HTML under <c>Text</c>.</param>
/// <param name="Location">Where the element is.</param>
public sealed record PageControl(
    string WebPartType,
    Guid? ControlId,
    string? CustomWebPartName,
    string? JsonControlData,
    int? Order,
    ValueList<TemplateProperty> Properties,
    SourceLocation Location)
{
    /// <summary>Text or web part.</summary>
    public PageControlKind Kind =>
        string.Equals(WebPartType, "Text", StringComparison.OrdinalIgnoreCase) ? PageControlKind.Text : PageControlKind.WebPart;

    /// <summary>The HTML of a text control (the <c>Text</c> property), or null.</summary>
    public string? Html =>
        Properties.FirstOrDefault(p => string.Equals(p.Key, "Text", StringComparison.OrdinalIgnoreCase))?.Value;
}
