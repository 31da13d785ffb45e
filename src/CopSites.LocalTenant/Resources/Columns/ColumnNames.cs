using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>
/// SharePoint's internal column names: letters, digits and underscores only. A name derived from a display name
/// escapes every other character as _xHHHH_ (so "Cop Format" becomes "Cop_x0020_Format") and is cut at 32 characters.
/// </summary>
public static partial class ColumnNames
{
    /// <summary>The longest internal name SharePoint derives from a display name.</summary>
    public const int MaxDerivedLength = 32;

    /// <summary>The internal name SharePoint gives a column created with only a display name.</summary>
    public static string FromDisplayName(string displayName)
    {
        var name = new StringBuilder();
        for (var i = 0; i < displayName.Length; i++)
        {
            var c = displayName[i];
            var plain = char.IsAsciiLetter(c) || c == '_' || (char.IsAsciiDigit(c) && i > 0);
            name.Append(plain ? c.ToString() : "_x" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + "_");
        }

        return name.Length <= MaxDerivedLength ? name.ToString() : name.ToString(0, MaxDerivedLength);
    }

    /// <summary>True when <paramref name="name"/> can be an internal name as given.</summary>
    public static bool IsValid(string name) => InternalName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,254}$")]
    private static partial Regex InternalName();
}
