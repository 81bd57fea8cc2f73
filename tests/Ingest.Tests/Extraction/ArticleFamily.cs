using Graph.Ingest.Annotation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Text;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// What the ArticleFamilyTests classes share: invented text run through the whole extraction pipeline as one article (a
/// title, then the text) or as a batch of articles, and the facts and names read back. Each test class has its own
/// pipeline (a static of its closed type), as each had before: classes run in parallel.
/// </summary>
public abstract class ArticleFamily<TSelf>
    where TSelf : ArticleFamily<TSelf>
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static readonly SentenceAnnotator Annotator = new(Segmenter.Default, OfficialLexicons.Default);

    /// <summary>
    /// The spans the sentence annotator reads as people's names in one article (a title, then the text), distinct, sorted:
    /// what the patterns see, whether or not a pattern makes an official of them.
    /// </summary>
    protected static string[] PersonSpans(string text)
    {
        var document = new PageNormalizer().Normalize(SourceDocument.FromText("t.txt", "标题\n\n" + text + "\n"));
        var scope = new ArticleScope(document, document.Articles[0], AliasResolver.Build([], ExtractionLexicons.Default), new PlaceExtractor().Extract(document));
        return [.. Annotator.Annotate(scope).SelectMany(s => s.Elements.Where(e => e.Kind == ElementKind.Person).Select(e => s.Text.Substring(e.Start, e.Length)))
            .Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>One article: 标题, an empty line, then <paramref name="text"/>.</summary>
    protected static ExtractedDocument Run(string text) =>
        Pipeline.Run([SourceDocument.FromText("t.txt", "标题\n\n" + text + "\n")]).Documents.Single();

    /// <summary>A batch of articles (t0.txt, t1.txt …), one per text.</summary>
    protected static IReadOnlyList<ExtractedDocument> RunAll(params string[] texts) =>
        Pipeline.Run([.. texts.Select((t, i) => SourceDocument.FromText($"t{i}.txt", "标题\n\n" + t + "\n"))]).Documents;

    /// <summary>The relations of <paramref name="type"/> in a document, as from>to names, sorted.</summary>
    protected static string[] Facts(ExtractedDocument document, RelationType type) =>
        [.. document.Relations.Where(r => r.Type == type).Select(r => $"{r.From.Name}>{r.To.Name}").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The relations of <paramref name="type"/> of one article, as from>to names, sorted.</summary>
    protected static string[] Facts(string text, RelationType type) => Facts(Run(text), type);

    /// <summary>Expected facts written as from>to|from>to, sorted as <see cref="Facts(string, RelationType)"/> gives them.</summary>
    protected static string[] Split(string facts) =>
        facts.Length == 0 ? [] : [.. facts.Split('|').Order(StringComparer.Ordinal)];

    /// <summary>The surfaces of the mentions of <paramref name="label"/> in one article, sorted.</summary>
    protected static string[] Surfaces(string text, NodeLabel label) =>
        [.. Run(text).Mentions.Where(m => m.Label == label).Select(m => m.Surface).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The surfaces of the firms (Enterprise mentions) of one article, sorted.</summary>
    protected static string[] Firms(string text) => Surfaces(text, NodeLabel.Enterprise);

    /// <summary>The surfaces of the people (Official mentions) of one article, sorted.</summary>
    protected static string[] People(string text) => Surfaces(text, NodeLabel.Official);

    /// <summary>The canonical names of the places (District mentions) of one article, in order of first mention.</summary>
    protected static string[] Places(string text) =>
        [.. Run(text).Mentions.Where(m => m.Label == NodeLabel.District).Select(m => m.Entity.Name).Distinct()];

    /// <summary>The HOLDS_POSITION facts of one article, as from>to names, sorted.</summary>
    protected static string[] Holds(string text) => Facts(text, RelationType.HOLDS_POSITION);

    /// <summary>The surfaces of the projects (Project mentions) of one article, sorted.</summary>
    protected static string[] Projects(string text) => Surfaces(text, NodeLabel.Project);

    /// <summary>The names of the Districts of one article's place graph, distinct, sorted.</summary>
    protected static string[] DistrictNames(string text) =>
        [.. Run(text).Places.Districts.Select(d => d.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every form (name and aliases) of the Districts of one article's place graph, distinct, sorted.</summary>
    protected static string[] DistrictForms(string text) =>
        [.. Run(text).Places.Districts.SelectMany(d => d.Aliases.Append(d.Name)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The surfaces of the place mentions of one article's place graph, distinct, sorted.</summary>
    protected static string[] PlaceSurfaces(string text) =>
        [.. Run(text).Places.Mentions.Select(m => m.Surface).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The relations of <paramref name="type"/> of one article as from>to names, sorted; for LOCATED_IN with the place graph's
    /// own edges between Districts (a zone → its city) as well.
    /// </summary>
    protected static string[] FactsAndPlaceEdges(string text, RelationType type)
    {
        var document = Run(text);
        var districts = document.Places.Districts.ToDictionary(d => d.Id, d => d.Name);
        return [.. document.Relations.Where(r => r.Type == type).Select(r => $"{r.From.Name}>{r.To.Name}")
            .Concat(type == RelationType.LOCATED_IN ? document.Places.LocatedIn.Select(r => $"{districts[r.FromId]}>{districts[r.ToId]}") : [])
            .Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The HOLDS_POSITION facts of one article, as person>body title.</summary>
    protected static string[] Positions(string text) =>
        [.. Run(text).Relations.Where(r => r.Type == RelationType.HOLDS_POSITION)
            .Select(r => $"{r.From.Name}>{r.To.Name} {r.Attributes.GetValueOrDefault("title")}").Distinct()];
}
