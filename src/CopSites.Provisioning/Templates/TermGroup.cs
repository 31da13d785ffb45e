namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:TermGroup</c>.</summary>
/// <param name="Name">Group name.</param>
/// <param name="Id">Group id, when fixed by the template.</param>
/// <param name="Description">Description.</param>
/// <param name="SiteCollectionTermGroup">True for the site collection's own group.</param>
/// <param name="UpdateBehavior">Skip or Overwrite.</param>
/// <param name="TermSets">Term sets.</param>
/// <param name="Location">Where the element is.</param>
public sealed record TermGroup(
    string Name,
    Guid? Id,
    string? Description,
    bool? SiteCollectionTermGroup,
    string? UpdateBehavior,
    ValueList<TermSet> TermSets,
    SourceLocation Location);

/// <summary>A <c>pnp:TermSet</c>.</summary>
/// <param name="Name">Set name.</param>
/// <param name="Id">Set id, when fixed by the template.</param>
/// <param name="Description">Description.</param>
/// <param name="Owner">Owner.</param>
/// <param name="Language">LCID of the names.</param>
/// <param name="IsOpenForTermCreation">Users may add terms.</param>
/// <param name="IsAvailableForTagging">Usable for tagging.</param>
/// <param name="CustomProperties">Custom properties.</param>
/// <param name="Terms">Top-level terms.</param>
/// <param name="Location">Where the element is.</param>
public sealed record TermSet(
    string Name,
    Guid? Id,
    string? Description,
    string? Owner,
    int? Language,
    bool? IsOpenForTermCreation,
    bool? IsAvailableForTagging,
    ValueList<TemplateProperty> CustomProperties,
    ValueList<Term> Terms,
    SourceLocation Location);

/// <summary>A <c>pnp:Term</c> with its children.</summary>
/// <param name="Name">Default label.</param>
/// <param name="Id">Term id, when fixed by the template.</param>
/// <param name="Description">Description.</param>
/// <param name="Owner">Owner.</param>
/// <param name="Language">LCID of the name.</param>
/// <param name="CustomSortOrder">Sort position.</param>
/// <param name="IsAvailableForTagging">Usable for tagging.</param>
/// <param name="IsDeprecated">Deprecated.</param>
/// <param name="Labels">Other labels.</param>
/// <param name="CustomProperties">Shared custom properties.</param>
/// <param name="LocalCustomProperties">Local custom properties.</param>
/// <param name="Terms">Child terms.</param>
/// <param name="Location">Where the element is.</param>
public sealed record Term(
    string Name,
    Guid? Id,
    string? Description,
    string? Owner,
    int? Language,
    int? CustomSortOrder,
    bool? IsAvailableForTagging,
    bool? IsDeprecated,
    ValueList<TermLabel> Labels,
    ValueList<TemplateProperty> CustomProperties,
    ValueList<TemplateProperty> LocalCustomProperties,
    ValueList<Term> Terms,
    SourceLocation Location);

/// <summary>A <c>pnp:Label</c> of a term.</summary>
/// <param name="Language">LCID.</param>
/// <param name="Value">Label text.</param>
/// <param name="IsDefaultForLanguage">Default label in that language.</param>
public sealed record TermLabel(int Language, string Value, bool? IsDefaultForLanguage);
