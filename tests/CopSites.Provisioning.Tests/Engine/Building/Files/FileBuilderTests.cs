using System.Security.Cryptography;
using System.Text;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Files;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Engine.Building.Files;

public sealed class FileBuilderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private BuiltResource Build(string files, string lists = "")
    {
        var template = BuildTesting.Template($"<pnp:Lists>{lists}</pnp:Lists><pnp:Files>{files}</pnp:Files>", Path.Combine(_folder.Path, "t.xml"));
        return BuildTesting.Build(new FileBuilder(), BuildTesting.Context(template)).ShouldHaveSingleItem();
    }

    [Fact]
    public void File_IsKeyedByServerRelativePathWithItsHash_BytesAsWritten()
    {
        var bytes = Encoding.UTF8.GetBytes("Site: {site}");
        _folder.File("guide.txt", bytes);

        var built = Build("""<pnp:File Src="guide.txt" Folder="{site}/Toolkit/Guides" Overwrite="true" />""",
            """<pnp:ListInstance Title="Toolkit" Url="Toolkit" TemplateType="101" />""");

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.File, "/sites/cop/Toolkit/Guides/guide.txt"));
        built.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.List, "Toolkit"));
        built.Level.ShouldBe(5);
        built.Resource.Properties["size"]!.GetValue<long>().ShouldBe(bytes.Length);
        built.Resource.Properties["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Convert.FromBase64String(built.Resource.CreateOnly["contentBase64"]!.GetValue<string>()).ShouldBe(bytes);
    }

    [Fact]
    public void File_WithoutOverwrite_IsOnlyCreated()
    {
        _folder.File("logo.png", [1, 2, 3]);

        var built = Build("""<pnp:File Src="logo.png" Folder="SiteAssets" TargetFileName="brand.png" />""");

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.Key.Path.ShouldBe("/sites/cop/SiteAssets/brand.png");
        built.Resource.Parent.ShouldBe(new ResourceKey(ResourceKind.List, "Site Assets"));
        built.Resource.Properties.Count.ShouldBe(0);
        built.Resource.CreateOnly["size"]!.GetValue<long>().ShouldBe(3);
    }

    [Fact]
    public void File_MissingSource_IsAnErrorNamingTheFile()
    {
        var built = Build("""<pnp:File Src="nothere.pdf" Folder="SiteAssets" />""");

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.MissingSourceFile);
        error.Message.ShouldContain("nothere.pdf");
        error.Message.ShouldContain("t.xml:1:");
    }

    [Fact]
    public void File_InNoLibrary_IsAnError()
    {
        _folder.File("a.txt", [1]);

        var built = Build("""<pnp:File Src="a.txt" Folder="Nowhere/Deep" />""");

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.UnknownList);
    }
}
