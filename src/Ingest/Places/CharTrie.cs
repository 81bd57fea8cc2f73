namespace Graph.Ingest.Places;

/// <summary>
/// An immutable character trie over names: one hash lookup per character walked, so finding every
/// name in a text is a single pass however many names there are.
/// </summary>
public sealed class CharTrie<T>
{
    // key = node << 16 | char: a long key hashes far faster than a tuple
    private readonly Dictionary<long, int> edges;
    private readonly Dictionary<int, T> values;

    private CharTrie(Dictionary<long, int> edges, Dictionary<int, T> values)
    {
        this.edges = edges;
        this.values = values;
    }

    public static CharTrie<T> Build(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var edges = new Dictionary<long, int>();
        var values = new Dictionary<int, T>();
        var next = 1;
        foreach (var (key, value) in entries)
        {
            var node = 0;
            foreach (var c in key)
            {
                if (!edges.TryGetValue(Key(node, c), out var child))
                {
                    child = next++;
                    edges[Key(node, c)] = child;
                }

                node = child;
            }

            values[node] = value;
        }

        return new CharTrie<T>(edges, values);
    }

    /// <summary>The longest key starting at <paramref name="start"/>: its length and value, or length 0.</summary>
    public (int Length, T? Value) LongestAt(ReadOnlySpan<char> text, int start)
    {
        var node = 0;
        var bestLength = 0;
        T? best = default;
        for (var i = start; i < text.Length; i++)
        {
            if (!edges.TryGetValue(Key(node, text[i]), out node))
            {
                break;
            }

            if (values.TryGetValue(node, out var value))
            {
                bestLength = i - start + 1;
                best = value;
            }
        }

        return (bestLength, best);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
