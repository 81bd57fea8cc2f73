using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Where a name that ends in a head word (…集群, …项目) starts: scanning left from the head to
/// punctuation or a boundary word, in one pass with set lookups.
/// </summary>
public static class NameBoundary
{
    /// <summary>Characters a cluster or project name may contain.</summary>
    public static bool IsNameChar(char c) =>
        CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '·' or '-' or '.';

    /// <summary>
    /// The start of the name whose head starts at <paramref name="headStart"/>. Words of
    /// <paramref name="keep"/> (qualifiers such as 中小企业) are taken into the name whole, so that a
    /// boundary word inside them does not cut it.
    /// </summary>
    public static int Start(string text, int headStart, ClusterProjectLexicons lexicons, WordList? keep = null, int floor = 0)
    {
        var i = headStart;
        // a space between two Latin words is inside the name (Mini LED显示模组项目)
        while (i > floor && (IsNameChar(text[i - 1]) || (text[i - 1] == ' ' && i - 1 > floor && i < text.Length
                   && char.IsAsciiLetterOrDigit(text[i - 2]) && char.IsAsciiLetterOrDigit(text[i]))))
        {
            var kept = keep is null ? 0 : EndingWordLength(text, i, keep);
            if (kept > 0 && i - kept >= floor)
            {
                i -= kept;
                continue;
            }

            if (EndingWordLength(text, i, lexicons.StopWords) > 0 || (i < headStart && EndingWordLength(text, i, lexicons.NameVerbs) > 0))
            {
                break;
            }

            i--;
        }

        return SkipDate(text, i, headStart);
    }

    /// <summary>
    /// Back from <paramref name="from"/> to where a run of name characters starts: a bracketed part is
    /// taken whole (海川精密机床(浙江)有限公司), an unclosed opening bracket ends the run, and outside brackets <paramref name="stopsBefore"/>
    /// (asked with the text and the current start) ends the run.
    /// </summary>
    public static int RunStart(string text, int from, int floor, Func<char, bool> isNameChar, Func<string, int, bool> stopsBefore)
    {
        var start = from;
        var depth = 0;
        while (start > floor)
        {
            var c = text[start - 1];
            if (c is ')' or '）')
            {
                depth++;
            }
            else if (c is '(' or '（')
            {
                depth--;
            }

            // An opening bracket not closed before the name (张三(X有限公司) opens an aside, it is not part of the name.
            if (depth < 0 || !isNameChar(c) || (depth == 0 && stopsBefore(text, start)))
            {
                break;
            }

            start--;
        }

        return start;
    }

    /// <summary>A date that runs into a name (2025年秀洲…集群, 6月5日…项目) is not part of it.</summary>
    public static int SkipDate(string text, int start, int limit)
    {
        var i = start;
        while (i < limit)
        {
            var j = i;
            while (j < limit && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j == i || j >= limit || text[j] is not ('年' or '月' or '日' or '号'))
            {
                break;
            }

            i = j + 1;
            if (i < limit && text[i] == '度' && text[j] == '年')
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>Length of the longest word of <paramref name="words"/> that ends at <paramref name="at"/>, or 0.</summary>
    public static int EndingWordLength(string text, int at, WordList words) => words.LongestEndingAt(text, at);

    /// <summary>Length of the longest word of <paramref name="words"/> that starts at <paramref name="at"/>, or 0.</summary>
    public static int StartingWordLength(string text, int at, WordList words) => words.LongestAt(text, at);

    /// <summary>True when <paramref name="text"/> is made only of words of <paramref name="words"/>.</summary>
    public static bool IsMadeOf(string text, WordList words)
    {
        // Reachability over prefix ends: linear in the text times the longest word.
        var reachable = new bool[text.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            for (var length = 1; length <= Math.Min(words.MaxLength, text.Length - i); length++)
            {
                if (words.Contains(text.AsSpan(i, length)))
                {
                    reachable[i + length] = true;
                }
            }
        }

        return reachable[text.Length];
    }


    public static int ClauseStart(string text, int at)
    {
        var i = Math.Min(at, text.Length);
        while (i > 0 && !CharClass.IsClauseEnd(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    public static int ClauseEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && !CharClass.IsClauseEnd(text[i]))
        {
            i++;
        }

        return i;
    }
}
