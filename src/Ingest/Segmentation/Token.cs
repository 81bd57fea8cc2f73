namespace Graph.Ingest.Segmentation;

/// <summary>A segment of the input: <see cref="Start"/> and <see cref="End"/> are UTF-16 char offsets into the input string.</summary>
/// <param name="Tag">The part-of-speech tag from <see cref="Segmenter.Tag"/>; null from <see cref="Segmenter.Cut"/>.</param>
public readonly record struct Token(string Text, int Start, int End, string? Tag);

/// <summary>A token as offsets only, so the hot path allocates no strings.</summary>
/// <param name="Word">The dictionary word the route chose for it, known without a lookup; -1 when not known (the token may still be a word).</param>
internal readonly record struct TokenSpan(int Start, int End, int Word = -1)
{
    public int Length => End - Start;
}

/// <summary>A tagged token as offsets and its tag (see <see cref="Segmenter.TagInto"/>): no string per token.</summary>
internal readonly record struct TaggedSpan(int Start, int End, string Tag)
{
    public int Length => End - Start;
}
