namespace CopSites.Cli.Provisioning;

/// <summary>Finds the standard CoP template when --template is not given: in the current folder's provisioning-templates, or the repository's.</summary>
internal static class TemplateLocator
{
    public const string StandardTemplate = "provisioning-templates/cop-workspace.xml";

    public static string Resolve(FileInfo? given)
    {
        if (given is not null)
        {
            return given.FullName;
        }

        var candidates = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(dir => Path.Combine(dir, StandardTemplate));
        return candidates.FirstOrDefault(File.Exists) ?? Path.GetFullPath(StandardTemplate);
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
