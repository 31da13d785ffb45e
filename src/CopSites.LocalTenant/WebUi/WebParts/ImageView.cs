using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// Image: an img of the imageSource when it is a path on this tenant or an image data URL (always emitted as base64,
/// so an SVG is drawn as an image, where its scripts never run, never as inline markup). Other sources are not loaded.
/// </summary>
internal sealed class ImageView : IWebPartView
{
    public string WebPartType => "d1d91016-032f-456d-98a4-721247c305e8";

    public Task<Markup> RenderAsync(WebPartData part, WebPartContext context)
    {
        var source = part.Processed("imageSources", "imageSource")
            ?? part.Properties.Text("imageSource", "imageSourceUrl", "imageUrl", "url");
        var src = SafeUrl.SameSiteImage(source, context.Request.HostName);
        if (src is null)
        {
            return Task.FromResult(WebPartRenderer.Placeholder(part, "The image is not on this tenant, so it is not loaded."));
        }

        var alt = part.Processed("searchablePlainTexts", "altText") ?? part.Properties.Text("altText") ?? "";
        var caption = part.Processed("searchablePlainTexts", "captionText") ?? part.Properties.Text("captionText");
        var figcaption = caption is null ? Markup.Empty : Markup.Html($"<figcaption>{caption}</figcaption>");
        return Task.FromResult(Markup.Html($"<figure class=\"cs-image\" style=\"margin:0\"><img src=\"{src}\" alt=\"{alt}\">{figcaption}</figure>"));
    }
}
