using System.CommandLine;

namespace CopSites.Cli.Commands;

/// <summary>How results are written: a table for people (stderr) or one JSON object alone on stdout.</summary>
public enum OutputFormat
{
    Table,
    Json,
}

/// <summary>Options several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Output() => new("--output")
    {
        Description = "table (default) or json: one JSON object alone on stdout.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
