using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Ports;
using CopSites.Indicators.Running;

namespace CopSites.Cli.Indicators;

/// <summary>
/// Keeps each CoP's merged activity in a JSON file (<c>{folder}/{alias}.json</c>, default under <c>.copsites/indicators</c>),
/// written to a temporary file and moved into place so a run killed mid-write never leaves a broken history.
/// </summary>
internal sealed class FileActivityHistory(string folder) : IActivityHistory
{
    /// <summary>The default folder, beside the embedded tenant's data.</summary>
    public static string DefaultFolder => Path.Combine(".copsites", "indicators");

    public async Task<CommunityActivity> MergeAsync(CommunityActivity snapshot, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, snapshot.Site.Alias + ".json");
        CommunityActivity? known = null;
        if (File.Exists(path))
        {
            try
            {
                known = ActivityJson.Read(JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject ?? throw new FormatException("the file is not a JSON object"));
            }
            catch (Exception e) when (e is JsonException or InvalidCastException or FormatException)
            {
                throw new CommunityReadException(snapshot.Site.SiteUrl.ToString(), $"the stored history {path}", $"it is not a CopSites history ({e.Message}); move it aside to start afresh");
            }
        }

        var merged = SnapshotMerge.Merge(known, snapshot);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, ActivityJson.Write(merged).ToJsonString(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return merged;
    }
}
