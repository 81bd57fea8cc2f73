namespace Graph.Ingest.Segmentation;

/// <summary>
/// One sentence's tagged tokens as the readers of a sentence share them: a range of it is segmented once, on first use,
/// and a range inside one already segmented is a slice of its tokens when both ends fall where the segmenter cuts anyway.
/// A range that cuts through a run of Han or Latin characters (after 等, inside a word) is segmented by itself, as
/// <see cref="Segmenter.Tag"/> would: the tokens are the same either way.
/// </summary>
/// <remarks>
/// The segmenter cuts a text into runs (<see cref="CharClass.IsRouteBlock"/>: Han and Latin runs go through the dictionary
/// route, every other character stands alone) and segments each run by itself, so the tokens of a range that starts and
/// ends at run edges (or between two characters that stand alone) are exactly the tokens of any such range around it.
/// </remarks>
/// <param name="segmented">The batch's sentences segmented once (<see cref="SegmentedSentences"/>): a range of one of
/// them is a slice of its tokens, not segmented again.</param>
public sealed class SentenceTokens(Segmenter segmenter, SegmentedSentences? segmented = null)
{
    /// <summary>The ranges segmented so far, with their tokens (a sentence has few).</summary>
    private readonly List<(int Start, int End, IReadOnlyList<Token> Tokens)> _ranges = [];

    /// <summary>The segmenter's offsets and tags for the range being segmented: one list for the whole batch.</summary>
    private readonly List<TaggedSpan> _spans = [];

    /// <summary>
    /// The one-character token texts met so far, by character: most tokens are one character (的, 和, 、), a token's text
    /// is read, never changed, so tokens of the same character share one string instead of each allocating its own.
    /// Looked up by index, not hashed, so sharing costs less than the allocation it saves. Shared by every thread: two
    /// threads meeting a character at once may each store an equal string, which is harmless.
    /// </summary>
    private static readonly string?[] Chars = new string?[char.MaxValue + 1];

    private string text = string.Empty;

    /// <summary>The whole sentence's tokens from <c>segmented</c>, read when first needed (<see cref="_hasWhole"/> null: not yet).</summary>
    private readonly List<TaggedSpan> _whole = [];
    private bool? _hasWhole;

    public string Text => text;

    /// <summary>Starts on <paramref name="sentence"/>, forgetting the last one's tokens: one instance serves a whole batch, sentence after sentence.</summary>
    public SentenceTokens Read(string sentence)
    {
        text = sentence;
        _ranges.Clear();
        _hasWhole = null;
        return this;
    }

    /// <summary>The tokens of <c>Text[start..end]</c>, their offsets relative to <paramref name="start"/>: <see cref="Segmenter.Tag"/> of that text.</summary>
    public IReadOnlyList<Token> Tag(int start, int end)
    {
        if (start >= end || !CutsAt(start) || !CutsAt(end))
        {
            return Segment(start, end);
        }

        foreach (var (rangeStart, rangeEnd, tokens) in _ranges)
        {
            if (rangeStart <= start && end <= rangeEnd)
            {
                return rangeStart == start && rangeEnd == end ? tokens : Slice(tokens, start - rangeStart, end - rangeStart);
            }
        }

        var segmentedRange = WholeSentence() is { } whole ? SliceOfWhole(whole, start, end) : Segment(start, end);
        _ranges.Add((start, end, segmentedRange));
        return segmentedRange;
    }

    /// <summary>The sentence's tokens as the batch segmented it, or null when it was not.</summary>
    private List<TaggedSpan>? WholeSentence()
    {
        _hasWhole ??= segmented is not null && segmented.TryTag(segmenter, text, _whole);
        return _hasWhole.Value ? _whole : null;
    }

    /// <summary>The tokens of the whole sentence lying in [start, end) as <see cref="Segment"/> gives them (both ends are cuts).</summary>
    private Token[] SliceOfWhole(List<TaggedSpan> whole, int start, int end)
    {
        var count = 0;
        foreach (var span in whole)
        {
            count += span.Start >= start && span.End <= end ? 1 : 0;
        }

        var tokens = new Token[count];
        var at = 0;
        foreach (var span in whole)
        {
            if (span.Start >= start && span.End <= end)
            {
                tokens[at++] = new Token(Word(text.AsSpan(span.Start, span.Length)), span.Start - start, span.End - start, span.Tag);
            }
        }

        return tokens;
    }

    /// <summary><see cref="Segmenter.Tag"/> of <c>Text[start..end]</c>, without cutting that text out first.</summary>
    private Token[] Segment(int start, int end)
    {
        var range = text.AsSpan(start, end - start);
        segmenter.TagInto(range, _spans);
        var tokens = new Token[_spans.Count];
        for (var k = 0; k < tokens.Length; k++)
        {
            var span = _spans[k];
            tokens[k] = new Token(Word(range.Slice(span.Start, span.Length)), span.Start, span.End, span.Tag);
        }

        _spans.Clear();
        return tokens;
    }

    /// <summary>The text of a token: the shared string of a one-character word, else a new one.</summary>
    private string Word(ReadOnlySpan<char> word) =>
        word.Length == 1 ? Chars[word[0]] ??= word.ToString() : word.ToString();

    /// <summary>The tokens lying in [from, to) of a range's tokens, their offsets made relative to <paramref name="from"/>.</summary>
    private static Token[] Slice(IReadOnlyList<Token> tokens, int from, int to)
    {
        var count = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            count += tokens[k].Start >= from && tokens[k].End <= to ? 1 : 0;
        }

        var slice = new Token[count];
        var at = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Start >= from && token.End <= to)
            {
                slice[at++] = token with { Start = token.Start - from, End = token.End - from };
            }
        }

        return slice;
    }

    /// <summary>The segmenter cuts the text at <paramref name="at"/> whatever surrounds it: not inside a Han or Latin run, a surrogate pair or a CR LF.</summary>
    private bool CutsAt(int at)
    {
        if (at <= 0 || at >= text.Length)
        {
            return true;
        }

        var (before, after) = (text[at - 1], text[at]);
        if (char.IsSurrogate(before) || char.IsSurrogate(after) || (before == '\r' && after == '\n'))
        {
            return false;
        }

        return !(CharClass.IsRouteBlock(before) && CharClass.IsRouteBlock(after));
    }
}
