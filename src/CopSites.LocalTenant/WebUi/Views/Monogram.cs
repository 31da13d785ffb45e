using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>The coloured initials SharePoint shows for sites without a logo and people without a photo.</summary>
internal static class Monogram
{
    private static readonly string[] Colors = ["#038387", "#8764b8", "#ca5010", "#0078d4", "#498205", "#c239b3", "#986f0b", "#4f6bed", "#e3008c", "#004e8c"];

    public static string Initials(string name)
    {
        var words = name.Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetterOrDigit(w[0])).ToList();
        return words.Count switch
        {
            0 => "?",
            1 => words[0][..1].ToUpperInvariant(),
            _ => (words[0][..1] + words[^1][..1]).ToUpperInvariant(),
        };
    }

    /// <summary>A stable colour for a name (the same site keeps its colour between runs).</summary>
    public static string Color(string name)
    {
        var hash = 0;
        foreach (var c in name)
        {
            hash = unchecked(hash * 31 + c);
        }

        return Colors[(hash & 0x7fffffff) % Colors.Length];
    }

    public static Markup Avatar(string name, string cssClass = "avatar") =>
        Markup.Html($"<span class=\"{cssClass}\" style=\"background:{Color(name)}\" aria-hidden=\"true\">{Initials(name)}</span>");
}
