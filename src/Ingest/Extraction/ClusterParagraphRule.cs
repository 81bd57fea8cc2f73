using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// MEMBER_OF read from the shape of an article: once a sentence opens with a cluster ("平湖…集群,是…"),
/// the firms the following sentences describe belong to it, until a sentence opens with another cluster.
/// The firms the cluster supplies are its customers, not its members, and are left out. Low confidence:
/// the text implies membership without stating it.
/// </summary>
public sealed class ClusterParagraphRule : IExtractionRule
{
    public const string Rule = "member-of.cluster-paragraph";

    public void Apply(ArticleScope scope)
    {
        var customers = scope.Relations.Where(r => r.Type == RelationType.SUPPLIES).Select(r => r.To).ToHashSet();
        var stated = scope.Relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From).ToHashSet();
        Mention? topic = null;
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var opening = scope.MentionsIn(i).FirstOrDefault(m => m.Start == 0 && m.Label == NodeLabel.Cluster);
            if (opening is not null)
            {
                topic = opening;
                continue;
            }

            if (topic is null)
            {
                continue;
            }

            foreach (var firm in scope.MentionsIn(i, NodeLabel.Enterprise).DistinctBy(m => m.Entity))
            {
                if (!customers.Contains(firm.Entity) && stated.Add(firm.Entity))
                {
                    scope.Relations.Add(new RelationCandidate(RelationType.MEMBER_OF, firm.Entity, topic.Entity,
                        ImmutableSortedDictionary<string, string>.Empty.Add("basis", "implied"), scope.Sentences[i],
                        firm.Start, firm.End, Rule, 0.55));
                }
            }
        }
    }
}
