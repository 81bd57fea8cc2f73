using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Places;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// MEMBER_OF that the text implies without stating it (<c>basis: implied</c>, low confidence): the firms an article about
/// one cluster describes belong to it. Which cluster a sentence is about:
/// <list type="bullet">
/// <item>an article that names one cluster only is about it throughout (<see cref="ArticleRule"/>), except in the sentences that
/// name it: what those say of a firm and the cluster is a pattern's to read;</item>
/// <item>else a sentence that opens with a cluster ("临江…集群，是…"), or a paragraph of one sentence that names one cluster
/// ("本轮竞赛中，某市还参与了X集群的申报。"), makes it the topic of the sentences after it, until another cluster is named
/// so (<see cref="ParagraphRule"/>).</item>
/// </list>
/// Not members: the firms the article's firms supply (customers), parents of its firms, investors from elsewhere, firms
/// whose own place (in their name, or a LOCATED_IN read before) lies outside the cluster's place and does not hold it, and
/// firms honoured at a customer's supplier meeting that only their name's province places (<see cref="HostAwardRule"/>).
/// </summary>
public sealed class ClusterImpliedMemberRule(ExtractionLexicons lexicons, Gazetteer gazetteer, ClusterImpliedMemberRule.Words words) : IExtractionRule
{
    /// <summary>The rule's word lists, each a commented file under <c>resources/extraction/</c>.</summary>
    /// <param name="FinancialFirms">Words of a firm's name that make it a financier, not a member (投资, 基金, 银行).</param>
    /// <param name="IndustryKinds">Words before 产业 that name a kind or a rank of industry, not a trade (重点产业, 新兴产业).</param>
    /// <param name="SupplierClusters">Words in a cluster's name that make it a cluster of suppliers (某镇工程机械配套产业链).</param>
    public sealed record Words(Lexicons.WordList FinancialFirms, Lexicons.WordList IndustryKinds, Lexicons.WordList SupplierClusters)
    {
        public static Words Load(string folder) => new(
            Lexicons.WordList.Load(Path.Combine(folder, "financial-firm-words.txt")),
            Lexicons.WordList.Load(Path.Combine(folder, "industry-kind-words.txt")),
            Lexicons.WordList.Load(Path.Combine(folder, "supplier-cluster-words.txt")));
    }

    public const string ParagraphRule = "member-of.cluster-paragraph";
    public const string ArticleRule = "member-of.article-cluster";

    /// <summary>The pattern of supplies.pat that reads an award at a customer's supplier meeting (HOST).</summary>
    public const string HostAwardRule = "supplies.award-at-host-meeting";

    public void Apply(ArticleScope scope)
    {
        var topics = Topics(scope);
        if (topics.All(t => t is null))
        {
            return;
        }

        var customers = scope.Relations.Where(r => r.Type == RelationType.SUPPLIES).Select(r => r.To).ToHashSet();
        var suppliers = scope.Relations.Where(r => r.Type == RelationType.SUPPLIES).Select(r => r.From).ToHashSet();
        // Firms a customer honours at its supplier meeting came to it from anywhere (来自全国的…供应商): the province of their
        // registered name does not place them in a city's or a county's cluster.
        var honoured = scope.Relations.Where(r => r.Type == RelationType.SUPPLIES && r.Rule == HostAwardRule).Select(r => r.From).ToHashSet();
        // A firm the article gives as its example (以X为例) is one of the cluster's firms, even when it buys from another or owns one.
        var examples = scope.AllMentions.Where(m => m.Label == NodeLabel.Enterprise && IsExample(m)).Select(m => m.Entity).ToHashSet();
        // (a firm's subsidiary: a candidate the schema will drop, a person read as the child, makes no parent)
        var parents = scope.Relations.Where(r => r.Type == RelationType.SUBSIDIARY_OF && r.From.Label == NodeLabel.Enterprise).Select(r => r.To).ToHashSet();
        // A bare name that is part of another firm's name in the article (星河 of 北辰星河汽车有限公司) may be either: no guess.
        var firms = scope.AllMentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Entity.Name).Distinct().ToList();
        // Nor a name of two characters (星河, 北辰): read alone, it may stand for any firm that carries it.
        bool Ambiguous(string name) => name.Length <= 2 || firms.Any(o => o.Length > name.Length && o.Contains(name, StringComparison.Ordinal));
        var stated = scope.Relations.Where(r => r.Type == RelationType.MEMBER_OF && r.To.Label == NodeLabel.Cluster).Select(r => r.From).ToHashSet();
        var districtCodes = scope.PlaceIndex.Codes;
        var placesOf = scope.Relations.Where(r => r.Type == RelationType.LOCATED_IN && r.To.Label == NodeLabel.District)
            .ToLookup(r => r.From, r => districtCodes.GetValueOrDefault(r.To.EntityId));
        var clusterPlaces = new Dictionary<EntityKey, ImmutableArray<string>>();
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            if (topics[i] is not var (cluster, rule))
            {
                continue;
            }

            if (!clusterPlaces.TryGetValue(cluster, out var clusterCodes))
            {
                clusterPlaces[cluster] = clusterCodes = CodesAt(cluster.Name);
            }

            // The sentence that names the cluster states membership or does not (学习X集群的经验, 计划进入X集群): the
            // patterns of member-of.pat read it; only the sentences that describe firms without naming it imply it.
            if (rule == ArticleRule && (NamesAnotherIndustry(scope, i, cluster.Name) || scope.MentionsIn(i, NodeLabel.Cluster).Any(m => m.Entity == cluster)))
            {
                continue;
            }

            foreach (var firm in scope.MentionsIn(i, NodeLabel.Enterprise).DistinctBy(m => m.Entity))
            {
                var key = firm.Entity;
                // The place the article gives the firm (成都的A, 位于临江的A) outweighs the province its registered name carries
                // (四川A有限公司 is any firm of Sichuan): a firm placed in a city outside the cluster's is no member of it.
                // (a zone whose place the gazetteer does not know has a code of its own, in no division: it says nothing here)
                var placed = placesOf[key].OfType<string>().Where(c => gazetteer.Level(c) is { } level && level != PlaceLevel.Zone).ToList();
                var firmCodes = placed.Count > 0 ? placed : FirmCodes(key.Name).ToList();
                // A customer of the article's firms is a buyer from outside, unless it makes what the cluster makes and lies
                // in the cluster's place (a carmaker of a city's car cluster that the cluster's suppliers serve).
                var localMaker = OfClusterTrade(key.Name, cluster.Name) && clusterCodes.Length > 0 && firmCodes.Any(f => Nested(f, clusterCodes));
                if ((customers.Contains(key) && !suppliers.Contains(key) && !examples.Contains(key) && !localMaker) || (parents.Contains(key) && !examples.Contains(key)) || stated.Contains(key) || IsFinancial(key.Name) || Ambiguous(key.Name))
                {
                    continue;
                }

                if (honoured.Contains(key) && firmCodes.Count > 0 && clusterCodes.Length > 0 && !clusterCodes.Any(c => gazetteer.Level(c) == PlaceLevel.Province)
                    && !firmCodes.Any(c => gazetteer.Level(c) != PlaceLevel.Province && Nested(c, clusterCodes)))
                {
                    continue;
                }

                var elsewhere = firmCodes.Count > 0 && clusterCodes.Length > 0 && !firmCodes.Any(f => Nested(f, clusterCodes));
                var foreign = firmCodes.Count == 0 && ForeignPlaceAt(key.Name);
                if (elsewhere || foreign)
                {
                    continue;
                }

                stated.Add(key);
                scope.Relations.Add(new RelationCandidate(RelationType.MEMBER_OF, key, cluster,
                    ImmutableSortedDictionary<string, string>.Empty.Add("basis", "implied"), scope.Sentences[i],
                    firm.Start, firm.End, rule, 0.55));
            }
        }
    }

    /// <summary>
    /// The firm's trade (the last trade word of its full name: 汽车 of 某某汽车集团有限公司) is in the cluster's name (某市汽车产业集群):
    /// a customer of the article's firms that makes what the cluster makes may be one of its firms. Not of a cluster of
    /// suppliers (某镇工程机械配套产业链: the firms that serve the maker, not the maker).
    /// </summary>
    private bool OfClusterTrade(string firm, string cluster) =>
        !words.SupplierClusters.OccursIn(cluster)
        && CompanyName.Parse(firm, lexicons) is { TradeWords: [.., var last] } && last.Length >= 2 && cluster.Contains(last, StringComparison.Ordinal);

    /// <summary>以X为例 / 以X（以下简称…）为例: the mention is what the sentence gives as an example.</summary>
    private static bool IsExample(Mention mention)
    {
        var text = mention.Context.Text;
        if (mention.Start == 0 || text[mention.Start - 1] != '以')
        {
            return false;
        }

        var rest = text.AsSpan(mention.End);
        var cut = rest.IndexOfAny('，', ',', '。');
        return (cut < 0 ? rest : rest[..cut]).Contains("为例", StringComparison.Ordinal);
    }

    /// <summary>The cluster each sentence is about, and how that is known (null: none).</summary>
    private (EntityKey Cluster, string Rule)?[] Topics(ArticleScope scope)
    {
        var topics = new (EntityKey, string)?[scope.Sentences.Count];
        var clusters = scope.AllMentions.Where(m => m.Label == NodeLabel.Cluster).Select(m => m.Entity).Distinct().ToList();
        if (clusters.Count == 1)
        {
            Array.Fill(topics, (clusters[0], ArticleRule));
            return topics;
        }

        (EntityKey, string)? topic = null;
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var named = scope.MentionsIn(i, NodeLabel.Cluster);
            var opening = named.FirstOrDefault(m => m.Start == 0);
            if (opening is not null)
            {
                topic = (opening.Entity, ParagraphRule);
                continue;
            }

            if (named.Select(m => m.Entity).Distinct().Count() == 1 && IsParagraph(scope, i) && scope.MentionsIn(i, NodeLabel.Enterprise).Count == 0)
            {
                // A paragraph of one sentence naming one cluster heads the paragraphs after it.
                topic = (named[0].Entity, ParagraphRule);
                continue;
            }

            // 在临江，…: a sentence that opens at the place of one of the article's clusters is about that cluster.
            if (OpeningPlace(scope, i) is { } place && clusters.Where(c => PlaceOfCluster(c.Name) == place).ToList() is [var local])
            {
                topic = (local, ParagraphRule);
            }

            topics[i] = topic;
        }

        return topics;
    }

    /// <summary>
    /// A sentence that names an industry other than the cluster's (聚焦人工智能产业，引进A、B in an article about a new-energy
    /// cluster) speaks of firms of that industry: the two characters before 产业 name the trade; list and kind words
    /// (重点, 特色, 新兴) name none.
    /// </summary>
    private bool NamesAnotherIndustry(ArticleScope scope, int i, string cluster)
    {
        var text = scope.Sentences[i].Text;
        var clusters = scope.MentionsIn(i, NodeLabel.Cluster);
        for (var at = text.IndexOf("产业", StringComparison.Ordinal); at >= 2; at = text.IndexOf("产业", at + 2, StringComparison.Ordinal))
        {
            var trade = text.Substring(at - 2, 2);
            if (clusters.Any(m => m.Start <= at && at < m.End) || !trade.All(CharClass.IsHan) || words.IndustryKinds.Contains(trade))
            {
                continue;
            }

            if (!cluster.Contains(trade, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place a sentence opens at: 在临江，… / 在位于临江的…</summary>
    private static string? OpeningPlace(ArticleScope scope, int i)
    {
        var text = scope.Sentences[i].Text;
        var at = text.StartsWith("在位于", StringComparison.Ordinal) ? 3 : text.StartsWith('在') ? 1 : -1;
        return at < 0 ? null : scope.MentionsIn(i, NodeLabel.District).FirstOrDefault(m => m.Start == at)?.Surface;
    }

    /// <summary>The place a cluster's name opens with, as written (临江 of 临江阀门产业集群).</summary>
    private string? PlaceOfCluster(string name)
    {
        var length = lexicons.PlacePrefixes.LongestAt(name, 0, minLength: 2);
        return length > 0 ? name[..length] : null;
    }

    /// <summary>A sentence that is a paragraph of its own: a line break before it and after it.</summary>
    private static bool IsParagraph(ArticleScope scope, int i)
    {
        var text = scope.Document.Source.Text;
        var sentence = scope.Sentences[i].Sentence;
        var before = i == 0 || text.AsSpan(scope.Sentences[i - 1].Sentence.End, Math.Max(0, sentence.Start - scope.Sentences[i - 1].Sentence.End)).Contains('\n');
        var after = i + 1 < scope.Sentences.Count && text.AsSpan(sentence.End, Math.Max(0, scope.Sentences[i + 1].Sentence.Start - sentence.End)).Contains('\n');
        return before && after;
    }

    /// <summary>Division codes of the place a name opens with (a cluster's 临江市…, a firm's 东岭…).</summary>
    private ImmutableArray<string> CodesAt(string name)
    {
        for (var length = Math.Min(lexicons.PlacePrefixes.MaxLength, name.Length - 1); length >= 2; length--)
        {
            if (lexicons.PlacePrefixes.Contains(name.AsSpan(0, length)))
            {
                return [.. gazetteer.Lookup(name[..length]).Select(p => p.Division.Code).Distinct()];
            }
        }

        return [];
    }

    /// <summary>Division codes of a firm's own place: the place of its full name (临江华锐…, 星河电子（东岭）…), else the place it opens with.</summary>
    private IEnumerable<string> FirmCodes(string name) =>
        CompanyName.Parse(name, lexicons)?.Place is { } place ? gazetteer.Lookup(place).Select(p => p.Division.Code) : CodesAt(name);

    /// <summary>A name that opens with a place the gazetteer has no code for (a foreign country, a region).</summary>
    private bool ForeignPlaceAt(string name) =>
        lexicons.PlacePrefixes.LongestAt(name, 0, minLength: 2) is var n && n > 0 && gazetteer.Lookup(name[..n]).All(p => p.Division.Level.Depth() == 0);

    /// <summary>
    /// The firm's place is the cluster's, lies within it (a firm of a county in a cluster of its city), or is the province that holds
    /// it (a firm named after the province of a county's cluster: registered names carry the province); a firm of the city above a county's
    /// cluster is a neighbour, not a member.
    /// </summary>
    private bool Nested(string code, ImmutableArray<string> clusterCodes) =>
        clusterCodes.Any(c => c == code || gazetteer.Ancestors(code).Any(a => a.Code == c)
                              || (gazetteer.Level(code) == PlaceLevel.Province && gazetteer.Ancestors(c).Any(a => a.Code == code)));

    /// <summary>Investment companies, funds and banks finance a cluster's firms; they are not of its trade.</summary>
    private bool IsFinancial(string name) => words.FinancialFirms.OccursIn(name);
}
