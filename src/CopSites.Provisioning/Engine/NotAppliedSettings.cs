using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine;

/// <summary>
/// Template settings the engine reads but does not apply (Graph v1.0 and our REST subset have no call for them, or the
/// engine never deletes). They are reported with the unsupported elements, never dropped silently.
/// </summary>
public static class NotAppliedSettings
{
    /// <summary>Each setting the template states that will not be applied, with where it is.</summary>
    public static IReadOnlyList<string> Of(ProvisioningTemplate template)
    {
        var found = new List<string>();
        foreach (var list in template.Lists)
        {
            Note(found, list.EnableVersioning is not null, $"ListInstance '{list.Title}' @EnableVersioning", list.Location);
            Note(found, list.EnableMinorVersions is not null, $"ListInstance '{list.Title}' @EnableMinorVersions", list.Location);
            Note(found, list.OnQuickLaunch is not null, $"ListInstance '{list.Title}' @OnQuickLaunch (add a navigation node instead)", list.Location);
            Note(found, list.ForceCheckout is not null, $"ListInstance '{list.Title}' @ForceCheckout", list.Location);
            Note(found, list.EnableModeration is not null, $"ListInstance '{list.Title}' @EnableModeration", list.Location);
            foreach (var binding in list.ContentTypeBindings.Where(b => b.Default is not null))
            {
                Note(found, true, $"ListInstance '{list.Title}' ContentTypeBinding @Default", binding.Location);
            }
        }

        if (template.WebSettings is { } web)
        {
            Note(found, web.WelcomePage is not null, "WebSettings @WelcomePage", web.Location);
            Note(found, web.QuickLaunchEnabled is not null, "WebSettings @QuickLaunchEnabled", web.Location);
            Note(found, web.CommentsOnSitePagesDisabled is not null, "WebSettings @CommentsOnSitePagesDisabled", web.Location);
        }

        foreach (var menu in new[] { template.Navigation?.QuickLaunch, template.Navigation?.TopNavigationBar }.OfType<NavigationMenu>())
        {
            Note(found, menu.RemoveExistingNodes == true, "Navigation @RemoveExistingNodes (the engine never deletes)", menu.Location);
        }

        foreach (var contentType in template.ContentTypes)
        {
            foreach (var reference in contentType.FieldRefs.Where(r => Building.Columns.FieldReference.Resolve(template, r.Id, r.Name) is { SiteField: null } target
                && Building.ContentTypes.ContentTypeColumnBuilder.IsInherited(r, target)))
            {
                Note(found, true, $"ContentType '{contentType.Name}' FieldRef '{reference.Name ?? reference.Id}' (SharePoint's own column: a content type inherits it from its parent, or SharePoint adds it)", reference.Location);
            }
        }

        foreach (var file in template.Files.Where(f => f.Level is not null))
        {
            Note(found, true, $"File '{file.TargetName}' @Level", file.Location);
        }

        return found;
    }

    private static void Note(List<string> found, bool stated, string what, SourceLocation location)
    {
        if (stated)
        {
            found.Add($"{what} ({location}): read, not applied");
        }
    }
}
