using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.Indicators.Ports;
using CopSites.Indicators.Reporting;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Provisioning.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CopSites.SharePoint.Indicators;

/// <summary>
/// Publishes a run's results through Graph v1.0: chart SVGs to the site's Site Assets library (or its default library
/// when it has none), one row per observation in the Indicators list (found by identity and updated when its value
/// changed, created when new, never duplicated), and last the Usage page's canvas replaced in place and published. The
/// page comes last so that a run failing halfway leaves the last good page as it was.
/// </summary>
public sealed class GraphUsagePublisher : IUsagePublisher
{
    /// <summary>The page the standard template provisions and the job fills.</summary>
    public const string PageName = "Usage.aspx";

    private const string ChartsFolder = "CopSites usage charts";
    private readonly GraphBatchSender _batches;
    private readonly GraphRequests _requests;
    private readonly GraphReads _reads;
    private readonly ILogger _logger;

    /// <summary>Publishes through <paramref name="tenant"/>.</summary>
    public GraphUsagePublisher(TenantGateway tenant, ILogger<GraphUsagePublisher>? logger = null)
    {
        _batches = tenant.Batches;
        _requests = new GraphRequests(tenant.Connection.Target.GraphBaseUrl.ToString());
        _reads = new GraphReads(tenant.Batches, _requests);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task PublishAsync(UsageReport report, CancellationToken cancellationToken)
    {
        var site = report.Site;
        var location = await CommunitySiteLocation.FindAsync(_reads, site, cancellationToken);
        try
        {
            var assets = await UploadAssetsAsync(location, report.Page, cancellationToken);
            await WriteRowsAsync(location, report, cancellationToken);
            await WritePageAsync(location, report.Page, assets, cancellationToken);
        }
        catch (Resilience.TenantRequestException e)
        {
            throw new CommunityPublishException(site.SiteUrl.ToString(), "the indicators", e.Message, e);
        }
        _logger.LogInformation("{Site}: Usage page and {Rows} indicator rows published.", site.SiteUrl, report.Observations.Count);
    }

    /// <summary>Writes <paramref name="page"/> (text parts only) as <paramref name="pageName"/> on the site at <paramref name="siteUrl"/>, in place, and publishes it.</summary>
    public async Task PublishPageAsync(Uri siteUrl, string pageName, UsagePage page, CancellationToken cancellationToken)
    {
        var location = await CommunitySiteLocation.FindAsync(_reads, new CopSites.Indicators.Activity.CommunitySite("root", page.Title, siteUrl), cancellationToken);
        try
        {
            await WritePageAsync(location, page, new Dictionary<string, Uri>(), cancellationToken, pageName);
        }
        catch (Resilience.TenantRequestException e)
        {
            throw new CommunityPublishException(siteUrl.ToString(), $"the page {pageName}", e.Message, e);
        }
    }

    private async Task<IReadOnlyDictionary<string, Uri>> UploadAssetsAsync(CommunitySiteLocation location, UsagePage page, CancellationToken ct)
    {
        var drives = await _reads.GetAsync("read the site's libraries", $"{location.GraphPath}/drives?$select=id,name", ct);
        var driveId = Json.Text(Json.Values(drives).FirstOrDefault(d => Json.Text(d, "name") is "Site Assets" or "SiteAssets"), "id")
            ?? Json.Text(await _reads.GetAsync("read the site's default library", $"{location.GraphPath}/drive?$select=id", ct), "id")
            ?? throw new CommunityPublishException(location.ServerRelativePath, "the charts", "the site has no document library to hold them");
        var drivePath = $"drives/{GraphRequests.Segment(driveId)}/items";
        var uploads = page.Assets.Select(a => new BatchItem($"upload chart {a.FileName}",
            _requests.PutBytes($"{drivePath}/root:/{Uri.EscapeDataString(ChartsFolder)}/{Uri.EscapeDataString(a.FileName)}:/content", Encoding.UTF8.GetBytes(a.Svg), "image/svg+xml"))).ToArray();
        var results = await _batches.SendAsync(uploads, ct);
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var uploaded = results[i].EnsureSuccess().Body;
            if (Uri.TryCreate(Json.Text(uploaded, "webUrl"), UriKind.Absolute, out var url))
            {
                urls[page.Assets[i].FileName] = url;
            }
        }

        return urls;
    }

    private async Task WriteRowsAsync(CommunitySiteLocation location, UsageReport report, CancellationToken ct)
    {
        var listId = location.List("CopIndicators")
            ?? throw new CommunityReadException(report.Site.SiteUrl.ToString(), "the Indicators list", "the list is missing; provision the CoP again to restore it");
        var items = $"{location.GraphPath}/lists/{GraphRequests.Segment(listId)}/items";
        var existing = await _reads.GetAsync("read the Indicators list", $"{items}?$expand=fields($select=Title,CopIndicatorKey,CopIndicatorValue,CopIndicatorUnit)&$top=999", ct);
        var rows = Json.Values(existing).GroupBy(i => IndicatorRows.Identity(Json.Text(i["fields"], "CopIndicatorKey") ?? "", Json.Text(i["fields"], "Title") ?? ""))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var firstMonth = report.Observations.Where(o => o.Period != "all").Select(o => o.Period).DefaultIfEmpty(report.AsOf.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Min(StringComparer.Ordinal)!;
        var first = DateTimeOffset.ParseExact(firstMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var runId = report.AsOf.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var writes = new List<BatchItem>();
        foreach (var observation in report.Observations)
        {
            var fields = IndicatorRows.Fields(observation, first, report.AsOf, runId);
            var identity = IndicatorRows.Identity(fields["CopIndicatorKey"]!.GetValue<string>(), fields["Title"]!.GetValue<string>());
            if (rows.TryGetValue(identity, out var row))
            {
                var stored = row["fields"]?["CopIndicatorValue"] is JsonValue v && v.TryGetValue<double>(out var d) ? d : double.NaN;
                if (Math.Abs(stored - fields["CopIndicatorValue"]!.GetValue<double>()) < 1e-9)
                {
                    continue; // unchanged: a rerun over the same data writes nothing here
                }

                writes.Add(new BatchItem($"update indicator row {identity}", _requests.Patch($"{items}/{GraphRequests.Segment(Json.Text(row, "id")!)}/fields", fields)));
            }
            else
            {
                writes.Add(new BatchItem($"add indicator row {fields["Title"]}", _requests.Post(items, new JsonObject { ["fields"] = fields })));
            }
        }

        foreach (var result in await _batches.SendAsync(writes, ct))
        {
            result.EnsureSuccess();
        }
    }

    private async Task WritePageAsync(CommunitySiteLocation location, UsagePage page, IReadOnlyDictionary<string, Uri> assets, CancellationToken ct, string pageName = PageName)
    {
        var pages = $"{location.GraphPath}/pages";
        var listed = await _reads.GetAsync("read the site's pages", $"{pages}?$select=id,name", ct);
        var existing = Json.Values(listed).FirstOrDefault(p => string.Equals(Json.Text(p, "name"), pageName, StringComparison.OrdinalIgnoreCase));
        var canvas = UsageCanvas.From(page, assets);
        string id;
        if (existing is null)
        {
            var created = (await _batches.SendAsync([new BatchItem("create the Usage page", _requests.Post(pages, new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.sitePage",
                ["name"] = pageName,
                ["title"] = page.Title,
                ["pageLayout"] = "article",
                ["canvasLayout"] = canvas,
            }))], ct))[0].EnsureSuccess();
            id = Json.Text(created.Body, "id")!;
        }
        else
        {
            id = Json.Text(existing, "id")!;
            (await _batches.SendAsync([new BatchItem("update the Usage page", _requests.Patch($"{pages}/{GraphRequests.Segment(id)}/graph.sitePage", new JsonObject { ["canvasLayout"] = canvas }))], ct))[0].EnsureSuccess();
        }

        (await _batches.SendAsync([new BatchItem("publish the Usage page", _requests.PostEmpty($"{pages}/{GraphRequests.Segment(id)}/graph.sitePage/publish"))], ct))[0].EnsureSuccess();
    }
}
