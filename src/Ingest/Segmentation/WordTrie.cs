using System.Numerics;
using System.Runtime.CompilerServices;

namespace Graph.Ingest.Segmentation;

/// <summary>
/// A trie over UTF-16 chars: node 0 is the root, its children sit in a direct 64K table, deeper edges in one
/// open-addressing hash whose slot packs (parent, char, child) into a long — one cache line per step.
/// </summary>
internal sealed class WordTrie
{
    private const int NodeBits = 24;
    private const int MaxNodes = (1 << NodeBits) - 1;
    private const long NodeMask = (1L << NodeBits) - 1;

    private readonly int[] _rootChildren = new int[65536];
    private long[] _slots;
    private int _slotShift;
    private int _edgeCount;

    // Per node: the word id ending here (-1 if none) and whether any edge leaves it, so walks stop without probing.
    private int[] _wordId;
    private bool[] _hasChildren;
    private int _nodeCount = 1;

    public WordTrie(int expectedNodes = 1 << 16)
    {
        int capacity = 1 << 10;
        while (capacity < expectedNodes * 2)
        {
            capacity <<= 1;
        }

        _slots = new long[capacity];
        _slotShift = 64 - BitOperations.Log2((uint)capacity);
        _wordId = new int[Math.Max(expectedNodes, 16)];
        _hasChildren = new bool[_wordId.Length];
        Array.Fill(_wordId, -1);
    }

    public int NodeCount => _nodeCount;

    public void WriteTo(Stream stream)
    {
        BinaryArrays.WriteInt(stream, _nodeCount);
        BinaryArrays.WriteInt(stream, _edgeCount);
        BinaryArrays.Write<int>(stream, _rootChildren);
        BinaryArrays.Write<long>(stream, _slots);
        BinaryArrays.Write<int>(stream, _wordId.AsSpan(0, _nodeCount));
        BinaryArrays.Write<bool>(stream, _hasChildren.AsSpan(0, _nodeCount));
    }

    public static WordTrie ReadFrom(Stream stream)
    {
        var trie = new WordTrie(expectedNodes: 16);
        trie._nodeCount = BinaryArrays.ReadInt(stream);
        trie._edgeCount = BinaryArrays.ReadInt(stream);
        var root = BinaryArrays.Read<int>(stream, minCapacity: 0);
        if (root.Length != trie._rootChildren.Length)
        {
            throw new InvalidDataException("root table has the wrong size");
        }

        root.CopyTo(trie._rootChildren);
        trie._slots = BinaryArrays.Read<long>(stream, minCapacity: 0);
        if (!BitOperations.IsPow2(trie._slots.Length))
        {
            throw new InvalidDataException("trie slot count is not a power of two");
        }

        trie._slotShift = 64 - BitOperations.Log2((uint)trie._slots.Length);
        trie._wordId = BinaryArrays.Read<int>(stream, minCapacity: 0);
        trie._hasChildren = BinaryArrays.Read<bool>(stream, minCapacity: 0);
        if (trie._wordId.Length != trie._nodeCount || trie._hasChildren.Length != trie._nodeCount)
        {
            throw new InvalidDataException("node arrays do not match the node count");
        }

        return trie;
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            return _rootChildren[c];
        }

        if (!_hasChildren[node])
        {
            return 0;
        }

        long key = ((long)node << 16) | c;
        long[] slots = _slots;
        int mask = slots.Length - 1;
        int i = Slot(key);
        while (true)
        {
            long slot = slots[i];
            if (slot == 0)
            {
                return 0;
            }

            if ((slot >>> NodeBits) == key)
            {
                return (int)(slot & NodeMask);
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>The word id that ends at <paramref name="node"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordAt(int node) => _wordId[node];

    /// <summary>The word id of exactly <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            node = Child(node, c);
            if (node == 0)
            {
                return -1;
            }
        }

        return node == 0 ? -1 : _wordId[node];
    }

    /// <summary>The node of <paramref name="word"/>, created with its prefixes if missing.</summary>
    public int Insert(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            int child = Child(node, c);
            if (child == 0)
            {
                child = AddNode();
                if (node == 0)
                {
                    _rootChildren[c] = child;
                }
                else
                {
                    AddEdge(node, c, child);
                }
            }

            node = child;
        }

        return node;
    }

    public void SetWord(int node, int wordId) => _wordId[node] = wordId;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> _slotShift);

    private int AddNode()
    {
        if (_nodeCount == MaxNodes)
        {
            throw new InvalidOperationException($"The dictionary trie is limited to {MaxNodes} nodes.");
        }

        if (_nodeCount == _wordId.Length)
        {
            int old = _wordId.Length;
            int size = Math.Max(old * 2, 16);
            Array.Resize(ref _wordId, size);
            Array.Resize(ref _hasChildren, size);
            Array.Fill(_wordId, -1, old, size - old);
        }

        return _nodeCount++;
    }

    private void AddEdge(int parent, char c, int child)
    {
        if ((_edgeCount + 1) * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        Place(_slots, ((((long)parent << 16) | c) << NodeBits) | (uint)child);
        _hasChildren[parent] = true;
        _edgeCount++;
    }

    private void Place(long[] slots, long packed)
    {
        int mask = slots.Length - 1;
        int i = Slot(packed >>> NodeBits);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = packed;
    }

    private void Rehash(int capacity)
    {
        long[] old = _slots;
        _slots = new long[capacity];
        _slotShift = 64 - BitOperations.Log2((uint)capacity);
        foreach (long packed in old)
        {
            if (packed != 0)
            {
                Place(_slots, packed);
            }
        }
    }
}
