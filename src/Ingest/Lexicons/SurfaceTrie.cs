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

    public int Count { get; private set; }

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
        var node = _root;
        var bestLength = 0;
        T? best = default;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out var next))
            {
                break;
            }

            node = next;
            if (node.HasValue)
            {
                bestLength = i - start + 1;
                best = node.Value;
            }
        }

        return (bestLength, best);
    }

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

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public T? Value;
        public bool HasValue;
    }
}
