using System.Diagnostics;
using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Hostile;

/// <summary>Paths that are wrong in the ordinary ways: one line naming the option and the path, exit 2, no trace.</summary>
public sealed class InputPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-input-paths-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Commands => new()
    {
        { "validate", "--template" },
        { "plan", "--template" },
        { "provision", "--template" },
        { "validate", "--charter" },
        { "plan", "--charter" },
        { "provision", "--charter" },
    };

    private string[] Arguments(string command, string option, string badPath)
    {
        var template = option == "--template" ? badPath : Repository.StandardTemplate;
        var charter = option == "--charter" ? badPath : Repository.Charter("urban-mobility");
        // The tenant is never reached: the paths are checked first.
        return command == "validate"
            ? [command, "--template", template, "--charter", charter]
            : [command, "--template", template, "--charter", charter, "--tenant", "http://127.0.0.1:9"];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AMissingFile_IsOneLineNamingOptionAndPath(string command, string option)
    {
        var missing = Path.Combine(_folder, "nothere.xml");

        var run = await CliRun.InvokeAsync(Arguments(command, option, missing));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StandardError.ShouldContain($"{option} '{missing}': no such file.");
        run.StandardError.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AFolderGivenForAFile_IsOneLineNamingOptionAndPath(string command, string option)
    {
        var run = await CliRun.InvokeAsync(Arguments(command, option, _folder));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StandardError.ShouldContain($"{option} '{_folder}' is a folder; give the file itself.");
        run.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task AFileGivenForTheChartersFolder_IsOneLine()
    {
        var run = await CliRun.InvokeAsync("provision", "--charters", Repository.StandardTemplate, "--tenant", "http://127.0.0.1:9");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StandardError.ShouldContain($"--charters '{Repository.StandardTemplate}' is a file");
    }

    [Fact]
    public async Task TheRealCommand_RedirectedOrWithNoColor_PrintsNoEscapeCodesAndDoesNotWrapPaths()
    {
        // A long path: wrapped at 80 columns it would be split across lines, breaking grep and CI logs.
        var deep = Path.Combine(_folder, string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 6)), "template.xml");
        var cli = Path.Combine(AppContext.BaseDirectory, "copsites.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { cli, "validate", "--template", deep })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(2, stderr);
        stderr.ShouldNotContain("\u001b[");
        stderr.Split('\n').ShouldContain(line => line.Contains($"'{deep}': no such file."));
    }
}
