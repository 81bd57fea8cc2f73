using Graph.Ingest.Extraction;
using Graph.Ingest.Patterns;
using Graph.Ingest.Places;
using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Pipeline;

/// <summary>
/// Everything extraction reads and never changes: the word lists, the patterns, the gazetteer and the segmenter's
/// dictionary. Loaded once by the composition root (<see cref="Default"/>: the files under resources/) and handed to
/// every stage, so no rule reaches for a global and a test can run the pipeline on its own lexicons.
/// </summary>
public sealed record ExtractionResources(
    ExtractionLexicons Lexicons,
    ClusterProjectLexicons Clusters,
    OfficialLexicons Officials,
    EventLexicons Events,
    PatternSet Patterns,
    Gazetteer Gazetteer,
    PlaceRules PlaceRules,
    Segmenter Segmenter)
{
    private static readonly Lazy<ExtractionResources> LazyDefault = new(() => new(
        ExtractionLexicons.Default, ClusterProjectLexicons.Default, OfficialLexicons.Default, EventLexicons.Default,
        PatternSet.Default, Gazetteer.Default, PlaceRules.Default, Segmenter.Default));

    /// <summary>The resources shipped under resources/ (each file read once per process).</summary>
    public static ExtractionResources Default => LazyDefault.Value;
}
