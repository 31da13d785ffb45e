using CopSites.Domain;

namespace CopSites.Indicators.Activity;

/// <summary>A narrative the CoP recorded in its Stories list.</summary>
/// <param name="Id">The list item id.</param>
/// <param name="Title">The story's title.</param>
/// <param name="Kind">Testimonial, success story, improved practice or strategic alignment.</param>
/// <param name="Unit">The unit the story comes from, when given.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Link">Where to read more, when given.</param>
/// <param name="ProductIds">Knowledge products the story says were used (evidence of reuse), when given.</param>
public sealed record Story(
    string Id,
    string Title,
    StoryKind Kind,
    string? Unit,
    DateTimeOffset Date,
    Uri? Link,
    IReadOnlyList<string> ProductIds);
