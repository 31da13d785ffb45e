using System.Globalization;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>The language tags Graph wants (<c>en-US</c>) for the LCIDs templates write (<c>1033</c>).</summary>
public static class LanguageTags
{
    /// <summary>The tag used when a template states no language: the standard template is written in US English.</summary>
    public const string Default = "en-US";

    // Spelled out so the result never depends on the ICU data of the machine running the engine.
    private static readonly Dictionary<int, string> Known = new()
    {
        [1033] = "en-US",
        [2057] = "en-GB",
        [3082] = "es-ES",
        [1034] = "es-ES",
        [2058] = "es-MX",
        [1046] = "pt-BR",
        [2070] = "pt-PT",
        [1036] = "fr-FR",
        [1031] = "de-DE",
        [1040] = "it-IT",
        [1043] = "nl-NL",
    };

    /// <summary>The tag for an LCID; <see cref="Default"/> when none is given or the LCID is unknown.</summary>
    public static string Of(int? lcid)
    {
        if (lcid is not { } id)
        {
            return Default;
        }

        if (Known.TryGetValue(id, out var tag))
        {
            return tag;
        }

        try
        {
            return CultureInfo.GetCultureInfo(id).Name is { Length: > 0 } name ? name : Default;
        }
        catch (CultureNotFoundException)
        {
            return Default;
        }
    }
}
