namespace CopSites.Indicators.Recognition;

/// <summary>
/// One recognition on the Usage page (guide §5): someone or something the community can thank. Spotlights only ever
/// name the top few; nobody is ranked at the bottom.
/// </summary>
/// <param name="Kind">Contributor, connector or product that spread.</param>
/// <param name="PersonId">The person, for contributors and connectors; null for products.</param>
/// <param name="Title">The product's title, for products.</param>
/// <param name="Reason">Why, in a sentence without a rank.</param>
public sealed record Spotlight(SpotlightKind Kind, string? PersonId, string? Title, string Reason);

/// <summary>What a spotlight recognises.</summary>
public enum SpotlightKind
{
    /// <summary>Someone who gave a lot lately (posts, presentations, products).</summary>
    Contributor,

    /// <summary>Someone who bridges units and countries.</summary>
    Connector,

    /// <summary>A knowledge product used beyond its author's unit or country.</summary>
    ProductThatSpread,
}
