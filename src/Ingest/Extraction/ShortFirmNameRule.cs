using Graph.Ingest.Segmentation;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Firms named by brand + trade words alone (贝托传动, 九识智能): a token jieba does not know (tag x, or a
/// two-character name nr) followed by trade words, standing between list separators or clause boundaries.
/// The brand being unknown to the dictionary is what tells a firm from a phrase (智能机器人 is not a firm).
/// </summary>
public sealed class ShortFirmNameRule(ExtractionLexicons lexicons, Segmenter segmenter) : IExtractionRule
{
    private readonly Lexicons.WordList _heads = Lexicons.WordList.Load(Lexicons.ResourceLines.PathOf("extraction", "firm-head-words.txt"));

    public const string Rule = "enterprise.brand-trade";

    /// <summary>Characters that may stand right after a firm's name.</summary>
    private static bool EndsName(char c) => c is '、' or ',' or '，' or '。' or '；' or ';' or '等' or '的' or '是' or '在' or '与' or '和'
        or '及' or '为' or '将' or '已' or '也' or '作' or '“' or '”' or '：' or ':';

    /// <summary>Characters that may stand right before a firm's name.</summary>
    private static bool StartsName(char c) => c is '、' or ',' or '，' or '。' or '；' or ';' or '：' or ':' or '“' or '”' or '和' or '与' or '及';

    public void Apply(ArticleScope scope)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            foreach (var (start, end) in Find(context.Text))
            {
                var surface = context.Text[start..end];
                scope.TryAdd(i, new Mention(NodeLabel.Enterprise, scope.Companies.Resolve(surface) ?? surface, surface, context, start, end, Rule, 0.65));
            }
        }
    }

    /// <summary>The names this rule reads in a sentence: what the alias resolver learns before matching.</summary>
    public IEnumerable<string> Names(string text) => Find(text).Select(s => text[s.Start..s.End]);

    // The batch pre-pass and the article rule read the same sentence strings: segment each once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<(int Start, int End)>> _found = new();

    private List<(int Start, int End)> Find(string text) => _found.GetValue(text, FindUncached);

    private bool HasHeadWord(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (_heads.LongestAt(text, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private List<(int Start, int End)> FindUncached(string text)
    {
        var found = new List<(int Start, int End)>();
        if (!HasHeadWord(text))
        {
            return found;
        }

        var tokens = segmenter.Tag(text);
        for (var k = 0; k < tokens.Count; k++)
        {
            var brand = tokens[k];
            if (!IsUnknownBrand(brand) || !(brand.Start == 0 || StartsName(text[brand.Start - 1]) || IsVerbOrPreposition(tokens, k - 1)))
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

            var stop = tokens[end - 1].End;
            if ((stop < text.Length && !EndsName(text[stop])) || !_heads.Contains(tokens[end - 1].Text))
            {
                continue;
            }

            found.Add((brand.Start, stop));
            k = end - 1;
        }

        return found;
    }

    private bool IsUnknownBrand(Token token) =>
        token.Text.Length is 2 or 3
        && token.Tag is "x" or "nr" or "nz"
        && token.Text.All(c => c is >= '\u4e00' and <= '\u9fff')
        && token.Text[0] is not ('以' or '在' or '为' or '与' or '和' or '及' or '的' or '等' or '从' or '对' or '向' or '将' or '把' or '被')
        && !lexicons.PlacePrefixes.Contains(token.Text)
        && !CompanyName.IsGeneric(token.Text, lexicons);

    private static bool IsVerbOrPreposition(IReadOnlyList<Token> tokens, int k) =>
        k >= 0 && tokens[k].Tag is "v" or "p" or "vn";
}
