using System.Collections.Immutable;
using System.Text;

namespace Graph.Ingest.Text;

/// <summary>
/// A line as a reader reads it: page lines that OCR broke mid-word or mid-sentence joined again.
/// <see cref="Offsets"/> maps every character back to the original text.
/// </summary>
public sealed record LogicalLine(string Text, ImmutableArray<int> Offsets, LineKind Kind, int Block, int GapBefore, bool MarkedHeading, int LineCount)
{
    public int Start => Offsets[0];

    public int End => Offsets[^1] + 1;
}

/// <summary>Joins page lines that continue one another (幸 / blank line / 福之家) and classifies the result.</summary>
public static class LineJoiner
{
    public static ImmutableArray<LogicalLine> Join(ImmutableArray<PageLine> lines)
    {
        var result = ImmutableArray.CreateBuilder<LogicalLine>();
        var i = 0;
        while (i < lines.Length)
        {
            var first = lines[i];
            var kind = LineClassifier.Classify(first.Text);
            var text = new StringBuilder(first.Text);
            var offsets = ImmutableArray.CreateBuilder<int>();
            AddOffsets(offsets, first);
            var count = 1;
            if (IsJoinable(kind))
            {
                while (i + 1 < lines.Length && IsJoinable(LineClassifier.Classify(lines[i + 1].Text))
                       && Continues(text.ToString(), lines[i + 1].Text))
                {
                    i++;
                    text.Append(lines[i].Text);
                    AddOffsets(offsets, lines[i]);
                    count++;
                }

                if (count > 1)
                {
                    kind = LineClassifier.Classify(text.ToString());
                }
            }

            result.Add(new LogicalLine(text.ToString(), offsets.ToImmutable(), kind, first.Block, first.GapBefore, first.MarkedHeading, count));
            i++;
        }

        // an advert is a block: every line of a block holding an address or a hotline belongs to it
        var advertBlocks = result.Where(l => l.Kind == LineKind.Advert).Select(l => l.Block).ToHashSet();
        return [.. result.Select(l => advertBlocks.Contains(l.Block) ? l with { Kind = LineKind.Advert } : l)];
    }

    private static bool IsJoinable(LineKind kind) => kind is LineKind.Body or LineKind.Heading;

    /// <summary>True when <paramref name="next"/> carries on the sentence or word that <paramref name="current"/> left open.</summary>
    public static bool Continues(string current, string next)
    {
        var last = current[^1];
        if (CharClass.CannotStartLine(next[0]) || CharClass.CannotEndLine(last))
        {
            return true;
        }

        if (OpenBrackets(current) > 0)
        {
            return true;
        }

        if (EndsSentence(current))
        {
            return false;
        }

        // running text (long, or holding a full stop) that stops without one was cut by the layout
        if (!LineClassifier.IsHeadingShaped(current))
        {
            return true;
        }

        // a clause of one or two characters after the last comma is a cut line, not a heading (…,正)
        var lastMark = current.AsSpan().LastIndexOfAny('，', ',');
        return lastMark >= 0 && current.Length - lastMark - 1 <= 2;
    }

    /// <summary>The line ends on a terminal, possibly followed by closing quotes (…。”).</summary>
    public static bool EndsSentence(string line)
    {
        var i = line.Length - 1;
        while (i >= 0 && CharClass.IsClosingQuote(line[i]))
        {
            i--;
        }

        return i >= 0 && (CharClass.IsSentenceTerminal(line[i]) || line[i] is '.' or '…');
    }

    private static int OpenBrackets(string line)
    {
        var depth = 0;
        foreach (var c in line)
        {
            if (CharClass.IsOpeningBracket(c))
            {
                depth++;
            }
            else if (CharClass.IsClosingBracket(c) && depth > 0)
            {
                depth--;
            }
        }

        return depth;
    }

    private static void AddOffsets(ImmutableArray<int>.Builder offsets, PageLine line)
    {
        for (var k = 0; k < line.Text.Length; k++)
        {
            offsets.Add(line.Start + k);
        }
    }
}
