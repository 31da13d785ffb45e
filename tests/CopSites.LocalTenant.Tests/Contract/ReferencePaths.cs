namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>Finds ../shared/reference beside the repository (CI clones the repo with shared/ next to it).</summary>
internal static class ReferencePaths
{
    public static string Root { get; } = Find();

    public static string Graph(string file) => Path.Combine(Root, "graph", file);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CopSites.sln")))
            {
                var reference = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference"));
                return System.IO.Directory.Exists(reference)
                    ? reference
                    : throw new DirectoryNotFoundException($"Expected the shared reference data at {reference} (beside the repository).");
            }
        }

        throw new DirectoryNotFoundException("CopSites.sln not found above " + AppContext.BaseDirectory);
    }
}
