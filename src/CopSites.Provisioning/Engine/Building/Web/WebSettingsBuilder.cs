using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Building.Web;

/// <summary>
/// The site's title, description and logo (<c>pnp:WebSettings</c>) under SharePoint REST's names, as one resource keyed
/// <c>web</c>. Only what the template states is sent and compared.
/// </summary>
public sealed class WebSettingsBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        if (context.Template.WebSettings is not { } settings)
        {
            yield break;
        }

        const string element = "pnp:WebSettings";
        var scope = context.Scope(element, settings.Location);
        var properties = new JsonObject();
        Add(properties, "Title", settings.Title, scope, element + "/@Title");
        Add(properties, "Description", settings.Description, scope, element + "/@Description");
        var currentLogo = context.State.Find(new ResourceKey(ResourceKind.WebSettings, "web"))?.Properties["SiteLogoUrl"]?.ToString();
        // SiteLogo="" means "no custom logo", which SharePoint reads back as null: only a logo to clear is a change.
        if (settings.SiteLogo is not "" || !string.IsNullOrEmpty(currentLogo))
        {
            Add(properties, "SiteLogoUrl", settings.SiteLogo, scope, element + "/@SiteLogo");
        }
        if (properties.Count > 0)
        {
            yield return BuiltResource.At(new DesiredResource(new ResourceKey(ResourceKind.WebSettings, "web"), properties, settings.Location), scope);
        }
    }

    private static void Add(JsonObject properties, string name, string? raw, TokenScope scope, string part)
    {
        if (raw is not null)
        {
            properties[name] = scope.Text(raw, part);
        }
    }
}
