namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>Finds ../shared/reference beside the repository (CI clones the repo with shared/ next to it).</summary>
internal static class ReferencePaths
{
    public static string Root => CopSites.Testing.RepositoryPaths.Reference;

    public static string Graph(string file) => Path.Combine(Root, "graph", file);

}
