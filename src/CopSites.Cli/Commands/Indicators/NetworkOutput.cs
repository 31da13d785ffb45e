namespace CopSites.Cli.Commands.Indicators;

/// <summary>How `indicators network` writes its result.</summary>
internal enum NetworkOutput
{
    /// <summary>Tables for people.</summary>
    Table,

    /// <summary>One JSON object on stdout: nodes and graph.</summary>
    Json,

    /// <summary>One CSV row per node on stdout, for spreadsheets and analysts.</summary>
    Csv,
}
