namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>Graph's <c>list.template</c> names for SharePoint's list template numbers (SPListTemplateType).</summary>
public static class ListTemplates
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [100] = "genericList",
        [101] = "documentLibrary",
        [102] = "survey",
        [103] = "links",
        [104] = "announcements",
        [105] = "contacts",
        [106] = "events",
        [107] = "tasks",
        [108] = "discussionBoard",
        [109] = "pictureLibrary",
        [120] = "customGrid",
        [170] = "promotedLinks",
        [171] = "tasksWithTimelineAndHierarchy",
        [1100] = "issueTracking",
    };

    /// <summary>The Graph name of a template number, or null when Graph cannot create lists of that template.</summary>
    public static string? NameOf(int templateType) => Names.GetValueOrDefault(templateType);
}
