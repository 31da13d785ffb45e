namespace CopSites.Provisioning.Templates;

/// <summary>The <c>pnp:Header</c> of a template: the site header layout.</summary>
/// <param name="Layout">Standard, Compact, Minimal or Extended.</param>
/// <param name="MenuStyle">MegaMenu or Cascading.</param>
/// <param name="BackgroundEmphasis">None, Neutral, Soft or Strong.</param>
/// <param name="ShowSiteTitle">Show the title.</param>
/// <param name="ShowSiteNavigation">Show the navigation.</param>
/// <param name="Location">Where the element is.</param>
public sealed record SiteHeader(
    string Layout,
    string? MenuStyle,
    string? BackgroundEmphasis,
    bool? ShowSiteTitle,
    bool? ShowSiteNavigation,
    SourceLocation Location);

/// <summary>The <c>pnp:Footer</c> of a template.</summary>
/// <param name="Enabled">Show the footer.</param>
/// <param name="Logo">Logo URL.</param>
/// <param name="Name">Footer name.</param>
/// <param name="RemoveExistingNodes">Replace existing links.</param>
/// <param name="Layout">Simple or Extended.</param>
/// <param name="DisplayName">Text shown.</param>
/// <param name="BackgroundEmphasis">Emphasis.</param>
/// <param name="Links">Links, with children.</param>
/// <param name="Location">Where the element is.</param>
public sealed record SiteFooter(
    bool Enabled,
    string? Logo,
    string? Name,
    bool? RemoveExistingNodes,
    string? Layout,
    string? DisplayName,
    string? BackgroundEmphasis,
    ValueList<FooterLink> Links,
    SourceLocation Location);

/// <summary>A <c>pnp:FooterLink</c>.</summary>
/// <param name="DisplayName">Link text.</param>
/// <param name="Url">Target URL.</param>
/// <param name="Children">Child links.</param>
public sealed record FooterLink(string DisplayName, string? Url, ValueList<FooterLink> Children);
