using Graph.Ingest.Characters;

namespace Graph.Ingest.Places;

/// <summary>
/// An immutable character trie over names: one lookup per character walked, so finding every
/// name in a text is a single pass however many names there are.
/// </summary>
public sealed class CharTrie<T>
{
    // the first step is an array index: most positions of a text start no name, and fail there
    private readonly int[] root;

    // The deeper edges (a parent is never the root, so no edge packs to 0).
    private readonly TrieEdges edges;

    // Whether any edge leaves a node: a walk stops at a leaf without probing the table.
    private readonly bool[] hasChildren;
    private readonly bool[] hasValue;
    private readonly T[] values;

    private CharTrie(int[] root, Dictionary<long, int> edges, bool[] hasValue, T[] values)
    {
        this.root = root;
        this.hasValue = hasValue;
        this.values = values;
        if (hasValue.Length > TrieEdges.MaxNodes)
        {
            throw new InvalidOperationException($"A character trie is limited to {TrieEdges.MaxNodes} nodes.");
        }

        this.edges = new TrieEdges(edges.Count, edges.Select(e => (e.Key, e.Value)));
        hasChildren = new bool[hasValue.Length];
        foreach (var key in edges.Keys)
        {
            hasChildren[TrieEdges.ParentOf(key)] = true;
        }
    }

    public static CharTrie<T> Build(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var root = new int[char.MaxValue + 1];
        var edges = new Dictionary<long, int>();
        var values = new Dictionary<int, T>();
        var next = 1;
        foreach (var (key, value) in entries)
        {
            var node = 0;
            foreach (var c in key)
            {
                if (node == 0)
                {
                    if (root[c] == 0)
                    {
                        root[c] = next++;
                    }

                    node = root[c];
                }
                else
                {
                    if (!edges.TryGetValue(TrieEdges.Key(node, c), out var child))
                    {
                        child = next++;
                        edges[TrieEdges.Key(node, c)] = child;
                    }

                    node = child;
                }
            }

            values[node] = value;
        }

        var hasValue = new bool[next];
        var byNode = new T[next];
        foreach (var (node, value) in values)
        {
            hasValue[node] = true;
            byNode[node] = value;
        }

        return new CharTrie<T>(root, edges, hasValue, byNode);
    }

    /// <summary>The longest key starting at <paramref name="start"/>: its length and value, or length 0.</summary>
    public (int Length, T? Value) LongestAt(ReadOnlySpan<char> text, int start)
    {
        var node = start < text.Length ? root[text[start]] : 0;
        if (node == 0)
        {
            return (0, default);
        }

        var bestLength = 0;
        T? best = default;
        for (var i = start; ;)
        {
            if (hasValue[node])
            {
                bestLength = i - start + 1;
                best = values[node];
            }

            if (++i >= text.Length || !hasChildren[node] || (node = edges.Child(node, text[i])) == 0)
            {
                break;
            }
        }

        return (bestLength, best);
    }
}
