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

    /// <summary>
    /// Starts loading <see cref="Default"/>'s parts on the thread pool, two at a time, while the caller opens its store: the
    /// gazetteer (most of the load) on one thread, the segmenter's dictionary and the patterns with their index on the other.
    /// Each is the same process-wide instance the first caller would load (a <see cref="Lazy{T}"/> each: a caller that asks
    /// before a load ends waits for it, and a load that fails fails for that caller as before).
    /// </summary>
    public static void Preload()
    {
        _ = Task.Run(() => Gazetteer.Default);
        _ = Task.Run(() => (Segmenter.Default, PatternSet.Default.Index));
    }
}
