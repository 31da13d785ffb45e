using System.Text;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>Graph's composite ids: a site is "host,siteCollectionGuid,webGuid"; a drive encodes its site and library.</summary>
public static class SiteIds
{
    /// <summary>A new composite site id.</summary>
    public static string NewSiteId(string hostName) => $"{hostName},{Guid.NewGuid()},{Guid.NewGuid()}";

    /// <summary>The (siteCollectionId, webId) parts of a composite site id.</summary>
    public static (string SiteCollectionId, string WebId) Parts(string siteId)
    {
        var parts = siteId.Split(',');
        return parts.Length == 3 ? (parts[1], parts[2]) : (siteId, siteId);
    }

    /// <summary>The drive id of a document library: "b!" then base64url of "siteId|listId", like SharePoint's opaque b! ids.</summary>
    public static string DriveId(string siteId, string listId) =>
        "b!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(siteId + "|" + listId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a drive id made by <see cref="DriveId"/>; null when it is not one.</summary>
    public static (string SiteId, string ListId)? ParseDriveId(string driveId)
    {
        if (!driveId.StartsWith("b!", StringComparison.Ordinal))
        {
            return null;
        }

        var base64 = driveId[2..].Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var bar = text.IndexOf('|');
            return bar < 0 ? null : (text[..bar], text[(bar + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
