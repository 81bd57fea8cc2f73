using System.Collections.Immutable;
using Graph.Ingest.Resolution;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// The whole flow over a batch of documents: normalise → find full names → resolve aliases across the
/// batch (and what the store already knows) → extract mentions and relations → assemble graphs.
/// </summary>
public sealed class ExtractionPipeline(PageNormalizer normalizer, ExtractionLexicons lexicons)
{
    private readonly CompanyNameRecognizer _names = new(lexicons);
    private readonly EnterpriseMentionRule _firms = new(lexicons);
    private readonly DocumentExtractor _extractor = new(DocumentExtractor.DefaultRules(lexicons));

    public static ExtractionPipeline CreateDefault() => new(new PageNormalizer(), ExtractionLexicons.Default);

    public ExtractionResult Run(IReadOnlyList<SourceDocument> sources, IEnumerable<(string Surface, string Canonical)>? knownAliases = null,
        CancellationToken cancellationToken = default)
    {
        var normalized = sources.Select(normalizer.Normalize).ToList();
        var sentences = normalized.SelectMany(d => d.Articles).SelectMany(a => a.Sentences).ToList();
        var fullNames = sentences.SelectMany(s => _names.Find(s.Text)).Select(n => n.Name).ToList();
        var listedFirms = sentences.SelectMany(s => _firms.EnumeratedFirmNames(s.Text)).ToList();
        var resolver = AliasResolver.Build(fullNames, lexicons, knownAliases, listedFirms);
        var extracted = new List<ExtractedDocument>(normalized.Count);
        foreach (var document in normalized)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extracted.Add(_extractor.Extract(document, resolver, cancellationToken));
        }

        return new ExtractionResult([.. extracted], [.. extracted.Select(GraphAssembler.Assemble)], resolver.Ambiguous);
    }
}

/// <summary>What a batch produced: per-document findings and graphs, and the short names left ambiguous.</summary>
public sealed record ExtractionResult(
    ImmutableArray<ExtractedDocument> Documents,
    ImmutableArray<DocumentGraph> Graphs,
    ImmutableSortedDictionary<string, ImmutableArray<string>> AmbiguousNames);
