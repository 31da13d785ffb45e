using System.Globalization;
using CopSites.Provisioning.Engine.Building;

namespace CopSites.Provisioning.Extraction;

/// <summary>The LCIDs templates write for the language tags Graph returns: the reverse of <see cref="LanguageTags"/>.</summary>
internal static class Lcids
{
    // The LCIDs LanguageTags spells out; checked first so the answer never depends on the machine's ICU data.
    private static readonly int[] Known = [1033, 2057, 3082, 2058, 1046, 2070, 1036, 1031, 1040, 1043];

    /// <summary>The LCID of a tag (<c>en-US</c> → 1033), or null when none is known.</summary>
    public static int? Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        foreach (var lcid in Known)
        {
            if (string.Equals(LanguageTags.Of(lcid), tag, StringComparison.OrdinalIgnoreCase))
            {
                return lcid;
            }
        }

        try
        {
            return CultureInfo.GetCultureInfo(tag).LCID is var lcid and > 0 and not 4096 ? lcid : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
