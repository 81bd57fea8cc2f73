using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Graph.Ingest.Segmentation;

/// <summary>
/// The tagged tokens of a batch's sentences, each sentence segmented once, one after the other, before any rule reads
/// it: the batch's firm-name readers (through <see cref="SentenceTokens"/>) and the annotator take a sentence's tokens
/// from here instead of segmenting it again. Segmenting the sentences in one run also finds the dictionary's tables in
/// the processor's cache, where segmenting each sentence between the rules that read it finds them evicted (measured:
/// the same sentences cost about 2.5 times as much there).
/// </summary>
/// <remarks>
/// The tokens are kept as offsets and tag numbers in arrays that hold no references, so the garbage collector does not
/// walk them. A sentence is known by its string instance, not by its text: an equal text elsewhere is segmented by its
/// own reader, as before.
/// </remarks>
public sealed class SegmentedSentences
{
    /// <summary>
    /// Tokens per array: 48 KB, under the large-object heap's threshold. Arrays of 64 k tokens (768 KB) sat there, never
    /// copied, but every one counted towards the large-object budget, whose exhaustion starts a full blocking collection
    /// of the whole heap: about one per pass of `bench extract`. A young array is copied once or twice (no references to
    /// trace), much less than a full collection costs.
    /// </summary>
    private const int ChunkSize = 1 << 12;

    private readonly Segmenter _segmenter;
    private readonly List<Packed[]> _chunks = [];
    private int _used = ChunkSize;
    // The sentences in the order they were segmented, with where their tokens are; and each one's place in that order.
    // The readers ask for them in about that order, so the one after the last asked for is tried first (by reference,
    // without a lookup into a table of every sentence of the batch, which misses the processor's cache).
    private readonly List<(string Sentence, int Chunk, int First, int Count)> _order;
    private readonly Dictionary<string, int> _sentences;
    private int _next;

    // The tags met, numbered: a token keeps its tag's number. Tags are the segmenter's own strings, kept as they are.
    private readonly List<string> _tags = [];
    private readonly Dictionary<string, ushort> _tagNumbers = new(ReferenceEqualityComparer.Instance);
    // The tags met last, by the low bits of their identity hash: most tokens' tags are found here without the dictionary.
    private readonly (string? Tag, ushort Number)[] _recentTags = new (string?, ushort)[64];

    /// <param name="capacity">How many sentences are coming, when known: the tables are made that large at once, not grown by doubling.</param>
    private SegmentedSentences(Segmenter segmenter, int capacity)
    {
        _segmenter = segmenter;
        _order = new(capacity);
        _sentences = new(capacity, ReferenceEqualityComparer.Instance);
    }

    /// <summary>A token as its offsets in the sentence and its tag's number.</summary>
    private readonly record struct Packed(int Start, int End, ushort Tag);

    /// <summary>Segments each of <paramref name="sentences"/> (each string instance once) with <paramref name="segmenter"/>.</summary>
    public static SegmentedSentences Of(Segmenter segmenter, IEnumerable<string> sentences)
    {
        var segmented = new SegmentedSentences(segmenter, sentences.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var spans = new List<TaggedSpan>(256);
        foreach (var sentence in sentences)
        {
            if (!segmented._sentences.ContainsKey(sentence))
            {
                segmenter.TagInto(sentence, spans);
                segmented.Add(sentence, CollectionsMarshal.AsSpan(spans));
            }
        }

        return segmented;
    }

    private void Add(string sentence, ReadOnlySpan<TaggedSpan> spans)
    {
        if (_used + spans.Length > ChunkSize || _chunks.Count == 0)
        {
            _chunks.Add(new Packed[Math.Max(ChunkSize, spans.Length)]);
            _used = 0;
        }

        var chunk = _chunks[^1];
        for (var k = 0; k < spans.Length; k++)
        {
            chunk[_used + k] = new Packed(spans[k].Start, spans[k].End, TagNumber(spans[k].Tag));
        }

        _sentences[sentence] = _order.Count;
        _order.Add((sentence, _chunks.Count - 1, _used, spans.Length));
        _used += spans.Length;
    }

    private ushort TagNumber(string tag)
    {
        ref var recent = ref _recentTags[RuntimeHelpers.GetHashCode(tag) & (_recentTags.Length - 1)];
        if (ReferenceEquals(recent.Tag, tag))
        {
            return recent.Number;
        }

        if (!_tagNumbers.TryGetValue(tag, out var number))
        {
            number = checked((ushort)_tags.Count);
            _tags.Add(tag);
            _tagNumbers[tag] = number;
        }

        recent = (tag, number);
        return number;
    }

    /// <summary>
    /// The tokens of <paramref name="sentence"/> into <paramref name="into"/> (cleared first), as
    /// <see cref="Segmenter.TagInto"/> of <paramref name="segmenter"/> gives them; false (and nothing written) when this
    /// instance was not segmented here, or by another segmenter.
    /// </summary>
    internal bool TryTag(Segmenter segmenter, string sentence, List<TaggedSpan> into)
    {
        if (!ReferenceEquals(segmenter, _segmenter))
        {
            return false;
        }

        // The sentence after the one asked for last, or that one again; else the table. (Threads that share the batch
        // race on the hint only: a wrong one costs a lookup.)
        var next = _next;
        int place;
        if (next < _order.Count && ReferenceEquals(_order[next].Sentence, sentence))
        {
            place = next;
        }
        else if (next > 0 && next <= _order.Count && ReferenceEquals(_order[next - 1].Sentence, sentence))
        {
            place = next - 1;
        }
        else if (!_sentences.TryGetValue(sentence, out place))
        {
            return false;
        }

        _next = place + 1;
        var at = _order[place];

        // Written into the list's own span (one count set, no Add per token).
        var tokens = _chunks[at.Chunk].AsSpan(at.First, at.Count);
        into.Clear();
        CollectionsMarshal.SetCount(into, tokens.Length);
        var target = CollectionsMarshal.AsSpan(into);
        var tags = _tags;
        for (var i = 0; i < tokens.Length; i++)
        {
            target[i] = new TaggedSpan(tokens[i].Start, tokens[i].End, tags[tokens[i].Tag]);
        }

        return true;
    }
}
