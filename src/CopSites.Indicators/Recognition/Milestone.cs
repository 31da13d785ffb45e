namespace CopSites.Indicators.Recognition;

/// <summary>A moment worth celebrating, with the month it happened.</summary>
/// <param name="Period">The month, <c>yyyy-MM</c>.</param>
/// <param name="Text">What happened.</param>
public sealed record Milestone(string Period, string Text);
