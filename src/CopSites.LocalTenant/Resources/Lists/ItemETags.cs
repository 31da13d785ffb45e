using System.Security.Cryptography;
using System.Text;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// List item ETags as SharePoint writes them: "{uniqueId},{version}". The unique id is derived from list and item id,
/// so it is stable without being stored; the version is the stored entity's version.
/// </summary>
public static class ItemETags
{
    /// <summary>The item's listItemUniqueId.</summary>
    public static string UniqueId(string listId, string itemId) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes(listId.ToLowerInvariant() + "/" + itemId))).ToString();

    /// <summary>The quoted ETag, e.g. "\"5d6c…,2\"".</summary>
    public static string Format(string listId, string itemId, long version) => $"\"{UniqueId(listId, itemId)},{version}\"";

    /// <summary>
    /// The version an If-Match header asks for, or null when there is none (or it is *). An ETag of another item,
    /// or one that cannot be read, can never match: it yields version 0 (which no entity has), hence 412.
    /// </summary>
    public static long? ExpectedVersion(GraphCall call, string listId, string itemId)
    {
        if (call.IfMatch is not { } header)
        {
            return null;
        }

        var value = header.Trim();
        value = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        var parts = value.Trim('"').Split(',');
        return parts.Length == 2
            && parts[0].Trim('{', '}').Equals(UniqueId(listId, itemId), StringComparison.OrdinalIgnoreCase)
            && long.TryParse(parts[1], out var version)
            ? version
            : 0;
    }
}
