namespace CopSites.Cli.Tests.Provisioning;

/// <summary>The repository's standard template and example charters.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string StandardTemplate => Path.Combine(Root, "provisioning-templates", "cop-workspace.xml");

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
