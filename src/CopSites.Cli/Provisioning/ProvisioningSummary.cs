using System.Text.Json.Serialization;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Resilience;

namespace CopSites.Cli.Provisioning;

/// <summary>The one JSON object `provision --output json` prints.</summary>
internal sealed record ProvisioningSummary(
    [property: JsonPropertyName("site")] SiteSummary Site,
    [property: JsonPropertyName("changes")] ChangeSummary Changes,
    [property: JsonPropertyName("requests")] RequestSummary Requests,
    [property: JsonPropertyName("elapsedMs")] long ElapsedMs,
    [property: JsonPropertyName("failures")] IReadOnlyList<string> Failures)
{
    public static ProvisioningSummary From(ProvisioningResult result, RequestMetricsSnapshot requests, TimeSpan elapsed) => new(
        new SiteSummary(result.Site.WebUrl.ToString(), result.Plan.Target.Alias),
        new ChangeSummary(result.Plan.Count(ChangeKind.Create), result.Plan.Count(ChangeKind.Update), result.Plan.Count(ChangeKind.Unchanged),
            result.Plan.Count(ChangeKind.Skipped), result.Plan.Unsupported),
        new RequestSummary(requests.Operations, requests.Writes, requests.RoundTrips, requests.Throttled),
        (long)elapsed.TotalMilliseconds,
        result.Failures.Select(f => $"{f.Key}: {f.Failure}").ToArray());
}

internal sealed record SiteSummary([property: JsonPropertyName("url")] string Url, [property: JsonPropertyName("alias")] string Alias);

internal sealed record ChangeSummary(
    [property: JsonPropertyName("created")] int Created,
    [property: JsonPropertyName("updated")] int Updated,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("skipped")] int Skipped,
    [property: JsonPropertyName("unsupported")] IReadOnlyList<string> Unsupported);

internal sealed record RequestSummary(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("writes")] long Writes,
    [property: JsonPropertyName("roundTrips")] long RoundTrips,
    [property: JsonPropertyName("throttled")] long Throttled);
