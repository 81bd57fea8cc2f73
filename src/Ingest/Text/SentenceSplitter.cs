using System.Collections.Immutable;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Text;

/// <summary>
/// Splits a line into sentences on 。！？； and their half-width forms where they end a sentence
/// (not the point of 3.5亿元), keeping closing quotes with the sentence they close (…。”).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Appends the sentences of <paramref name="line"/> to <paramref name="sentences"/>, numbering on.</summary>
    public static void Split(LogicalLine line, ImmutableArray<Sentence>.Builder sentences)
    {
        var text = line.Text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!EndsSentenceAt(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && CharClass.IsClosingQuote(text[end]))
            {
                end++;
            }

            Add(line, start, end, sentences);
            start = end;
            i = end - 1;
        }

        Add(line, start, text.Length, sentences);
    }

    /// <summary>True when the character at <paramref name="i"/> ends a sentence.</summary>
    public static bool EndsSentenceAt(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '；' or ';')
        {
            return true;
        }

        if (c is '!' or '?')
        {
            // runs like ?! end once, at their last mark
            return i + 1 >= text.Length || text[i + 1] is not ('!' or '?' or '！' or '？');
        }

        if (c != '.')
        {
            return false;
        }

        // a half-width point inside a number or a Latin word (3.5亿元, U.S) does not end a sentence
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !(char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after)) && after != '.' && before != '.';
    }

    private static void Add(LogicalLine line, int start, int end, ImmutableArray<Sentence>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(line.Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(line.Text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, line.Text[start..end], line.Offsets.Slice(start, end)));
        }
    }
}
