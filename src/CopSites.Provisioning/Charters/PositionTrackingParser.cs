using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// Remembers where the last successfully parsed YAML event ended. YamlDotNet 16 throws a bare
/// <see cref="InvalidOperationException"/> without a position on some malformed input (an unclosed
/// <c>[</c> or <c>{</c>), and an author still needs to know where to look.
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public Mark LastGoodPosition { get; private set; } = new(0, 1, 1);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGoodPosition = current.End;
        }

        return inner.MoveNext();
    }
}
