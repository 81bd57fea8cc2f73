using System.Collections.Immutable;

namespace Graph.Ingest.Extraction;

/// <summary>
/// A full enterprise name decomposed as place | brand | trade | form (嘉兴 | 远航 | 精密机械 | 股份有限公司),
/// with the short forms articles build from it (远航, 远航精密, 嘉兴远航).
/// </summary>
public sealed record CompanyName(string Full, string? Place, string Brand, ImmutableArray<string> TradeWords, string Form, string? Parent)
{
    /// <summary>Short forms an article may use for this company, most specific first.</summary>
    public ImmutableArray<string> ShortForms(ExtractionLexicons lexicons)
    {
        var forms = new List<string>();
        var trade = string.Concat(TradeWords);
        if (trade.Length > 0)
        {
            forms.Add(Brand + trade);
            for (var k = TradeWords.Length - 1; k >= 1; k--)
            {
                forms.Add(Brand + string.Concat(TradeWords.Take(k)));
            }

            if (TradeWords.Length > 1)
            {
                forms.Add(Brand + TradeWords[^1]);
            }

            // The brand with one trade word of the name, a compound one split (甲乙科技 of 某地甲乙能源科技有限公司).
            foreach (var part in TradeWords.SelectMany(w => Parts(w, lexicons.TradeWords)))
            {
                forms.Add(Brand + part);
            }
        }

        // 甲乙股份 of 甲乙精工股份有限公司.
        if (Form.StartsWith("股份", StringComparison.Ordinal))
        {
            forms.Add(Brand + "股份");
        }

        // 晋城市|泽州县|国有资本投资有限公司: a place and a brand that is itself a place name nothing but places (晋城市泽州县)
        if (Place is not null && !lexicons.PlacePrefixes.Contains(Brand))
        {
            forms.Add(Place + Brand);
            if (trade.Length > 0)
            {
                forms.Add(Place + Brand + trade);
            }
        }

        if (Form.EndsWith("集团", StringComparison.Ordinal) || Form.Contains("集团", StringComparison.Ordinal))
        {
            forms.Add(Brand + "集团");
        }

        forms.Add(Brand + "公司");
        if (IsDistinctiveBrand(Brand, lexicons))
        {
            forms.Add(Brand);
        }

        return [.. forms.Where(f => f != Full && f.Length >= 2).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The trade words a compound trade word is made of (能源科技 → 能源, 科技); none when it is not compound.</summary>
    private static IEnumerable<string> Parts(string word, Lexicons.WordList tradeWords)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (tradeWords.Contains(word.AsSpan(0, i)) && Segment(word[i..], tradeWords) is { } rest)
            {
                return [word[..i], .. rest];
            }
        }

        return [];
    }

    /// <summary>A bare brand is a usable alias only when it is not itself a place or a common word.</summary>
    public static bool IsDistinctiveBrand(string brand, ExtractionLexicons lexicons) =>
        brand.Length >= 2
        && !lexicons.PlacePrefixes.Contains(brand)
        && !lexicons.TradeWords.Contains(brand)
        && !IsGeneric(brand, lexicons);

    /// <summary>
    /// A brand is a name, not a date, a number, a trade word or a project: 2025年公司 and 发展集团有限公司
    /// and …示范项目运维公司 are phrases around a company form, not companies.
    /// </summary>
    public static bool LooksLikeBrand(string brand, ExtractionLexicons lexicons) =>
        brand.Length >= 2
        && !char.IsAsciiDigit(brand[0])
        && !IsMadeOf(brand, lexicons.TradeWords)
        && !brand.Contains("项目", StringComparison.Ordinal)
        && !brand.Contains("工程", StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> is made only of trade words (科技, 精密机械).</summary>
    public static bool IsTradeWords(ReadOnlySpan<char> text, ExtractionLexicons lexicons) =>
        text.Length > 0 && IsMadeOf(text, lexicons.TradeWords);

    /// <summary>True when <paramref name="brand"/> is made only of generic words (全资子, 科技型, 这家).</summary>
    public static bool IsGeneric(ReadOnlySpan<char> brand, ExtractionLexicons lexicons) =>
        IsMadeOf(brand, lexicons.GenericCompanyWords);

    /// <summary>Splits a full name; null when no brand is left once place, trade and form are taken off.</summary>
    public static CompanyName? Parse(string full, ExtractionLexicons lexicons)
    {
        var form = LongestSuffix(full, lexicons.CompanyForms);
        if (form is null)
        {
            return null;
        }

        // 标的公司, 目标公司, 合资公司, 上市公司: a role a document gives a firm (document-role-names.txt) ends no name, whatever
        // stands before it (三年内向|标的公司)
        foreach (var role in lexicons.DocumentRoleNames.Words)
        {
            if (role.Length >= 4 && full.EndsWith(role, StringComparison.Ordinal))
            {
                return null;
            }
        }

        var body = full[..^form.Length];
        string? parent = null;

        // 海川集团东海特钢有限公司, 瑞博电气系统有限公司嘉兴分公司: the inner name is the parent.
        var inner = LastInnerForm(body, lexicons.CompanyForms);
        if (inner > 0)
        {
            parent = body[..inner];
            body = body[inner..];
        }

        string? place = null;
        var open = body.IndexOfAny(['(', '（']);
        if (open > 0)
        {
            var close = body.IndexOfAny([')', '）'], open);
            if (close > open)
            {
                place = body[(open + 1)..close];
                body = body[..open] + body[(close + 1)..];
            }
        }

        if (parent is not null && (body.Length < 2 || lexicons.PlacePrefixes.Contains(body)))
        {
            // 瑞博电气系统有限公司嘉兴分公司: the branch is named by its parent's brand.
            var parentName = Parse(parent, lexicons);
            return parentName is null ? null : parentName with { Full = full, Place = place ?? parentName.Place, Form = form, Parent = parent };
        }

        var prefix = LongestPrefix(body, lexicons.PlacePrefixes);
        if (prefix is not null && body.Length - prefix.Length >= 2)
        {
            // A place prefix counts only when a brand is left after it (东方|特钢 is no place + brand).
            var rest = body[prefix.Length..];
            // 山东|临清|华岳|齿轮|有限公司: a county's or city's name after the province, with a brand and a trade after it, is
            // the place too; the brand is what follows it (华岳齿轮 the short name, not 临清华岳齿轮 only). Not after a city or a
            // county (某市|某区绝缘材料: the brand may be a place's name there)
            if (lexicons.ProvincePrefixes.Contains(prefix) && LongestPrefix(rest, lexicons.PlacePrefixes) is { } second && rest.Length - second.Length >= 3
                && Compose(full, second, rest[second.Length..], form, parent, lexicons) is { TradeWords.Length: > 0 } afterSecond)
            {
                return afterSecond;
            }

            var withPlace = Compose(full, prefix, rest, form, parent, lexicons);
            if (withPlace is not null)
            {
                return withPlace;
            }
        }

        return Compose(full, place, body, form, parent, lexicons);
    }

    private static CompanyName? Compose(string full, string? place, string body, string form, string? parent, ExtractionLexicons lexicons)
    {
        if (body.Length < 2)
        {
            return null;
        }

        var (brand, trade) = SplitBrandAndTrade(body, lexicons.TradeWords);
        return IsGeneric(brand, lexicons) || !LooksLikeBrand(brand, lexicons) ? null : new CompanyName(full, place, brand, trade, form, parent);
    }

    private static (string Brand, ImmutableArray<string> Trade) SplitBrandAndTrade(string body, Lexicons.WordList tradeWords)
    {
        // The brand is the shortest head (two characters at least) after which the rest is all trade words.
        for (var i = 2; i < body.Length; i++)
        {
            var words = Segment(body[i..], tradeWords);
            if (words is not null)
            {
                return (body[..i], words.Value);
            }
        }

        return (body, []);
    }

    /// <summary>The tail as a sequence of trade words (longest first), or null if it is not made of them.</summary>
    private static ImmutableArray<string>? Segment(string tail, Lexicons.WordList tradeWords)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (i < tail.Length)
        {
            var found = false;
            for (var length = Math.Min(tradeWords.MaxLength, tail.Length - i); length >= 1; length--)
            {
                var candidate = tail.Substring(i, length);
                if (tradeWords.Contains(candidate))
                {
                    words.Add(candidate);
                    i += length;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return words.ToImmutable();
    }

    /// <summary>
    /// The text splits into words of the list taking the longest at each step, as <see cref="Segment"/> does, without
    /// building the words: what the tests of a word run for every token read.
    /// </summary>
    private static bool IsMadeOf(ReadOnlySpan<char> text, Lexicons.WordList words)
    {
        var i = 0;
        while (i < text.Length)
        {
            // The longest word at i (WordList.LongestAt: a character no word starts with ends the split at once).
            var length = words.LongestAt(text, i);
            if (length == 0)
            {
                return false;
            }

            i += length;
        }

        return true;
    }

    private static string? LongestSuffix(string text, Lexicons.WordList words)
    {
        for (var length = Math.Min(words.MaxLength, text.Length); length >= 1; length--)
        {
            if (words.Contains(text.AsSpan(text.Length - length)))
            {
                return text[^length..];
            }
        }

        return null;
    }

    private static string? LongestPrefix(string text, Lexicons.WordList words)
    {
        for (var length = Math.Min(words.MaxLength, text.Length); length >= 2; length--)
        {
            if (words.Contains(text.AsSpan(0, length)))
            {
                return text[..length];
            }
        }

        return null;
    }

    /// <summary>End of the last company form inside <paramref name="body"/> that leaves a name on both sides.</summary>
    private static int LastInnerForm(string body, Lexicons.WordList forms)
    {
        for (var end = body.Length - 1; end >= 4; end--)
        {
            foreach (var form in forms.Words)
            {
                if (form.Length <= end && string.CompareOrdinal(body, end - form.Length, form, 0, form.Length) == 0
                    && form != "公司" && end - form.Length >= 2)
                {
                    return end;
                }
            }
        }

        return -1;
    }
}
