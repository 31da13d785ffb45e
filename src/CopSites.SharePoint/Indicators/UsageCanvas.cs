using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.Indicators.Reporting;

namespace CopSites.SharePoint.Indicators;

/// <summary>
/// The Usage page as a Graph v1.0 <c>canvasLayout</c>: one one-column horizontal section per page section, text parts
/// as <c>textWebPart</c>, charts as the Image web part pointing at the uploaded asset, spotlights as the People web
/// part. Web part ids are stable (derived from the page and position) so a rerun replaces the same parts.
/// </summary>
internal static class UsageCanvas
{
    public const string ImageWebPart = "d1d91016-032f-456d-98a4-721247c305e8";
    public const string PeopleWebPart = "7f718435-ee4d-431c-bdbf-9c4ff326f46e";

    public static JsonObject From(UsagePage page, IReadOnlyDictionary<string, Uri> assetUrls)
    {
        var sections = new JsonArray();
        for (var s = 0; s < page.Sections.Count; s++)
        {
            var parts = new JsonArray();
            for (var p = 0; p < page.Sections[s].Parts.Count; p++)
            {
                var id = StableId($"usage/{s + 1}/{p + 1}");
                parts.Add(page.Sections[s].Parts[p] switch
                {
                    TextPart text => new JsonObject { ["@odata.type"] = "#microsoft.graph.textWebPart", ["id"] = id, ["innerHtml"] = text.Html },
                    ImagePart image => Image(id, image, assetUrls.GetValueOrDefault(image.AssetFileName)),
                    PeoplePart people => People(id, people),
                    var other => throw new InvalidOperationException($"No web part for {other.GetType().Name}."),
                });
            }

            sections.Add(new JsonObject
            {
                ["id"] = (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["layout"] = "oneColumn",
                ["emphasis"] = "none",
                ["columns"] = new JsonArray(new JsonObject { ["id"] = "1", ["width"] = 12, ["webparts"] = parts }),
            });
        }

        return new JsonObject { ["horizontalSections"] = sections };
    }

    private static JsonObject Image(string id, ImagePart image, Uri? url) => new()
    {
        ["@odata.type"] = "#microsoft.graph.standardWebPart",
        ["id"] = id,
        ["webPartType"] = ImageWebPart,
        ["data"] = new JsonObject
        {
            ["dataVersion"] = "1.11",
            ["title"] = "Image",
            ["properties"] = new JsonObject
            {
                ["imageSourceType"] = 2,
                ["altText"] = image.AltText,
                ["fileName"] = image.AssetFileName,
                ["overlayText"] = "",
                ["alignment"] = "Center",
                ["fixAspectRatio"] = true,
            },
            ["serverProcessedContent"] = new JsonObject
            {
                ["htmlStrings"] = new JsonArray(),
                ["searchablePlainTexts"] = new JsonArray(new JsonObject { ["key"] = "captionText", ["value"] = image.Caption ?? "" }),
                // Server-relative, as SharePoint's own Image web part stores it: the page survives a host name change.
                ["imageSources"] = new JsonArray(new JsonObject { ["key"] = "imageSource", ["value"] = url?.AbsolutePath ?? "" }),
                ["links"] = new JsonArray(),
            },
        },
    };

    private static JsonObject People(string id, PeoplePart people) => new()
    {
        ["@odata.type"] = "#microsoft.graph.standardWebPart",
        ["id"] = id,
        ["webPartType"] = PeopleWebPart,
        ["data"] = new JsonObject
        {
            ["dataVersion"] = "1.2",
            ["title"] = people.Title,
            ["properties"] = new JsonObject
            {
                ["layout"] = 2,
                ["persons"] = new JsonArray(people.People.Where(p => p.UserPrincipalName is not null).Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = "i:0#.f|membership|" + p.UserPrincipalName,
                    ["upn"] = p.UserPrincipalName,
                    ["role"] = "",
                    ["department"] = p.Unit ?? "",
                    ["phone"] = "",
                    ["sip"] = "",
                }).ToArray()),
            },
            ["serverProcessedContent"] = new JsonObject
            {
                ["htmlStrings"] = new JsonArray(),
                ["searchablePlainTexts"] = new JsonArray(new JsonObject { ["key"] = "title", ["value"] = people.Title }),
                ["imageSources"] = new JsonArray(),
                ["links"] = new JsonArray(),
            },
        },
    };

    private static string StableId(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("copsites:" + key));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
