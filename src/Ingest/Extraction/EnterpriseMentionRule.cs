using Graph.Ingest.Resolution;
using Graph.Ingest.Segmentation;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Mentions of enterprises in a sentence: every surface the alias resolver knows (full names and
/// their short forms), longest first, plus the members of enumerations such as
/// "交付A、B、C等知名客户" that name firms the text has not named before.
/// </summary>
public sealed class EnterpriseMentionRule(ExtractionLexicons lexicons, Segmenter segmenter) : IExtractionRule
{
    public const string KnownNameRule = "enterprise.known-name";
    public const string EnumerationRule = "enterprise.enumeration";

    /// <summary>Nouns that, after 等, say the list before them names firms.</summary>
    private static readonly Lexicons.WordList FirmNounWords =
        Lexicons.WordList.FromWords("firm nouns", ["客户", "企业", "车企", "厂商", "厂家", "公司", "品牌", "集团", "龙头"]);

    /// <summary>Supply cues and prepositions that stand before the first item of a list (交付A、B; 为A、B).</summary>
    private readonly Lexicons.WordList _itemCues = Lexicons.WordList.FromWords("list cues",
        lexicons.SupplyCues.SelectMany(c => c.Words).Concat(["在", "为", "给", "向", "与"]));

    public void Apply(ArticleScope scope)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            foreach (var mention in Find(scope.Sentences[i], scope.Companies))
            {
                scope.TryAdd(i, mention);
            }

            foreach (var surface in scope.Companies.Ambiguous.Keys.Where(k => scope.Sentences[i].Text.Contains(k, StringComparison.Ordinal)))
            {
                scope.Drop(surface, $"ambiguous short name: could be {string.Join(" or ", scope.Companies.Ambiguous[surface])}",
                    KnownNameRule, scope.Sentences[i]);
            }
        }
    }

    public List<Mention> Find(SentenceContext context, AliasResolver resolver)
    {
        var text = context.Text;
        var mentions = new List<Mention>();
        foreach (var (start, length, canonical) in resolver.Surfaces.Matches(text))
        {
            mentions.Add(new Mention(NodeLabel.Enterprise, canonical, text.Substring(start, length), context, start, start + length,
                KnownNameRule, canonical.Length == length ? 0.95 : 0.85));
        }

        foreach (var (start, end) in EnumeratedFirms(text))
        {
            var surface = text[start..end].Trim();
            if (!mentions.Any(m => m.Start < end && start < m.End) && IsFirmName(surface))
            {
                mentions.Add(new Mention(NodeLabel.Enterprise, resolver.Resolve(surface) ?? surface, surface, context, start, end, EnumerationRule, 0.7));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>The names a list of firms gives in <paramref name="text"/>: what the resolver learns before matching.</summary>
    public IEnumerable<string> EnumeratedFirmNames(string text) =>
        EnumeratedFirms(text).Select(span => text[span.Start..span.End].Trim()).Where(IsFirmName);

    private bool IsFirmName(string surface) =>
        surface.Length >= 2 && !lexicons.PlacePrefixes.Contains(surface) && !CompanyName.IsGeneric(surface, lexicons)
        && CompanyName.LooksLikeBrand(surface, lexicons);

    /// <summary>
    /// A listed firm carries a name jieba does not know as a common word (星火 x, 傅利叶 nr, Yokowo eng);
    /// a list of common words (配套设施、市场资源对接等企业关切事项) names no firm.
    /// </summary>
    private bool HasProperToken(string surface) =>
        segmenter.Tag(surface).Any(t => t.Tag is "x" or "nr" or "nz" or "eng" or "nrt" && t.Text.Any(char.IsLetter));

    /// <summary>Spans of the items of "A、B、C等…客户/企业" lists.</summary>
    public IEnumerable<(int Start, int End)> EnumeratedFirms(string text)
    {
        for (var etc = text.IndexOf('等'); etc > 0; etc = text.IndexOf('等', etc + 1))
        {
            if (!FollowedByFirmNoun(text, etc + 1))
            {
                continue;
            }

            var items = new List<(int Start, int End)>();
            var end = etc;
            while (true)
            {
                var start = end;
                while (start > 0 && IsItemChar(text[start - 1]))
                {
                    start--;
                }

                start = AfterLastCue(text, start, end);
                if (end - start < 2 || end - start > 20)
                {
                    break;
                }

                items.Add((start, end));
                if (start > 0 && text[start - 1] is '、' or ',')
                {
                    end = start - 1;
                    continue;
                }

                break;
            }

            // One name before 等 is an example, not a list; a list of firms names at least one firm
            // jieba does not know as a common word (星火、傅利叶; 蔚来、大众安徽), a list of common words none.
            if (items.Count >= 2 && items.Any(i => HasProperToken(text[i.Start..i.End])))
            {
                foreach (var item in items)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>等 + qualifiers only (国内外, 知名, 龙头…) + a firm noun: the list before 等 names firms.</summary>
    private bool FollowedByFirmNoun(string text, int at)
    {
        var i = at;
        while (i < text.Length)
        {
            if (FirmNounWords.LongestAt(text, i) > 0)
            {
                return true;
            }

            var qualifier = lexicons.EnumerationQualifiers.LongestAt(text, i);
            if (qualifier == 0)
            {
                return false;
            }

            i += qualifier;
        }

        return false;
    }

    /// <summary>An item starts after the last supply or preposition cue or leading verb inside it (批量交付Smiths Group → Smiths Group).</summary>
    private int AfterLastCue(string text, int start, int end)
    {
        var best = start;
        var item = text.AsSpan(0, end);
        for (var p = start; p < end; p++)
        {
            var leading = lexicons.NameLeadingWords.LongestAt(item, p);
            if (leading > 0 && end - (p + leading) >= 2)
            {
                best = Math.Max(best, p + leading);
            }

            // A cue inside the name itself (the 为 of 华为) would leave nothing: only cues that leave a name count.
            var cue = _itemCues.LongestAt(item, p);
            if (cue > 0 && end - (p + cue) >= 2)
            {
                best = Math.Max(best, p + cue);
            }
        }

        return best;
    }

    private static bool IsItemChar(char c) =>
        c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '&' or '·';
}
