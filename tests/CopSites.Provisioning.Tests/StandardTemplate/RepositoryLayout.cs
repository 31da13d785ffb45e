namespace CopSites.Provisioning.Tests.StandardTemplate;

/// <summary>Finds the repository (the folder holding CopSites.sln) and the files these tests read.</summary>
internal static class RepositoryLayout
{
    public static string Root => CopSites.Testing.RepositoryPaths.Root;

    public static string StandardTemplate => Path.Combine(Root, "provisioning-templates", "cop-workspace.xml");

    public static string ChartersFolder => Path.Combine(Root, "provisioning-templates", "charters");

    public static string Docs(string fileName) => Path.Combine(Root, "docs", fileName);

    public static string PnpSchema =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "pnp-schema", "ProvisioningSchema-2022-09.xsd"));

}
