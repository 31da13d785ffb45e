namespace CopSites.Benchmarks.Hostile;

/// <summary>One generated hostile input and the `copsites` arguments that read it.</summary>
/// <param name="Name">The case's name in the table and the JSON.</param>
/// <param name="What">What makes it hostile, in words.</param>
/// <param name="File">The generated file.</param>
/// <param name="Arguments">The command line after `copsites`.</param>
internal sealed record HostileCase(string Name, string What, string File, IReadOnlyList<string> Arguments)
{
    /// <summary>The input's size in bytes.</summary>
    public long Bytes => new FileInfo(File).Length;
}
