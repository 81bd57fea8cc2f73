using Graph.Ingest.Annotation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Model;
using CharClass = Graph.Ingest.Characters.CharClass;

namespace Graph.Ingest.Patterns;

/// <summary>
/// Possible firms written by a short name alone (领航精工, 锦绣汽车, 丹阳光学): a brand word — any content word, a verb
/// or a place as well as a word jieba does not know — and trade words ending in a firm's head word, not part of any
/// mention. The shape alone does not tell a firm from a product (驱动电机, 消费电子); <see cref="PatternRule"/> keeps a
/// candidate only when a relation pattern takes it in a firm's slot (为X供应, X董事长, X的客户, 由X控股).
/// </summary>
public sealed class SlotFirms(ExtractionLexicons lexicons)
{
    /// <summary>The rule of a candidate's mention while it waits for a slot.</summary>
    public const string Rule = "names.slot-candidate";

    /// <summary>
    /// The candidates of a sentence, added to <paramref name="found"/> in text order: character span, and whether a place
    /// brand is covered by the name (a list the caller reuses: no iterator per sentence).
    /// </summary>
    public void Find(AnnotatedSentence sentence, List<(int Start, int End, bool OverPlace)> found)
    {
        var elements = sentence.Elements;
        var text = sentence.Text;
        for (var i = 0; i + 1 < elements.Length; i++)
        {
            if (AfterBlockerStart(elements, i, text))
            {
                continue;
            }

            var brand = elements[i];
            var overPlace = brand.Kind == ElementKind.Place && sentence.Mentions[brand.Mention].Label == NodeLabel.District;
            if (BrandThenTrade(elements, i, text, overPlace) is { } next)
            {
                found.Add((brand.Start, EndBeforeGluedFormer(elements, next, text), overPlace));
                i = next - 1;
            }
            else if (!overPlace && ByCharacters(elements, i, text) is { } read)
            {
                found.Add((read.Start, read.End, false));
                i = read.Next - 1;
            }
        }
    }

    /// <summary>
    /// 恒沁新|材原|总经理: jieba glued a function character (原: former) to the open trade word before a title; the name ends
    /// before it, as the read by characters ends 远湃|重卡原 (glued-function-chars.txt).
    /// </summary>
    private int EndBeforeGluedFormer(Element[] elements, int next, string text)
    {
        var last = elements[next - 1];
        return last.Length > 1 && next < elements.Length && elements[next].Kind == ElementKind.Title
            && lexicons.GluedFunctionChars.Contains(text.AsSpan(last.End - 1, 1)) ? last.End - 1 : last.End;
    }

    /// <summary>
    /// A brand word (or place) at <paramref name="i"/>, then the longest run of trade words that ends in a head word (锦绣|汽车, not
    /// 锦绣|汽车|供应链; up to the first head word when a word comes twice): the element after the name.
    /// </summary>
    private int? BrandThenTrade(Element[] elements, int i, string text, bool overPlace)
    {
        // The cheap test first: the name needs a plain word after the brand that is no verb (a trade word, or the open
        // trade after an unknown word), so most positions are ruled out before any lexicon is asked.
        var after = elements[i + 1];
        if (!IsPlainWord(after) || after.Tag == "v")
        {
            return null;
        }

        // Then the brand's shape (a word of two or three characters with a content word's tag: no lexicon asked), the
        // word after the brand (most words are no trade word: a trade word, unless the brand is a word jieba does not
        // know, the open trade below), and last the brand word itself.
        var brand = elements[i];
        if (!overPlace && !(brand.Kind == ElementKind.Word && brand.Length is 2 or 3 && IsBrandTag(brand.Tag)))
        {
            return null;
        }

        if ((overPlace || brand.Tag != "x") && !IsTradeOrHead(text.AsSpan(after.Start, after.Length)))
        {
            return null;
        }

        if (!overPlace && !(IsBrandWord(text.AsSpan(brand.Start, brand.Length)) && !(brand.Tag is "v" && i > 0 && IsPredicateBefore(elements[i - 1]))))
        {
            return null;
        }

        var next = -1;
        var firstHead = -1;
        for (var j = i + 1; j < elements.Length && IsPlainWord(elements[j]) && elements[j].Tag != "v"
            && IsTradeOrHead(text.AsSpan(elements[j].Start, elements[j].Length)); j++)
        {
            if (Repeats(elements, i + 1, j, text))
            {
                // 北辰|重卡|新能源|重卡: a trade word said again starts the firm's product; the name ends at its first head word.
                next = firstHead;
                break;
            }

            var word = text.AsSpan(elements[j].Start, elements[j].Length);
            if (lexicons.FirmHeadWords.Contains(word) || lexicons.SlotFirmHeadWords.Contains(word))
            {
                next = j + 1;
                firstHead = firstHead < 0 ? j + 1 : firstHead;
            }
        }

        // 琴岛|冷链, 朗星|通讯, 鹏翼|无人机: after a word jieba does not know, any one noun word is the trade.
        if (next < 0 && !overPlace && brand.Tag == "x" && i + 1 < elements.Length && IsOpenTrade(elements[i + 1], text))
        {
            next = i + 2;
        }

        return next < 0 || (next < elements.Length && ContinuesPhrase(elements[next], text, overPlace)) || (i > 0 && ModifiesBrand(elements[i - 1], text))
            ? null
            : next;
    }

    /// <summary>
    /// 所|需兰炭|煤气: jieba cut a word of product-brand-blockers.txt (所需) after its first character, which stands alone before
    /// the element at <paramref name="i"/>: what follows is the rest of that word and the product, no brand.
    /// </summary>
    private bool AfterBlockerStart(Element[] elements, int i, string text)
    {
        if (i == 0 || elements[i - 1] is not { Kind: ElementKind.Word, Length: 1 } before || elements[i].Kind != ElementKind.Word
            || before.End != elements[i].Start)
        {
            return false;
        }

        Span<char> pair = [text[before.Start], text[elements[i].Start]];
        return lexicons.ProductBrandBlockers.Contains(pair);
    }

    /// <summary>A word, or a word the annotator read as a name it holds no mention for (琴岛|冷链: 冷 is a surname).</summary>
    private static bool IsPlainWord(Element element) =>
        element.Kind == ElementKind.Word || (element.Kind == ElementKind.Person && element.Mention < 0);

    private bool IsTradeOrHead(ReadOnlySpan<char> word) =>
        CompanyName.IsTradeWords(word, lexicons) || lexicons.SlotFirmHeadWords.Contains(word);

    /// <summary>
    /// A noun of two or three Han characters that may be a firm's trade when the brand before it is a word jieba does not
    /// know: not a generic or firm word (规上|企业, 船|企), not an industry (…业), not a product or a field
    /// (slot-open-trade-blockers.txt: 车规|芯片), not a trade word with a function character glued to it (化工|系).
    /// </summary>
    private bool IsOpenTrade(Element element, string text)
    {
        var word = text.AsSpan(element.Start, element.Length);
        return IsPlainWord(element) && element.Length is 2 or 3 && element.Tag is ['n', ..] or "l" or "x" or "j"
            && element.Tag is not ("nr" or "nrfg" or "nrt" or "ns")
            && AllHan(word) && !word.Contains('业') && !word.Contains('企')
            && !(word.Length == 3 && lexicons.GluedFunctionChars.Contains(word[2..]))
            && !CompanyName.IsGeneric(word, lexicons) && !lexicons.FirmNouns.Contains(word) && !lexicons.SlotOpenTradeBlockers.Contains(word);
    }

    /// <summary>A trade word said again in the run (北辰重卡|新能源重卡: the firm's product).</summary>
    private static bool Repeats(Element[] elements, int from, int j, string text)
    {
        for (var k = from; k < j; k++)
        {
            if (text.AsSpan(elements[k].Start, elements[k].Length).SequenceEqual(text.AsSpan(elements[j].Start, elements[j].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name jieba did not cut as brand | trade words (晟|泰|铸造, 昊川锂|能, 众|和|模具, 蓝鲸 read as a person's name before
    /// 客车): the plain words from <paramref name="i"/> read by characters, two or three brand characters then trade words
    /// ending in a head word, up to the end of a word. The brand is unknown words or single characters (not 大|功率|电机,
    /// whose words jieba knows); the same context rules as a brand word's.
    /// </summary>
    private (int Start, int End, int Next)? ByCharacters(Element[] elements, int i, string text)
    {
        var first = elements[i];
        var person = first.Kind == ElementKind.Person && first.Mention < 0 && !(i > 0 && elements[i - 1].Kind == ElementKind.Title);
        // 由皓川|橡塑: a function character jieba glued before the brand opens the name.
        var start = first.Kind == ElementKind.Word && first.Length is 2 or 3 && first.Tag is "x" or "nr"
            && lexicons.GluedFunctionChars.Contains(text.AsSpan(first.Start, 1)) ? first.Start + 1 : first.Start;
        if (!(first.Kind == ElementKind.Word || person) || NameTokens.IsStopChar(text[start])
            || (start == first.Start && !((person || OpensUnknownBrand(elements, i)) && MayEndRunAhead(elements, i, start, person, text))))
        {
            return null;
        }

        (int Start, int End, int Next)? found = null;
        for (var j = i; j < elements.Length && j - i < 4 && elements[j].End - start <= 12; j++)
        {
            var element = elements[j];
            if (!(element.Kind == ElementKind.Word || (j == i && person)) || !AllHan(text, element.Start, element.End))
            {
                break;
            }

            // 宏岳|橡塑于: a function character jieba glued after an unknown word ends the name before it.
            // 峡光|化工系: also after trade words jieba glued it to.
            var end = element.Length > 1 && lexicons.GluedFunctionChars.Contains(text.AsSpan(element.End - 1, 1))
                && (element.Tag == "x" || (j > i && IsTradeRun(text.AsSpan(element.Start, element.Length - 1))))
                ? element.End - 1 : element.End;
            foreach (var brandLength in (ReadOnlySpan<int>)[2, 3])
            {
                var split = start + brandLength;
                // The cheap test first: trade words end in a head word, so most ends rule the split out by one bit.
                if (split >= end || !MayEndTradeRun(text[end - 1]) || !UnknownBrand(elements, i, split, person)
                    || !IsBrandWord(text.AsSpan(start, brandLength)) || !IsTradeRun(text.AsSpan(split, end - split)))
                {
                    continue;
                }

                if (end < element.End || !(j + 1 < elements.Length && ContinuesPhrase(elements[j + 1], text, false)))
                {
                    found = (start, end, j + 1);
                }

                break;
            }

            if (end < element.End)
            {
                break;
            }
        }

        // 由湘驰|轨道, 为鹏翼|无人机: after a brand jieba glued a function character to, any one noun word is the trade.
        if (found is null && start > first.Start && first.End - start is 2 or 3 && i + 1 < elements.Length
            && IsBrandWord(text.AsSpan(start, first.End - start)) && IsOpenTrade(elements[i + 1], text)
            && !(i + 2 < elements.Length && ContinuesPhrase(elements[i + 2], text, false)))
        {
            found = (start, elements[i + 1].End, i + 2);
        }

        // The context last (lexicon lookups): only a name read needs it.
        return found is not null && start == first.Start && i > 0 && ModifiesBrand(elements[i - 1], text) ? null : found;
    }

    /// <summary>
    /// Whether some word the read by characters may reach (the loop of <see cref="ByCharacters"/>) ends, or ends but for
    /// a glued character, in a character a head word may end with: without one no trade run ends there, so nothing is read.
    /// </summary>
    private bool MayEndRunAhead(Element[] elements, int i, int start, bool person, string text)
    {
        for (var j = i; j < elements.Length && j - i < 4 && elements[j].End - start <= 12; j++)
        {
            var element = elements[j];
            if (!(element.Kind == ElementKind.Word || (j == i && person)))
            {
                return false;
            }

            if ((element.End > 0 && MayEndTradeRun(text[element.End - 1])) || (element.Length > 1 && MayEndTradeRun(text[element.End - 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The brand characters [start of <paramref name="i"/>, <paramref name="split"/>) are not one word jieba knows: a name
    /// jieba read as a person's, or words each of one character or unknown (x), the last of which may run on into the trade
    /// words; a single character opening it is a noun, a name, unknown or a measure word not after a number (泓/q|锦|玻璃, not 百万|片),
    /// one after it no verb or function word (not 用|好|数据).
    /// </summary>
    private static bool UnknownBrand(Element[] elements, int i, int split, bool person)
    {
        if (person)
        {
            return elements[i].End == split;
        }

        for (var k = i; k < elements.Length && elements[k].Start < split; k++)
        {
            var tag = elements[k].Tag;
            if (k == i ? !OpensUnknownBrand(elements, i)
                : elements[k].Length > 1 ? tag != "x"
                : tag is "u" or "uj" or "ul" or "p" or "m" or "q" or "r" or "f"
                    // 琤/zg|越/d|电子, 沩/g|安/v|模具: after a character jieba has no word for, an adverb or verb is the brand's too.
                    || (tag is "d" or "v" && elements[i].Tag is not ("g" or "zg")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The element at <paramref name="i"/> may open brand characters jieba has no word for (<see cref="UnknownBrand"/>):
    /// an unknown word (x), or one character that is a noun, a name, unknown or a measure word not after a number.
    /// </summary>
    private static bool OpensUnknownBrand(Element[] elements, int i)
    {
        var tag = elements[i].Tag;
        return elements[i].Length > 1 ? tag == "x"
            : tag is "nr" or "nrt" or "nrfg" or "j" or "ng" or "n" or "x" or "nz" or "ns" or "g" or "zg" or "q"
                && !(tag == "q" && i > 0 && elements[i - 1].Tag is "m");
    }

    /// <summary>Whether a firm's head word may end with <paramref name="last"/> (what <see cref="IsTradeRun"/> asks first).</summary>
    private bool MayEndTradeRun(char last) => lexicons.FirmHeadWords.MayEndWith(last) || lexicons.SlotFirmHeadWords.MayEndWith(last);

    /// <summary>Trade words ending in a firm's head word (锂能, 精密模具, 紧固件).</summary>
    private bool IsTradeRun(ReadOnlySpan<char> words)
    {
        for (var head = 1; head <= words.Length; head++)
        {
            var last = words[^head..];
            if ((lexicons.FirmHeadWords.Contains(last) || lexicons.SlotFirmHeadWords.Contains(last))
                && (head == words.Length || CompanyName.IsTradeWords(words[..^head], lexicons)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllHan(string text, int start, int end) => AllHan(text.AsSpan(start, end - start));

    private static bool AllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!CharClass.IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBrandTag(string tag) =>
        tag is "n" or "nr" or "nrt" or "nrfg" or "ns" or "nz" or "nt" or "x" or "v" or "vn" or "a" or "an" or "i" or "l" or "j";

    /// <summary>
    /// A word that may be a brand: two or three Han characters of a content word, not itself trade words, a generic word or
    /// a material or part (负极|材料, 电芯|外壳: product-brand-blockers.txt).
    /// </summary>
    private bool IsBrandWord(ReadOnlySpan<char> word) =>
        AllHan(word)
        && !NameTokens.IsStopChar(word[0])
        && !word.Contains('一')
        && !IsTradeOrHead(word)
        && !CompanyName.IsGeneric(word, lexicons)
        && !lexicons.ProductBrandBlockers.Contains(word);

    /// <summary>After an adverb or a name, a verb is the predicate (园区则|主攻新能源汽车, X主攻…), not a brand.</summary>
    private static bool IsPredicateBefore(Element before) =>
        before.Kind is ElementKind.Ent or ElementKind.Org or ElementKind.Person or ElementKind.Cluster or ElementKind.Project
        || (before.Kind == ElementKind.Word && before.Tag is "d" or "r");

    /// <summary>
    /// A word after the trade words that makes them an industry (芜湖汽车|产业链, 锦绣汽车|行业: a word with 业 in it), or
    /// any noun after a place and trade words (常州机械|企业): a place's trade is an industry before it is a firm.
    /// </summary>
    private static bool ContinuesPhrase(Element next, string text, bool overPlace) =>
        next.Kind == ElementKind.Word
        && (text.AsSpan(next.Start, next.Length).Contains('业') || (overPlace && next.Tag is ['n', ..] or "vn" or "b"));

    /// <summary>
    /// A noun or an adjective before the brand makes it part of a longer phrase (新能源驱动电机), unless it is a firm noun
    /// (龙头企业X) or a verb jieba tagged as a noun that stands before names (现任/n X副总裁; not 配套/a 牵引电机).
    /// </summary>
    private bool ModifiesBrand(Element before, string text) =>
        before.Kind == ElementKind.Word && before.Tag is ['n', ..] or "vn" or "a" or "b" or "an"
        && !lexicons.FirmNouns.Contains(text.AsSpan(before.Start, before.Length))
        && !(before.Tag is ['n', ..] && lexicons.NameLeadingWords.Contains(text.AsSpan(before.Start, before.Length)));
}
