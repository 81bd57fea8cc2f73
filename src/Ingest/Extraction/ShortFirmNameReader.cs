using Graph.Ingest.Segmentation;
using Graph.Model;
using CharClass = Graph.Ingest.Characters.CharClass;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Firms named by brand + trade words alone (海川传动, 九州智能): a token jieba does not know (tag x, or a
/// two-character name nr) followed by trade words, standing between list separators or clause boundaries.
/// The brand being unknown to the dictionary is what tells a firm from a phrase (智能机器人 is not a firm).
/// </summary>
/// <remarks>
/// The batch pre-pass gives these names to the alias resolver, so every sentence of the batch that uses
/// them is matched by <see cref="EnterpriseMentionRule"/>.
/// </remarks>
public sealed class ShortFirmNameReader(ExtractionLexicons lexicons)
{


    /// <summary>Characters that may stand right after a firm's name.</summary>
    private static bool EndsName(char c) => c is '、' or ',' or '，' or '。' or '；' or ';' or '等' or '的' or '是' or '在' or '与' or '和'
        or '及' or '为' or '将' or '已' or '也' or '作' or '“' or '”' or '：' or ':';

    /// <summary>Characters that may stand right before a firm's name.</summary>
    private static bool StartsName(char c) => c is '\n' or '、' or ',' or '，' or '。' or '；' or ';' or '：' or ':' or '“' or '”' or '和' or '与' or '及';

    /// <summary>
    /// Adds the spans of the names this rule reads in a sentence to <paramref name="found"/>: what the alias resolver learns
    /// before matching. Only clauses where a head word (科技, 工具…) ends a possible name are segmented: the rest of the text
    /// cannot hold such a name, and segmenting only them keeps the rule cheap.
    /// </summary>
    public void Find(SentenceTokens sentence, List<(int Start, int End)> found)
    {
        var text = sentence.Text;
        var clauseEnd = -1;
        for (var i = 2; i < text.Length; i++)
        {
            var length = lexicons.FirmHeadWords.LongestAt(text, i);
            if (length == 0 || i < clauseEnd || (i + length < text.Length && !EndsName(text[i + length]) && !CharClass.IsHan(text[i + length])))
            {
                continue;
            }

            var clauseStart = i;
            while (clauseStart > 0 && !CharClass.IsClauseEnd(text[clauseStart - 1]))
            {
                clauseStart--;
            }

            clauseEnd = i + length;
            while (clauseEnd < text.Length && !CharClass.IsClauseEnd(text[clauseEnd]))
            {
                clauseEnd++;
            }

            FindInClause(sentence, clauseStart, clauseEnd, found);
        }
    }

    private void FindInClause(SentenceTokens sentence, int clauseStart, int clauseEnd, List<(int Start, int End)> found)
    {
        var text = sentence.Text;
        var tokens = sentence.Tag(clauseStart, clauseEnd);
        for (var k = 0; k < tokens.Count; k++)
        {
            var (at, next, opened) = BrandAt(tokens, k, clauseStart);
            if (next < 0 || !(opened || at == 0 || StartsName(text[at - 1]) || IsVerbOrPreposition(tokens, k - 1)
                || (k > 0 && (lexicons.PlacePrefixes.Contains(tokens[k - 1].Text) || lexicons.FirmNouns.Contains(tokens[k - 1].Text)))
                || (k > 1 && tokens[k - 1].Text == "的" && tokens[k - 2].Tag == "ns"))) // 瑞安的恒通汽配: a place's firm
            {
                continue;
            }

            var end = next;
            while (end < tokens.Count && CompanyName.IsTradeWords(tokens[end].Text, lexicons))
            {
                end++;
            }

            if (end == next)
            {
                continue;
            }

            var stop = clauseStart + tokens[end - 1].End;
            if ((stop < text.Length && !EndsName(text[stop]) && !(end < tokens.Count && StartsPredicate(tokens[end])))
                || !lexicons.FirmHeadWords.Contains(tokens[end - 1].Text))
            {
                continue;
            }

            found.Add((at, stop));
            k = end - 1;
        }
    }

    /// <summary>Characters jieba glues to an unknown brand after it: 由鼎晟|精工, 是蓉航|飞机, 有海岚|电器.</summary>
    private bool IsGluedFunctionChar(char c) => lexicons.GluedFunctionChars.Contains(new ReadOnlySpan<char>(in c));

    /// <summary>
    /// Where a brand starts at token <paramref name="k"/> and the token after it (-1: no brand): one unknown token; an
    /// unknown token with a function character glued before it (由鼎晟 — the brand starts after it, and the character
    /// opens the name); or two single characters jieba split (鸿|跃, 蜀|锂, 晟|泰).
    /// </summary>
    private (int At, int Next, bool Opened) BrandAt(IReadOnlyList<Token> tokens, int k, int clauseStart)
    {
        var token = tokens[k];
        // 由鼎晟, 采购自骐川: a function character glued before an unknown brand is not the brand's, even when the three
        // characters would pass for one.
        if (token.Text.Length == 3 && token.Tag is "x" or "nr" && IsGluedFunctionChar(token.Text[0])
            && IsUnknownBrand(token with { Text = token.Text[1..] }))
        {
            return (clauseStart + token.Start + 1, k + 1, true);
        }

        // 曾|任砚|禾|电器: a function character glued to the brand's first character, the second a word of its own.
        if (token.Text.Length == 2 && token.Tag is "x" or "nr" && IsGluedFunctionChar(token.Text[0]) && k + 1 < tokens.Count
            && tokens[k + 1].Text.Length == 1 && tokens[k + 1].Tag is not ("u" or "uj" or "ul" or "p" or "c" or "d" or "m" or "q" or "r")
            && IsUnknownBrand(new Token(token.Text[1..] + tokens[k + 1].Text, token.Start + 1, tokens[k + 1].End, "x")))
        {
            return (clauseStart + token.Start + 1, k + 2, true);
        }

        if (IsUnknownBrand(token))
        {
            return (clauseStart + token.Start, k + 1, false);
        }

        if (k + 1 < tokens.Count && token.Text.Length == 1 && tokens[k + 1].Text.Length == 1
            && token.Tag is "nr" or "j" or "ng" or "x" or "nz" or "ns" or "g" && tokens[k + 1].Tag is not ("u" or "uj" or "ul" or "p" or "c" or "d" or "m" or "q" or "r")
            && IsUnknownBrand(new Token(token.Text + tokens[k + 1].Text, token.Start, tokens[k + 1].End, "x")))
        {
            return (clauseStart + token.Start, k + 2, false);
        }

        return (-1, -1, false);
    }

    private bool IsUnknownBrand(Token token) =>
        token.Text.Length is 2 or 3
        && token.Tag is "x" or "nr" or "nz" or "nrt" or "ns"
        && token.Text.All(CharClass.IsHan)
        && !NameTokens.IsStopChar(token.Text[0])
        && token.Text[0] is not ('这' or '那' or '该' or '此' or '每' or '各' or '本' or '其' or '某')
        && !(token.Tag is "ns" && lexicons.PlacePrefixes.Contains(token.Text)) // 凌云/nr, 嘉禾/nr: a county's name read as a person's is a brand
        && !token.Text.Contains('一') // 新一轮, 新一代: phrases, not brands
        && token.Text[^1] is not ('局' or '厅' or '委' or '办' or '署' or '会' or '院' or '所') // 经信局: a body
        && !CompanyName.IsTradeWords(token.Text, lexicons)
        && !CompanyName.IsGeneric(token.Text, lexicons)
        && !lexicons.ProductBrandBlockers.Contains(token.Text); // 锂离子|电池: a chemistry, not a brand

    /// <summary>A verb, preposition or adverb right after the trade words ends the name (楚风汽车签署, 星沙重工投资), and so does a title (启辰动力创始人).</summary>
    private bool StartsPredicate(Token token) => token.Tag is "v" or "vn" or "p" or "d" or "c" or "t" or "a" or "r" || lexicons.NameLeadingWords.Contains(token.Text) || lexicons.Titles.Contains(token.Text);

    private static bool IsVerbOrPreposition(IReadOnlyList<Token> tokens, int k) =>
        k >= 0 && tokens[k].Tag is "v" or "p" or "vn";
}
