namespace Graph.Ingest.Characters;

/// <summary>
/// A character trie's edges in one open-addressing table whose slot packs (parent node, char, child) into a long: a step of
/// a walk reads one slot, where a dictionary reads a bucket and then an entry. 0 marks an empty slot, so no edge may leave
/// node 0 (CharTrie's root is an array of its own; SurfaceTrie numbers its root 1). Shared by the place stage's CharTrie
/// and the lexicons' SurfaceTrie.
/// </summary>
public readonly struct TrieEdges
{
    private const int NodeBits = 24;

    /// <summary>The most nodes a trie over this table may number.</summary>
    public const long MaxNodes = (1L << NodeBits) - 1;

    private readonly long[] slots;
    private readonly int shift;

    /// <param name="count">The number of edges.</param>
    /// <param name="edges">Each edge as its <see cref="Key"/> and the child node it leads to.</param>
    public TrieEdges(int count, IEnumerable<(long Key, int Child)> edges)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        slots = new long[capacity];
        shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, child) in edges)
        {
            var i = Slot(key);
            while (slots[i] != 0)
            {
                i = (i + 1) & (capacity - 1);
            }

            slots[i] = (key << NodeBits) | (uint)child;
        }
    }

    /// <summary>The key of the edge from <paramref name="node"/> along <paramref name="c"/>.</summary>
    public static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>The node an edge's key leaves from.</summary>
    public static int ParentOf(long key) => (int)(key >> 16);

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
    public int Child(int node, char c)
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
                return (int)(slot & MaxNodes);
            }
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> shift);
}
