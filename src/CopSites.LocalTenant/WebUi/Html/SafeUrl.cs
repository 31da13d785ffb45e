using System.Text.RegularExpressions;

namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>
/// Decides which URLs the UI may emit. The checks run on the URL as a browser will see it (tabs and newlines removed,
/// leading and trailing controls trimmed), so "java&amp;#x09;script:" and " javascript:" are caught like the plain form.
/// </summary>
internal static partial class SafeUrl
{
    private static readonly char[] TrimmedControls = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();
    private static readonly HashSet<string> ImageMediaTypes = ["image/svg+xml", "image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>A link target: http, https or relative; null for any other scheme (javascript:, data:, vbscript:, mailto:...).</summary>
    public static string? Link(string? url)
    {
        var cleaned = Clean(url);
        if (cleaned.Length == 0 || LeftoverReference().IsMatch(cleaned))
        {
            return null;
        }

        var scheme = SchemePattern().Match(cleaned);
        if (!scheme.Success)
        {
            return cleaned;
        }

        return scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" ? cleaned : null;
    }

    /// <summary>
    /// A link in the tenant: absolute URLs on the tenant's SharePoint host name are turned into server-relative paths,
    /// because stored content names contoso.sharepoint.com while the local tenant serves 127.0.0.1.
    /// </summary>
    public static string? TenantLink(string? url, string hostName)
    {
        var safe = Link(url);
        if (safe is not null && Uri.TryCreate(safe, UriKind.Absolute, out var uri) && uri.Host.Equals(hostName, StringComparison.OrdinalIgnoreCase))
        {
            return uri.PathAndQuery + uri.Fragment;
        }

        return safe;
    }

    /// <summary>
    /// An image source that loads nothing from another origin: a server-relative path on this tenant, or a data URL of an
    /// image type, re-encoded as canonical base64. Null for anything else.
    /// </summary>
    public static string? SameSiteImage(string? url, string hostName)
    {
        var cleaned = Clean(url);
        if (cleaned.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return DataImage(cleaned);
        }

        var link = TenantLink(cleaned, hostName);
        return link is not null && link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains('\\') ? link : null;
    }

    private static string? DataImage(string url)
    {
        var comma = url.IndexOf(',');
        if (comma < 0)
        {
            return null;
        }

        var header = url[5..comma].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (header.Length == 0 || !ImageMediaTypes.Contains(header[0].ToLowerInvariant()))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = header.Contains("base64", StringComparer.OrdinalIgnoreCase)
                ? Convert.FromBase64String(Uri.UnescapeDataString(url[(comma + 1)..]))
                : System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url[(comma + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }

        return $"data:{header[0].ToLowerInvariant()};base64,{Convert.ToBase64String(bytes)}";
    }

    private static string Clean(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var withoutBreaks = url.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        return withoutBreaks.Trim(TrimmedControls);
    }

    /// <summary>
    /// A character reference the decoder did not know (HTML5-only names like &amp;colon; or numeric ones without ";").
    /// A browser would decode it, so the URL is not what was checked: refuse it.
    /// </summary>
    [GeneratedRegex("&(#[0-9xX]|[a-zA-Z][a-zA-Z0-9]*;)")]
    private static partial Regex LeftoverReference();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.\\-]*):")]
    private static partial Regex SchemePattern();
}
