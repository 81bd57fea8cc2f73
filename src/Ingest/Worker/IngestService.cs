using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Ingest.Worker;

/// <summary>What one ingest run did, file by file.</summary>
/// <param name="Written">What each document's write touched, with the file it came from.</param>
public sealed record IngestReport(
    IReadOnlyList<(string FileName, WriteResult Result)> Written,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<SourceFailure> Failures,
    IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> AmbiguousNames);

/// <summary>
/// Reads, extracts and writes a batch. A document already in the ledger (same content hash) is skipped,
/// so a restart neither loses nor duplicates work; a document is marked done by the same write that stores it.
/// </summary>
public sealed class IngestService(SourceReader reader, ExtractionPipeline pipeline, ILogger<IngestService> logger)
{
    public async Task<IngestReport> IngestAsync(IGraphStore store, IReadOnlyList<string> paths, bool force,
        IProgress<(string File, int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var (documents, failures) = await reader.ReadAllAsync(paths, cancellationToken);
        foreach (var failure in failures)
        {
            Log.SourceSetAside(logger, failure.Path, failure.Reason);
        }

        var skipped = new List<string>();
        var fresh = new List<SourceDocument>();
        foreach (var document in documents.DistinctBy(d => d.ContentSha256))
        {
            if (!force && await store.HasDocumentAsync(document.ContentSha256, cancellationToken))
            {
                skipped.Add(document.FileName);
            }
            else
            {
                fresh.Add(document);
            }
        }

        // Short names in this batch may name companies an earlier batch introduced by their full names.
        var known = (await store.NamesAsync(Graph.Model.NodeLabel.Enterprise, cancellationToken))
            .SelectMany(n => n.Aliases.Append(n.Name).Select(alias => (alias, n.Name)))
            .ToList();
        var result = pipeline.Run(fresh, known, cancellationToken);
        var written = new List<(string FileName, WriteResult Result)>();
        for (var i = 0; i < result.Graphs.Length; i++)
        {
            var graph = result.Graphs[i];
            written.Add((graph.Document.FileName, await store.WriteAsync(graph, cancellationToken)));
            Log.DocumentWritten(logger, graph.Document.FileName, graph.Entities.Length, graph.Relations.Length);
            progress?.Report((graph.Document.FileName, i + 1, result.Graphs.Length));
        }

        return new IngestReport(written, skipped, failures, result.AmbiguousNames);
    }
}
