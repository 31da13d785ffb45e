using System.Security.Cryptography;
using System.Text;

namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5) in the CopSites namespace of docs/vocabulary.md: the same name always gives
/// the same id, so a web part without a ControlId keeps its id from run to run and reruns compare equal.
/// </summary>
public static class StableGuid
{
    /// <summary>The namespace docs/vocabulary.md derives field, view, term and control ids in.</summary>
    public static readonly Guid Namespace = Guid.Parse("6f1c3e52-8d1b-4c57-9a55-3c0b5e0c2f10");

    /// <summary>The version 5 GUID of <paramref name="name"/> in <see cref="Namespace"/>.</summary>
    public static Guid For(string name)
    {
        var input = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
