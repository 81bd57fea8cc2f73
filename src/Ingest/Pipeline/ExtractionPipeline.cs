using System.Collections.Immutable;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Resolution;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Pipeline;

/// <summary>
/// The whole flow over a batch of documents: normalise → find full names → resolve aliases across the
/// batch (and what the store already knows) → extract mentions and relations → assemble graphs.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly PageNormalizer _normalizer;
    private readonly ExtractionResources _resources;
    private readonly CompanyNameRecognizer _names;
    private readonly FirmListReader _lists;
    private readonly ShortFirmNameReader _shortFirms;
    private readonly DocumentExtractor _extractor;

    public ExtractionPipeline(PageNormalizer normalizer, ExtractionResources resources)
    {
        _normalizer = normalizer;
        _resources = resources;
        _names = new(resources.Lexicons, resources.Segmenter);
        _lists = new(resources.Lexicons);
        _shortFirms = new(resources.Lexicons);
        var places = new PlaceExtractor(resources.Gazetteer, resources.PlaceRules);
        _extractor = new(places, DocumentExtractor.DefaultRules(resources, places));
    }

    public static ExtractionPipeline CreateDefault(DateOnly? publishedDefault = null) =>
        new(new PageNormalizer(), ExtractionResources.Default) { PublishedDefault = publishedDefault };

    /// <summary>The publication date (<c>--date</c>) of articles whose feed or page gives none.</summary>
    public DateOnly? PublishedDefault { get; init; }

    public ExtractionResult Run(IReadOnlyList<SourceDocument> sources, IEnumerable<(string Surface, string Canonical)>? knownAliases = null,
        CancellationToken cancellationToken = default)
    {
        var lexicons = _resources.Lexicons;
        var stage = StreamTiming.Start("window normalize");
        var normalized = sources.Select(s => _normalizer.Normalize(s.DefaultDate is null && PublishedDefault is not null ? s with { DefaultDate = PublishedDefault } : s)).ToList();
        var sentences = normalized.SelectMany(d => d.Articles).SelectMany(a => a.Sentences).ToList();
        // Every sentence of the batch segmented once, in one run: the readers below and the annotator take their tokens from here.
        stage.Dispose();
        stage = StreamTiming.Start("window segment");
        var segmented = SegmentedSentences.Of(_resources.Segmenter, sentences.Select(s => s.Text));
        stage.Dispose();
        stage = StreamTiming.Start("window names");
        var spans = sentences.Select(s => (s.Text, Names: _names.Find(s.Text))).ToList();
        // Short names the articles define (以下简称“X”) count as known aliases of their firms.
        var knownList = new List<(string Surface, string Canonical)>(knownAliases ?? []);
        foreach (var (text, names) in spans)
        {
            if (names.Count > 0)
            {
                // A role the article calls its firm by (以下简称“公司”, “发行人”) names that firm in that article only: not a batch alias.
                knownList.AddRange(DefinedShortNames.Read(text, names, _resources.Officials.CompanyReferences)
                    .Where(d => !lexicons.DocumentRoleNames.Contains(d.Surface)));
            }
        }

        // Companies the store already holds give their short forms too, as if named in this batch.
        var fullNames = spans.SelectMany(s => s.Names).Select(n => n.Name)
            .Concat(knownList.Select(k => k.Canonical).Distinct(StringComparer.Ordinal)
                .Select(name => CompanyName.Parse(name, lexicons)).OfType<CompanyName>())
            .ToList();
        // Two names side by side with a subsidiary's gap between them (a loop: most sentences name fewer than two firms).
        var subsidiaries = new List<(string Parent, string Child)>();
        foreach (var (text, names) in spans)
        {
            for (var k = 0; k + 1 < names.Count; k++)
            {
                if (_resources.Clusters.IsSubsidiaryGap(text[names[k].End..names[k + 1].Start]))
                {
                    subsidiaries.Add((names[k].Name.Full, names[k + 1].Name.Full));
                }
            }
        }

        // Both readers share a sentence's segmentation (SentenceTokens): the short-name reader segments whole clauses, and
        // the list reader's pieces inside them are slices. Its names still come after the list reader's.
        var listedFirms = new List<string>();
        var tokens = new SentenceTokens(_resources.Segmenter, segmented);
        var (shortSpans, listSpans) = (new List<(int Start, int End)>(), new List<(int Start, int End)>());
        foreach (var sentence in sentences)
        {
            shortSpans.Clear();
            _shortFirms.Find(tokens.Read(sentence.Text), shortSpans);
            listSpans.Clear();
            _lists.Find(tokens, listSpans);
            AddSurfaces(sentence.Text, listSpans, listedFirms);
            AddSurfaces(sentence.Text, shortSpans, listedFirms);
        }

        stage.Dispose();
        stage = StreamTiming.Start("window resolver");
        var resolver = AliasResolver.Build(fullNames, lexicons, knownList, listedFirms, subsidiaries);
        stage.Dispose();
        stage = StreamTiming.Start("window documents");
        var extracted = new List<ExtractedDocument>(normalized.Count);
        foreach (var document in normalized)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extracted.Add(_extractor.Extract(document, resolver, segmented, cancellationToken));
        }

        stage.Dispose();
        using var assembling = StreamTiming.Start("window assemble");
        var graphs = BatchPlaceHierarchy.Relink([.. extracted.Select(GraphAssembler.Assemble)], _resources.Gazetteer);
        return new ExtractionResult([.. extracted], graphs, resolver.Ambiguous);
    }

    private static void AddSurfaces(string text, List<(int Start, int End)> spans, List<string> surfaces)
    {
        foreach (var (start, end) in spans)
        {
            surfaces.Add(text[start..end]);
        }
    }
}

/// <summary>What a batch produced: per-document findings and graphs, and the short names left ambiguous.</summary>
public sealed record ExtractionResult(
    ImmutableArray<ExtractedDocument> Documents,
    ImmutableArray<DocumentGraph> Graphs,
    ImmutableSortedDictionary<string, ImmutableArray<string>> AmbiguousNames);
