using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// The list.template values a list can be created with: SharePoint's SPListTemplateType names in Graph's camel case.
/// System templates (userInformation, webPageLibrary, catalogs) exist on sites but cannot be created by callers.
/// </summary>
public static class ListTemplates
{
    /// <summary>The templates POST /lists accepts.</summary>
    public static readonly IReadOnlyList<string> Creatable =
    [
        "genericList", "documentLibrary", "events", "tasks", "tasksWithTimelineAndHierarchy", "contacts", "links",
        "announcements", "survey", "discussionBoard", "issueTracking", "pictureLibrary", "customGrid", "promotedLinks",
    ];

    /// <summary>The template a create body names (genericList when absent); 400 for anything else.</summary>
    public static string Validate(string? template)
    {
        if (string.IsNullOrEmpty(template))
        {
            return "genericList";
        }

        return Creatable.FirstOrDefault(t => t.Equals(template, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.BadRequest($"The list template '{template}' is not valid. Use one of: {string.Join(", ", Creatable)}.");
    }

    /// <summary>The URL name SharePoint derives from a title: the characters URLs cannot hold are dropped.</summary>
    public static string UrlName(string displayName)
    {
        var kept = new string(displayName.Where(c => !"~\"#%&*:<>?/\\{|}.".Contains(c)).ToArray()).Trim();
        return kept.Length == 0 ? "List" : kept;
    }
}
