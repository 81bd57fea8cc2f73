using System.Text.RegularExpressions;
using Graph.Ingest.Places;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Clusters: names ending in 集群, started back at punctuation or a boundary word, one per item of
/// lists ("A集群、B集群和C集群", "A、B两大产业集群"). A name is kept when it is anchored — it carries a
/// place, a list level (中小企业, 国家先进制造业) or is a list item — or when it reduces to the core of an
/// anchored cluster of the same article, whose longest form it then names (纺机集群 → 东城市纺机产业集群).
/// </summary>
public sealed partial class ClusterMentionRule(ExtractionLexicons lexicons, ClusterProjectLexicons words, Segmentation.Segmenter segmenter)
    : IExtractionRule
{
    private readonly Segmentation.Segmenter _segmenter = segmenter;

    public const string SuffixRule = "cluster.suffix";
    public const string IndustryRule = "cluster.place-industry";

    /// <summary>Words after 产业 that make it part of another name (产业园, 产业基地, 产业项目, 产业发展局, 产业服务中心) or no
    /// name (产业化).</summary>
    private static readonly Lexicons.WordList IndustryGoesOn = Lexicons.WordList.FromWords("industry continuations",
        ["集群", "园", "基地", "项目", "开发区", "集聚区", "新城", "联盟", "基金", "工人", "学院", "研究院", "大会", "化", "带", "区", "工匠", "协会", "商会", "促进会", "政策", "规划", "人才", "工业园",
         "局", "办", "发展局", "发展中心", "发展服务中心", "发展促进中心", "发展办公室", "发展办", "发展集团", "发展有限公司", "服务中心", "促进中心", "办公室", "管理局", "投资"]);
    public const string ListRule = "cluster.list-item";
    public const string ShortFormRule = "cluster.short-form";
    private const string Head = "集群";
    private const string IndustryHead = "产业";

    /// <summary>A cluster name found in a sentence, before the article decides what it names.</summary>
    public sealed record Candidate(int Sentence, int Start, int End, string Surface, string FullForm, string? Place, string Core, bool Anchored, string Rule)
    {
        /// <summary>The District its place resolved to, when the place reader found the place there.</summary>
        public string? PlaceId { get; init; }
    }

    /// <summary>"A、B两大产业" before 集群: items sharing the head, counted.</summary>
    [GeneratedRegex(@"^(?<last>.+?)(?:[两二三四五六七八九十]|\d+)[大个](?:产业)?$")]
    private static partial Regex CountedList();

    [GeneratedRegex(@"^(?:(?:\d{2,4}年度?|新?(?:[一两二三四五六七八九十首]+|\d+)[批个大]))+")]
    private static partial Regex LeadingYear();

    public void Apply(ArticleScope scope)
    {
        var candidates = new List<Candidate>();
        var places = scope.ArticlePlaces.ToLookup(m => m.SentenceIndex);
        // Zones the document named in full and then by a short form (东岭湾经开区): a name may start with either.
        var placeIndex = scope.PlaceIndex;
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var text = scope.Sentences[i].Text;
            // Both readers start at a head: a sentence with neither 集群 nor 产业 holds no cluster name (most do not).
            if (!text.Contains(Head, StringComparison.Ordinal) && !text.Contains(IndustryHead, StringComparison.Ordinal))
            {
                continue;
            }

            Read(scope, i, places[i].ToList(), placeIndex, candidates);
        }

        var parents = placeIndex.Parents;
        var groups = Group(candidates.Where(c => c.Anchored), (a, b) => PlacesAgree(a, b, parents));
        foreach (var candidate in candidates)
        {
            var context = scope.Sentences[candidate.Sentence];
            var group = GroupOf(groups, candidate, (a, b) => PlacesAgree(a, b, parents));
            if (group is null)
            {
                scope.Drop(candidate.Surface, "cluster word with no place, level or list, and no named cluster it shortens", candidate.Rule, context);
                continue;
            }

            var key = group.OrderByDescending(c => c.FullForm.Length).ThenBy(c => c.Sentence).First().FullForm;
            var rule = candidate.Anchored ? candidate.Rule : ShortFormRule;
            var confidence = candidate.Anchored ? (candidate.Place is null ? 0.8 : 0.9) : 0.75;
            scope.TryAdd(candidate.Sentence, new Mention(NodeLabel.Cluster, key, candidate.Surface, context, candidate.Start, candidate.End, rule, confidence));
        }
    }

    /// <summary>The candidates of sentence <paramref name="i"/>, which holds a head, with the places read in it.</summary>
    private void Read(ArticleScope scope, int i, List<PlaceMention> sentencePlaces, DocumentPlaceIndex placeIndex, List<Candidate> candidates)
    {
        var text = scope.Sentences[i].Text;
        var found = Find(text, i).ToList();
        var industries = FindIndustries(text, i, (start, limit) => PlaceAt(text, sentencePlaces, placeIndex, start, limit)).Where(c => !found.Any(f => f.Start < c.End && c.Start < f.End));
        foreach (var read in found.Concat(industries))
        {
            var place = PlaceOf(read, sentencePlaces);
            var candidate = place is null && read.Place is null && read.Rule == SuffixRule ? WithArticleDistrictStem(scope, read) : read;
            candidates.Add(candidate with
            {
                PlaceId = place?.EntityId ?? candidate.PlaceId ?? DistrictNamed(scope.Places, candidate.Place),
                Anchored = candidate.Anchored && !(candidate.Rule == IndustryRule && place?.Level is PlaceLevel.Province or PlaceLevel.Region or PlaceLevel.Country)
                    || (candidate.Place is null && BuiltByPlace(text, candidate.Start, sentencePlaces)),
            });
        }
    }

    /// <summary>
    /// A …集群 name opening with the stem of a district the article names in full (长寿新材料产业集群 where the article
    /// writes 长寿区): the stem is its place, though alone it is a common word the gazetteer's short forms leave out.
    /// </summary>
    private static Candidate WithArticleDistrictStem(ArticleScope scope, Candidate candidate)
    {
        foreach (var mention in scope.ArticlePlaces)
        {
            var name = mention.Surface;
            if (name.Length >= 3 && name[^1] is '区' or '县' or '市' or '旗' && mention.Level is not (PlaceLevel.Province or PlaceLevel.Region or PlaceLevel.Country)
                && candidate.Surface.StartsWith(name.AsSpan(0, name.Length - 1), StringComparison.Ordinal)
                && candidate.Core.StartsWith(name.AsSpan(0, name.Length - 1), StringComparison.Ordinal) && candidate.Core.Length >= name.Length + 1)
            {
                var stem = name[..^1];
                return candidate with { Place = stem, Core = candidate.Core[stem.Length..], Anchored = true, PlaceId = mention.EntityId };
            }
        }

        return candidate;
    }

    /// <summary>
    /// The place starting at <paramref name="start"/> and ending before <paramref name="limit"/> - 1: the longest the reader
    /// found there (the first on a tie), else the longest district form of the document written there. Called at every
    /// position before a head, so a loop.
    /// </summary>
    private static string? PlaceAt(string text, List<PlaceMention> sentencePlaces, DocumentPlaceIndex placeIndex, int start, int limit)
    {
        PlaceMention? read = null;
        foreach (var p in sentencePlaces)
        {
            if (p.Start == start && p.End < limit - 1 && (read is null || p.End > read.End))
            {
                read = p;
            }
        }

        if (read is not null || start >= text.Length)
        {
            return read?.Surface;
        }

        string? form = null;
        foreach (var f in placeIndex.FormsStartingWith(text[start]))
        {
            if (f.Length < limit - start - 1 && (form is null || f.Length > form.Length) && text.AsSpan(start).StartsWith(f, StringComparison.Ordinal))
            {
                form = f;
            }
        }

        return form;
    }

    /// <summary>The place the reader found at the start of a cluster name (after a year or a qualifier).</summary>
    private static PlaceMention? PlaceOf(Candidate candidate, List<PlaceMention> places) =>
        candidate.Place is null ? null : places
            .Where(p => p.Start >= candidate.Start && p.End <= candidate.End
                        && (p.Surface.StartsWith(candidate.Place, StringComparison.Ordinal) || candidate.Place.StartsWith(p.Surface, StringComparison.Ordinal)))
            .OrderBy(p => p.Start).FirstOrDefault();

    /// <summary>The District of the document named (or aliased) by a place read off a name, when exactly one is.</summary>
    private static string? DistrictNamed(PlaceGraph places, string? place)
    {
        if (place is null)
        {
            return null;
        }

        var named = places.Districts.Where(d => d.Name == place || d.Aliases.Contains(place)).Select(d => d.Id).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// A cluster named without a place that a place of its clause builds (合肥市加快打造新能源汽车产业集群; 临江区将培育壮大…集群):
    /// only a few words, ending in a verb of building, stand between the place and the name.
    /// </summary>
    private bool BuiltByPlace(string text, int start, List<PlaceMention> places)
    {
        var place = places.Where(p => p.End <= start && start - p.End <= 8).MaxBy(p => p.End);
        if (place is null)
        {
            return false;
        }

        var between = text.AsSpan(place.End, start - place.End);
        if (between.IndexOfAny("，,。；;：:、") >= 0)
        {
            return false;
        }

        between = between.EndsWith("了", StringComparison.Ordinal) ? between[..^1] : between;
        return words.ClusterBuildVerbs.LongestEndingAt(between, between.Length) > 0;
    }

    /// <summary>Every cluster name of a sentence, anchored or not; bare 集群/产业集群 are not names.</summary>
    public IEnumerable<Candidate> Find(string text, int sentence)
    {
        var floor = 0;
        for (var at = text.IndexOf(Head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Head, at + Head.Length, StringComparison.Ordinal))
        {
            var end = at + Head.Length;
            var start = NameBoundary.Start(text, at, words, words.ClusterQualifiers, floor);
            start = JoinedTrades(text, AfterLastFunctionWord(text, start, at), at, floor);
            floor = end;
            if (start == at)
            {
                continue;
            }

            var body = text[start..at];
            var counted = CountedList().Match(body);
            if (counted.Success)
            {
                // 东城纺机、临江阀门两大产业集群: each item is a cluster named without its head.
                var itemEnd = start + counted.Groups["last"].Length;
                var itemStart = start;
                while (true)
                {
                    var item = text[itemStart..itemEnd];
                    var (place, core, _) = Reduce(item);
                    if (IsIndustry(core))
                    {
                        yield return new Candidate(sentence, itemStart, itemEnd, item, item + "产业集群", place, core, true, ListRule);
                    }

                    if (itemStart < 2 || text[itemStart - 1] is not ('、' or '和'))
                    {
                        break;
                    }

                    itemEnd = itemStart - 1;
                    itemStart = NameBoundary.Start(text, itemEnd, words, words.ClusterQualifiers);
                    if (itemStart == itemEnd)
                    {
                        break;
                    }
                }

                continue;
            }

            var (clusterPlace, clusterCore, level) = Reduce(body);
            if (!IsIndustry(clusterCore))
            {
                continue;
            }

            var listed = (start > 0 && text[start - 1] is '、' or '和') || (end < text.Length && text[end] is '、' or '和');
            var surface = text[start..end];
            yield return new Candidate(sentence, start, end, surface, surface, clusterPlace, clusterCore,
                clusterPlace is not null || level || listed, listed ? ListRule : SuffixRule);
        }
    }

    /// <summary>
    /// Clusters named by place + industry + 产业 or 产业链 (临江海工装备产业, 东岭汽车产业链, 东岭湾经开区汽车产业): the
    /// name runs back over noun tokens from the head, and counts only when it opens with a place — the gazetteer's,
    /// or one the article's place reader found there (土山镇). Without a place, 汽车产业 is an industry, not a cluster.
    /// </summary>
    public IEnumerable<Candidate> FindIndustries(string text, int sentence, Func<int, int, string?> placeAt)
    {
        for (var at = text.IndexOf(IndustryHead, StringComparison.Ordinal); at >= 0; at = text.IndexOf(IndustryHead, at + IndustryHead.Length, StringComparison.Ordinal))
        {
            var end = at + IndustryHead.Length;
            if (end < text.Length && text[end] == '链')
            {
                end++;
            }
            else if (IndustryGoesOn.LongestAt(text, end) > 0)
            {
                continue;
            }

            var clauseStart = Math.Max(NameBoundary.ClauseStart(text, at), at - 20);
            if (at - clauseStart < 2 || !HasPlaceBefore(text, clauseStart, at, placeAt))
            {
                continue;
            }

            var tokens = _segmenter.Tag(text[clauseStart..at]);
            var k = tokens.Count;
            var skip = 0;
            while (k > 0 && IsIndustryTokenHere(tokens[k - 1]))
            {
                k--;

                // A word jieba guessed across a stop character (这是|绵阳) starts the name after it.
                skip = NameTokens.NameStartInGuess(tokens[k]);
                if (skip > 0)
                {
                    break;
                }
            }

            if (k < tokens.Count && skip >= tokens[k].Text.Length)
            {
                (k, skip) = (k + 1, 0);
            }

            if (k == tokens.Count)
            {
                continue;
            }

            var start = clauseStart + tokens[k].Start + skip;

            // A place jieba split across tokens (启|东海) starts the name where it starts.
            for (var p = Math.Max(clauseStart, start - 2); p < start; p++)
            {
                if (p + lexicons.PlacePrefixes.LongestAt(text.AsSpan(0, at), p, minLength: 2) > start)
                {
                    start = p;
                    break;
                }
            }

            var body = text[start..at];
            var (place, core, _) = Reduce(body);
            // The reader's place wins over a shorter gazetteer prefix (东岭湾经开区 over 东岭).
            var readPlace = placeAt(start, at) is { } read && read.Length > (place?.Length ?? 0) ? read : null;
            if (readPlace is not null)
            {
                place = readPlace;
                core = Reduce(body[readPlace.Length..]).Core;
            }

            if (place is null || !IsIndustry(core) || core.Length < 2)
            {
                continue;
            }

            yield return new Candidate(sentence, start, end, text[start..end], text[start..end], place, core, true, IndustryRule);
        }
    }

    /// <summary>Some place starts between the clause start and the head: only then is the clause segmented.</summary>
    private bool HasPlaceBefore(string text, int from, int at, Func<int, int, string?> placeAt)
    {
        for (var p = from; p < at - 1; p++)
        {
            if (lexicons.PlacePrefixes.LongestAt(text.AsSpan(0, at), p, minLength: 2) > 0 || placeAt(p, at) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens an industry name is made of: nouns, names, places, abbreviations, attributes (新型, 高端), zones.</summary>
    /// <summary>A noun-like token of an industry's name; jieba tags 零部件 as a numeral-measure word (mq), which a count is not (三十个).</summary>
    private static bool IsIndustryToken(in Segmentation.Token token) =>
        (token.Tag is "n" or "nz" or "ns" or "nt" or "nr" or "x" or "j" or "b" or "vn" or "l" or "ng" or "zg" or "eng" or "an" || (token.Tag == "a" && token.Text.Length >= 2)
            || (token.Tag == "mq" && token.Text.Length >= 3 && !IsCountChar(token.Text[0])))
        && NameTokens.IsNameText(token.Text) && token.Text is not ("企业" or "公司" or "产业" or "集群");

    private static bool IsCountChar(char c) => char.IsDigit(c) || "一二三四五六七八九十两几百千万多数".Contains(c);

    private bool IsIndustryTokenHere(in Segmentation.Token token) =>
        IsIndustryToken(token) && !words.NameVerbs.Contains(token.Text) && !words.StopWords.Contains(token.Text);

    /// <summary>A cluster body starts after its last function word or boundary verb token (四链融合做强|新型功能材料, 所谓|中小企业).</summary>
    private int AfterLastFunctionWord(string text, int start, int headStart)
    {
        if (headStart - start < 3)
        {
            return start;
        }

        var tokens = _segmenter.Tag(text[start..headStart]);
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var token = tokens[k];
            // A place jieba reads as a verb (包头/v) opens the name; it does not bound it.
            if ((NameTokens.IsFunction(token) && token.Tag != "c")
                || (NameTokens.IsVerb(token) && token.Text.Length >= 2 && !IsIndustryVerb(tokens, k) && !lexicons.PlacePrefixes.Contains(token.Text.AsSpan())))
            {
                return start + token.End;
            }
        }

        return start;
    }

    private static bool IsJoiner(char c) => c is '与' or '和' or '及';

    private static bool IsJoiner(in Segmentation.Token token) => token.Text.Length == 1 && IsJoiner(token.Text[0]);

    /// <summary>A trade word that may stand before 与/和/及 in a joined name: a common noun or attribute, not a name jieba
    /// guessed (华锐/x) or a firm word.</summary>
    private bool IsTradeToken(in Segmentation.Token token) =>
        IsIndustryTokenHere(token) && (token.Tag is "n" or "vn" or "b" or "an" or "l" or "j" or "eng" or "ng" || (token.Tag == "a" && token.Text.Length >= 2));

    /// <summary>
    /// Two trades sharing one head (武汉市新能源与智能网联汽车产业集群, 临江市纺织和服装产业集群): when the name stops at 与/和/及
    /// and has no place of its own, the trade before the joiner (all name tokens, with or without its place) joins it.
    /// Not when the name after the joiner has its own place (东城纺机和临江阀门产业集群 are two).
    /// </summary>
    private int JoinedTrades(string text, int start, int headStart, int floor)
    {
        if (start - 1 <= floor || !IsJoiner(text[start - 1]) || headStart - start < 2 || Reduce(text[start..headStart]).Place is not null)
        {
            return start;
        }

        var joiner = start - 1;
        var before = AfterLastFunctionWord(text, NameBoundary.Start(text, joiner, words, words.ClusterQualifiers, floor), joiner);
        if (joiner - before < 2)
        {
            return start;
        }

        var (_, core, _) = Reduce(text[before..joiner]);
        if (!IsIndustry(core))
        {
            return start;
        }

        foreach (var token in _segmenter.Tag(core))
        {
            if (!IsTradeToken(token))
            {
                return start;
            }
        }

        return before;
    }

    /// <summary>A verb inside an industry name (合成材料, 智能网联): followed by a noun with no verb of news before the head.</summary>
    private bool IsIndustryVerb(IReadOnlyList<Segmentation.Token> tokens, int k) =>
        !words.NameVerbs.Contains(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].Tag is "n" or "vn" && k > 0 && tokens[k - 1].Tag is "n" or "b" or "vn" or "ns";

    /// <summary>An industry core: some noun left once places, levels and counts are off (not 上述, 千亿级, a place alone); 与/和/及
    /// may join two trades (新能源与智能网联汽车).</summary>
    private bool IsIndustry(string core)
    {
        if (core.Length < 2 || IsNumeral(core[^1]) || IsNumeral(core[0]) || lexicons.PlacePrefixes.Contains(core))
        {
            return false;
        }

        var tokens = _segmenter.Tag(core);
        return tokens.Any(t => t.Tag is "n" or "nz" or "vn" or "x" or "j" or "eng" or "l" or "ng" or "an" or "b" or "nt") && !tokens.Any(t => t.Tag is "r" or "p" && !IsJoiner(t));
    }

    /// <summary>Place, core and whether a list level was named: 2025年临江阀门中小企业特色产业 → (临江, 阀门, true).</summary>
    public (string? Place, string Core, bool Level) Reduce(string body)
    {
        var rest = LeadingYear().Replace(body, "");
        var level = false;
        for (var q = NameBoundary.StartingWordLength(rest, 0, words.ClusterQualifiers); q > 0; q = NameBoundary.StartingWordLength(rest, 0, words.ClusterQualifiers))
        {
            level |= words.ClusterLevels.Contains(rest[..q]);
            rest = rest[q..];
        }

        string? place = null;
        for (var length = Math.Min(lexicons.PlacePrefixes.MaxLength, rest.Length - 2); length >= 2; length--)
        {
            if (lexicons.PlacePrefixes.Contains(rest.AsSpan(0, length)))
            {
                place = rest[..length];
                rest = rest[length..];
                break;
            }
        }

        var core = new System.Text.StringBuilder(rest.Length);
        for (var i = 0; i < rest.Length;)
        {
            var q = NameBoundary.StartingWordLength(rest, i, words.ClusterQualifiers);
            if (q > 0)
            {
                level |= words.ClusterLevels.Contains(rest.AsSpan(i, q));
                i += q;
                continue;
            }

            core.Append(rest[i++]);
        }

        var reduced = core.ToString();
        if (reduced.EndsWith("产业链", StringComparison.Ordinal))
        {
            reduced = reduced[..^3];
        }
        else if (reduced.EndsWith("产业", StringComparison.Ordinal))
        {
            reduced = reduced[..^2];
        }

        return (place, reduced, level);
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千万".Contains(c);

    /// <summary>Anchored names with the same core and no conflicting place are one cluster.</summary>
    private static List<List<Candidate>> Group(IEnumerable<Candidate> anchored, Func<Candidate, Candidate, bool> agree)
    {
        var groups = new List<List<Candidate>>();
        foreach (var candidate in anchored)
        {
            var group = groups.FirstOrDefault(g => g.All(c => c.Core == candidate.Core && agree(c, candidate)));
            if (group is null)
            {
                groups.Add([candidate]);
            }
            else
            {
                group.Add(candidate);
            }
        }

        return groups;
    }

    private static List<Candidate>? GroupOf(List<List<Candidate>> groups, Candidate candidate, Func<Candidate, Candidate, bool> agree)
    {
        var matching = groups.Where(g => g.Contains(candidate) || g.All(c => c.Core == candidate.Core && agree(c, candidate))).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    /// <summary>
    /// Places agree when one is missing, they are the same place, or one lies within the other (秀屿区 in 莆田市): an
    /// article that speaks of an industry at two scales of one place speaks of one cluster.
    /// </summary>
    private static bool PlacesAgree(Candidate a, Candidate b, ILookup<string, string> parents) =>
        a.Place is null || b.Place is null || PlaceStem(a.Place) == PlaceStem(b.Place)
        || (a.PlaceId is { } x && b.PlaceId is { } y && (x == y || Within(x, y, parents) || Within(y, x, parents)));

    private static bool Within(string place, string ancestor, ILookup<string, string> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([place]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var parent in parents[at])
            {
                if (parent == ancestor)
                {
                    return true;
                }

                if (seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return false;
    }

    private static string PlaceStem(string place) =>
        place.Length > 2 && place[^1] is '市' or '省' or '县' or '区' ? place[..^1] : place;
}

