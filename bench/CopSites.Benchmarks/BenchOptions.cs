using CopSites.Cli.Provisioning;
using System.CommandLine;
using CopSites.Benchmarks.Inputs;

namespace CopSites.Benchmarks;

/// <summary>Options both benchmarks take, spelled as the copsites command spells them.</summary>
internal static class BenchOptions
{
    public static Option<FileInfo?> Template() => new("--template") { Description = $"PnP template (default: {TemplateLocator.StandardTemplate})." };

    public static Option<FileInfo?> Charter() => new("--charter") { Description = $"The example charter (default: {TemplateLocator.ExampleCharter})." };

    public static Option<bool> NoWarmUp() => new("--no-warmup") { Description = "Measure a cold process too (JIT, first connections): skip the unmeasured warm-up CoP." };
}
