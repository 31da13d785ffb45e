using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// Turns a site as the gateway read it into a PnP template that, applied to an empty site, rebuilds it: site columns,
/// content types, lists (columns, content type bindings, views), the term sets the columns use, modern pages,
/// navigation and web settings. It is the reverse of the engine's builders and does no I/O: the objects it reads are in
/// the tenant's wire shapes (docs/provisioning-resources.md) and what it writes is what those builders read. What
/// SharePoint creates on its own (built-in columns, content types, system lists) is left out; see docs/extract.md.
/// </summary>
public static class SiteExtractor
{
    /// <summary>The ID of the extracted template.</summary>
    public const string TemplateId = "EXTRACTED";

    /// <summary>Extracts the template of <paramref name="state"/>.</summary>
    public static ExtractionResult Extract(SiteState state)
    {
        var notes = new ExtractionNotes();
        var index = new SiteIndex(state);
        var urls = new SiteUrlTokens(state.Facts);

        var siteFields = new List<FieldDefinition>();
        var extractedColumns = new Dictionary<string, ActualResource>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, column) in index.SiteColumns)
        {
            if (ColumnSchemaWriter.Field(column.Properties, index, notes, "site") is { } field)
            {
                siteFields.Add(field);
                extractedColumns[name] = column;
            }
        }

        var contentTypes = new ContentTypeExtractor(index, extractedColumns, notes).ContentTypes().ToValueList();
        var lists = new ListExtractor(index, extractedColumns, notes).Lists().ToValueList();
        var terms = new TermExtractor(index, notes).Groups().ToValueList();
        var pages = new PageExtractor(index, urls, notes).Pages().ToValueList();
        var navigation = new NavigationExtractor(index, urls, notes).Navigation();
        var title = state.Facts.Title;
        var template = ProvisioningTemplate.Create(TemplateId) with
        {
            Version = "1.0",
            DisplayName = title.Length > 0 ? title : null,
            Description = $"Extracted from {state.Facts.WebUrl} by copsites extract.",
            WebSettings = WebSettings(state, urls, notes),
            Navigation = navigation,
            SiteFields = siteFields.ToValueList(),
            ContentTypes = contentTypes,
            Lists = lists,
            TermGroups = terms,
            ClientSidePages = pages,
        };
        var hierarchy = new ProvisioningHierarchy("CopSites", "CopSites extract", "1.0", template.DisplayName, template.Description, null, null,
            [], [], TemplateId + "-TEMPLATES", [template], [], [], [], SourceLocation.None);
        return new ExtractionResult(hierarchy, notes.Warnings.ToArray());
    }

    private static WebSettings? WebSettings(SiteState state, SiteUrlTokens urls, ExtractionNotes notes)
    {
        if (state.Find(new ResourceKey(ResourceKind.WebSettings, "web")) is not { } web)
        {
            return null;
        }

        var title = Text(web.Properties, "Title");
        var description = Text(web.Properties, "Description");
        var logo = Text(web.Properties, "SiteLogoUrl") is { Length: > 0 } url ? urls.Url(url) : null;
        return new WebSettings(title is null ? null : notes.Literal(title, "web settings"), description is null ? null : notes.Literal(description, "web settings"),
            logo, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, SourceLocation.None);
    }
}
