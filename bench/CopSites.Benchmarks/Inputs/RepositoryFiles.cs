namespace CopSites.Benchmarks.Inputs;

/// <summary>Finds the standard template and the example charters from the current folder or the build output, wherever the bench is run from.</summary>
internal static class RepositoryFiles
{
    public const string StandardTemplate = "provisioning-templates/cop-workspace.xml";

    public const string ExampleCharter = "provisioning-templates/charters/urban-mobility.yaml";

    /// <summary>The given file, or <paramref name="relative"/> found in the nearest folder above the current one or the binaries.</summary>
    public static string Resolve(FileInfo? given, string relative)
    {
        if (given is not null)
        {
            return given.FullName;
        }

        return new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(dir => Path.Combine(dir, relative))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"'{relative}' was found neither above {Directory.GetCurrentDirectory()} nor above the bench's binaries; pass it explicitly.");
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
