namespace CopSites.Provisioning.Templates;

/// <summary>
/// Where a template may read the files it uploads (<c>pnp:File Src</c>): only inside the folder the template lives in.
/// A template comes from many hands (extracted from another site, downloaded from the community), so an absolute path,
/// a <c>..</c> that climbs out of the folder, or a symbolic link that points out of it would publish any file the
/// operator can read (<c>/etc/passwd</c>, a key) to everyone who can read the CoP's site. See docs/security.md.
/// </summary>
public static class TemplateSourceFiles
{
    /// <summary>The largest file a template may upload (bytes). Larger files belong in the library, not the template.</summary>
    public const long MaxFileBytes = 25L * 1024 * 1024;

    /// <summary>Resolves <paramref name="file"/>'s source inside its template's folder, or says why it is refused.</summary>
    public static SourceFileResolution Resolve(TemplateFile file)
    {
        var src = file.Src.Replace('\\', '/');
        if (src.Length == 0)
        {
            return SourceFileResolution.Refused("the source path is empty");
        }

        if (src.Contains('\0', StringComparison.Ordinal))
        {
            return SourceFileResolution.Refused("the source path contains a NUL character");
        }

        if (Path.IsPathRooted(src) || src.StartsWith('/') || (src.Length > 1 && src[1] == ':'))
        {
            return SourceFileResolution.Refused("absolute paths are not allowed; put the file in the template's folder and name it relative to the template");
        }

        var root = TemplateFolder(file);
        var candidate = Path.GetFullPath(Path.Combine(root, src.Replace('/', Path.DirectorySeparatorChar)));
        if (!IsInside(candidate, root))
        {
            return SourceFileResolution.Refused($"the path leaves the template's folder '{root}'; only files inside it can be uploaded");
        }

        if (!File.Exists(candidate))
        {
            return Directory.Exists(candidate)
                ? SourceFileResolution.Refused($"'{candidate}' is a folder, not a file")
                : SourceFileResolution.Missing(candidate);
        }

        var real = RealPath(candidate);
        var realRoot = RealPath(root);
        if (!IsInside(real, realRoot))
        {
            return SourceFileResolution.Refused($"'{candidate}' is a link to '{real}', outside the template's folder; only files inside it can be uploaded");
        }

        var length = new FileInfo(real).Length;
        return length > MaxFileBytes
            ? SourceFileResolution.Refused($"the file is {length:N0} bytes; the limit is {MaxFileBytes:N0} bytes (upload large files to the library directly)")
            : SourceFileResolution.Allowed(real);
    }

    /// <summary>The folder of the template file that names <paramref name="file"/>.</summary>
    public static string TemplateFolder(TemplateFile file) =>
        Path.GetDirectoryName(Path.GetFullPath(file.Location.FilePath.Length > 0 ? file.Location.FilePath : Path.Combine(".", "template.xml")))
        ?? Path.GetFullPath(".");

    private static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    // Follows every symbolic link on the way, folder by folder, as the operating system would when opening the file,
    // so a link anywhere in the path (not only the last part) is seen for where it really points.
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var hops = 0; ; hops++)
        {
            var rest = new Queue<string>(parts);
            var restarted = false;
            while (rest.Count > 0)
            {
                var next = Path.Combine(current, rest.Dequeue());
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is { } target)
                {
                    if (hops > 40)
                    {
                        return next; // a link loop: the caller finds the file unreadable
                    }

                    var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                    var remaining = string.Join(Path.DirectorySeparatorChar, rest);
                    var whole = remaining.Length == 0 ? resolved : Path.Combine(resolved, remaining);
                    root = Path.GetPathRoot(whole) ?? "/";
                    current = root;
                    parts = whole[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                    restarted = true;
                    break;
                }

                current = next;
            }

            if (!restarted)
            {
                return current;
            }
        }
    }
}

/// <summary>The outcome of <see cref="TemplateSourceFiles.Resolve"/>.</summary>
/// <param name="Path">The real path to read, when allowed.</param>
/// <param name="Refusal">Why the source is refused (outside the folder, too large, a folder), when refused.</param>
/// <param name="MissingAt">Where the file was looked for, when it does not exist.</param>
public sealed record SourceFileResolution(string? Path, string? Refusal, string? MissingAt)
{
    /// <summary>The source may be read at <paramref name="path"/>.</summary>
    public static SourceFileResolution Allowed(string path) => new(path, null, null);

    /// <summary>The source is refused for <paramref name="reason"/>.</summary>
    public static SourceFileResolution Refused(string reason) => new(null, reason, null);

    /// <summary>The source would be allowed but does not exist at <paramref name="path"/>.</summary>
    public static SourceFileResolution Missing(string path) => new(null, null, path);
}
