using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network.Measures;

/// <summary>How tie weights are read when shortest paths are weighted.</summary>
public enum WeightMeaning
{
    /// <summary>Ignore weights: every tie has length 1 (breadth-first search).</summary>
    Unweighted,

    /// <summary>A weight is a length (as networkx's <c>weight=</c>): a heavier tie is a longer path.</summary>
    Distance,

    /// <summary>A weight is a strength (interactions): a tie's length is 1/weight, so strong ties are short paths.</summary>
    Strength,
}

/// <summary>
/// Exact betweenness centrality by Brandes' algorithm (2001), over every source in parallel: breadth-first search for
/// unweighted graphs, Dijkstra for weighted ones. Each worker owns its buffers (distances, path counts, dependencies,
/// predecessors laid out in the graph's own row slots), so the inner loop allocates nothing.
/// </summary>
public static class BetweennessCentrality
{
    private const int SourcesPerClaim = 8;

    /// <summary>
    /// Raw betweenness: for each node, the sum over unordered pairs {s, t} (neither the node) of the share of shortest
    /// s–t paths through it. This is networkx's <c>normalized=False</c> value for undirected graphs.
    /// </summary>
    public static double[] Raw(WeightedGraph graph, WeightMeaning weights, CancellationToken cancellationToken, int? maxDegreeOfParallelism = null)
    {
        var n = graph.NodeCount;
        var total = new double[n];
        if (n == 0)
        {
            return total;
        }

        var next = -SourcesPerClaim;
        var workers = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, (n + SourcesPerClaim - 1) / SourcesPerClaim));
        var gate = new object();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ =>
        {
            var worker = new Worker(graph, weights);
            int start;
            while ((start = Interlocked.Add(ref next, SourcesPerClaim)) < n)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var s = start; s < Math.Min(n, start + SourcesPerClaim); s++)
                {
                    worker.Accumulate(s);
                }
            }

            lock (gate)
            {
                for (var v = 0; v < n; v++)
                {
                    total[v] += worker.Betweenness[v];
                }
            }
        });

        // Every pair was counted from both ends.
        for (var v = 0; v < n; v++)
        {
            total[v] /= 2;
        }

        return total;
    }

    /// <summary>
    /// <paramref name="raw"/> divided by the number of pairs that exclude the node, (n−1)(n−2)/2: networkx's default
    /// <c>normalized=True</c> for undirected graphs. With fewer than three nodes every value is 0.
    /// </summary>
    public static double[] Normalized(double[] raw)
    {
        var n = raw.Length;
        var pairs = (n - 1.0) * (n - 2.0) / 2.0;
        return raw.Select(b => n <= 2 ? 0 : b / pairs).ToArray();
    }

    /// <summary>
    /// Borgatti and Halgin's normalisation for a two-mode graph (people × events): each side divided by the largest
    /// betweenness a node of that side can have, as networkx's <c>bipartite.betweenness_centrality</c> does.
    /// </summary>
    public static double[] BipartiteNormalized(double[] raw, IReadOnlySet<int> top)
    {
        var n = (double)top.Count;
        var m = (double)(raw.Length - top.Count);
        var (s, t) = ((double)Math.DivRem((int)n - 1, Math.Max(1, (int)m), out var tr), (double)tr);
        var maxTop = ((m * m * (s + 1) * (s + 1)) + (m * (s + 1) * ((2 * t) - s - 1)) - (t * ((2 * s) - t + 3))) / 2.0;
        var (p, r) = ((double)Math.DivRem((int)m - 1, Math.Max(1, (int)n), out var rr), (double)rr);
        var maxBottom = ((n * n * (p + 1) * (p + 1)) + (n * (p + 1) * ((2 * r) - p - 1)) - (r * ((2 * p) - r + 3))) / 2.0;
        return raw.Select((b, v) => top.Contains(v) ? (maxTop > 0 ? b / maxTop : 0) : (maxBottom > 0 ? b / maxBottom : 0)).ToArray();
    }

    /// <summary>One worker's buffers, reused for every source it takes.</summary>
    private sealed class Worker
    {
        private readonly WeightedGraph _graph;
        private readonly WeightMeaning _weights;
        private readonly double[] _sigma;
        private readonly double[] _delta;
        private readonly double[] _distance;
        private readonly int[] _hops;
        private readonly int[] _order;
        private readonly int[] _queue;
        private readonly int[] _predecessorCount;
        private readonly int[] _predecessors;
        private readonly MinHeap _heap;

        public Worker(WeightedGraph graph, WeightMeaning weights)
        {
            var n = graph.NodeCount;
            _graph = graph;
            _weights = weights;
            _sigma = new double[n];
            _delta = new double[n];
            _distance = new double[n];
            _hops = new int[n];
            _order = new int[n];
            _queue = new int[n];
            _predecessorCount = new int[n];
            _predecessors = new int[graph.Targets.Length];
            _heap = new MinHeap(graph.Targets.Length + n);
            Array.Fill(_hops, -1);
            Array.Fill(_distance, double.PositiveInfinity);
            Betweenness = new double[n];
        }

        public double[] Betweenness { get; }

        public void Accumulate(int source)
        {
            var reached = _weights == WeightMeaning.Unweighted ? BreadthFirst(source) : Dijkstra(source);
            var offsets = _graph.Offsets;
            for (var i = reached - 1; i >= 0; i--)
            {
                var w = _order[i];
                var share = (1 + _delta[w]) / _sigma[w];
                var first = offsets[w];
                for (var k = 0; k < _predecessorCount[w]; k++)
                {
                    var v = _predecessors[first + k];
                    _delta[v] += _sigma[v] * share;
                }

                if (w != source)
                {
                    Betweenness[w] += _delta[w];
                }
            }

            for (var i = 0; i < reached; i++)
            {
                var v = _order[i];
                _sigma[v] = 0;
                _delta[v] = 0;
                _hops[v] = -1;
                _distance[v] = double.PositiveInfinity;
                _predecessorCount[v] = 0;
            }
        }

        private int BreadthFirst(int source)
        {
            var offsets = _graph.Offsets;
            var targets = _graph.Targets;
            int head = 0, tail = 0, reached = 0;
            _sigma[source] = 1;
            _hops[source] = 0;
            _queue[tail++] = source;
            while (head < tail)
            {
                var v = _queue[head++];
                _order[reached++] = v;
                var next = _hops[v] + 1;
                for (var slot = offsets[v]; slot < offsets[v + 1]; slot++)
                {
                    var w = targets[slot];
                    if (_hops[w] < 0)
                    {
                        _hops[w] = next;
                        _queue[tail++] = w;
                    }

                    if (_hops[w] == next)
                    {
                        _sigma[w] += _sigma[v];
                        _predecessors[offsets[w] + _predecessorCount[w]++] = v;
                    }
                }
            }

            return reached;
        }

        private int Dijkstra(int source)
        {
            var offsets = _graph.Offsets;
            var targets = _graph.Targets;
            var weights = _graph.Weights;
            var reached = 0;
            _distance[source] = 0;
            _sigma[source] = 1;
            _heap.Clear();
            _heap.Push(0, source);
            while (_heap.TryPop(out var d, out var v))
            {
                if (_hops[v] >= 0 || d > _distance[v])
                {
                    continue; // settled already, or a stale entry
                }

                _hops[v] = 0; // settled
                _order[reached++] = v;
                for (var slot = offsets[v]; slot < offsets[v + 1]; slot++)
                {
                    var w = targets[slot];
                    if (_hops[w] >= 0)
                    {
                        continue;
                    }

                    var length = _weights == WeightMeaning.Strength ? 1 / weights[slot] : weights[slot];
                    var candidate = d + length;
                    if (candidate < _distance[w])
                    {
                        _distance[w] = candidate;
                        _sigma[w] = _sigma[v];
                        _predecessorCount[w] = 0;
                        _predecessors[offsets[w] + _predecessorCount[w]++] = v;
                        _heap.Push(candidate, w);
                    }
                    else if (candidate == _distance[w])
                    {
                        _sigma[w] += _sigma[v];
                        _predecessors[offsets[w] + _predecessorCount[w]++] = v;
                    }
                }
            }

            // Nodes pushed but never settled do not exist here (every pushed node is settled), so only reached ones reset.
            return reached;
        }
    }

    /// <summary>A binary min-heap of (distance, node) with lazy deletion, preallocated for every relaxation.</summary>
    private sealed class MinHeap(int capacity)
    {
        private readonly double[] _keys = new double[capacity];
        private readonly int[] _values = new int[capacity];
        private int _count;

        public void Clear() => _count = 0;

        public void Push(double key, int value)
        {
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (_keys[parent] <= key)
                {
                    break;
                }

                _keys[i] = _keys[parent];
                _values[i] = _values[parent];
                i = parent;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        public bool TryPop(out double key, out int value)
        {
            if (_count == 0)
            {
                key = 0;
                value = -1;
                return false;
            }

            key = _keys[0];
            value = _values[0];
            var lastKey = _keys[--_count];
            var lastValue = _values[_count];
            var i = 0;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && _keys[child + 1] < _keys[child])
                {
                    child++;
                }

                if (_keys[child] >= lastKey)
                {
                    break;
                }

                _keys[i] = _keys[child];
                _values[i] = _values[child];
                i = child;
            }

            _keys[i] = lastKey;
            _values[i] = lastValue;
            return true;
        }
    }
}
