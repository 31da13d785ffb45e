namespace CopSites.Provisioning.Engine.Building.ContentTypes;

/// <summary>
/// The content types every SharePoint Online site has before any template runs (the standard set of the
/// <c>ctypes</c> feature and of group-connected team sites), by id. A template content type may derive from one of
/// these, from another content type of the template, or from one the site already has; anything else SharePoint
/// refuses only after the earlier levels were written, so it is refused before any write.
/// </summary>
public static class BuiltInContentTypes
{
    private static readonly HashSet<string> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        "0x", // System
        "0x01", // Item
        "0x0101", // Document
        "0x010101", // Form
        "0x010102", // Picture
        "0x010105", // Master Page
        "0x010108", // Wiki Page
        "0x010109", // Basic Page
        "0x01010901", // Web Part Page
        "0x01010A", // Link to a Document
        "0x01010B", // Dublin Core Columns
        "0x0101009D1CB255DA76424F860D91F20E6C4118", // Site Page (modern pages)
        "0x0102", // Event
        "0x0103", // Issue
        "0x0104", // Announcement
        "0x0105", // Link
        "0x0106", // Contact
        "0x0107", // Message
        "0x0108", // Task
        "0x0109", // Workflow History
        "0x010D", // Unknown Document Type
        "0x0110", // Post
        "0x0111", // Comment
        "0x0116", // Far East Contact
        "0x0120", // Folder
        "0x012001", // RootOfList
        "0x012002", // Discussion
        "0x0120D520", // Document Set
        "0x0120D520A808", // Video
    };

    /// <summary>True when <paramref name="id"/> is a content type every site has.</summary>
    public static bool Contains(string id) => Ids.Contains(id);
}
