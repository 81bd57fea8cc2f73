using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>Puts the document's resolved places (see Places/) into the article as District mentions, for the relation rules.</summary>
public sealed class PlaceMentionRule : IExtractionRule
{
    public void Apply(ArticleScope scope)
    {
        var names = scope.Places.Districts.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        // Longest first: a zone (平湖经济技术开发区) wins over the short city name inside it.
        foreach (var place in scope.Places.Mentions.Where(m => m.ArticleIndex == scope.Article.Index).OrderByDescending(m => m.End - m.Start))
        {
            if (place.SentenceIndex >= scope.Sentences.Count || !names.TryGetValue(place.EntityId, out var name))
            {
                continue;
            }

            scope.TryAdd(place.SentenceIndex, new Mention(NodeLabel.District, name, place.Surface, scope.Sentences[place.SentenceIndex],
                place.Start, place.End, place.Rule, 0.9, place.EntityId));
        }
    }
}
