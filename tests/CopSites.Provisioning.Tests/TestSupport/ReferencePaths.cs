namespace CopSites.Provisioning.Tests.TestSupport;

/// <summary>
/// Locates the repository root (the folder holding CopSites.sln) from the test assembly, and the
/// shared reference material that CI clones beside the repository.
/// </summary>
public static class ReferencePaths
{
    private static readonly Lazy<string> Root = new(() => CopSites.Testing.RepositoryPaths.Root);

    public static string RepositoryRoot => Root.Value;

    public static string Reference => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));

    public static string CommunityTemplates => Path.Combine(Reference, "community-templates");

    public static string BaseTemplates => Path.Combine(Reference, "pnp-base-templates");

    public static string FullSample => Path.Combine(Reference, "pnp-schema", "ProvisioningSchema-2022-09-FullSample-01.xml");

    public static string CommunityTemplate(string fileName) => Path.Combine(CommunityTemplates, fileName);

    /// <summary>Every reference template: community templates, PnP base templates and the 2022-09 full sample.</summary>
    public static IEnumerable<string> AllTemplates() =>
        Directory.EnumerateFiles(CommunityTemplates, "*.xml")
            .Concat(Directory.EnumerateFiles(BaseTemplates, "*.xml"))
            .Append(FullSample)
            .Order(StringComparer.Ordinal);

}
