using System.Text.RegularExpressions;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Clusters: names ending in 集群, started back at punctuation or a boundary word, one per item of
/// lists ("A集群、B集群和C集群", "A、B两大产业集群"). A name is kept when it is anchored — it carries a
/// place, a list level (中小企业, 国家先进制造业) or is a list item — or when it reduces to the core of an
/// anchored cluster of the same article, whose longest form it then names (纺机集群 → 东城市纺机产业集群).
/// </summary>
public sealed partial class ClusterMentionRule(ExtractionLexicons lexicons, ClusterProjectLexicons words) : IExtractionRule
{
    public const string SuffixRule = "cluster.suffix";
    public const string ListRule = "cluster.list-item";
    public const string ShortFormRule = "cluster.short-form";
    private const string Head = "集群";

    /// <summary>A cluster name found in a sentence, before the article decides what it names.</summary>
    public sealed record Candidate(int Sentence, int Start, int End, string Surface, string FullForm, string? Place, string Core, bool Anchored, string Rule);

    /// <summary>"A、B两大产业" before 集群: items sharing the head, counted.</summary>
    [GeneratedRegex(@"^(?<last>.+?)(?:[两二三四五六七八九十]|\d+)[大个](?:产业)?$")]
    private static partial Regex CountedList();

    [GeneratedRegex(@"^(?:\d{2,4}年度?|新?(?:[一两二三四五六七八九十]+|\d+)[批个大])")]
    private static partial Regex LeadingYear();

    public void Apply(ArticleScope scope)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            candidates.AddRange(Find(scope.Sentences[i].Text, i));
        }

        var groups = Group(candidates.Where(c => c.Anchored));
        foreach (var candidate in candidates)
        {
            var context = scope.Sentences[candidate.Sentence];
            var group = GroupOf(groups, candidate);
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

    /// <summary>Every cluster name of a sentence, anchored or not; bare 集群/产业集群 are not names.</summary>
    public IEnumerable<Candidate> Find(string text, int sentence)
    {
        var floor = 0;
        for (var at = text.IndexOf(Head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Head, at + Head.Length, StringComparison.Ordinal))
        {
            var end = at + Head.Length;
            var start = NameBoundary.Start(text, at, words, words.ClusterQualifiers, floor);
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
                    if (core.Length >= 2)
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
            if (clusterCore.Length < 2 || IsNumeral(clusterCore[^1]))
            {
                continue;
            }

            var listed = (start > 0 && text[start - 1] is '、' or '和') || (end < text.Length && text[end] is '、' or '和');
            var surface = text[start..end];
            yield return new Candidate(sentence, start, end, surface, surface, clusterPlace, clusterCore,
                clusterPlace is not null || level || listed, listed ? ListRule : SuffixRule);
        }
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
        if (reduced.EndsWith("产业", StringComparison.Ordinal))
        {
            reduced = reduced[..^2];
        }

        return (place, reduced, level);
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千万".Contains(c);

    /// <summary>Anchored names with the same core and no conflicting place are one cluster.</summary>
    private static List<List<Candidate>> Group(IEnumerable<Candidate> anchored)
    {
        var groups = new List<List<Candidate>>();
        foreach (var candidate in anchored)
        {
            var group = groups.FirstOrDefault(g => g.All(c => c.Core == candidate.Core && PlacesAgree(c.Place, candidate.Place)));
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

    private static List<Candidate>? GroupOf(List<List<Candidate>> groups, Candidate candidate)
    {
        var matching = groups.Where(g => g.Contains(candidate) || g.All(c => c.Core == candidate.Core && PlacesAgree(c.Place, candidate.Place))).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static bool PlacesAgree(string? a, string? b) => a is null || b is null || PlaceStem(a) == PlaceStem(b);

    private static string PlaceStem(string place) =>
        place.Length > 2 && place[^1] is '市' or '省' or '县' or '区' ? place[..^1] : place;
}
