using System.Runtime.CompilerServices;

namespace Graph.Ingest.Segmentation;

/// <summary>
/// jieba's prefix dictionary: words in a <see cref="WordTrie"/>, each with its frequency, precomputed ln(frequency)
/// and tag, plus the frequency total whose log the route subtracts.
/// </summary>
internal sealed class WordDictionary
{
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly List<string> _tags = [];
    private long[] _freq;
    private double[] _lnFreq;
    private int[] _tagId;

    public WordDictionary(int expectedWords = 1024)
    {
        Trie = new WordTrie(expectedWords * 2);
        _freq = new long[expectedWords];
        _lnFreq = new double[expectedWords];
        _tagId = new int[expectedWords];
        TagIdOf("");
    }

    private WordDictionary(WordTrie trie, long[] freq, double[] lnFreq, int[] tagId, IEnumerable<string> tags)
    {
        Trie = trie;
        _freq = freq;
        _lnFreq = lnFreq;
        _tagId = tagId;
        Count = freq.Length;
        foreach (string tag in tags)
        {
            TagIdOf(tag);
        }
    }

    public WordTrie Trie { get; }

    public int Count { get; private set; }

    public long Total { get; private set; }

    /// <summary>ln(<see cref="Total"/>), subtracted from each word's ln(frequency) as jieba does.</summary>
    public double LogTotal { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LnFreq(int wordId) => _lnFreq[wordId];

    public long Freq(int wordId) => _freq[wordId];

    public string Tag(int wordId) => _tags[_tagId[wordId]];

    /// <summary>jieba-rs <c>load_dict</c> semantics: a new word is added with its tag; a repeated one only gets the new frequency.</summary>
    public void Load(ReadOnlySpan<char> word, long freq, ReadOnlySpan<char> tag)
    {
        int node = Trie.Insert(word);
        int id = Trie.WordAt(node);
        if (id >= 0)
        {
            SetFreq(id, freq);
            return;
        }

        id = NewWord(freq, TagIdOf(tag));
        Trie.SetWord(node, id);
    }

    /// <summary>Recomputes the total after a bulk <see cref="Load"/>, as jieba-rs does at the end of <c>load_dict</c>.</summary>
    public void RecomputeTotal()
    {
        long total = 0;
        for (int i = 0; i < Count; i++)
        {
            total += _freq[i];
        }

        SetTotal(total);
    }

    /// <summary>jieba-rs <c>add_word</c>: sets the frequency and keeps the total in step; a given tag replaces the old one.</summary>
    public void Upsert(ReadOnlySpan<char> word, long freq, string? tag)
    {
        int node = Trie.Insert(word);
        int id = Trie.WordAt(node);
        if (id >= 0)
        {
            long old = _freq[id];
            SetFreq(id, freq);
            if (tag is not null)
            {
                _tagId[id] = TagIdOf(tag);
            }

            SetTotal(Total + freq - old);
            return;
        }

        id = NewWord(freq, TagIdOf(tag ?? ""));
        Trie.SetWord(node, id);
        SetTotal(Total + freq);
    }

    /// <summary>The frequency of <paramref name="word"/>, or <paramref name="fallback"/> when it is not a word.</summary>
    public long FreqOrDefault(ReadOnlySpan<char> word, long fallback)
    {
        int id = Trie.Find(word);
        return id >= 0 ? _freq[id] : fallback;
    }

    public void WriteTo(Stream stream)
    {
        Trie.WriteTo(stream);
        BinaryArrays.Write<long>(stream, _freq.AsSpan(0, Count));
        BinaryArrays.Write<double>(stream, _lnFreq.AsSpan(0, Count));
        BinaryArrays.Write<int>(stream, _tagId.AsSpan(0, Count));
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_tags.Count);
        _tags.ForEach(writer.Write);
    }

    public static WordDictionary ReadFrom(Stream stream)
    {
        var trie = WordTrie.ReadFrom(stream);
        var freq = BinaryArrays.Read<long>(stream, minCapacity: 0);
        var lnFreq = BinaryArrays.Read<double>(stream, minCapacity: 0);
        var tagId = BinaryArrays.Read<int>(stream, minCapacity: 0);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var tags = new string[reader.ReadInt32()];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = reader.ReadString();
        }

        if (lnFreq.Length != freq.Length || tagId.Length != freq.Length || tags.Length == 0 || tags[0].Length != 0)
        {
            throw new InvalidDataException("word arrays do not match");
        }

        var dictionary = new WordDictionary(trie, freq, lnFreq, tagId, tags);
        dictionary.RecomputeTotal();
        return dictionary;
    }

    private void SetTotal(long total)
    {
        Total = total;
        LogTotal = Math.Log(total);
    }

    private void SetFreq(int id, long freq)
    {
        _freq[id] = freq;
        _lnFreq[id] = Math.Log(freq);
    }

    private int NewWord(long freq, int tagId)
    {
        if (Count == _freq.Length)
        {
            int size = Math.Max(Count * 2, 16);
            Array.Resize(ref _freq, size);
            Array.Resize(ref _lnFreq, size);
            Array.Resize(ref _tagId, size);
        }

        int id = Count++;
        _tagId[id] = tagId;
        SetFreq(id, freq);
        return id;
    }

    private int TagIdOf(ReadOnlySpan<char> tag)
    {
        var lookup = _tagIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(tag, out int id))
        {
            return id;
        }

        string text = tag.ToString();
        id = _tags.Count;
        _tags.Add(text);
        _tagIds.Add(text, id);
        return id;
    }
}
