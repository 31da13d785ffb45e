using System.Collections;
using System.Runtime.CompilerServices;

namespace CopSites.Provisioning.Templates;

/// <summary>
/// An immutable list that compares by content, so records holding lists keep value equality.
/// </summary>
/// <typeparam name="T">Element type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> From(IEnumerable<T> items) =>
        items is ValueList<T> list ? list : new([.. items]);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>True when both lists hold equal items in the same order.</summary>
    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>; also the collection-expression builder.</summary>
public static class ValueList
{
    /// <summary>Creates a list from a span (used by collection expressions).</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.From(items.ToArray());

    /// <summary>Copies a sequence into a value list.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => ValueList<T>.From(items);
}
