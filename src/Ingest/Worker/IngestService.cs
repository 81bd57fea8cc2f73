using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Ingest.Worker;

/// <summary>What one ingest run did, file by file.</summary>
/// <param name="Written">What each document's write touched, with the file it came from.</param>
/// <param name="Skipped">Documents already in the ledger (ingest without --force).</param>
/// <param name="Duplicates">Documents whose text or bytes the ledger (or the same batch) already holds under another name: (file, the one it repeats).</param>
public sealed record IngestReport(
    IReadOnlyList<(string FileName, WriteResult Result)> Written,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<SourceFailure> Failures,
    IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> AmbiguousNames)
{
    public IReadOnlyList<(string FileName, string DuplicateOf)> Duplicates { get; init; } = [];
}

/// <summary>
/// Reads, extracts and writes a batch. A document already in the ledger (same text hash, or same bytes) is not
/// ingested again, so a restart neither loses nor duplicates work; a document is marked done by the same write
/// that stores it.
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

        var report = await IngestDocumentsAsync(store, documents, force, progress, cancellationToken);
        return report with { Failures = failures };
    }

    /// <summary>Documents already read: duplicates and ledger hits set apart, the rest extracted together and written one by one.</summary>
    public async Task<IngestReport> IngestDocumentsAsync(IGraphStore store, IReadOnlyList<SourceDocument> documents, bool force,
        IProgress<(string File, int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var duplicates = new List<(string, string)>();
        var fresh = new List<SourceDocument>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var keys = new[] { document.ContentSha256, document.ByteSha256 }.OfType<string>().ToList();
            if (keys.Select(k => seen.GetValueOrDefault(k)).FirstOrDefault(f => f is not null) is { } earlier)
            {
                duplicates.Add((document.FileName, earlier));
                continue;
            }

            keys.ForEach(k => seen[k] = document.FileName);
            var existing = await store.DuplicateOfAsync(document.ContentSha256, document.ByteSha256, cancellationToken);
            if (existing is null || force)
            {
                fresh.Add(document);
            }
            else if (existing == document.Path || existing == document.FileName)
            {
                skipped.Add(document.FileName);
            }
            else
            {
                duplicates.Add((document.FileName, existing));
            }
        }

        foreach (var (file, of) in duplicates)
        {
            Log.Duplicate(logger, file, of);
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

        return new IngestReport(written, skipped, [], result.AmbiguousNames) { Duplicates = duplicates };
    }
}
