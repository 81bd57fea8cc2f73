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

    // Per node, in one int so a step of a walk reads one array: the word id ending here plus one (0 if none) in the low
    // bits, and whether any edge leaves it (HasChildrenBit), so walks stop without probing. The compiled form keeps the
    // two as separate arrays (word id, -1 if none; has-children flag).
    private const int HasChildrenBit = 1 << 30;
    private const int WordMask = HasChildrenBit - 1;
    private int[] _node;
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
        _node = new int[Math.Max(expectedNodes, 16)];
    }

    public int NodeCount => _nodeCount;

    public void WriteTo(Stream stream)
    {
        BinaryArrays.WriteInt(stream, _nodeCount);
        BinaryArrays.WriteInt(stream, _edgeCount);
        BinaryArrays.Write<int>(stream, _rootChildren);
        BinaryArrays.Write<long>(stream, _slots);
        var wordId = new int[_nodeCount];
        var hasChildren = new bool[_nodeCount];
        for (int n = 0; n < _nodeCount; n++)
        {
            wordId[n] = WordAt(n);
            hasChildren[n] = (_node[n] & HasChildrenBit) != 0;
        }

        BinaryArrays.Write<int>(stream, wordId);
        BinaryArrays.Write<bool>(stream, hasChildren);
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
        var wordId = BinaryArrays.Read<int>(stream, minCapacity: 0);
        var hasChildren = BinaryArrays.Read<bool>(stream, minCapacity: 0);
        if (wordId.Length != trie._nodeCount || hasChildren.Length != trie._nodeCount)
        {
            throw new InvalidDataException("node arrays do not match the node count");
        }

        trie._node = new int[trie._nodeCount];
        for (int n = 0; n < trie._nodeCount; n++)
        {
            if (wordId[n] < -1 || wordId[n] >= WordMask)
            {
                throw new InvalidDataException("word id out of range");
            }

            trie._node[n] = (wordId[n] + 1) | (hasChildren[n] ? HasChildrenBit : 0);
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

        if ((_node[node] & HasChildrenBit) == 0)
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
    public int WordAt(int node) => (_node[node] & WordMask) - 1;

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

        return node == 0 ? -1 : WordAt(node);
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

    public void SetWord(int node, int wordId) => _node[node] = (wordId + 1) | (_node[node] & HasChildrenBit);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> _slotShift);

    private int AddNode()
    {
        if (_nodeCount == MaxNodes)
        {
            throw new InvalidOperationException($"The dictionary trie is limited to {MaxNodes} nodes.");
        }

        if (_nodeCount == _node.Length)
        {
            Array.Resize(ref _node, Math.Max(_node.Length * 2, 16));
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
        _node[parent] |= HasChildrenBit;
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
