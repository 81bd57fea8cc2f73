using System.Collections.Immutable;
using Graph.Ingest.Places;
using Graph.Ingest.Resolution;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// One normalised document → its mentions and relation candidates, article by article. The rules run
/// in order: mention rules first (enterprises, then other entities), relation rules after them.
/// </summary>
public sealed class DocumentExtractor(PlaceExtractor places, IReadOnlyList<IExtractionRule> rules)
{
    public static IReadOnlyList<IExtractionRule> DefaultRules(ExtractionLexicons lexicons, PlaceExtractor places) =>
    [
        new EnterpriseMentionRule(lexicons, Segmenter.Default),
        new ClusterMentionRule(lexicons, ClusterProjectLexicons.Default),
        new ProjectMentionRule(lexicons, ClusterProjectLexicons.Default),
        new PlaceMentionRule(),
        new OrganizationMentionRule(OfficialLexicons.Default, lexicons),
        new OfficialMentionRule(OfficialLexicons.Default, lexicons),
        new SupplyRelationRule(lexicons),
        new InvestmentRelationRule(ClusterProjectLexicons.Default),
        new SubsidiaryRelationRule(ClusterProjectLexicons.Default),
        new ClusterRelationRule(ClusterProjectLexicons.Default),
        new LocatedInRule(places),
    ];

    public ExtractedDocument Extract(NormalizedDocument document, AliasResolver resolver, CancellationToken cancellationToken = default)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var relations = ImmutableArray.CreateBuilder<RelationCandidate>();
        var dropped = ImmutableArray.CreateBuilder<DroppedFinding>();
        var placeGraph = places.Extract(document);
        foreach (var article in document.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scope = new ArticleScope(document, article, resolver, placeGraph);
            foreach (var rule in rules)
            {
                rule.Apply(scope);
            }

            mentions.AddRange(scope.AllMentions);
            relations.AddRange(scope.Relations);
            dropped.AddRange(scope.Dropped);
        }

        return new ExtractedDocument(document, placeGraph, mentions.ToImmutable(), relations.ToImmutable(), dropped.ToImmutable());
    }

    /// <summary>The enterprise an article is about: the most mentioned (twice at least), the first on a tie.</summary>
    public static EntityKey? ArticleFocus(ArticleScope scope)
    {
        var best = scope.AllMentions
            .Where(m => m.Label == NodeLabel.Enterprise)
            .Select((m, order) => (m.Entity, order))
            .GroupBy(x => x.Entity)
            .Select(g => (Key: g.Key, Count: g.Count(), First: g.Min(x => x.order)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.First)
            .FirstOrDefault();
        return best.Count >= 2 ? best.Key : null;
    }
}
