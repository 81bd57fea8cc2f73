using Graph.Ingest.Segmentation;
using CharClass = Graph.Ingest.Characters.CharClass;

namespace Graph.Ingest.Extraction;

/// <summary>A span of sentence text recognised as a full enterprise name.</summary>
public readonly record struct NameSpan(int Start, int End, CompanyName Name);

/// <summary>
/// Finds full enterprise names (…有限公司, …股份有限公司, …集团, …分公司) in a sentence: each company-form
/// suffix, then back over the jieba tokens before it to where the name starts — punctuation, an unclosed
/// bracket, a function word (与, 的, 由, 该), or a verb or firm noun after which a name is left by itself
/// (A拿下B有限公司 → B有限公司; 整车企业B分公司 → B分公司). Name boundaries are token boundaries: the 为 of
/// 云帆技术有限公司 is inside a word, not a preposition.
/// </summary>
public sealed class CompanyNameRecognizer(ExtractionLexicons lexicons, Segmenter segmenter)
{
    private readonly Segmenter _segmenter = segmenter;

    /// <summary>The words that end a zone's name (经济技术开发区, 工业园): resources/places/zone-suffixes.txt, longest first.</summary>
    private static readonly string[] ZoneWords = [.. Places.DataFile.Read(Lexicons.ResourceLines.PathOf("places", "zone-suffixes.txt"), 1)
        .Select(r => r.Fields[0]).Where(w => w.Contains('区') || w.Contains('园')).OrderByDescending(w => w.Length)];

    /// <summary>A zone's name ends right before <paramref name="at"/> (遵义经济技术开发区|贵州某某…).</summary>
    private static bool AfterZoneName(string text, int at)
    {
        foreach (var word in ZoneWords)
        {
            if (at >= word.Length + 2 && text.AsSpan(0, at).EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns for firms in general: before a name they classify it (龙头企业B有限公司), they are not part of it.</summary>
    private static readonly Lexicons.WordList FirmNouns =
        Lexicons.WordList.FromWords("firm nouns", ["企业", "车企", "厂商", "厂家", "公司", "集团", "客户", "龙头", "巨头", "供应商", "主机厂", "整车厂",
            "龙头企业", "本土企业", "骨干企业", "重点企业", "链主企业", "配套企业", "民营企业", "国有企业", "外资企业", "领军企业"]);

    private const int MaxNameLength = 30;

    /// <summary>Characters a name is made of: Han, ASCII letters and digits, joiners (甲乙-丙丁) and brackets around a place.</summary>
    private static bool IsNameChar(char c) =>
        CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '&' or '·' or '-';

    /// <summary>The full names of a sentence, in order (an empty list, not a new one, for the many sentences without).</summary>
    public IReadOnlyList<NameSpan> Find(string text)
    {
        List<NameSpan>? result = null;
        var forms = lexicons.CompanyForms;
        var previousEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var form = LongestFormAt(text, i, forms);
            if (form == 0)
            {
                continue;
            }

            var end = i + form;
            var start = StartOfName(text, i, previousEnd);
            if (start < i)
            {
                var full = text[start..end];
                var name = CompanyName.Parse(full, lexicons);
                if (name is not null && !(name.Form is "公司" or "集团" && IsPhrase(name.Brand)) && !EndsInKinshipNoun(full))
                {
                    if (result is { Count: > 0 } && result[^1].End == start)
                    {
                        // 海川集团|东海特钢有限公司: a name that starts where another ends is one longer name.
                        var joined = CompanyName.Parse(text[result[^1].Start..end], lexicons);
                        if (joined is not null)
                        {
                            start = result[^1].Start;
                            name = joined;
                            result.RemoveAt(result.Count - 1);
                        }
                    }

                    (result ??= []).Add(new NameSpan(start, end, name));
                    previousEnd = end;
                }
            }

            i = end - 1;
        }

        return result ?? (IReadOnlyList<NameSpan>)[];
    }

    /// <summary>Nouns that say how one firm is related to another (全资子公司, 母公司): a name never ends with one.</summary>
    private static readonly string[] KinshipNouns = ["子公司", "孙公司", "母公司", "参股公司"];

    /// <summary>
    /// 公司全资子公司|远峰科技有限公司, 渝鼎股份子公司获…: text ending in 子公司 is the relation, not a firm's name, so the name
    /// after it is not joined to it either.
    /// </summary>
    private static bool EndsInKinshipNoun(string full)
    {
        foreach (var noun in KinshipNouns)
        {
            if (full.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Before a bare 公司 or 集团, a brand that is a phrase is no brand: one function word or verb (正如公司), a verb
    /// ending it (带领公司), or common words only (技术研发公司); a registered form (远航动力电池有限公司) keeps its
    /// brand whatever the words.
    /// </summary>
    private bool IsPhrase(string brand)
    {
        var tokens = _segmenter.Tag(brand);
        if (IsGluedOfficeWord(tokens[^1]))
        {
            return true;
        }

        if (tokens.Count == 1)
        {
            // 影响公司, 供应公司 (a verb noun), 同期公司 (a distinguishing word), 一季度公司 (a count of time), 今年以来公司 (a set phrase)
            return tokens[0].Tag is "v" or "d" or "c" or "p" or "r" or "u" or "ad" or "f" or "t" or "vn" or "b" or "mq" or "i";
        }

        // 报告期内公司, 疫情期间公司, 报告期末公司: a time or a locality word ending the run says when, not whose (a brand is
        // no 报告期内); 主要供应公司, 直接供应公司: a verb after an adverb or a distinguishing word is the clause's verb
        if (tokens[^1].Tag is "f" or "t"
            || (tokens[^1].Tag is "v" or "vn" && tokens.Take(tokens.Count - 1).Any(t => t.Tag is "b" or "d" or "ad")))
        {
            return true;
        }

        return NameTokens.IsVerb(tokens[^1]) || tokens.All(t => t.Tag is "n" or "vn" or "v" or "a" or "an" or "j");
    }

    /// <summary>
    /// 现任|公司董事长, 实际控制|人为|公司董事长, 历任|公司副总经理: a common word ending in 任 (holding an office) or 为 (jieba's
    /// 人为 of 控制人|为) before a bare 公司 is the verb of the clause, and 公司 the firm the text speaks of; a proper name
    /// jieba knows (华为/nr) is still a brand.
    /// </summary>
    private static bool IsGluedOfficeWord(in Token token) =>
        token.Text.Length >= 2 && token.Text[^1] is '任' or '为'
        && (token.Tag is "n" or "v" or "vn" or "d" or "b" or "a" or "p" or "c" or "l"
            || (token.Text.Length == 2 && token.Text[1] == '任' && OfficeTimeChars.Contains(token.Text[0])));

    /// <summary>First characters of 曾任, 现任, 历任, 兼任 …, which jieba may not know (曾任/x).</summary>
    private const string OfficeTimeChars = "曾现历兼原前新调升转继拟";

    private int StartOfName(string text, int formStart, int previousEnd)
    {
        var floor = Math.Max(Math.Max(0, formStart - MaxNameLength), previousEnd);
        var runStart = NameBoundary.RunStart(text, formStart, floor, IsNameChar, static (_, _) => false);
        if (formStart - runStart < 2)
        {
            return runStart;
        }

        var tokens = _segmenter.Tag(text[runStart..formStart]);
        var (first, skip) = FirstNameToken(tokens);
        // A place jieba tags as a function word (大连/d) still opens the name after it: 用的是|大连睿拓…有限公司.
        while (skip == 0 && first > 0 && first < tokens.Count && tokens[first - 1].Text.Length >= 2
            && OpensName(tokens[first - 1].Text))
        {
            first--;
        }

        // 安徽|和/c|垚|铜材有限公司: 和 between the place opening the name and a single character jieba does not join is the
        // brand's first character (和垚), not a conjunction (浙江和江苏… has a word after 和)
        if (skip == 0 && first >= 2 && first < tokens.Count && tokens[first - 1].Text == "和" && tokens[first].Text.Length == 1
            && CharClass.IsHan(tokens[first].Text[0]) && !NotBrandChars.Contains(tokens[first].Text[0])
            && tokens[first - 2].Text.Length >= 2 && OpensName(tokens[first - 2].Text))
        {
            first -= 2;
        }

        // 北京|骋/vg|越/d|新能源汽车有限公司: single characters of a brand jieba does not know, one tagged as an adverb or a
        // pronoun, right after the place opening the name are the brand, not a function word ending the text before it.
        if (skip == 0 && first > 0 && first < tokens.Count && tokens[first - 1].Text.Length == 1
            && PlaceBeforeBrandChars(tokens, first - 1, 0) is var place and >= 0)
        {
            first = place;
        }

        // 江西的|赣|越/d|门窗有限公司: two or three single characters of a brand jieba does not know, one tagged as an adverb,
        // opening the run (after 的, a list mark or a clause boundary) are the brand, not a function word ending the text
        // before it; the whole is a name (越来越多公司, 更多有限公司 are words, not single characters).
        if (skip == 0 && first < tokens.Count && BrandCharsAfterDe(tokens, first) is var chars and > 0
            && CompanyName.Parse(text[(runStart + tokens[first - chars].Start)..(formStart + LongestFormAt(text, formStart, lexicons.CompanyForms))], lexicons) is not null)
        {
            first -= chars;
        }

        var start = first < tokens.Count ? runStart + tokens[first].Start + skip : formStart;

        // Words such as 冲着/走访 that lead into a name are not part of it.
        for (var stripped = true; stripped;)
        {
            stripped = false;
            for (var length = Math.Min(lexicons.NameLeadingWords.MaxLength, formStart - start - 2); length >= 1; length--)
            {
                if (lexicons.NameLeadingWords.Contains(text.AsSpan(start, length)))
                {
                    start += length;
                    stripped = true;
                    break;
                }
            }
        }

        // A verb or a firm noun with a whole name after it ends what comes before (A拿下B有限公司, 整车企业B分公司).
        var formEnd = formStart + LongestFormAt(text, formStart, lexicons.CompanyForms);
        for (var k = tokens.Count - 1; k >= first; k--)
        {
            var after = runStart + tokens[k].End;
            if (after > start && after < formStart - 1 && (NameTokens.IsVerb(tokens[k]) || tokens[k].Tag == "vn" || FirmNouns.Contains(tokens[k].Text)
                    || lexicons.NameLeadingWords.Contains(tokens[k].Text) || IsGluedOfficeWord(tokens[k]))
                && !IsBrandCharAfterPlace(tokens, k, first)
                // 湖北|楚峰/x|覆/v|铜板有限公司: one verb character right after a brand jieba guessed, with common words only after
                // it, is a character of the name (星途/x|获/v|鼎晟/x|有限公司 still ends at 获: a brand follows it)
                && !(tokens[k].Text.Length == 1 && k > first && tokens[k - 1].Tag == "x" && NameTokens.IsProper(tokens[k - 1])
                    && !AnyProperAfter(tokens, k))
                && !ContinuesTrade(tokens, k)
                // a place jieba tags as a verb (相邻的|遵义/v|某某电解铝有限公司) opens the name, it does not end the text before it
                && !(tokens[k].Text.Length >= 2 && OpensName(tokens[k].Text))
                && CompanyName.Parse(text[after..formEnd], lexicons) is not null)
            {
                start = after;
                break;
            }
        }

        // Within the run, a name that opens with a place starts there (支持浙江远航… → 浙江远航…); not a place in brackets (博瑞达（盐城）).
        var depth = 0;
        for (var p = start; p < formStart - 2; p++)
        {
            depth += text[p] is '(' or '（' ? 1 : text[p] is ')' or '）' ? -1 : 0;
            var length = depth == 0 ? LongestPlaceAt(text, p, formStart) : 0;
            if (length > 0 && formStart - p - length >= 2 && (p == start || IsTokenStart(tokens, p - runStart)))
            {
                // a zone's name, then a place opening the firm's (走进遵义经济技术开发区|贵州某某铝业股份有限公司): the firm's
                // name starts at the second place (a zone followed by trade words, 某某开发区投资有限公司, stays one name)
                for (var q = p + length; q < formStart - 2; q++)
                {
                    if (AfterZoneName(text, q) && LongestPlaceAt(text, q, formStart) is var second and > 0 && formStart - q - second >= 2)
                    {
                        return q;
                    }
                }

                return p;
            }
        }

        return start;
    }

    /// <summary>
    /// 国有资本|投资|运营|有限公司, 股权|投资|基金|管理|有限公司: a verb that is a trade word itself, with another trade word
    /// right after it, is part of the name's trade, not a verb ending the text before the name (A拿下B有限公司, A投资建设B有限公司
    /// still end at the last verb: a brand follows it).
    /// </summary>
    private bool ContinuesTrade(IReadOnlyList<Token> tokens, int k) =>
        lexicons.TradeWords.Contains(tokens[k].Text) && k + 1 < tokens.Count && lexicons.TradeWords.Contains(tokens[k + 1].Text);

    /// <summary>A proper token (a brand jieba does not know) stands after token <paramref name="k"/>.</summary>
    private static bool AnyProperAfter(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count; j++)
        {
            if (NameTokens.IsProper(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Single characters that stay verbs or function words even right after a place (浙江|是|…, 江苏|将|…).</summary>
    private const string NotBrandChars = "是有在为由向与和及将把被对给让从到等的了也又还已均都即并就";

    /// <summary>
    /// 新疆|准/v|能电力有限公司, 新疆|泓/q|润/v|煤化有限公司: a brand jieba does not know falls apart into single characters after
    /// the place that opens the name; one to three such characters right after a place are the brand, not a verb.
    /// </summary>
    private bool IsBrandCharAfterPlace(IReadOnlyList<Token> tokens, int k, int first) => PlaceBeforeBrandChars(tokens, k, first) >= 0;

    /// <summary>The place token before one to three single brand characters ending at <paramref name="k"/>, else -1.</summary>
    private int PlaceBeforeBrandChars(IReadOnlyList<Token> tokens, int k, int first)
    {
        var m = k;
        while (m >= first && tokens[m].Text.Length == 1 && !NotBrandChars.Contains(tokens[m].Text[0]))
        {
            m--;
        }

        return m < k && k - m <= 3 && m >= first && tokens[m].Text.Length >= 2 && OpensName(tokens[m].Text) ? m : -1;
    }

    /// <summary>
    /// A place a firm's name may open with: a province, city or county of the gazetteer, or a city whose short form the
    /// stoplist keeps from being read as a place in running text (大同, 长治: a full name after it settles it).
    /// </summary>
    private bool OpensName(string word) => lexicons.PlacePrefixes.Contains(word) || lexicons.StoplistedCityStems.Contains(word);

    /// <summary>
    /// How many single characters that may be a brand's (no 是, 将, 已 …), two or three, stand right before
    /// <paramref name="first"/> with 的 or the start of the run before them; else 0.
    /// </summary>
    private static int BrandCharsAfterDe(IReadOnlyList<Token> tokens, int first)
    {
        var m = first - 1;
        while (m >= 0 && first - m <= 3 && tokens[m].Text.Length == 1 && CharClass.IsHan(tokens[m].Text[0]) && !NotBrandChars.Contains(tokens[m].Text[0]))
        {
            m--;
        }

        var count = first - m - 1;
        return count is 2 or 3 && (m < 0 || tokens[m].Text == "的") ? count : 0;
    }

    /// <summary>Index of the first token of the name: back from the end to a function word or stop character outside brackets.</summary>
    private (int Token, int Skip) FirstNameToken(IReadOnlyList<Token> tokens)
    {
        var depth = 0;
        var k = tokens.Count;
        // The outermost closing bracket met: one never opened in the run (（记者 王明）浙江某某有限公司) ends the text before the name.
        var unopened = -1;
        while (k > 0)
        {
            var token = tokens[k - 1];
            if (depth == 0 && token.Text is ")" or "）")
            {
                unopened = k - 1;
            }

            depth += token.Text is ")" or "）" ? 1 : token.Text is "(" or "（" ? -1 : 0;
            if (depth == 0 && (NameTokens.IsFunction(token) || (token.Text.Length == 1 && NameTokens.IsStopChar(token.Text[0])))
                && !InsideTradeWord(tokens, k - 1))
            {
                break;
            }

            // A word jieba guessed from single characters (以中集, 强及) still ends at a stop character inside it.
            var skip = depth == 0 ? NameTokens.NameStartInGuess(token) : 0;
            // 安徽|和鑫/x|铜材有限公司: a guess opening with a stop character right after the place that opens the name is the
            // brand (和鑫), not a conjunction and a brand
            if (skip == 1 && k >= 2 && tokens[k - 2].Text.Length >= 2 && OpensName(tokens[k - 2].Text))
            {
                skip = 0;
            }

            if (skip > 0)
            {
                return (k - 1, skip);
            }

            k--;
        }

        return (depth > 0 ? unopened + 1 : k, 0);
    }

    /// <summary>
    /// 浙江|甬|帆船|用/p|设备|有限公司: a one-character function word that makes a trade word with the character before it
    /// (船用, 车用, 家用), with a trade word after it, is part of the name's trade, not a preposition ending the text before
    /// the name (星河汽车|用|岚越电子有限公司 still ends at 用: a brand follows it).
    /// </summary>
    private bool InsideTradeWord(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text.Length == 1 && i > 0 && i + 1 < tokens.Count
        && lexicons.TradeWords.Contains(string.Concat(tokens[i - 1].Text[^1], tokens[i].Text)) && lexicons.TradeWords.Contains(tokens[i + 1].Text);

    private static bool IsTokenStart(IReadOnlyList<Token> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Start == offset)
            {
                return true;
            }

            if (token.Start > offset)
            {
                return false;
            }
        }

        return false;
    }

    private int LongestPlaceAt(string text, int start, int limit) =>
        lexicons.PlacePrefixes.LongestAt(text.AsSpan(0, limit), start, minLength: 2);

    private static int LongestFormAt(string text, int start, Lexicons.WordList forms) =>
        forms.LongestAt(text, start, minLength: 2);
}
