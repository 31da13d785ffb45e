namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// Maps <c>pnp:ClientSidePage</c>. Schemas from 2018-01 on hold controls in <c>Sections</c>; 2017-05
/// put <c>CanvasControls</c> straight under the page, which is mapped to one single-column section.
/// </summary>
internal static class PageMapper
{
    public static ClientSidePage Page(ElementScope s)
    {
        var page = new ClientSidePage(s.Required("PageName"), s.String("Title"), s.String("Layout"), s.Bool("PromoteAsNewsArticle"),
            s.Bool("PromoteAsTemplate"), s.Bool("Overwrite"), s.Bool("Publish"), s.Bool("EnableComments"), s.String("ContentTypeID"),
            s.String("ThumbnailUrl"), null, [], [], [], s.Location);
        var sections = new List<PageSection>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Header"] = h => page = page with { Header = Header(h) },
            ["Sections"] = x => x.Children(new Dictionary<string, Action<ElementScope>> { ["Section"] = sec => sections.Add(Section(sec)) }),
            ["CanvasControls"] = c => sections.Add(new PageSection(1, "OneColumn", null, null, null, null, null, Columns(c), c.Location)),
            ["FieldValues"] = f => page = page with { FieldValues = CommonMapper.Properties(f, "FieldValue") },
            ["Properties"] = p => page = page with { Properties = CommonMapper.Properties(p) },
        });
        return page with { Sections = sections.ToValueList() };
    }

    private static PageHeader Header(ElementScope h) => new(h.Required("Type"), h.String("ServerRelativeImageUrl"), h.Double("TranslateX"),
        h.Double("TranslateY"), h.String("LayoutType"), h.String("TextAlignment"), h.Bool("ShowTopicHeader"), h.Bool("ShowPublishDate"),
        h.Bool("ShowBackgroundGradient"), h.String("TopicHeader"), h.String("AlternativeText"), h.String("Authors"),
        h.String("AuthorByLine"), h.Int("AuthorByLineId"), h.Location);

    private static PageSection Section(ElementScope s)
    {
        var section = new PageSection(s.Int("Order"), s.String("Type"), s.String("BackgroundEmphasis"), s.String("VerticalSectionEmphasis"),
            s.Bool("Collapsible"), s.String("DisplayName"), s.Bool("IsExpanded"), [], s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>> { ["Controls"] = c => section = section with { Columns = Columns(c) } });
        return section;
    }

    private static ValueList<PageColumn> Columns(ElementScope container)
    {
        var controls = new List<(int Column, PageControl Control)>();
        container.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["CanvasControl"] = c =>
            {
                // Column 0 (or none) is how older generators wrote "the first column".
                var column = Math.Max(c.Int("Column") ?? 1, 1);
                controls.Add((column, Control(c)));
            },
        });
        return controls.GroupBy(c => c.Column).OrderBy(g => g.Key)
            .Select(g => new PageColumn(g.Key, g.Select(c => c.Control).ToValueList())).ToValueList();
    }

    private static PageControl Control(ElementScope c)
    {
        var control = new PageControl(c.Required("WebPartType"), c.Guid("ControlId"), c.String("CustomWebPartName"),
            c.String("JsonControlData"), c.Int("Order"), [], c.Location);
        c.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["CanvasControlProperties"] = p => control = control with { Properties = CommonMapper.Properties(p, "CanvasControlProperty") },
        });
        return control;
    }
}
