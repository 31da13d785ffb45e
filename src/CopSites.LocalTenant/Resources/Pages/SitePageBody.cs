using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>Reads the writable properties of a sitePage from a POST or PATCH body into the stored document.</summary>
internal static class SitePageBody
{
    /// <summary>400 unless the body says it is a sitePage; the SDK's default (baseSitePage) is refused as the service refuses it.</summary>
    public static void RequireSitePageType(JsonObject body)
    {
        var type = body["@odata.type"]?.ToString();
        if (type is not ("#microsoft.graph.sitePage" or "microsoft.graph.sitePage"))
        {
            throw GraphProblem.BadRequest(
                $"The page's @odata.type must be '#microsoft.graph.sitePage', not '{type ?? "(none)"}'; set OdataType on the SitePage you send.");
        }
    }

    /// <summary>The page name with its .aspx extension; 400 when missing or not a valid file name.</summary>
    public static string Name(JsonObject body)
    {
        var name = body["name"]?.ToString()?.Trim();
        if (string.IsNullOrEmpty(name) || name.IndexOfAny(['"', '*', ':', '<', '>', '?', '/', '\\', '|', '#', '%']) >= 0)
        {
            throw GraphProblem.BadRequest($"The page name '{name}' is missing or not a valid file name.");
        }

        return name.EndsWith(".aspx", StringComparison.OrdinalIgnoreCase) ? name : name + ".aspx";
    }

    /// <summary>Copies the writable properties present in <paramref name="body"/> onto <paramref name="doc"/>, checking each.</summary>
    public static void Apply(JsonObject doc, JsonObject body, CanvasLayoutReader canvas)
    {
        CopyString(doc, body, "title");
        CopyString(doc, body, "description");
        CopyString(doc, body, "thumbnailWebUrl");
        CopyBoolean(doc, body, "showComments");
        CopyBoolean(doc, body, "showRecommendedPages");
        if (body.ContainsKey("pageLayout"))
        {
            doc["pageLayout"] = PageEnums.Check(body["pageLayout"], "pageLayout", PageEnums.PageLayout);
        }

        if (body.ContainsKey("promotionKind"))
        {
            doc["promotionKind"] = PageEnums.Check(body["promotionKind"], "promotionKind", PageEnums.PagePromotion);
        }

        if (body["titleArea"] is JsonObject titleArea)
        {
            PageEnums.Check(titleArea["layout"], "titleArea.layout", PageEnums.TitleAreaLayout);
            PageEnums.Check(titleArea["textAlignment"], "titleArea.textAlignment", PageEnums.TitleAreaTextAlignment);
            doc["titleArea"] = titleArea.DeepClone();
        }

        if (body.ContainsKey("canvasLayout"))
        {
            doc["canvasLayout"] = canvas.Read(body["canvasLayout"]);
        }
    }

    private static void CopyString(JsonObject doc, JsonObject body, string property)
    {
        if (!body.TryGetPropertyValue(property, out var value))
        {
            return;
        }

        doc[property] = value is null || value.GetValueKind() == JsonValueKind.String
            ? value?.DeepClone()
            : throw GraphProblem.BadRequest($"{property} must be a string.");
    }

    private static void CopyBoolean(JsonObject doc, JsonObject body, string property)
    {
        if (!body.TryGetPropertyValue(property, out var value))
        {
            return;
        }

        doc[property] = value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.DeepClone()
            : throw GraphProblem.BadRequest($"{property} must be true or false.");
    }
}
