namespace CopSites.Provisioning.Charters;

/// <summary>
/// Reads a charter from YAML and validates it against the schema and rules in docs/charter.md. Never throws
/// for a bad charter: every problem found comes back as a <see cref="CharterError"/> with field, line and column.
/// </summary>
public static class CharterReader
{
    /// <summary>Reads and validates the charter file at <paramref name="path"/>.</summary>
    /// <param name="path">The YAML file; its path as given is used as the errors' source.</param>
    public static CharterReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Failure(path, CharterErrorKind.FileNotReadable, "is a folder, not a charter file");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > CharterInputLimits.MaxBytes)
            {
                return Failure(path, CharterErrorKind.TooLarge,
                    $"the charter is {stream.Length:N0} bytes; the limit is {CharterInputLimits.MaxBytes:N0} bytes");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failure(path, CharterErrorKind.FileNotReadable, $"cannot read the charter: {ex.Message}");
        }

        return Decode(bytes) is { } yaml
            ? Parse(yaml, path)
            : Failure(path, CharterErrorKind.InvalidEncoding,
                $"the charter is not valid UTF-8 (first bad byte at offset {FirstInvalidUtf8(bytes)}); save it as UTF-8");
    }

    private static CharterReadResult Failure(string path, CharterErrorKind kind, string message) =>
        CharterReadResult.Failure([new CharterError(path, string.Empty, 0, 0, kind, message)]);

    // Strict: a byte that is not valid in the file's encoding is refused rather than read as U+FFFD, which would
    // otherwise name a group with it. UTF-8 (with or without BOM) is the format; a UTF-16 BOM is honoured.
    private static string? Decode(byte[] bytes)
    {
        var (encoding, start) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((System.Text.Encoding)new System.Text.UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, ..] => (new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (new System.Text.UTF8Encoding(false, true), 0),
        };
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    /// <summary>Parses and validates charter YAML.</summary>
    /// <param name="yaml">The charter text.</param>
    /// <param name="sourceName">A label for error messages, usually the file name.</param>
    public static CharterReadResult Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new CharterParser(sourceName).Parse(yaml);
    }
}
