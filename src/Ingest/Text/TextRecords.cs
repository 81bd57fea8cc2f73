using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Text;

/// <summary>
/// One sentence as a reader sees it: OCR line breaks joined. <see cref="Offsets"/> maps every
/// character of <see cref="Text"/> back to its offset in the original file, so evidence can point there.
/// </summary>
public sealed record Sentence(int Index, string Text, ImmutableArray<int> Offsets)
{
    /// <summary>The text for matching only: full-width forms folded to half-width, same length as <see cref="Text"/>.</summary>
    public string MatchText { get; } = CharClass.FoldWidth(Text);

    /// <summary>Offset in the original file of the first character.</summary>
    public int Start => Offsets.IsEmpty ? 0 : Offsets[0];

    /// <summary>Offset in the original file just past the last character.</summary>
    public int End => Offsets.IsEmpty ? 0 : Offsets[^1] + 1;

    /// <summary>Original-file offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int OriginalOffset(int index) =>
        index >= Offsets.Length ? End : Offsets[index];
}

/// <summary>One article of a page: its title, byline (kept out of extraction) and sentences.</summary>
public sealed record Article(int Index, string Title, string? Byline, int Start, int End, ImmutableArray<Sentence> Sentences);

/// <summary>A page split into the articles a reader sees.</summary>
public sealed record NormalizedDocument(SourceDocument Source, ImmutableArray<Article> Articles);
