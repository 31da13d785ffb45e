namespace CopSites.Indicators.Network.Graphs;

/// <summary>
/// Collects edges between labelled nodes and builds a <see cref="WeightedGraph"/>. Duplicate edges (a–b twice, or a–b
/// then b–a) become one tie whose weight is the sum (interactions add up; networkx instead keeps the last weight);
/// self-loops are counted and dropped (no measure here gives them meaning); nodes may be added without edges.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<long, double> _ties = [];
    private int _selfLoops;
    private int _duplicates;

    /// <summary>The id of <paramref name="label"/>, adding the node when new.</summary>
    public int AddNode(string label)
    {
        if (!_ids.TryGetValue(label, out var id))
        {
            id = _labels.Count;
            _ids.Add(label, id);
            _labels.Add(label);
        }

        return id;
    }

    /// <summary>Adds an undirected edge; <paramref name="weight"/> must be positive and finite.</summary>
    public void AddEdge(string source, string target, double weight = 1)
    {
        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "An edge weight must be a positive, finite number.");
        }

        var a = AddNode(source);
        var b = AddNode(target);
        if (a == b)
        {
            _selfLoops++;
            return;
        }

        var key = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
        if (_ties.TryGetValue(key, out var existing))
        {
            _duplicates++;
            _ties[key] = existing + weight;
        }
        else
        {
            _ties.Add(key, weight);
        }
    }

    /// <summary>Builds the graph.</summary>
    public WeightedGraph Build()
    {
        var n = _labels.Count;
        var degree = new int[n + 1];
        foreach (var key in _ties.Keys)
        {
            degree[(int)(key >> 32)]++;
            degree[(int)(uint)key]++;
        }

        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] = offsets[v] + degree[v];
        }

        var fill = (int[])offsets.Clone();
        var targets = new int[offsets[n]];
        var weights = new double[offsets[n]];
        foreach (var (key, weight) in _ties)
        {
            var a = (int)(key >> 32);
            var b = (int)(uint)key;
            targets[fill[a]] = b;
            weights[fill[a]++] = weight;
            targets[fill[b]] = a;
            weights[fill[b]++] = weight;
        }

        for (var v = 0; v < n; v++)
        {
            // Sorted rows make tie look-ups a binary search and results independent of input order.
            Array.Sort(targets, weights, offsets[v], offsets[v + 1] - offsets[v]);
        }

        return new WeightedGraph([.. _labels], offsets, targets, weights, _selfLoops, _duplicates);
    }
}
