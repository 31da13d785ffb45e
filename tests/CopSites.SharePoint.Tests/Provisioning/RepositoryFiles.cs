namespace CopSites.SharePoint.Tests.Provisioning;

/// <summary>The repository's standard template and example charters.</summary>
internal static class RepositoryFiles
{
    public static string Root => CopSites.Testing.RepositoryPaths.Root;

    public static string StandardTemplate => Path.Combine(Root, "provisioning-templates", "cop-workspace.xml");

    public static string Charter(string name) => Path.Combine(Root, "provisioning-templates", "charters", name + ".yaml");

}
