using CopSites.Domain;

namespace CopSites.Indicators.Activity;

/// <summary>A document of the CoP's Toolkit library tagged as a knowledge product.</summary>
/// <param name="Id">The list item id.</param>
/// <param name="Title">The product's title.</param>
/// <param name="AuthorId">The main author (the item's author unless the product names one).</param>
/// <param name="CoAuthorIds">Other authors.</param>
/// <param name="Type">The product type, or null when untagged.</param>
/// <param name="Topics">Topic labels from the topics term set.</param>
/// <param name="Created">When the product was created.</param>
/// <param name="WebUrl">Where a reader opens it.</param>
public sealed record KnowledgeProduct(
    string Id,
    string Title,
    string AuthorId,
    IReadOnlyList<string> CoAuthorIds,
    KnowledgeProductType? Type,
    IReadOnlyList<string> Topics,
    DateTimeOffset Created,
    Uri? WebUrl);
