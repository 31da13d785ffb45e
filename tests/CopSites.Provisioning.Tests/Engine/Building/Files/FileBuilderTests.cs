using System.Security.Cryptography;
using System.Text;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Files;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
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

    [Theory]
    [InlineData("/etc/passwd", "absolute paths are not allowed")]
    [InlineData("..\\..\\..\\..\\..\\..\\etc\\passwd", "leaves the template's folder")]
    [InlineData("../../../../../../../../etc/passwd", "leaves the template's folder")]
    [InlineData("assets/../../outside.txt", "leaves the template's folder")]
    [InlineData("C:\\Windows\\win.ini", "absolute paths are not allowed")]
    public void File_OutsideTheTemplateFolder_IsRefusedWithoutReadingIt(string src, string reason)
    {
        var built = Build($"""<pnp:File Src="{src}" Folder="SiteAssets" />""");

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.SourceFileOutsideTemplate);
        error.Message.ShouldContain(reason);
        error.Message.ShouldContain("t.xml:1:");
        built.Resource.CreateOnly["contentBase64"]!.GetValue<string>().ShouldBeEmpty();
    }

    [Fact]
    public void File_ThroughALinkOutOfTheFolder_IsRefused()
    {
        using var outside = new TempDirectory();
        var secret = outside.File("secret.txt", "do not publish");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "innocent.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "assets"), outside.Path);

        foreach (var src in new[] { "innocent.txt", "assets/secret.txt" })
        {
            var built = Build($"""<pnp:File Src="{src}" Folder="SiteAssets" />""");

            var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
            error.Kind.ShouldBe(BuildErrorKind.SourceFileOutsideTemplate);
            error.Message.ShouldContain("outside the template's folder");
            built.Resource.CreateOnly.ToJsonString().ShouldNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("do not publish")));
        }
    }

    [Fact]
    public void File_ThroughALinkThatStaysInsideTheFolder_IsRead()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "real"));
        _folder.File(Path.Combine("real", "guide.txt"), [7, 8]);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "alias"), Path.Combine(_folder.Path, "real"));

        var built = Build("""<pnp:File Src="alias/guide.txt" Folder="SiteAssets" />""");

        built.TokenErrors.ShouldBeEmpty();
        built.Resource.CreateOnly["size"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public void File_LargerThanTheLimit_IsRefusedNamingTheLimit()
    {
        using (var stream = File.Create(Path.Combine(_folder.Path, "huge.bin")))
        {
            stream.SetLength(TemplateSourceFiles.MaxFileBytes + 1);
        }

        var built = Build("""<pnp:File Src="huge.bin" Folder="SiteAssets" />""");

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.SourceFileOutsideTemplate);
        error.Message.ShouldContain("the limit is 26,214,400 bytes");
    }

    [Fact]
    public void File_ThatIsAFolder_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "docs"));

        var built = Build("""<pnp:File Src="docs" Folder="SiteAssets" />""");

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Message.ShouldContain("is a folder");
    }
}
