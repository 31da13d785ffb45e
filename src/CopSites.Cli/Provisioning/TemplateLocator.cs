namespace CopSites.Cli.Provisioning;

/// <summary>
/// Finds the repository's provisioning files when an option is not given: under the current folder or above it, else
/// above the binaries (so `dotnet run` works from anywhere in the repository). Shared by the CLI and the benchmarks.
/// </summary>
public static class TemplateLocator
{
    /// <summary>The standard CoP workspace template, relative to the repository.</summary>
    public const string StandardTemplate = "provisioning-templates/cop-workspace.xml";

    /// <summary>The example charter the benchmarks provision.</summary>
    public const string ExampleCharter = "provisioning-templates/charters/urban-mobility.yaml";

    /// <summary>The given file, or <paramref name="relative"/> found above the current folder or the binaries.</summary>
    public static string Resolve(FileInfo? given, string relative = StandardTemplate)
    {
        if (given is not null)
        {
            return given.FullName;
        }

        var candidates = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(dir => Path.Combine(dir, relative));
        return candidates.FirstOrDefault(File.Exists) ?? Path.GetFullPath(relative);
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
