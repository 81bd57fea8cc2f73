using System.Collections.Immutable;
using Graph.Ingest.Resolution;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// One normalised document → its mentions and relation candidates, article by article, sentence by
/// sentence. Company identity comes from the corpus-wide <see cref="AliasResolver"/>.
/// </summary>
public sealed class DocumentExtractor(ExtractionLexicons lexicons)
{
    private readonly EnterpriseMentionFinder _enterprises = new(lexicons);
    private readonly SupplyRelationRule _supplies = new(lexicons);

    public ExtractedDocument Extract(NormalizedDocument document, AliasResolver resolver, CancellationToken cancellationToken = default)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var relations = ImmutableArray.CreateBuilder<RelationCandidate>();
        var dropped = ImmutableArray.CreateBuilder<DroppedFinding>();
        foreach (var article in document.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentences = article.Sentences
                .Select(s => new SentenceContext(article, s))
                .Select(c => (Context: c, Enterprises: _enterprises.Find(c, resolver)))
                .ToList();
            var speakers = SpeakerAttribution.Build(sentences, lexicons);
            var focus = ArticleFocus(sentences.SelectMany(s => s.Enterprises));

            for (var i = 0; i < sentences.Count; i++)
            {
                var (context, enterprises) = sentences[i];
                mentions.AddRange(enterprises);
                var implicitSupplier = speakers.CompanyOfQuote(i) ?? focus;
                relations.AddRange(_supplies.Apply(context, enterprises, implicitSupplier));
                foreach (var surface in resolver.Ambiguous.Keys.Where(k => context.Text.Contains(k, StringComparison.Ordinal)))
                {
                    dropped.Add(new DroppedFinding(surface,
                        $"ambiguous short name: could be {string.Join(" or ", resolver.Ambiguous[surface])}",
                        EnterpriseMentionFinder.KnownNameRule, context.Text));
                }
            }
        }

        return new ExtractedDocument(document, mentions.ToImmutable(), relations.ToImmutable(), dropped.ToImmutable());
    }

    /// <summary>The enterprise an article is about: the most mentioned, the first on a tie.</summary>
    private static EntityKey? ArticleFocus(IEnumerable<Mention> mentions)
    {
        var best = mentions
            .Select((m, order) => (m.Entity, order))
            .GroupBy(x => x.Entity)
            .Select(g => (Key: g.Key, Count: g.Count(), First: g.Min(x => x.order)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.First)
            .FirstOrDefault();
        return best.Count >= 2 ? best.Key : null;
    }
}
