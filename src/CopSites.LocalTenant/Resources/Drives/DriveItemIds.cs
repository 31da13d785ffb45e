using System.Security.Cryptography;
using System.Text;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Drive item ids shaped like SharePoint's: "01" followed by 32 base32 characters. A library's root folder is not
/// stored; its id derives from the list id, so every library has a root without anyone having to create it.
/// </summary>
internal static class DriveItemIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>A new, random item id.</summary>
    public static string New() => "01" + Base32(RandomNumberGenerator.GetBytes(20));

    /// <summary>The id of a library's root folder.</summary>
    public static string Root(string listId) => "01" + Base32(SHA1.HashData(Encoding.UTF8.GetBytes("root|" + listId.ToLowerInvariant())));

    private static string Base32(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 8 / 5);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return text.ToString();
    }
}
