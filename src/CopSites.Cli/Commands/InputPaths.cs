namespace CopSites.Cli.Commands;

/// <summary>
/// Checks the files and folders a command is given before anything reads them, so a missing path, a folder where a
/// file belongs or an unreadable file is one line naming the option and the path (exit 2), never a stack trace.
/// </summary>
internal static class InputPaths
{
    /// <summary>Why <paramref name="path"/> cannot be read as the file <paramref name="option"/> names, or null when it can.</summary>
    public static string? FileProblem(string option, string path)
    {
        if (Directory.Exists(path))
        {
            return $"{option} '{path}' is a folder; give the file itself.";
        }

        if (!File.Exists(path))
        {
            return $"{option} '{path}': no such file.";
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{option} '{path}' cannot be read: {ex.Message}";
        }
    }

    /// <summary>Why <paramref name="path"/> cannot be used as the folder <paramref name="option"/> names, or null when it can.</summary>
    public static string? FolderProblem(string option, string path) =>
        Directory.Exists(path) ? null
        : File.Exists(path) ? $"{option} '{path}' is a file; give the folder that holds the charters."
        : $"{option} '{path}': no such folder.";

    /// <summary>The problems of every given path, in order; empty when all can be read.</summary>
    public static IReadOnlyList<string> Problems(params (string Option, string? Path, bool IsFolder)[] inputs) =>
        inputs.Where(i => i.Path is not null)
            .Select(i => i.IsFolder ? FolderProblem(i.Option, i.Path!) : FileProblem(i.Option, i.Path!))
            .OfType<string>()
            .ToArray();
}
