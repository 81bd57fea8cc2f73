using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// SUBSIDIARY_OF (subsidiary → parent) from two firms named next to each other with only a
/// subsidiary word between them: "X全资子公司——Y", "X旗下Y", "X的控股子公司Y".
/// </summary>
public sealed class SubsidiaryRelationRule(ClusterProjectLexicons words) : IExtractionRule
{
    public const string Rule = "subsidiary-of.named-between";

    public void Apply(ArticleScope scope)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            ByPronoun(scope, i);
            var context = scope.Sentences[i];
            var firms = scope.MentionsIn(i, NodeLabel.Enterprise);
            for (var k = 1; k < firms.Count; k++)
            {
                var (parent, child) = (firms[k - 1], firms[k]);
                if (child.Start < parent.End || parent.Entity == child.Entity)
                {
                    continue;
                }

                if (IsSubsidiaryGap(context.Text[parent.End..child.Start], words))
                {
                    var gap = Strip(context.Text[parent.End..child.Start]);
                    scope.Relations.Add(new RelationCandidate(RelationType.SUBSIDIARY_OF, child.Entity, parent.Entity,
                        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("kind", gap)]),
                        context, parent.Start, child.End, Rule, 0.85));
                }
            }
        }
    }

    public const string PronounRule = "subsidiary-of.its-subsidiary";

    /// <summary>"X是…企业,其旗下Y": 其 + a subsidiary word before Y points back to the firm the sentence opens with.</summary>
    private void ByPronoun(ArticleScope scope, int i)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var firms = scope.MentionsIn(i, NodeLabel.Enterprise);
        foreach (var child in firms.Skip(1))
        {
            var lead = text.LastIndexOf('其', Math.Max(0, child.Start - 1), Math.Min(child.Start, 8));
            if (lead < 0 || !words.SubsidiaryCues.Contains(Strip(text[(lead + 1)..child.Start])))
            {
                continue;
            }

            var parent = firms[0];
            if (parent.Entity != child.Entity && parent.End <= lead)
            {
                scope.Relations.Add(new RelationCandidate(RelationType.SUBSIDIARY_OF, child.Entity, parent.Entity,
                    ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("kind", Strip(text[(lead + 1)..child.Start]))]),
                    context, lead, child.End, PronounRule, 0.75));
            }
        }
    }

    /// <summary>True when only a subsidiary word stands between two names (全资子公司——).</summary>
    public static bool IsSubsidiaryGap(string between, ClusterProjectLexicons words)
    {
        var gap = Strip(between);
        return gap.Length > 0 && words.SubsidiaryCues.Contains(gap);
    }

    /// <summary>The gap without dashes, colons, commas and the particle 的.</summary>
    private static string Strip(string gap) =>
        new([.. gap.Where(c => c is not ('—' or '-' or '─' or ':' or '：' or ',' or '，' or '的' or ' '))]);
}
