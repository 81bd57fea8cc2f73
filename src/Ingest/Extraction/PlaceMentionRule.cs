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
        // Longest first: a zone (平湖经济技术开发区) wins over the short city name inside it.
        foreach (var place in places.InArticle(scope.Article.Index))
        {
            if (place.SentenceIndex >= scope.Sentences.Count || !places.Names.TryGetValue(place.EntityId, out var name))
            {
                continue;
            }

            scope.TryAdd(place.SentenceIndex, new Mention(NodeLabel.District, name, place.Surface, scope.Sentences[place.SentenceIndex],
                place.Start, place.End, place.Rule, 0.9, place.EntityId));
        }
    }

    private sealed class DocumentPlaces(PlaceGraph graph)
    {
        private readonly ILookup<int, PlaceMention> _byArticle =
            graph.Mentions.OrderByDescending(m => m.End - m.Start).ToLookup(m => m.ArticleIndex);

        public Dictionary<string, string> Names { get; } = graph.Districts.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);

        public IEnumerable<PlaceMention> InArticle(int article) => _byArticle[article];
    }
}
