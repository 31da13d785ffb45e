namespace CopSites.Provisioning.Templates;

/// <summary>A list view. <see cref="SchemaXml"/> keeps the original <c>&lt;View&gt;</c> CAML.</summary>
/// <param name="SchemaXml">The view element as written in the template (unformatted, tokens unresolved).</param>
/// <param name="DisplayName">View name.</param>
/// <param name="DefaultView">True for the list's default view.</param>
/// <param name="Type">View type, e.g. <c>HTML</c>, <c>CALENDAR</c>.</param>
/// <param name="Url">View page URL.</param>
/// <param name="ViewFields">Field names shown, in order.</param>
/// <param name="RowLimit">Items per page.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ViewDefinition(
    string SchemaXml,
    string? DisplayName,
    bool? DefaultView,
    string? Type,
    string? Url,
    ValueList<string> ViewFields,
    int? RowLimit,
    SourceLocation Location);
