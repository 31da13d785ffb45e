namespace CopSites.Testing;

/// <summary>
/// Where tests find the repository's own files (templates, charters) and the shared reference data, which CI clones
/// beside the repository (<c>&lt;repo&gt;/../shared/reference</c>). Linked into every test project.
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding CopSites.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/reference beside the repository.</summary>
    public static string Reference
    {
        get
        {
            var reference = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));
            return Directory.Exists(reference)
                ? reference
                : throw new DirectoryNotFoundException($"Expected the shared reference data at {reference} (beside the repository).");
        }
    }

    /// <summary>The standard CoP workspace template.</summary>
    public static string StandardTemplate => Path.Combine(Root, "provisioning-templates", "cop-workspace.xml");

    /// <summary>An example charter by name (urban-mobility, fiscal-transparency, gender-diversity-ops).</summary>
    public static string Charter(string name) => Path.Combine(Root, "provisioning-templates", "charters", name + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CopSites.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CopSites.sln not found above " + AppContext.BaseDirectory);
    }
}
