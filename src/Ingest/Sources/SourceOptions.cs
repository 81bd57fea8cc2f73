using System.ComponentModel.DataAnnotations;

namespace Graph.Ingest.Sources;

/// <summary>What the readers accept. Bound from the "Sources" section.</summary>
public sealed class SourceOptions
{
    public const string Section = "Sources";

    /// <summary>Files larger than this are refused, with their size in the reason.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "Sources:MaxFileBytes must be at least 1 (environment Sources__MaxFileBytes)")]
    public long MaxFileBytes { get; set; } = 50_000_000;
}
