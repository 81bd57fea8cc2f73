using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Text;

/// <summary>
/// One sentence as a reader sees it: OCR line breaks joined. <see cref="Offsets"/> maps every
/// character of <see cref="Text"/> back to its offset in the original file, so evidence can point there.
/// </summary>
public sealed record Sentence(int Index, string Text, OffsetMap Offsets)
{
    /// <summary>A sentence whose characters come from the file at <paramref name="offsets"/>, one per character.</summary>
    public Sentence(int index, string text, ImmutableArray<int> offsets)
        : this(index, text, OffsetMap.Of(offsets.AsSpan()))
    {
    }

    /// <summary>The text for matching only: full-width forms folded to half-width, same length as <see cref="Text"/>.</summary>
    public string MatchText { get; } = CharClass.FoldWidth(Text);

    /// <summary>Offset in the original file of the first character.</summary>
    public int Start => Offsets.IsEmpty ? 0 : Offsets[0];

    /// <summary>Offset in the original file just past the last character.</summary>
    public int End => Offsets.IsEmpty ? 0 : Offsets[Offsets.Length - 1] + 1;

    /// <summary>Original-file offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int OriginalOffset(int index) =>
        index >= Offsets.Length ? End : Offsets[index];
}

/// <summary>One article of a page: its title, byline (kept out of extraction) and sentences.</summary>
public sealed record Article(int Index, string Title, string? Byline, int Start, int End, ImmutableArray<Sentence> Sentences);

/// <summary>A page split into the articles a reader sees.</summary>
public sealed record NormalizedDocument(SourceDocument Source, ImmutableArray<Article> Articles);

/// <summary>
/// The original-file offset of each character of a text, kept as runs: a sentence's characters are consecutive in the
/// file except where OCR broke its line, so it holds its first offset and one entry per break, not an int per character.
/// </summary>
/// <param name="Length">How many characters it maps.</param>
/// <param name="First">Offset of the first character.</param>
/// <param name="Breaks">Where a new run starts (index in the text) and its offset; empty for a single run.</param>
public readonly record struct OffsetMap(int Length, int First, ImmutableArray<(int At, int Offset)> Breaks)
{
    /// <summary>The runs of <paramref name="offsets"/>.</summary>
    public static OffsetMap Of(ReadOnlySpan<int> offsets)
    {
        if (offsets.IsEmpty)
        {
            return new OffsetMap(0, 0, []);
        }

        ImmutableArray<(int, int)>.Builder? breaks = null;
        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] != offsets[i - 1] + 1)
            {
                (breaks ??= ImmutableArray.CreateBuilder<(int, int)>()).Add((i, offsets[i]));
            }
        }

        return new OffsetMap(offsets.Length, offsets[0], breaks?.ToImmutable() ?? []);
    }

    /// <summary>The map of characters [<paramref name="start"/>, <paramref name="end"/>): what <see cref="Of"/> gives for those characters' offsets.</summary>
    public OffsetMap Slice(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        if (end <= start)
        {
            return new OffsetMap(0, 0, []);
        }

        ImmutableArray<(int, int)>.Builder? breaks = null;
        foreach (var (at, offset) in Breaks.IsDefault ? [] : Breaks)
        {
            if (at > start && at < end)
            {
                (breaks ??= ImmutableArray.CreateBuilder<(int, int)>()).Add((at - start, offset));
            }
        }

        return new OffsetMap(end - start, this[start], breaks?.ToImmutable() ?? []);
    }

    public bool IsEmpty => Length == 0;

    /// <summary>Offset in the file of character <paramref name="index"/> (0 ≤ index &lt; <see cref="Length"/>).</summary>
    public int this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            var (at, offset) = (0, First);
            foreach (var run in Breaks.IsDefault ? [] : Breaks)
            {
                if (run.At > index)
                {
                    break;
                }

                (at, offset) = run;
            }

            return offset + index - at;
        }
    }
}
