namespace Graph.Ingest.Places;

/// <summary>
/// An immutable character trie over names: one lookup per character walked, so finding every
/// name in a text is a single pass however many names there are.
/// </summary>
public sealed class CharTrie<T>
{
    // the first step is an array index: most positions of a text start no name, and fail there
    private readonly int[] root;

    // The deeper edges in one open-addressing table whose slot packs (parent node, char, child) into a long: a step of a
    // walk reads one slot, where a dictionary reads a bucket and then an entry. 0 marks an empty slot (a parent is never
    // the root, so no edge packs to 0).
    private const int NodeBits = 24;
    private const long NodeMask = (1L << NodeBits) - 1;
    private readonly long[] slots;
    private readonly int slotShift;

    // Whether any edge leaves a node: a walk stops at a leaf without probing the table.
    private readonly bool[] hasChildren;
    private readonly bool[] hasValue;
    private readonly T[] values;

    private CharTrie(int[] root, Dictionary<long, int> edges, bool[] hasValue, T[] values)
    {
        this.root = root;
        this.hasValue = hasValue;
        this.values = values;
        if (hasValue.Length > NodeMask)
        {
            throw new InvalidOperationException($"A character trie is limited to {NodeMask} nodes.");
        }

        var capacity = 16;
        while (capacity < edges.Count * 2)
        {
            capacity <<= 1;
        }

        slots = new long[capacity];
        slotShift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        hasChildren = new bool[hasValue.Length];
        foreach (var (key, child) in edges)
        {
            var i = Slot(key);
            while (slots[i] != 0)
            {
                i = (i + 1) & (capacity - 1);
            }

            slots[i] = (key << NodeBits) | (uint)child;
            hasChildren[key >> 16] = true;
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
                    if (!edges.TryGetValue(Key(node, c), out var child))
                    {
                        child = next++;
                        edges[Key(node, c)] = child;
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

            if (++i >= text.Length || !hasChildren[node] || (node = Child(node, text[i])) == 0)
            {
                break;
            }
        }

        return (bestLength, best);
    }

    /// <summary>The child of <paramref name="node"/> (not the root) along <paramref name="c"/>, or 0 when there is none.</summary>
    private int Child(int node, char c)
    {
        var key = Key(node, c);
        var mask = slots.Length - 1;
        for (var i = Slot(key); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return 0;
            }

            if ((slot >>> NodeBits) == key)
            {
                return (int)(slot & NodeMask);
            }
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> slotShift);

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
