using System.Net.Http.Headers;
using System.Reflection;

namespace CopSites.SharePoint.Connection;

/// <summary>
/// SharePoint's traffic decoration: <c>NONISV|CopSites|CopSites/&lt;version&gt;</c>, appended to the SDK's User-Agent on
/// every Graph and REST request (decorated traffic is prioritised when SharePoint throttles).
/// </summary>
public static class CopSitesUserAgent
{
    /// <summary>The company part.</summary>
    public const string Company = "CopSites";

    /// <summary>The application part.</summary>
    public const string Application = "CopSites";

    /// <summary>The assembly's informational version, e.g. 0.1.0+3f2a1c9.</summary>
    public static string Version { get; } =
        typeof(CopSitesUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CopSitesUserAgent).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>The product token: NONISV|CopSites|CopSites/version.</summary>
    public static ProductInfoHeaderValue Product { get; } = new($"NONISV|{Company}|{Application}", Version);
}
