using Spectre.Console;

namespace CopSites.Cli;

/// <summary>
/// The console people read (stderr). On a terminal: colours, tables and progress at the terminal's width. Redirected
/// to a file or a pipe, or with <c>NO_COLOR</c> set: no escape codes, and lines are not wrapped, so a path or a message
/// stays on one line for grep and for CI logs.
/// </summary>
internal static class TerminalConsole
{
    // Wide enough that no message or path is ever folded; tables still size to their content.
    private const int UnwrappedWidth = 4096;

    public static IAnsiConsole Create(TextWriter writer, bool redirected, string? noColor)
    {
        var plain = redirected || !string.IsNullOrEmpty(noColor);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
