namespace CopSites.Indicators.Activity;

/// <summary>One person viewing or editing a knowledge product (Graph item <c>activities</c>, which reach back ~90 days).</summary>
/// <param name="ProductId">The product's list item id.</param>
/// <param name="ActorId">Who acted.</param>
/// <param name="Action">What they did.</param>
/// <param name="At">When.</param>
public sealed record ProductActivity(string ProductId, string ActorId, ProductAction Action, DateTimeOffset At);

/// <summary>What someone did with a knowledge product.</summary>
public enum ProductAction
{
    /// <summary>Opened or downloaded it.</summary>
    View,

    /// <summary>Changed it.</summary>
    Edit,
}
