using System.Collections.Immutable;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// MEMBER_OF (enterprise → cluster) from "集群…汇聚A、B等龙头企业" and "集群内的龙头企业X"; PART_OF
/// (cluster → larger cluster) from "X是Y核心区、Z的重要组成板块".
/// </summary>
public sealed class ClusterRelationRule(ClusterProjectLexicons words) : IExtractionRule
{
    public const string PartRule = "part-of.cluster-component";

    public void Apply(ArticleScope scope)
    {
        var clusters = scope.AllMentions.Where(m => m.Label == NodeLabel.Cluster).Select(m => m.Entity).Distinct().ToList();
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            Gathers(scope, i);
            Inside(scope, i, clusters.Count == 1 ? clusters[0] : null);
            IsMember(scope, i);
            Parts(scope, i);
        }
    }

    private void Gathers(ArticleScope scope, int i)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var mentions = scope.MentionsIn(i);
        foreach (var cue in words.MemberCues.Where(c => c.Kind == "gathers"))
        {
            foreach (var word in cue.Words)
            {
                foreach (var at in TextSearch.Occurrences(text, word))
                {
                    // The cluster is the last one before the cue, in the same sentence.
                    var cluster = mentions.LastOrDefault(m => m.Label == NodeLabel.Cluster && m.End <= at);
                    if (cluster is null)
                    {
                        continue;
                    }

                    var members = Listed(mentions, text, at, word);
                    var role = text.AsSpan(at).IndexOf("龙头", StringComparison.Ordinal) is var r && r >= 0 && r < 40 ? "龙头企业" : null;
                    foreach (var (member, start, end) in members)
                    {
                        scope.Relations.Add(Candidate(RelationType.MEMBER_OF, member, cluster.Entity,
                            role is null ? [] : [new("role", role)], context, cluster.Start, end, cue.Rule, 0.8));
                    }
                }
            }
        }
    }

    /// <summary>The firms listed right after a cue: the first within two characters, the rest chained by 、/和/及.</summary>
    private static List<(EntityKey Member, int Start, int End)> Listed(IReadOnlyList<Mention> mentions, string text, int at, string word)
    {
        var result = new List<(EntityKey, int, int)>();
        var next = at + word.Length;
        foreach (var m in mentions.Where(m => m.Label == NodeLabel.Enterprise && m.End > next))
        {
            if (m.Start <= at && m.Surface.StartsWith(word, StringComparison.Ordinal) && result.Count == 0)
            {
                // An enumeration item that swallowed the cue (汇聚某某工具): the firm is what follows the cue.
                result.Add((new EntityKey(NodeLabel.Enterprise, m.Surface[word.Length..]), m.Start, m.End));
                next = m.End;
                continue;
            }

            var gap = text.AsSpan(next, Math.Max(0, m.Start - next));
            var allowed = result.Count == 0 ? gap.Length <= 2 && gap.IndexOfAny("，,。；;") < 0 : gap.Trim() is "、" or "和" or "及" or "以及" or "," or "，";
            if (!allowed || m.Start < next)
            {
                break;
            }

            result.Add((m.Entity, m.Start, m.End));
            next = m.End;
        }

        return result;
    }

    private void Inside(ArticleScope scope, int i, EntityKey? onlyCluster)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var mentions = scope.MentionsIn(i);
        foreach (var cue in words.MemberCues.Where(c => c.Kind == "inside"))
        {
            foreach (var word in cue.Words)
            {
                foreach (var at in TextSearch.Occurrences(text, word))
                {
                    var named = mentions.LastOrDefault(m => m.Label == NodeLabel.Cluster && m.End == at + 2);
                    var cluster = named?.Entity ?? onlyCluster;
                    if (cluster is null)
                    {
                        continue;
                    }

                    var end = at + word.Length;
                    var member = mentions.FirstOrDefault(m => m.Label == NodeLabel.Enterprise && m.Start >= end && m.Start - end <= 6
                        && text.AsSpan(end, m.Start - end).IndexOfAny("，,。；;") < 0);
                    if (member is not null)
                    {
                        scope.Relations.Add(Candidate(RelationType.MEMBER_OF, member.Entity, cluster.Value, [], context, at, member.End, cue.Rule, 0.75));
                    }
                }
            }
        }
    }

    /// <summary>"X是Y集群的重要成员": the firm before 是 belongs to the cluster right before the cue.</summary>
    private void IsMember(ArticleScope scope, int i)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var mentions = scope.MentionsIn(i);
        foreach (var cue in words.MemberCues.Where(c => c.Kind == "is-member"))
        {
            foreach (var word in cue.Words)
            {
                foreach (var at in TextSearch.Occurrences(text, word))
                {
                    var cluster = mentions.LastOrDefault(m => m.Label == NodeLabel.Cluster && m.End == at);
                    var member = cluster is null ? null : mentions.LastOrDefault(m => m.Label == NodeLabel.Enterprise && m.End <= cluster.Start
                        && text.AsSpan(m.End, cluster.Start - m.End).Trim().ToString() is "是" or "为" or "作为" or "成为");
                    if (member is not null)
                    {
                        scope.Relations.Add(Candidate(RelationType.MEMBER_OF, member.Entity, cluster!.Entity, [], context, member.Start, at + word.Length, cue.Rule, 0.8));
                    }
                }
            }
        }
    }

    private void Parts(ArticleScope scope, int i)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var clusters = scope.MentionsIn(i, NodeLabel.Cluster);
        if (clusters.Count < 2)
        {
            return;
        }

        foreach (var whole in clusters.Skip(1))
        {
            var after = whole.End < text.Length && text[whole.End] == '的' ? whole.End + 1 : whole.End;
            var part = NameBoundary.StartingWordLength(text, after, words.ClusterParts);
            var subject = clusters[0];
            if (part == 0 || subject.Entity == whole.Entity || !text.AsSpan(subject.End, whole.Start - subject.End).Contains('是'))
            {
                continue;
            }

            scope.Relations.Add(Candidate(RelationType.PART_OF, subject.Entity, whole.Entity, [new("role", text.Substring(after, part))],
                context, subject.Start, after + part, PartRule, 0.8));
        }
    }

    private static RelationCandidate Candidate(RelationType type, EntityKey from, EntityKey to, IEnumerable<KeyValuePair<string, string>> attributes,
        SentenceContext context, int start, int end, string rule, double confidence) =>
        new(type, from, to, attributes.ToImmutableSortedDictionary(StringComparer.Ordinal), context, start, end, rule, confidence);
}
