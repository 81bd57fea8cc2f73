using System.Collections.Immutable;

namespace Graph.Ingest.Text;

/// <summary>One non-blank line of a page, trimmed; <see cref="Start"/> is its offset in the original text.</summary>
/// <param name="Block">Index of the blank-line separated block holding the line.</param>
/// <param name="GapBefore">Blank lines between this line and the previous non-blank one.</param>
/// <param name="MarkedHeading">The OCR marked the line as a heading ("## ").</param>
public sealed record PageLine(int Start, string Text, int Block, int GapBefore, bool MarkedHeading)
{
    public int End => Start + Text.Length;
}

/// <summary>Cuts a page into its non-blank lines, keeping offsets, blocks and the blank gaps between them.</summary>
public static class PageLines
{
    private const string HeadingMark = "## ";

    public static ImmutableArray<PageLine> Read(string text)
    {
        var lines = ImmutableArray.CreateBuilder<PageLine>();
        var block = -1;
        var gap = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var lineEnd = newline < 0 ? text.Length : newline;
            var start = position;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                gap++;
            }
            else
            {
                var marked = string.CompareOrdinal(text, start, HeadingMark, 0, HeadingMark.Length) == 0;
                if (marked)
                {
                    start += HeadingMark.Length;
                }

                if (gap > 0 || block < 0)
                {
                    block++;
                }

                lines.Add(new PageLine(start, text[start..end], block, lines.Count == 0 ? 0 : gap, marked));
                gap = 0;
            }

            if (newline < 0)
            {
                break;
            }

            position = newline + 1;
        }

        return lines.ToImmutable();
    }
}
