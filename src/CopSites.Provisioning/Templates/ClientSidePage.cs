namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:ClientSidePage</c>: a modern page.</summary>
/// <param name="PageName">File name in Site Pages, e.g. <c>Home.aspx</c>.</param>
/// <param name="Title">Page title.</param>
/// <param name="Layout">Article, Home, SingleWebPartAppPage, ...</param>
/// <param name="PromoteAsNewsArticle">Publish as news.</param>
/// <param name="PromoteAsTemplate">Save as a page template.</param>
/// <param name="Overwrite">Replace an existing page.</param>
/// <param name="Publish">Publish after saving.</param>
/// <param name="EnableComments">Allow comments.</param>
/// <param name="ContentTypeId">Page content type.</param>
/// <param name="ThumbnailUrl">Thumbnail.</param>
/// <param name="Header">Page header, when given.</param>
/// <param name="Sections">Sections in order.</param>
/// <param name="FieldValues">Values for page columns.</param>
/// <param name="Properties">Page properties.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ClientSidePage(
    string PageName,
    string? Title,
    string? Layout,
    bool? PromoteAsNewsArticle,
    bool? PromoteAsTemplate,
    bool? Overwrite,
    bool? Publish,
    bool? EnableComments,
    string? ContentTypeId,
    string? ThumbnailUrl,
    PageHeader? Header,
    ValueList<PageSection> Sections,
    ValueList<TemplateProperty> FieldValues,
    ValueList<TemplateProperty> Properties,
    SourceLocation Location);

/// <summary>The <c>pnp:Header</c> of a modern page.</summary>
/// <param name="Type">None, Default or Custom.</param>
/// <param name="ServerRelativeImageUrl">Header image.</param>
/// <param name="TranslateX">Image focal point X.</param>
/// <param name="TranslateY">Image focal point Y.</param>
/// <param name="LayoutType">FullWidthImage, NoImage, ColorBlock, CutInShape, ...</param>
/// <param name="TextAlignment">Left or Center.</param>
/// <param name="ShowTopicHeader">Show the topic header.</param>
/// <param name="ShowPublishDate">Show the publish date.</param>
/// <param name="ShowBackgroundGradient">Show the background gradient.</param>
/// <param name="TopicHeader">Topic header text.</param>
/// <param name="AlternativeText">Image alt text.</param>
/// <param name="Authors">Authors JSON.</param>
/// <param name="AuthorByLine">Author byline.</param>
/// <param name="AuthorByLineId">Author byline user id.</param>
/// <param name="Location">Where the element is.</param>
public sealed record PageHeader(
    string Type,
    string? ServerRelativeImageUrl,
    double? TranslateX,
    double? TranslateY,
    string? LayoutType,
    string? TextAlignment,
    bool? ShowTopicHeader,
    bool? ShowPublishDate,
    bool? ShowBackgroundGradient,
    string? TopicHeader,
    string? AlternativeText,
    string? Authors,
    string? AuthorByLine,
    int? AuthorByLineId,
    SourceLocation Location);
