using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// SharePoint content type ids: a child id is its parent's id followed either by two hex digits other than "00"
/// (0x01 → 0x0101) or by "00" and a 32-digit GUID (0x0101 → 0x010100A1B2...).
/// </summary>
public static partial class ContentTypeIds
{
    /// <summary>A new child id of <paramref name="parentId"/> in the "00" + GUID form.</summary>
    public static string NewChild(string parentId) => parentId + "00" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    /// <summary>A child id that is always the same for the same parent and seed (for a list's own copies).</summary>
    public static string StableChild(string parentId, string seed) =>
        parentId + "00" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(seed + "|" + parentId)));

    /// <summary>True for a well-formed content type id.</summary>
    public static bool IsWellFormed(string id) => Shape().IsMatch(id);

    /// <summary>True when <paramref name="childId"/> is a direct child id of <paramref name="parentId"/>.</summary>
    public static bool IsChildOf(string childId, string parentId)
    {
        if (!IsWellFormed(childId) || !childId.StartsWith(parentId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var suffix = childId[parentId.Length..];
        return (suffix.Length == 2 && suffix != "00") || (suffix.Length == 34 && suffix.StartsWith("00", StringComparison.Ordinal));
    }

    /// <summary>The parent id encoded in <paramref name="id"/>, or null for the root (0x, 0x01).</summary>
    public static string? ParentOf(string id)
    {
        if (id.Length <= 4)
        {
            return null;
        }

        var guidForm = id.Length >= 38 && id[^34..^32] == "00";
        return guidForm ? id[..^34] : id[..^2];
    }

    [GeneratedRegex("^0x([0-9A-Fa-f]{2})+$")]
    private static partial Regex Shape();
}
