using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The limits a charter must keep before it is loaded. A charter is a page of YAML written by a CoP lead; anything
/// far larger or deeper is a mistake or an attack (a nested document that overflows the stack, an alias bomb), so it is
/// refused at once, naming the limit, in time and memory bounded by the limits themselves. See docs/security.md.
/// </summary>
internal static class CharterInputLimits
{
    /// <summary>The largest charter file (bytes).</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The deepest nesting of mappings and sequences (a charter needs 3).</summary>
    public const int MaxDepth = 16;

    /// <summary>The most YAML events (scalars, mappings, sequences) in one charter.</summary>
    public const int MaxEvents = 20_000;

    /// <summary>
    /// Walks the YAML event stream once, without building anything (YamlDotNet's parser is iterative; its
    /// representation model is recursive), and returns the first limit broken, with where it was broken.
    /// </summary>
    public static (Mark Where, string Problem)? FirstBroken(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var events = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (++events > MaxEvents)
                {
                    return (current.Start, $"the charter has more than {MaxEvents:N0} YAML nodes, the limit");
                }

                switch (current)
                {
                    case AnchorAlias:
                        return (current.Start, "YAML aliases (*name) are not allowed in a charter; write the value out");
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            return (current.Start, $"the charter nests deeper than {MaxDepth} levels, the limit");
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Syntax errors are reported, with their position, by the real load that follows.
        }

        return null;
    }
}
