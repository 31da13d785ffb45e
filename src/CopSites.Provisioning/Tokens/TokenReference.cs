using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Tokens;

/// <summary>One token found in a string, e.g. <c>{listid:Documents}</c>.</summary>
/// <param name="Name">Token name in lower case, e.g. <c>listid</c>.</param>
/// <param name="Argument">Text after the colon (nested tokens resolved where possible), or null.</param>
/// <param name="Text">The token as written, braces included.</param>
/// <param name="Category">What the value depends on; <see cref="TokenCategory.Unknown"/> for names not in the catalogue.</param>
public sealed record TokenReference(string Name, string? Argument, string Text, TokenCategory Category);

/// <summary>Where a string being resolved comes from, so errors can name template, element and line.</summary>
/// <param name="TemplateId">ID of the template.</param>
/// <param name="Element">Element (and attribute) holding the string, e.g. <c>pnp:ListInstance/@Title</c>.</param>
/// <param name="Location">File, line and column of the element.</param>
public sealed record TokenOrigin(string TemplateId, string Element, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => $"template '{TemplateId}', element '{Element}' at {Location}";
}
