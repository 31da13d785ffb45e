using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Writes <c>pnp:ClientSidePage</c>; column grouping goes back to the <c>Column</c> attribute.</summary>
internal static class PageXml
{
    public static XElement Page(ClientSidePage p) => E("ClientSidePage",
        A("PageName", p.PageName), A("Title", p.Title), A("Layout", p.Layout), A("PromoteAsNewsArticle", p.PromoteAsNewsArticle),
        A("PromoteAsTemplate", p.PromoteAsTemplate), A("Overwrite", p.Overwrite), A("Publish", p.Publish),
        A("EnableComments", p.EnableComments), A("ContentTypeID", p.ContentTypeId), A("ThumbnailUrl", p.ThumbnailUrl),
        p.Header is null ? null : Header(p.Header),
        NonEmpty("Sections", p.Sections, Section),
        NonEmpty("FieldValues", p.FieldValues, v => Properties([v], "FieldValue").Single()),
        NonEmpty("Properties", p.Properties, v => Properties([v]).Single()));

    private static XElement Header(PageHeader h) => E("Header",
        A("Type", h.Type), A("ServerRelativeImageUrl", h.ServerRelativeImageUrl), A("TranslateX", h.TranslateX),
        A("TranslateY", h.TranslateY), A("LayoutType", h.LayoutType), A("TextAlignment", h.TextAlignment),
        A("ShowTopicHeader", h.ShowTopicHeader), A("ShowPublishDate", h.ShowPublishDate),
        A("ShowBackgroundGradient", h.ShowBackgroundGradient), A("TopicHeader", h.TopicHeader),
        A("AlternativeText", h.AlternativeText), A("Authors", h.Authors), A("AuthorByLine", h.AuthorByLine),
        A("AuthorByLineId", h.AuthorByLineId));

    private static XElement Section(PageSection s) => E("Section",
        A("Order", s.Order), A("Type", s.Type), A("BackgroundEmphasis", s.BackgroundEmphasis),
        A("VerticalSectionEmphasis", s.VerticalSectionEmphasis), A("Collapsible", s.Collapsible), A("DisplayName", s.DisplayName),
        A("IsExpanded", s.IsExpanded),
        s.Columns.Count == 0 ? null : E("Controls", s.Columns.SelectMany(c => c.Controls.Select(control => Control(control, c.Number)))));

    private static XElement Control(PageControl c, int column) => E("CanvasControl",
        A("WebPartType", c.WebPartType), A("CustomWebPartName", c.CustomWebPartName), A("JsonControlData", c.JsonControlData),
        A("ControlId", c.ControlId), A("Order", c.Order), A("Column", column),
        NonEmpty("CanvasControlProperties", c.Properties, p => Properties([p], "CanvasControlProperty").Single()));
}
