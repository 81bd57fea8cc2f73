using Graph.Ingest.Extraction;
using Graph.Ingest.Resolution;
using Graph.Model;
using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.Logging;
using Graph.Ingest.Pipeline;

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

    /// <summary>Documents, bytes, entities and relationships written, whatever the corpus size.</summary>
    public IngestTotals Totals { get; init; } = new(0, 0, 0, 0);
}

/// <summary>
/// Reads, extracts and writes, streaming. A document already in the ledger (same text hash, or same bytes) is not
/// ingested again, so a restart neither loses nor duplicates work; a document is marked done by the same write
/// that stores it.
/// </summary>
public sealed class IngestService(SourceReader reader, ExtractionPipeline pipeline, ILogger<IngestService> logger, StoreIdentity? identity = null)
{
    private readonly StoreIdentity _identity = identity ?? StoreIdentity.CreateDefault();

    /// <summary>
    /// Streams the files under <paramref name="paths"/> into the store (see <see cref="IngestStream"/>): a first walk
    /// counts files and bytes (for the progress' ETA) without reading them, then each file is read as its turn comes.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IGraphStore store, IReadOnlyList<string> paths, bool force,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken, IngestSettings? settings = null)
    {
        var failures = new List<SourceFailure>();
        var files = reader.Expand(paths, failures);
        long totalBytes = files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        foreach (var failure in failures)
        {
            Log.SourceSetAside(logger, failure.Path, failure.Reason);
        }

        async IAsyncEnumerable<(IReadOnlyList<SourceDocument>, long)> ReadAsync()
        {
            foreach (var file in files)
            {
                FileRead read;
                using (StreamTiming.Start("read file"))
                {
                    read = await reader.ReadFileAsync(file, cancellationToken);
                }

                var refused = read.RejectedLines.ToList();
                if (read.Refusal is { } reason)
                {
                    refused.Add(new SourceFailure(file, reason));
                }

                foreach (var failure in refused)
                {
                    Log.SourceSetAside(logger, failure.Path, failure.Reason);
                    failures.Add(failure);
                }

                yield return (read.Documents, File.Exists(file) ? new FileInfo(file).Length : 0);
            }
        }

        var report = await StreamAsync(store, ReadAsync(), files.Count, totalBytes, force, progress, settings ?? IngestSettings.Default, cancellationToken);
        return report with { Failures = failures };
    }

    /// <summary>Documents already read: duplicates and ledger hits set apart, the rest streamed into the store.</summary>
    public Task<IngestReport> IngestDocumentsAsync(IGraphStore store, IReadOnlyList<SourceDocument> documents, bool force,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken, IngestSettings? settings = null) =>
        StreamAsync(store, Once(documents), documents.Count, documents.Sum(d => (long)d.Text.Length), force, progress,
            settings ?? IngestSettings.Default, cancellationToken);

    private async Task<IngestReport> StreamAsync(IGraphStore store, IAsyncEnumerable<(IReadOnlyList<SourceDocument>, long)> input, int totalFiles,
        long totalBytes, bool force, IProgress<IngestProgress>? progress, IngestSettings settings, CancellationToken cancellationToken,
        bool rereading = false)
    {
        var skipped = new List<string>();
        var duplicates = new List<(string, string)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        bool first = true;
        var stream = new IngestStream(store, () =>
        {
            // The first window takes the pipeline the container made; further threads get their own.
            lock (seen)
            {
                var next = first ? pipeline : ExtractionPipeline.CreateDefault(pipeline.PublishedDefault);
                first = false;
                return next;
            }
        }, settings, progress, logger, _identity, markUnsettled: !rereading);

        async Task<bool> AdmitAsync(SourceDocument document)
        {
            using var timing = StreamTiming.Start("read admit");
            var keys = new[] { document.ContentSha256, document.ByteSha256 }.OfType<string>().ToList();
            if (keys.Select(k => seen.GetValueOrDefault(k)).FirstOrDefault(f => f is not null) is { } earlier)
            {
                Duplicate(document.FileName, earlier);
                return false;
            }

            keys.ForEach(k => seen[k] = document.FileName);
            var existing = await stream.LookupAsync(s => s.DuplicateOfAsync(document.ContentSha256, document.ByteSha256, cancellationToken));
            if (existing is null || force)
            {
                return true;
            }

            if (existing == document.Path || existing == document.FileName)
            {
                skipped.Add(document.FileName);
            }
            else
            {
                Duplicate(document.FileName, existing);
            }

            return false;
        }

        void Duplicate(string file, string of)
        {
            duplicates.Add((file, of));
            Log.Duplicate(logger, file, of);
        }

        await stream.RunAsync(input, totalFiles, totalBytes, AdmitAsync, cancellationToken);
        var totals = stream.Totals;
        if (!rereading)
        {
            // The run's end-of-run work (and any an earlier run was killed before finishing), from the marks its writes left.
            StreamTiming.Report();
            StreamTiming.Memory("stream written");
            int added;
            using (StreamTiming.Start("settle"))
            {
                added = await SettleAsync(store, settings, stream.WrittenDocuments, cancellationToken);
            }

            StreamTiming.Report();
            StreamTiming.Process();
            totals = totals with { Relationships = totals.Relationships + added };
        }

        return new IngestReport(stream.Written, skipped, [], stream.Ambiguous) { Duplicates = duplicates, Totals = totals };
    }

    /// <summary>
    /// Finishes the end-of-run work the store holds marked as unsettled (<see cref="IGraphStore.UnsettledAsync"/>): the place
    /// hierarchy relinked around the marked Districts (new edges taking their evidence from the marked documents), then the
    /// second reading of earlier documents that name a company the marked merges kept; the marks are cleared in the same
    /// unit. A run settles its own marks this way when it is written, and with them those of a run killed before its end:
    /// the graph is then that of the uninterrupted run. Returns the place edges added.
    /// </summary>
    public Task<int> SettleAsync(IGraphStore store, CancellationToken cancellationToken) =>
        SettleAsync(store, IngestSettings.Default, writtenNow: null, cancellationToken);

    /// <summary>As <see cref="SettleAsync(IGraphStore, CancellationToken)"/>, after a run that wrote <paramref name="writtenNow"/> (marks of other documents are an earlier run's).</summary>
    private Task<int> SettleAsync(IGraphStore store, IngestSettings settings, IReadOnlySet<string>? writtenNow, CancellationToken cancellationToken) =>
        store.AtomicallyAsync(async token =>
        {
            var work = await store.UnsettledAsync(token);
            if (work.IsEmpty)
            {
                return 0;
            }

            if (work.Documents.Count(d => writtenNow?.Contains(d) != true) is > 0 and var earlier)
            {
                Log.SettlingEarlierRun(logger, earlier);
            }

            var written = work.Documents.ToHashSet(StringComparer.Ordinal);
            var merged = work.Unmerged.Count == 0 ? work.Merged : await RepairMergesAsync(store, work, token);
            var added = 0;
            if (work.Districts.Count > 0)
            {
                var districts = await store.EntitiesWithoutAliasesAsync(work.Districts, token);
                (added, _) = await _identity.Places.RelinkAsync(store, districts.Values, written, token);
            }

            if (merged.Count > 0)
            {
                await RereadAsync(store, merged, written, settings, token);
            }

            await store.SettledAsync(work with { Merged = merged }, token); // with the companies a repair of merges marked
            return added;
        }, cancellationToken);

    /// <summary>
    /// A store without units killed between a transaction's documents and the end of its merges: the merges again, over the
    /// entities those documents mention (those made already find nothing to do), and the events of every company a merge kept
    /// re-keyed (a kill between a merge and its re-keying). Returns the companies merges kept, those marked and those made now.
    /// </summary>
    private async Task<IReadOnlyList<string>> RepairMergesAsync(IGraphStore store, Unsettled work, CancellationToken cancellationToken)
    {
        var graphs = new List<DocumentGraph>(work.Unmerged.Count);
        foreach (var document in work.Unmerged)
        {
            var mentioned = (await store.MentionsAsync(document, cancellationToken)).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
            var entities = await store.EntitiesWithoutAliasesAsync(mentioned, cancellationToken);
            graphs.Add(new DocumentGraph(new DocumentInfo(document, "", "", []), [.. mentioned.Where(entities.ContainsKey).Select(id => entities[id]).DistinctBy(e => e.Id)], []));
        }

        // Each company a merge keeps marked before the merge, as the run does: a kill in this repair loses none of them either.
        var merges = await _identity.MergeShortNamesAsync(store, await _identity.PrepareAsync(store, graphs, cancellationToken), cancellationToken,
            (into, token) => store.MarkUnsettledAsync(new Unsettled([work.Unmerged[0]], [], [into]), token));
        var kept = work.Merged.Concat(merges.Select(m => m.Into)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var company in kept)
        {
            await EventIdentity.RekeyAsync(store, company, cancellationToken);
        }

        return kept;
    }

    /// <summary>
    /// Earlier documents that named a company only by a short name a run has merged into a full one (<paramref name="merged"/>:
    /// the companies the merges kept) are read again (once, from their paths): what they said of other firms by short names
    /// may resolve now, as in one batch.
    /// </summary>
    private async Task RereadAsync(IGraphStore store, IReadOnlyList<string> merged, IReadOnlySet<string> written,
        IngestSettings settings, CancellationToken cancellationToken)
    {
        var companies = await store.EntitiesAsync(merged, cancellationToken);
        var paths = new List<string>();
        foreach (var id in companies.Values.SelectMany(e => e.Evidence).Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Where(d => !written.Contains(d)))
        {
            paths.AddRange((await store.FindDocumentsAsync(id, cancellationToken)).Select(d => d.Path).OfType<string>().Where(File.Exists));
        }

        if (paths.Count > 0)
        {
            Log.Rereading(logger, paths.Count);
            var (again, _) = await reader.ReadAllAsync(paths, cancellationToken);
            await StreamAsync(store, Once(again), again.Count, again.Sum(d => (long)d.Text.Length), force: true, progress: null,
                settings, cancellationToken, rereading: true);
        }
    }

    private static async IAsyncEnumerable<(IReadOnlyList<SourceDocument>, long)> Once(IReadOnlyList<SourceDocument> documents)
    {
        await Task.CompletedTask;
        foreach (var document in documents)
        {
            yield return ([document], document.Text.Length);
        }
    }
}
