using Graph.Ingest.Lexicons;
using Graph.Ingest.Segmentation;
using CharClass = Graph.Ingest.Characters.CharClass;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Firms named in a list whose context says they are firms: <c>A、B、C等新能源汽车企业</c> (等, then any noun phrase
/// headed by a firm noun), <c>客户包括A、B</c> / <c>合作的品牌还包括A、B等</c> (a firm noun, then a list verb). Items are
/// cut on token boundaries — the 与 of <c>先后与A、B</c>, the 是 of <c>主要是A、B</c> are not part of A — and each
/// piece between 、 is segmented by itself, so that jieba never joins a name to the 等 after it.
/// A list counts only when one of its items is a proper name (a word jieba does not know, a foreign or person's
/// name): a list of common words (配套设施、市场资源对接等企业关切事项) names no firm.
/// </summary>
public sealed class FirmListReader(ExtractionLexicons lexicons)
{
    private const int MaxItemLength = 14;
    private const int MaxTailLength = 20;

    /// <summary>Characters after 等 that make it a word, not the end of a list (等待, 等级, 等同, 等于).</summary>
    private static bool EndsList(string text, int etc) =>
        etc + 1 >= text.Length || text[etc + 1] is not ('待' or '级' or '同' or '于' or '候' or '价' or '量' or '距' or '值' or '额' or '次' or '号');

    /// <summary>Adds the spans of the items of firm lists in <paramref name="sentence"/> to <paramref name="found"/>: the names the
    /// lists give, what the alias resolver learns before matching.</summary>
    public void Find(SentenceTokens sentence, List<(int Start, int End)> found)
    {
        var text = sentence.Text;
        if (text.AsSpan().IndexOfAny('、', '等', '家') < 0)
        {
            return;
        }

        var clauseStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || CharClass.IsClauseEnd(text[i]))
            {
                if (i - clauseStart >= 4)
                {
                    FindInClause(sentence, clauseStart, i, found);
                }

                clauseStart = i + 1;
            }
        }
    }

    /// <summary>Each list of the clause: one per 等 or 两家/38家 that ends one, and one after the last of them that a lead opens.</summary>
    private void FindInClause(SentenceTokens sentence, int start, int end, List<(int Start, int End)> found)
    {
        var text = sentence.Text;
        var from = start;
        for (var i = start; i < end; i++)
        {
            var counted = text[i] == '家' ? CountStart(text, from, i) : -1;
            if ((text[i] == '等' && EndsList(text, i) && i > from) || counted > from)
            {
                var listEnd = counted > from ? counted : i;
                FindList(sentence, from, listEnd, TailNamesFirms(sentence, i + 1, end), counted > from, found);
                from = i + 1;
            }
        }

        if (from < end)
        {
            FindList(sentence, from, end, false, false, found);
        }
    }

    /// <summary>Start of the count before 家 at <paramref name="at"/> (两家, 38家, 多家), or -1.</summary>
    private static int CountStart(string text, int floor, int at)
    {
        var i = at;
        while (i > floor && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '一' or '两' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '多' or '几' or '余'))
        {
            i--;
        }

        return i < at ? i : -1;
    }

    /// <summary>
    /// The list in [start, listEnd): items between 、, the first one cut after its lead. One name before 等 and a firm
    /// noun is a firm (A等企业); one before a count is not a list (A是一家…企业).
    /// </summary>
    private void FindList(SentenceTokens sentence, int start, int listEnd, bool tailHead, bool counted, List<(int Start, int End)> found)
    {
        var text = sentence.Text;
        // Most clauses hold no 、 at all: nothing is allocated for them (no lists, no closures).
        if (!tailHead && text.AsSpan(start, listEnd - start).IndexOf('、') < 0)
        {
            return;
        }

        var pieceStarts = new List<int> { start };
        for (var i = start; i < listEnd; i++)
        {
            if (text[i] == '、')
            {
                pieceStarts.Add(i + 1);
            }
        }

        var closed = listEnd < text.Length && !CharClass.IsClauseEnd(text[listEnd]);
        var items = new List<(int Start, int End)>();
        for (var p = 0; p < pieceStarts.Count; p++)
        {
            var pieceStart = pieceStarts[p];
            var pieceEnd = p + 1 < pieceStarts.Count ? pieceStarts[p + 1] - 1 : listEnd;
            if (pieceEnd <= pieceStart)
            {
                return;
            }

            var tokens = sentence.Tag(pieceStart, pieceEnd);
            if (p == 0)
            {
                var (k, skip) = FirstTokenOfTrailingName(tokens);
                var leadEnd = pieceStart + (k < tokens.Count ? tokens[k].Start + skip : pieceEnd - pieceStart);
                if (!tailHead && !LeadNamesFirms(tokens, k))
                {
                    return;
                }

                items.Add((leadEnd, pieceEnd));
                continue;
            }

            AddPiece(tokens, pieceStart, pieceEnd, p == pieceStarts.Count - 1 && !closed, items);
        }

        var valid = new List<(int Start, int End)>(items.Count);
        foreach (var item in items)
        {
            if (IsItem(text, item.Start, item.End))
            {
                valid.Add(item);
            }
        }

        if (valid.Count == 0 || (valid.Count == 1 && (!tailHead || counted)) || !AnyHasProperToken(sentence, valid))
        {
            return;
        }

        found.AddRange(valid);
    }

    private bool AnyHasProperToken(SentenceTokens sentence, List<(int Start, int End)> items)
    {
        foreach (var (start, end) in items)
        {
            if (HasProperToken(sentence.Tag(start, end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A middle or last piece: one item, two when joined by 和/与/及, or (a last piece with no 等) the name it opens with.</summary>
    private static void AddPiece(IReadOnlyList<Token> tokens, int pieceStart, int pieceEnd, bool open, List<(int Start, int End)> items)
    {
        var from = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Tag == "c" && token.Text is "和" or "与" or "及" or "以及" && k > from)
            {
                items.Add((pieceStart + tokens[from].Start, pieceStart + tokens[k - 1].End));
                from = k + 1;
                continue;
            }

            if (open && k > from && (NameTokens.IsFunction(token) || NameTokens.IsVerb(token) || !NameTokens.IsNameText(token.Text)))
            {
                items.Add((pieceStart + tokens[from].Start, pieceStart + tokens[k - 1].End));
                return;
            }
        }

        if (from < tokens.Count)
        {
            items.Add((pieceStart + tokens[from].Start, pieceEnd));
        }
    }

    /// <summary>Back from the end of the first piece over name tokens: to a function word, a verb, a firm noun or a qualifier.</summary>
    private (int Token, int Skip) FirstTokenOfTrailingName(IReadOnlyList<Token> tokens)
    {
        var k = tokens.Count - 1;
        if (NameTokens.IsFunction(tokens[k]))
        {
            return (k + 1, 0);
        }

        while (true)
        {
            var skip = NameTokens.NameStartInGuess(tokens[k]);
            if (skip > 0)
            {
                return skip < tokens[k].Text.Length ? (k, skip) : (k + 1, 0);
            }

            if (k == 0)
            {
                return (0, 0);
            }

            var token = tokens[k - 1];
            if (NameTokens.IsFunction(token) || NameTokens.IsVerb(token) || !NameTokens.IsNameText(token.Text)
                || lexicons.ListHeadNouns.Contains(token.Text) || lexicons.EnumerationQualifiers.Contains(token.Text)
                || lexicons.NameLeadingWords.Contains(token.Text) || token.Tag is "m" or "t")
            {
                return (k, 0);
            }

            k--;
        }
    }

    /// <summary>等 + a noun phrase headed by a firm noun, in the same clause: 等新能源汽车企业, 等46家中小汽车零部件企业, 等在各自领域颇具影响力的企业.</summary>
    private bool TailNamesFirms(SentenceTokens sentence, int from, int clauseEnd)
    {
        var text = sentence.Text;
        var end = Math.Min(clauseEnd, from + MaxTailLength);
        if (end <= from)
        {
            return false;
        }

        var tokens = sentence.Tag(from, end);
        var head = true;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];

            // 等地企业, 等领域的企业: a blocker in the phrase right after 等, not one in a modifier (等在各自领域颇具影响力的企业).
            head &= !NameTokens.IsFunction(token) && !NameTokens.IsVerb(token);
            if (head && lexicons.ListTailBlockers.Contains(token.Text))
            {
                return false;
            }

            // The firm noun heads the phrase: no noun after it (等企业关切事项 is about matters, not firms).
            if (IsFirmNoun(token.Text) && (k + 1 == tokens.Count || tokens[k + 1].Tag is not ("n" or "vn" or "nz" or "ng")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A firm noun, or a word ending in one (知名企业, 配套企业).</summary>
    private bool IsFirmNoun(string word) => lexicons.ListHeadNouns.LongestEndingAt(word, word.Length) > 0;

    /// <summary>A list verb right before the first item, with a lead noun earlier in the clause: 客户包括A、B; 合作的品牌还包括A、B.</summary>
    private bool LeadNamesFirms(IReadOnlyList<Token> tokens, int first)
    {
        if (first == 0 || !lexicons.ListVerbs.Contains(tokens[first - 1].Text))
        {
            return false;
        }

        for (var k = 0; k < first - 1; k++)
        {
            if (lexicons.ListLeadNouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsItem(string text, int start, int end)
    {
        var item = text[start..end];
        if (end - start < 2 || end - start > (item.Any(char.IsAsciiLetter) ? 2 * MaxItemLength : MaxItemLength))
        {
            return false;
        }

        return NameTokens.IsNameText(item)
            && !char.IsAsciiDigit(item[0])
            && !lexicons.PlacePrefixes.Contains(item)
            && !CompanyName.IsGeneric(item, lexicons)
            && !CompanyName.IsTradeWords(item, lexicons)
            && !lexicons.ListHeadNouns.Contains(item)
            && !lexicons.EnumerationQualifiers.Contains(item);
    }

    private bool HasProperToken(IReadOnlyList<Token> item) =>
        item.Any(t => NameTokens.IsProper(t) && !lexicons.PlacePrefixes.Contains(t.Text));
}
