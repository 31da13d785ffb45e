using System.Globalization;
using System.Text.RegularExpressions;

namespace CopSites.Benchmarks.Inputs;

/// <summary>
/// Writes copies of an example charter into a temporary folder, each with its own alias and name, so many distinct CoPs
/// can be provisioned side by side. Only the top-level <c>name:</c> and <c>alias:</c> lines change.
/// </summary>
internal sealed partial class CharterCopies : IDisposable
{
    private CharterCopies(string folder, IReadOnlyList<string> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    /// <summary>The charters written, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Writes <paramref name="count"/> charters whose aliases start with <paramref name="prefix"/> (bench-001, bench-002 …).</summary>
    public static CharterCopies Write(string exampleCharter, int count, string prefix)
    {
        var yaml = File.ReadAllText(exampleCharter);
        if (!AliasLine().IsMatch(yaml) || !NameLine().IsMatch(yaml))
        {
            throw new BenchInputException($"{exampleCharter} has no top-level 'name:' and 'alias:' lines to vary.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "copsites-bench-charters", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            var number = i.ToString("000", CultureInfo.InvariantCulture);
            var copy = AliasLine().Replace(yaml, $"alias: {prefix}-{number}", 1);
            copy = NameLine().Replace(copy, $"name: Benchmark Community of Practice {number}", 1);
            var path = Path.Combine(folder, $"{prefix}-{number}.yaml");
            File.WriteAllText(path, copy);
            files.Add(path);
        }

        return new CharterCopies(folder, files);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temporary charters are harmless.
        }
    }

    [GeneratedRegex(@"^alias:.*$", RegexOptions.Multiline)]
    private static partial Regex AliasLine();

    [GeneratedRegex(@"^name:.*$", RegexOptions.Multiline)]
    private static partial Regex NameLine();
}
