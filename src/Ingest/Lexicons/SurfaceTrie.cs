using Graph.Ingest.Characters;

using System.Runtime.CompilerServices;

namespace Graph.Ingest.Lexicons;

/// <summary>
/// Longest-match lookup of many surface forms in running text, one pass per position:
/// the way mentions of known names are found without a scan per name.
/// </summary>
public sealed class SurfaceTrie<T>
{
    private readonly Node _root = new();

    /// <summary>The first characters of the surfaces: most positions of a text start none, and are turned away by one bit test.</summary>
    private readonly CharBits _first = new([]);

    // What a walk reads: the nodes numbered and every edge in one open-addressing table (a step reads one slot, where a
    // dictionary per node read a bucket and then an entry). Null after an Add until the next walk.
    private Table? _table;

    public int Count { get; private set; }

    /// <summary>The characters some surface starts with: a text position holding none of them starts no surface.</summary>
    public IEnumerable<char> FirstChars => _root.Children?.Keys ?? Enumerable.Empty<char>();

    public void Add(string surface, T value)
    {
        var node = _root;
        if (surface.Length > 0)
        {
            _first.Add(surface[0]);
        }

        foreach (var c in surface)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children[c] = next;
            }

            node = next;
        }

        if (!node.HasValue)
        {
            Count++;
        }

        node.Value = value;
        node.HasValue = true;
        _table = null;
    }

    /// <summary>
    /// The longest surface that starts at <paramref name="start"/>, or length 0. Inlined into the callers, which ask at
    /// every character of a sentence: most positions are turned away by the bit test without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Length, T? Value) LongestAt(ReadOnlySpan<char> text, int start) =>
        start < text.Length && !_first.Contains(text[start]) ? (0, default) : Walk(text, start);

    private (int Length, T? Value) Walk(ReadOnlySpan<char> text, int start)
    {
        var table = _table ?? Freeze();
        var node = Table.Root;
        var bestLength = 0;
        T? best = default;
        for (var i = start; i < text.Length; i++)
        {
            if (!table.HasChildren[node] || (node = table.Child(node, text[i])) == 0)
            {
                break;
            }

            if (table.HasValue[node])
            {
                bestLength = i - start + 1;
                best = table.Values[node];
            }
        }

        return (bestLength, best);
    }

    /// <summary>
    /// The lookup table of the trie as it stands (made on the first walk after an <see cref="Add"/>; two threads walking a
    /// trie no one adds to at the same time may each make one, the same).
    /// </summary>
    private Table Freeze() => _table = new Table(_root);

    /// <summary>Every non-overlapping longest match, left to right.</summary>
    public IEnumerable<(int Start, int Length, T Value)> Matches(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var (length, value) = LongestAt(text, i);
            if (length > 0)
            {
                yield return (i, length, value!);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// The trie's nodes numbered from 1 (the root), each edge a slot packing (parent, char, child) into a long: 0 marks an
    /// empty slot (no parent is 0). The edge table is the place stage's CharTrie's (TrieEdges).
    /// </summary>
    private sealed class Table
    {
        public const int Root = 1;
        private readonly TrieEdges _edges;

        public readonly bool[] HasChildren;
        public readonly bool[] HasValue;
        public readonly T?[] Values;

        public Table(Node root)
        {
            var nodes = new List<Node> { null!, root };
            var edges = new List<(long Key, int Child)>();
            for (var id = Root; id < nodes.Count; id++)
            {
                if (nodes[id].Children is { } children)
                {
                    foreach (var (c, child) in children)
                    {
                        nodes.Add(child);
                        edges.Add((TrieEdges.Key(id, c), nodes.Count - 1));
                    }
                }
            }

            if (nodes.Count > TrieEdges.MaxNodes)
            {
                throw new InvalidOperationException($"A surface trie is limited to {TrieEdges.MaxNodes} nodes.");
            }

            HasChildren = new bool[nodes.Count];
            HasValue = new bool[nodes.Count];
            Values = new T?[nodes.Count];
            for (var id = Root; id < nodes.Count; id++)
            {
                HasChildren[id] = nodes[id].Children is { Count: > 0 };
                HasValue[id] = nodes[id].HasValue;
                Values[id] = nodes[id].Value;
            }

            _edges = new TrieEdges(edges.Count, edges);
        }

        /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
        public int Child(int node, char c) => _edges.Child(node, c);
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public T? Value;
        public bool HasValue;
    }
}
