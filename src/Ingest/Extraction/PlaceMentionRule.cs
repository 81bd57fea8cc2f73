using System.Runtime.CompilerServices;
using Graph.Ingest.Places;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>Puts the document's resolved places (see Places/) into the article as District mentions, for the relation rules.</summary>
public sealed class PlaceMentionRule : IExtractionRule
{
    // The places are read once per document; each article takes its own share, found by index, not by a scan.
    private readonly ConditionalWeakTable<PlaceGraph, DocumentPlaces> _byDocument = new();

    public void Apply(ArticleScope scope)
    {
        var places = _byDocument.GetValue(scope.Places, graph => new DocumentPlaces(graph));
        var inside = scope.Product<PlacesInsideNames>();
        // Longest first: a zone (平湖经济技术开发区) wins over the short city name inside it.
        foreach (var place in places.InArticle(scope.Article.Index))
        {
            if (place.SentenceIndex >= scope.Sentences.Count || !places.Names.TryGetValue(place.EntityId, out var name))
            {
                continue;
            }

            if (scope.TryAdd(place.SentenceIndex, new Mention(NodeLabel.District, name, place.Surface, scope.Sentences[place.SentenceIndex],
                    place.Start, place.End, place.Rule, 0.9, place.EntityId)))
            {
                inside.Named.Add(place.EntityId);
            }
            else if (InsideName(scope.MentionsIn(place.SentenceIndex), place) is { } holder)
            {
                // 君山催化剂是…的控股子公司: the place opens a firm's short name (湖南君山催化剂有限公司), it is no place of the text
                inside.Inside.TryAdd(place.EntityId, holder);
            }
            else
            {
                inside.Named.Add(place.EntityId);
            }
        }
    }

    /// <summary>The name of a firm of the sentence that holds the place wholly, else null (not a project or cluster: the golds count the places in their names).</summary>
    private static string? InsideName(IReadOnlyList<Mention> mentions, PlaceMention place)
    {
        foreach (var m in mentions)
        {
            if (m.Label == NodeLabel.Enterprise && m.Start <= place.Start && place.End <= m.End
                && m.End - m.Start > place.End - place.Start)
            {
                return m.Surface;
            }
        }

        return null;
    }

    private sealed class DocumentPlaces(PlaceGraph graph)
    {
        private readonly ILookup<int, PlaceMention> _byArticle =
            graph.Mentions.OrderByDescending(m => m.End - m.Start).ToLookup(m => m.ArticleIndex);

        public Dictionary<string, string> Names { get; } = graph.Districts.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);

        public IEnumerable<PlaceMention> InArticle(int article) => _byArticle[article];
    }
}

/// <summary>
/// Places of an article by how the text uses them: <see cref="Named"/> where a mention stands as a place, <see cref="Inside"/>
/// (with the holding name) where a mention lies wholly inside the name of a firm. A place the document
/// names only inside other names is no District of it (eval/FORMAT.md: the 浙江 of a 浙江某某轴承有限公司).
/// </summary>
public sealed class PlacesInsideNames
{
    public HashSet<string> Named { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Inside { get; } = new(StringComparer.Ordinal);
}
