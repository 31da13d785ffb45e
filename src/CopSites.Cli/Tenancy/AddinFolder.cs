namespace CopSites.Cli.Tenancy;

/// <summary>
/// Where the built Office add-in is (addin/dist with taskpane.html): COPSITES_ADDIN_DIST when set, else the first
/// addin/dist found walking up from the working folder or from the CLI's own folder; null when it was not built.
/// </summary>
internal static class AddinFolder
{
    /// <summary>The folder, or null.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("COPSITES_ADDIN_DIST") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "taskpane.html")) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "addin", "dist");
                if (File.Exists(Path.Combine(candidate, "taskpane.html")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
