using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.ContentTypes;

/// <summary>
/// SharePoint content type ids encode their ancestry: a child is its parent's id plus either <c>00</c> and a GUID
/// (32 hex digits) or two hex digits. So the parent can be read off the id without asking the tenant.
/// </summary>
public static class ContentTypeIds
{
    private const int GuidSuffix = 34;

    private static readonly Dictionary<string, string> BuiltInNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["0x01"] = "Item",
        ["0x0101"] = "Document",
        ["0x0120"] = "Folder",
        ["0x0102"] = "Event",
        ["0x0103"] = "Issue",
        ["0x0104"] = "Announcement",
        ["0x0105"] = "Link",
        ["0x0106"] = "Contact",
        ["0x0108"] = "Task",
        ["0x0101009D1CB255DA76424F860D91F20E6C4118"] = "Site Page",
    };

    /// <summary>The parent's id: <c>0x0101</c> for <c>0x0101</c> + <c>00</c> + GUID, <c>0x01</c> for <c>0x0101</c>; null for <c>0x</c> or <c>0x01</c>'s parent.</summary>
    public static string? ParentOf(string id)
    {
        var text = id.Trim();
        if (text.Length > GuidSuffix + 2 && text[^GuidSuffix..^(GuidSuffix - 2)] == "00" && text[^(GuidSuffix - 2)..].All(char.IsAsciiHexDigit))
        {
            return text[..^GuidSuffix];
        }

        return text.Length > 4 ? text[..^2] : null;
    }

    /// <summary>The template's content type with this id (ids compare case-insensitively), or null.</summary>
    public static ContentTypeDefinition? Find(ProvisioningTemplate template, string id) =>
        template.ContentTypes.FirstOrDefault(c => string.Equals(c.Id.Trim(), id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The name of a content type by id: the template's, else SharePoint's for a built-in one, else null.</summary>
    public static string? NameOf(ProvisioningTemplate template, string id) =>
        Find(template, id)?.Name ?? BuiltInNames.GetValueOrDefault(id.Trim());
}
