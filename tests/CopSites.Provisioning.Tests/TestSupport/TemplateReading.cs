using System.Text;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Tests.TestSupport;

/// <summary>Shortcuts for tests that read templates.</summary>
public static class TemplateReading
{
    public static TemplateReadResult Read(string path) => new PnpTemplateReader().ReadFile(path);

    public static TemplateReadResult ReadText(string xml, string sourcePath = "inline.xml") =>
        new PnpTemplateReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), sourcePath);

    public static ProvisioningHierarchy ReadModel(string path)
    {
        var result = Read(path);
        result.Hierarchy.ShouldNotBeNull(string.Join(Environment.NewLine, result.Diagnostics));
        return result.Hierarchy;
    }

    public static TheoryData<string> AllReferenceTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var path in ReferencePaths.AllTemplates())
        {
            data.Add(Path.GetFileName(path) == "ProvisioningSchema-2022-09-FullSample-01.xml" ? "pnp-schema/" + Path.GetFileName(path) : Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>Turns the short names used in theory data back into full paths.</summary>
    public static string PathOf(string name) =>
        name.StartsWith("pnp-schema/", StringComparison.Ordinal) ? ReferencePaths.FullSample
        : File.Exists(ReferencePaths.CommunityTemplate(name)) ? ReferencePaths.CommunityTemplate(name)
        : Path.Combine(ReferencePaths.BaseTemplates, name);
}
