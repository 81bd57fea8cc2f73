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
public sealed class ShortFirmNameReader(ExtractionLexicons lexicons, Segmenter segmenter)
{
    private readonly Lexicons.WordList _heads = Lexicons.WordList.Load(Lexicons.ResourceLines.PathOf("extraction", "firm-head-words.txt"));


    /// <summary>Characters that may stand right after a firm's name.</summary>
    private static bool EndsName(char c) => c is '、' or ',' or '，' or '。' or '；' or ';' or '等' or '的' or '是' or '在' or '与' or '和'
        or '及' or '为' or '将' or '已' or '也' or '作' or '“' or '”' or '：' or ':';

    /// <summary>Characters that may stand right before a firm's name.</summary>
    private static bool StartsName(char c) => c is '\n' or '、' or ',' or '，' or '。' or '；' or ';' or '：' or ':' or '“' or '”' or '和' or '与' or '及';

    /// <summary>The names this rule reads in a sentence: what the alias resolver learns before matching.</summary>
    public IEnumerable<string> Names(string text) => Find(text).Select(s => text[s.Start..s.End]);



    /// <summary>
    /// Only clauses where a head word (科技, 工具…) ends a possible name are segmented: the rest of the text
    /// cannot hold such a name, and segmenting only them keeps the rule cheap.
    /// </summary>
    private List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int Start, int End)>();
        var clauseEnd = -1;
        for (var i = 2; i < text.Length; i++)
        {
            var length = _heads.LongestAt(text, i);
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

            FindInClause(text, clauseStart, clauseEnd, found);
        }

        return found;
    }

    private void FindInClause(string text, int clauseStart, int clauseEnd, List<(int Start, int End)> found)
    {
        var tokens = segmenter.Tag(text[clauseStart..clauseEnd]);
        for (var k = 0; k < tokens.Count; k++)
        {
            var brand = tokens[k];
            var at = clauseStart + brand.Start;
            if (!IsUnknownBrand(brand) || !(at == 0 || StartsName(text[at - 1]) || IsVerbOrPreposition(tokens, k - 1)
                || (k > 0 && lexicons.PlacePrefixes.Contains(tokens[k - 1].Text))))
            {
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && CompanyName.IsTradeWords(tokens[end].Text, lexicons))
            {
                end++;
            }

            if (end == k + 1)
            {
                continue;
            }

            var stop = clauseStart + tokens[end - 1].End;
            if ((stop < text.Length && !EndsName(text[stop]) && !(end < tokens.Count && StartsPredicate(tokens[end])))
                || !_heads.Contains(tokens[end - 1].Text))
            {
                continue;
            }

            found.Add((at, stop));
            k = end - 1;
        }
    }

    private bool IsUnknownBrand(Token token) =>
        token.Text.Length is 2 or 3
        && token.Tag is "x" or "nr" or "nz" or "nrt" or "ns"
        && token.Text.All(CharClass.IsHan)
        && !NameTokens.IsStopChar(token.Text[0])
        && token.Text[0] is not ('这' or '那' or '该' or '此' or '每' or '各' or '本' or '其' or '某')
        && !lexicons.PlacePrefixes.Contains(token.Text)
        && !token.Text.Contains('一') // 新一轮, 新一代: phrases, not brands
        && token.Text[^1] is not ('局' or '厅' or '委' or '办' or '署' or '会' or '院' or '所') // 经信局: a body
        && !CompanyName.IsTradeWords(token.Text, lexicons)
        && !CompanyName.IsGeneric(token.Text, lexicons);

    /// <summary>A verb, preposition or adverb right after the trade words ends the name (楚风汽车签署, 星沙重工投资), and so does a title (启辰动力创始人).</summary>
    private bool StartsPredicate(Token token) => token.Tag is "v" or "vn" or "p" or "d" or "c" || lexicons.Titles.Contains(token.Text);

    private static bool IsVerbOrPreposition(IReadOnlyList<Token> tokens, int k) =>
        k >= 0 && tokens[k].Tag is "v" or "p" or "vn";
}
