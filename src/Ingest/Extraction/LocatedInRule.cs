using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// LOCATED_IN from an enterprise, project, cluster or organisation to a place, read three ways:
/// "PLACE的ENTITY" (平湖经济技术开发区的津上…), "ENTITY…落户/位于 PLACE" (cues in located-in-cues.txt),
/// and a sentence that opens with "在PLACE," for the firms it goes on to describe.
/// </summary>
public sealed class LocatedInRule : IExtractionRule
{
    public const string PlaceOfRule = "located-in.place-de-entity";
    public const string CueRule = "located-in.cue";
    public const string SceneRule = "located-in.scene";

    private static readonly NodeLabel[] Located = [NodeLabel.Enterprise, NodeLabel.Project, NodeLabel.Cluster, NodeLabel.Organization];

    private readonly WordList _cues = WordList.Load(ResourceLines.PathOf("extraction", "located-in-cues.txt"));

    private static bool IsClauseEnd(char c) => c is '，' or ',' or '。' or '；' or ';' or '！' or '!' or '？' or '?' or '：' or ':';

    public void Apply(ArticleScope scope)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            var text = context.Text;
            var mentions = scope.MentionsIn(i);
            var places = mentions.Where(m => m.Label == NodeLabel.District).ToList();
            if (places.Count == 0)
            {
                continue;
            }

            foreach (var entity in mentions.Where(m => Located.Contains(m.Label)))
            {
                // PLACE的ENTITY: the last place of a chain that ends right before 的.
                if (entity.Start >= 2 && text[entity.Start - 1] == '的')
                {
                    var place = places.LastOrDefault(p => p.End == entity.Start - 1);
                    if (place is not null)
                    {
                        scope.Relations.Add(Edge(entity, place, context, place.Start, entity.End, PlaceOfRule, 0.75));
                        continue;
                    }
                }

                // ENTITY … 落户 PLACE, in the same clause.
                var cuePlace = PlaceAfterCue(text, entity.End, places);
                if (cuePlace is not null)
                {
                    scope.Relations.Add(Edge(entity, cuePlace, context, entity.Start, cuePlace.End, CueRule, 0.8));
                }
            }

            // 在秀洲,作为…,佛吉亚生产…: the place sets the scene for the firms the sentence names.
            var scene = places.FirstOrDefault(p => p.Start == 1 && text[0] == '在' && p.End < text.Length && IsClauseEnd(text[p.End]));
            if (scene is not null)
            {
                foreach (var firm in mentions.Where(m => m.Label == NodeLabel.Enterprise).DistinctBy(m => m.Entity))
                {
                    scope.Relations.Add(Edge(firm, scene, context, scene.Start, firm.End, SceneRule, 0.6));
                }
            }
        }
    }

    private Mention? PlaceAfterCue(string text, int from, IReadOnlyList<Mention> places)
    {
        for (var at = from; at < text.Length && at - from <= 12 && !IsClauseEnd(text[at]); at++)
        {
            for (var length = Math.Min(_cues.MaxLength, text.Length - at); length >= 2; length--)
            {
                if (!_cues.Contains(text.AsSpan(at, length)))
                {
                    continue;
                }

                // The deepest place of the chain that follows the cue (落户南湖湘家荡区域 → 湘家荡区域).
                Mention? last = null;
                var next = at + length;
                foreach (var place in places.Where(p => p.Start >= next))
                {
                    if (place.Start - next > (last is null ? 1 : 0))
                    {
                        break;
                    }

                    last = place;
                    next = place.End;
                }

                return last;
            }
        }

        return null;
    }

    private static RelationCandidate Edge(Mention entity, Mention place, SentenceContext context, int start, int end, string rule, double confidence) =>
        new(RelationType.LOCATED_IN, entity.Entity, place.Entity, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, context, Math.Min(start, end), Math.Max(start, end), rule, confidence);
}
