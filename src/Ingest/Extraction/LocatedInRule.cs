using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Places;
using Graph.Model;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>
/// LOCATED_IN read from more than one clause or from names, which the patterns of located-in.pat (one clause each)
/// cannot: places inside names (a firm's bracketed seat included), places that build a cluster, place lists (分别是…), and an unplaced 落户 (the place the article is about).
/// </summary>
public sealed class LocatedInRule(PlaceExtractor placeFinder) : IExtractionRule
{
    public const string NameRule = "located-in.name";

    // Names repeat across a document's articles; the places inside a name depend only on it and the document.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlaceGraph, Dictionary<string, ImmutableArray<PlaceSpan>>> _namedPlaces = new();

    private readonly WordList _cues = WordList.Load(ResourceLines.PathOf("extraction", "located-in-cues.txt"));

    // What may follow a division's name for a body to be read as located there (南湖区委 → 南湖区).
    private readonly WordList _organs = WordList.Load(ResourceLines.PathOf("extraction", "district-organs.txt"));

    // Words of a plan (计划, 拟 …): a 落户于此 after one is no seat yet.
    private readonly WordList _plans = WordList.Load(ResourceLines.PathOf("extraction", "plan-words.txt"));

    // Verbs by which places build or join a cluster (嘉兴与绍兴、杭州联合打造X集群): the cluster lies in each place.
    private readonly WordList _clusterJoinVerbs = WordList.Load(ResourceLines.PathOf("extraction", "cluster-join-verbs.txt"));


    public const string HomePlaceRule = "located-in.cue-home-place";
    public const string HerePlaceRule = "located-in.cue-here";

    /// <summary>The cue at <paramref name="cueAt"/> is followed, in its clause, by 此 or 这里 (落户于此, 扎根在这里).</summary>
    private static bool SaysHere(string text, int cueAt)
    {
        for (var k = cueAt + 1; k < text.Length && k - cueAt <= 5 && !CharClass.IsClauseEnd(text[k]); k++)
        {
            if (text[k] == '此' || string.CompareOrdinal(text, k, "这里", 0, 2) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plan between the firm and its cue (A计划落户在这里): no seat yet.</summary>
    private bool PlansBefore(string text, int from, int cueAt) => _plans.OccursIn(text.AsSpan(from, cueAt - from));

    /// <summary>The place mentioned last before <paramref name="before"/> in sentence <paramref name="index"/>, else in the sentence before it.</summary>
    private static Mention? PlaceBefore(ArticleScope scope, int index, int before)
    {
        var here = scope.MentionsIn(index).Where(m => m.Label == NodeLabel.District && m.End <= before).MaxBy(m => m.End);
        return here ?? (index > 0 ? scope.MentionsIn(index - 1).Where(m => m.Label == NodeLabel.District).MaxBy(m => m.End) : null);
    }

    public void Apply(ArticleScope scope)
    {
        var home = HomePlace(scope);
        // The sentence's places, refilled sentence by sentence (loops, not queries: this runs on every sentence).
        var places = new List<Mention>();
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            var text = context.Text;
            var mentions = scope.MentionsIn(i);
            AddNamedPlaces(scope, context, mentions);
            places.Clear();
            for (var k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Label == NodeLabel.District)
                {
                    places.Add(mentions[k]);
                }
            }

            // ENTITY … 落户 with no place after the cue: the place the article is about (a cue with its place is a pattern's,
            // located-in.pat).
            for (var k = 0; k < mentions.Count; k++)
            {
                var entity = mentions[k];
                if (entity.Label is not (NodeLabel.Project or NodeLabel.Enterprise))
                {
                    continue;
                }

                var (cueAt, cuePlace) = PlaceAfterCue(text, entity.End, places);
                // 落户于此, 落户在这里: the place named last before (in this sentence or the one before)
                if (cuePlace is null && cueAt >= 0 && SaysHere(text, cueAt) && !PlansBefore(text, entity.End, cueAt)
                    && PlaceBefore(scope, i, entity.Start) is { } here)
                {
                    // stated by the text through a reference (此), not implied by the article's shape
                    scope.Relations.Add(new RelationCandidate(RelationType.LOCATED_IN, entity.Entity, here.Entity,
                        ImmutableSortedDictionary<string, string>.Empty, context, entity.Start, cueAt, HerePlaceRule, 0.6));
                }
                else if (cuePlace is null && cueAt >= 0 && home is not null)
                {
                    scope.Relations.Add(new RelationCandidate(RelationType.LOCATED_IN, entity.Entity, home.Value,
                        ImmutableSortedDictionary<string, string>.Empty.Add("basis", "implied"), context, entity.Start, cueAt, HomePlaceRule, 0.55));
                }
            }

            AddBuilders(scope, context, mentions, places);
            AddEnumeratedUnder(scope, context, mentions, places);
        }
    }

    public const string BuilderRule = "located-in.places-build-cluster";
    public const string EnumeratedRule = "located-in.place-lists";

    /// <summary>
    /// "浙江新增4个,分别是A、B和C": a clause that opens with a place and a count, then 分别是/分别为 and the list:
    /// each listed cluster or project is the place's.
    /// </summary>
    private void AddEnumeratedUnder(ArticleScope scope, SentenceContext context, IReadOnlyList<Mention> mentions, List<Mention> places)
    {
        var text = context.Text;
        var listAt = text.IndexOf("分别是", StringComparison.Ordinal) is var a && a >= 0 ? a : text.IndexOf("分别为", StringComparison.Ordinal);
        if (listAt < 0)
        {
            return;
        }

        // The place that opens the clause just before the list (浙江|新增4个,|分别是…).
        var clause = ClauseStartBefore(text, listAt);
        Mention? owner = null;
        foreach (var p in places)
        {
            if (p.End <= listAt && p.Start == clause)
            {
                owner = p;
            }
        }

        if (owner is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var item = mentions[k];
            if (item.Label is not (NodeLabel.Cluster or NodeLabel.Project) || item.Start <= listAt)
            {
                continue;
            }

            // 某市入选的3个集群分别是:甲县X集群、…: a cluster named with a place of its own lies there (its name says so), not
            // also in the place that lists it
            if (item.Label == NodeLabel.Cluster && NamedPlace(scope, item) is { } own && own.EntityId != owner.Entity.EntityId)
            {
                continue;
            }

            scope.Relations.Add(Edge(item, owner, context, owner.Start, item.End, EnumeratedRule, 0.65));
        }
    }

    /// <summary>Start of the clause before <paramref name="at"/>, skipping the clause break right before it.</summary>
    private static int ClauseStartBefore(string text, int at)
    {
        var i = at;
        while (i > 0 && CharClass.IsClauseEnd(text[i - 1]))
        {
            i--;
        }

        while (i > 0 && !CharClass.IsClauseEnd(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The places a sentence opens with, when it goes on to say they build a cluster: the cluster lies in each.</summary>
    private void AddBuilders(ArticleScope scope, SentenceContext context, IReadOnlyList<Mention> mentions, List<Mention> places)
    {
        var text = context.Text;
        List<Mention>? subjects = null;
        var next = 0;
        foreach (var place in places)
        {
            var gap = text.AsSpan(next, place.Start - next).Trim();
            if (place.Start < next || !(subjects is null ? gap.IsEmpty : gap is "与" or "、" or "和" or "及"))
            {
                break;
            }

            (subjects ??= []).Add(place);
            next = place.End;
        }

        if (subjects is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var cluster = mentions[k];
            if (cluster.Label != NodeLabel.Cluster || cluster.Start <= next)
            {
                continue;
            }

            if (_clusterJoinVerbs.OccursIn(text.AsSpan(next, cluster.Start - next)))
            {
                foreach (var place in subjects)
                {
                    scope.Relations.Add(Edge(cluster, place, context, place.Start, cluster.End, BuilderRule, 0.65));
                }
            }
        }
    }

    /// <summary>
    /// A cluster, project or organ whose name opens with an administrative division lies there
    /// (海宁机器人减速器…集群 → 海宁市; 320国道南湖区…工程 → 南湖区; 南湖区委 → 南湖区): regions and zones inside
    /// names are left alone. Organs (district-organs.txt) count so that a district's officials include its committee's.
    /// </summary>
    /// <summary>The places inside <paramref name="entity"/>'s name, found once per name and document.</summary>
    private ImmutableArray<PlaceSpan> PlacesInName(ArticleScope scope, Mention entity)
    {
        var cache = _namedPlaces.GetValue(scope.Places, _ => []);
        if (!cache.TryGetValue(entity.Surface, out var spans))
        {
            cache[entity.Surface] = spans = placeFinder.FindPlaces(entity.Surface, scope.Places);
        }

        return spans;
    }

    /// <summary>The division a cluster's or project's name opens with (海宁机器人…集群 → 海宁市), or a zone the text names (某某经开区汽车产业).</summary>
    private PlaceSpan? NamedPlace(ArticleScope scope, Mention entity)
    {
        var spans = PlacesInName(scope, entity);
        // 星河经开区汽车产业: a zone the article names, at the head of the name, is where the cluster is (not the zone's city)
        foreach (var p in spans)
        {
            if (p.Start == 0 && p.Level == PlaceLevel.Zone && entity.Label == NodeLabel.Cluster && NamesDistrict(scope, p.EntityId))
            {
                return p;
            }
        }

        foreach (var p in spans)
        {
            if (p.Level.Depth() > 0 && (p.Start == 0 || entity.Label == NodeLabel.Project)
                && (entity.Label != NodeLabel.Organization || _organs.Contains(entity.Surface.AsSpan(p.End))))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The article mentions the District <paramref name="entityId"/> somewhere.</summary>
    private static bool NamesDistrict(ArticleScope scope, string entityId)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var mentions = scope.MentionsIn(i);
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Label == NodeLabel.District && m.Entity.EntityId == entityId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A city or county in brackets in a firm's name that the article also names outside it.</summary>
    private static PlaceSpan? BracketedSeat(ArticleScope scope, Mention entity, ImmutableArray<PlaceSpan> spans)
    {
        foreach (var p in spans)
        {
            if (p.Level is PlaceLevel.City or PlaceLevel.County && Bracketed(entity.Surface, p.Start, p.End) && NamesDistrict(scope, p.EntityId))
            {
                return p;
            }
        }

        return null;
    }


    private void AddNamedPlaces(ArticleScope scope, SentenceContext context, IReadOnlyList<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var entity = mentions[k];
            if (entity.Label is not (NodeLabel.Cluster or NodeLabel.Project or NodeLabel.Organization or NodeLabel.Enterprise))
            {
                continue;
            }

            var spans = PlacesInName(scope, entity);

            // a firm's seat in brackets (星河（临江）电子有限公司 → 临江): a city or county the article also names outside the
            // name (a place met only there would add a District the text never speaks of), never a province or 中国
            var span = entity.Label == NodeLabel.Enterprise ? BracketedSeat(scope, entity, spans) : NamedPlace(scope, entity);
            if (span is not null)
            {
                var place = new EntityKey(NodeLabel.District, span.Name, span.EntityId);
                scope.Relations.Add(new RelationCandidate(RelationType.LOCATED_IN, entity.Entity, place,
                    ImmutableSortedDictionary<string, string>.Empty.Add("basis", "name"), context,
                    entity.Start + span.Start, entity.Start + span.End, NameRule, 0.7));
            }
        }
    }

    /// <summary>Whether <paramref name="name"/>[start, end) is all a bracket holds (（临江）, (临江)).</summary>
    private static bool Bracketed(string name, int start, int end) =>
        start > 0 && end < name.Length && name[start - 1] is '（' or '(' && name[end] is '）' or ')';

    /// <summary>The county, town or zone the article names most (twice at least): where an unplaced 落户 lands.</summary>
    private static EntityKey? HomePlace(ArticleScope scope)
    {
        var levels = scope.PlaceIndex.Levels;
        var best = scope.AllMentions
            .Where(m => m.Label == NodeLabel.District && levels.GetValueOrDefault(m.Entity.EntityId) is "county" or "town" or "zone")
            .GroupBy(m => m.Entity)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .Take(2)
            .ToList();
        return best.Count > 0 && best[0].Count >= 2 && (best.Count == 1 || best[0].Count > best[1].Count) ? best[0].Key : null;
    }

    private (int CueAt, Mention? Place) PlaceAfterCue(string text, int from, List<Mention> places)
    {
        for (var at = from; at < text.Length && at - from <= 12 && !CharClass.IsClauseEnd(text[at]); at++)
        {
            for (var length = Math.Min(_cues.MaxLength, text.Length - at); length >= 2; length--)
            {
                if (!_cues.Contains(text.AsSpan(at, length)))
                {
                    continue;
                }

                // The deepest place of the chain that follows the cue (落户南湖月亮湖区域 → 月亮湖区域).
                Mention? last = null;
                var next = at + length;
                // A loop, not a Where capturing next: this block runs at every character after the firm.
                foreach (var place in places)
                {
                    if (place.Start < next)
                    {
                        continue;
                    }

                    if (place.Start - next > (last is null ? 1 : 0))
                    {
                        break;
                    }

                    last = place;
                    next = place.End;
                }

                return (at, last);
            }
        }

        return (-1, null);
    }

    private static RelationCandidate Edge(Mention entity, Mention place, SentenceContext context, int start, int end, string rule, double confidence) =>
        new(RelationType.LOCATED_IN, entity.Entity, place.Entity, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, context, Math.Min(start, end), Math.Max(start, end), rule, confidence);
}
