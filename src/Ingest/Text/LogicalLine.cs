using System.Collections.Immutable;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Text;

/// <summary>
/// A line as a reader reads it: page lines that OCR broke mid-word or mid-sentence joined again.
/// <see cref="Offsets"/> maps every character back to the original text (as runs: one per page line, not an int per character).
/// </summary>
public sealed record LogicalLine(string Text, OffsetMap Offsets, LineKind Kind, int Block, int GapBefore, bool MarkedHeading, int LineCount)
{
    public int Start => Offsets[0];

    public int End => Offsets[Offsets.Length - 1] + 1;
}

/// <summary>Joins page lines that continue one another (幸 / blank line / 福之家) and classifies the result.</summary>
public static class LineJoiner
{
    public static ImmutableArray<LogicalLine> Join(ImmutableArray<PageLine> lines)
    {
        // each page line is classified once, not once as a candidate and again as a start
        var kinds = new LineKind[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            kinds[k] = LineClassifier.Classify(lines[k].Text);
        }

        var result = ImmutableArray.CreateBuilder<LogicalLine>(lines.Length);
        var buffer = new char[256];
        var hasAdvert = false;
        var i = 0;
        while (i < lines.Length)
        {
            var first = lines[i];
            var kind = kinds[i];
            var last = i;
            var length = Append(ref buffer, 0, first.Text);
            if (IsJoinable(kind))
            {
                var depth = OpenBrackets(first.Text, 0);
                while (last + 1 < lines.Length && IsJoinable(kinds[last + 1])
                       && Continues(buffer.AsSpan(0, length), depth, lines[last + 1].Text))
                {
                    last++;
                    length = Append(ref buffer, length, lines[last].Text);
                    depth = OpenBrackets(lines[last].Text, depth);
                }
            }

            var joined = last == i ? first.Text : new string(buffer, 0, length);
            if (last > i)
            {
                kind = LineClassifier.Classify(joined);
            }

            result.Add(new LogicalLine(joined, Offsets(lines, i, last, length), kind, first.Block, first.GapBefore, first.MarkedHeading, last - i + 1));
            hasAdvert |= kind == LineKind.Advert;
            i = last + 1;
        }

        if (!hasAdvert)
        {
            return result.DrainToImmutable();
        }

        // an advert is a block: every line of a block holding an address or a hotline belongs to it
        var advertBlocks = result.Where(l => l.Kind == LineKind.Advert).Select(l => l.Block).ToHashSet();
        return [.. result.Select(l => advertBlocks.Contains(l.Block) ? l with { Kind = LineKind.Advert } : l)];
    }

    private static bool IsJoinable(LineKind kind) => kind is LineKind.Body or LineKind.Heading;

    /// <summary>True when <paramref name="next"/> carries on the sentence or word that <paramref name="current"/> left open.</summary>
    public static bool Continues(string current, string next) => Continues(current, OpenBrackets(current, 0), next);

    /// <param name="openBrackets">Brackets left open in <paramref name="current"/>, kept by the caller as lines are appended.</param>
    private static bool Continues(ReadOnlySpan<char> current, int openBrackets, string next)
    {
        var last = current[^1];
        if (CharClass.CannotStartLine(next[0]) || CharClass.CannotEndLine(last))
        {
            return true;
        }

        if (openBrackets > 0)
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
        var lastMark = current.LastIndexOfAny('，', ',');
        return lastMark >= 0 && current.Length - lastMark - 1 <= 2;
    }

    /// <summary>The line ends on a terminal, possibly followed by closing quotes (…。”).</summary>
    public static bool EndsSentence(string line) => EndsSentence(line.AsSpan());

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var i = line.Length - 1;
        while (i >= 0 && CharClass.IsClosingQuote(line[i]))
        {
            i--;
        }

        return i >= 0 && (CharClass.IsSentenceTerminal(line[i]) || line[i] is '.' or '…');
    }

    /// <summary>The bracket depth after reading <paramref name="line"/> from <paramref name="depth"/>.</summary>
    private static int OpenBrackets(string line, int depth)
    {
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

    /// <summary>Appends <paramref name="text"/> at <paramref name="length"/>, growing the buffer; returns the new length.</summary>
    private static int Append(ref char[] buffer, int length, string text)
    {
        if (length + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
        }

        text.CopyTo(buffer.AsSpan(length));
        return length + text.Length;
    }

    /// <summary>The original offsets of the characters of page lines <paramref name="from"/> to <paramref name="to"/>: a run per line (one when a line goes on where the last ended).</summary>
    private static OffsetMap Offsets(ImmutableArray<PageLine> lines, int from, int to, int length)
    {
        ImmutableArray<(int, int)>.Builder? breaks = null;
        var at = lines[from].Text.Length;
        for (var l = from + 1; l <= to; l++)
        {
            if (lines[l].Start != lines[l - 1].End && lines[l].Text.Length > 0)
            {
                (breaks ??= ImmutableArray.CreateBuilder<(int, int)>()).Add((at, lines[l].Start));
            }

            at += lines[l].Text.Length;
        }

        return new OffsetMap(length, lines[from].Start, breaks?.ToImmutable() ?? []);
    }
}
