namespace CopSites.Cli.Commands.Indicators;

/// <summary>How `indicators network` and `indicators portfolio` write their result.</summary>
internal enum ReportOutput
{
    /// <summary>Tables for people.</summary>
    Table,

    /// <summary>One JSON object on stdout.</summary>
    Json,

    /// <summary>One CSV row per node or CoP on stdout, for spreadsheets and analysts.</summary>
    Csv,
}
