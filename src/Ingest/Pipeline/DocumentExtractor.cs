using System.Collections.Immutable;
using Graph.Ingest.Annotation;
using Graph.Ingest.Events;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Patterns;
using Graph.Ingest.Places;
using Graph.Ingest.Resolution;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Pipeline;

/// <summary>
/// One normalised document → its mentions and relation candidates, article by article. The rules run
/// in order: mention rules first (enterprises, then other entities), relation rules after them.
/// </summary>
public sealed class DocumentExtractor(PlaceExtractor places, IReadOnlyList<IExtractionRule> rules)
{
    public static IReadOnlyList<IExtractionRule> DefaultRules(ExtractionResources resources, PlaceExtractor places)
    {
        var lexicons = resources.Lexicons;
        return
        [
            // Mentions first (names), then the annotated sentences and the patterns over them, then the rules that read both.
            new EnterpriseMentionRule(lexicons, WordList.Load(ResourceLines.PathOf("extraction", "brand-same-firm-words.txt")),
                WordList.Load(ResourceLines.PathOf("extraction", "project-suffixes.txt"))),
            new ClusterMentionRule(lexicons, resources.Clusters, resources.Segmenter),
            new ProjectMentionRule(lexicons, resources.Clusters, resources.Segmenter),
            new PlaceMentionRule(),
            new OrganizationMentionRule(resources.Officials, lexicons),
            PatternStage(resources, events: EventTriggerSink.Instance),
            new InvestmentRelationRule(resources.Clusters),
            new GroupBrandSubsidiaryRule(lexicons),
            new LocatedInRule(places),
            new ClusterImpliedMemberRule(lexicons, resources.Gazetteer, ClusterImpliedMemberRule.Words.Load(ResourceLines.PathOf("extraction"))),
            new ProductRule(lexicons),
            new EventRule(resources.Events),
        ];
    }

    /// <summary>Annotation, clause subjects and the patterns (<paramref name="patterns"/>, else the resources'), as one rule of the article.</summary>
    public static PatternRule PatternStage(ExtractionResources resources, PatternSet? patterns = null, IPatternEventSink? events = null)
    {
        var folder = ResourceLines.PathOf("extraction");
        var subjects = new ClauseSubjectPass(ClauseSubjectWords.Load(folder, resources.Officials.ZoneEndings, resources.Lexicons.SpeechVerbs));
        return new PatternRule(patterns ?? resources.Patterns, new SentenceAnnotator(resources.Segmenter, resources.Officials), subjects,
            scope => SpeakerAttribution.Build(scope, resources.Lexicons).CompanyOfQuote, new OfficeTitles(resources.Officials), events,
            new SlotFirms(resources.Lexicons), WordList.Load(Path.Combine(folder, "assembler-trades.txt")), resources.Lexicons);
    }

    public ExtractedDocument Extract(NormalizedDocument document, AliasResolver resolver, CancellationToken cancellationToken = default) =>
        Extract(document, resolver, segmented: null, cancellationToken);

    /// <summary>As above, the sentences' tokens taken from <paramref name="segmented"/> (the batch's, segmented once) where it holds them.</summary>
    public ExtractedDocument Extract(NormalizedDocument document, AliasResolver resolver, SegmentedSentences? segmented, CancellationToken cancellationToken = default)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var relations = ImmutableArray.CreateBuilder<RelationCandidate>();
        var dropped = ImmutableArray.CreateBuilder<DroppedFinding>();
        var placeGraph = places.Extract(document);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var inside = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in document.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scope = new ArticleScope(document, article, resolver, placeGraph) { Segmented = segmented };
            foreach (var rule in rules)
            {
                rule.Apply(scope);
            }

            mentions.AddRange(scope.AllMentions);
            relations.AddRange(scope.Relations.Where(r => Keep(r, scope)));
            dropped.AddRange(scope.Dropped);
            if (scope.ProductOrNull<PlacesInsideNames>() is { } uses)
            {
                named.UnionWith(uses.Named);
                foreach (var (id, holder) in uses.Inside)
                {
                    inside.TryAdd(id, holder);
                }
            }
        }

        inside.Keys.Where(named.Contains).ToList().ForEach(id => inside.Remove(id));
        if (inside.Count > 0)
        {
            placeGraph = WithoutPlaces(placeGraph, inside, dropped);
            var kept = relations.Where(r => !inside.ContainsKey(r.From.EntityId) && !inside.ContainsKey(r.To.EntityId)).ToList();
            relations.Clear();
            relations.AddRange(kept);
        }

        return new ExtractedDocument(document, placeGraph, mentions.ToImmutable(), relations.ToImmutable(), dropped.ToImmutable());
    }

    /// <summary>
    /// The document's places without those it names only inside the name of a firm, project or cluster (湖南君山催化剂有限公司 …
    /// 君山催化剂是…: no 君山区), their edges and their mentions; each is said so to `extract --explain`.
    /// </summary>
    private static PlaceGraph WithoutPlaces(PlaceGraph graph, Dictionary<string, string> inside, ImmutableArray<DroppedFinding>.Builder dropped)
    {
        foreach (var district in graph.Districts.Where(d => inside.ContainsKey(d.Id)))
        {
            dropped.Add(new DroppedFinding(district.Name, $"a place only inside the name {inside[district.Id]}", "place.inside-name", inside[district.Id]));
        }

        return graph with
        {
            Districts = [.. graph.Districts.Where(d => !inside.ContainsKey(d.Id))],
            LocatedIn = [.. graph.LocatedIn.Where(r => !inside.ContainsKey(r.FromId) && !inside.ContainsKey(r.ToId))],
            Mentions = [.. graph.Mentions.Where(m => !inside.ContainsKey(m.EntityId))],
        };
    }

    /// <summary>Below this, a candidate is a guess: dropped, and said so by `extract --explain`.</summary>
    public const double MinimumConfidence = 0.5;

    /// <summary>A candidate the schema allows and the rule is sure enough of; anything else is dropped with the reason.</summary>
    private static bool Keep(RelationCandidate candidate, ArticleScope scope)
    {
        // What a dropped candidate is called: made only for those dropped.
        string What() => $"{candidate.From.Name} -[{candidate.Type}]-> {candidate.To.Name}";
        if (!GraphSchema.Allows(candidate.Type, candidate.From.Label, candidate.To.Label))
        {
            scope.Drop(What(), $"out of schema: {candidate.Type} does not join {candidate.From.Label} to {candidate.To.Label}", candidate.Rule, candidate.Context);
            return false;
        }

        if (candidate.Confidence < MinimumConfidence)
        {
            scope.Drop(What(), $"low confidence ({candidate.Confidence:F2} < {MinimumConfidence:F2})", candidate.Rule, candidate.Context);
            return false;
        }

        return true;
    }
}
