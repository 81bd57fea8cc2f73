using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;
using Graph.Store;
using Microsoft.Extensions.Logging;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Resolution;

namespace Graph.Ingest.Worker;

/// <summary>How an ingest streams: extraction threads, the window of documents resolved together, documents per write transaction.</summary>
/// <param name="Parallel">Windows extracted at once (<c>--parallel</c>, default the core count); the graph does not depend on it.</param>
/// <param name="Window">Documents extracted together, so that a short name resolves to a full name the same window gives.</param>
/// <param name="DocumentsPerTransaction">Most documents written per store transaction (<c>Store:DocumentsPerTransaction</c>; the first and the last are smaller, see <see cref="TransactionSizes"/>).</param>
/// <param name="KeepWritten">Keep each document's write result in the report (the inbox worker's few documents); false keeps only totals.</param>
public sealed record IngestSettings(int Parallel, int Window = IngestSettings.DefaultWindow, int DocumentsPerTransaction = StoreOptions.DefaultDocumentsPerTransaction, bool KeepWritten = true)
{
    public const int DefaultWindow = 32;

    public static IngestSettings Default => new(Environment.ProcessorCount);
}

/// <summary>Where a streaming ingest is: files and bytes read out of those the first walk counted, and what was written.</summary>
public sealed record IngestProgress(int Files, int TotalFiles, long Bytes, long TotalBytes, int Documents, int Entities, int Relationships);

/// <summary>Totals of one ingest, whatever its size.</summary>
public sealed record IngestTotals(int Documents, long Bytes, int Entities, int Relationships);

/// <summary>
/// Streaming ingest: documents flow read → extract → write through bounded channels, so memory holds a few windows
/// whatever the corpus size. Windows of <see cref="IngestSettings.Window"/> documents are cut in input order and
/// extracted on <see cref="IngestSettings.Parallel"/> threads while the writer writes, then written in input order,
/// <see cref="IngestSettings.DocumentsPerTransaction"/> documents per transaction at most. A window's name lookups run on the
/// store's read connection (WAL: they never wait for a write transaction) and see what was committed, less every
/// entity this run created (noted before the transaction that writes it commits), so they find the companies the store
/// held before the run whatever the threads or how far the writer has got: the graph is the same for any number of
/// threads. (What this run adds to such a company — a new alias, a merge — may be seen or not; the merges after each
/// write and the second reading settle those.)
/// </summary>
/// <remarks>
/// With <paramref name="markUnsettled"/> (a run, not a second reading), each transaction of documents also marks them, their
/// Districts and the companies their merges kept as unsettled (<see cref="IGraphStore.MarkUnsettledAsync"/>) and the caller
/// settles them once the run is written (<see cref="IngestService.SettleAsync(IGraphStore, CancellationToken)"/>); without it, the stream relinks the place
/// hierarchy around its Districts itself at the end.
/// </remarks>
internal sealed class IngestStream(IGraphStore store, Func<ExtractionPipeline> pipelines, IngestSettings settings, IProgress<IngestProgress>? progress, ILogger logger,
    StoreIdentity identity, bool markUnsettled = false)
{
    private readonly List<(string From, string Into)> _merges = [];
    private readonly HashSet<string> _writtenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _districts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    // The writer's connection: its transactions, and the lookups too when the store has no second (read) connection.
    private readonly SemaphoreSlim _storeGate = new(1, 1);
    // The read connection (SQLite in WAL mode) the windows' name lookups and the ledger checks use while the writer
    // writes: one statement at a time on it, never waiting for a write transaction.
    private readonly SemaphoreSlim _lookupGate = new(1, 1);
    private IGraphStore? _lookups;
    // Whether the store held entities when the run began: a new store has no names to look up, and every entity a lookup
    // would find there is one this run created (left out anyway).
    private bool _heldBefore;
    private readonly ConcurrentBag<ExtractionPipeline> _idle = [];
    private readonly List<(string FileName, WriteResult Result)> _written = [];
    private readonly SortedDictionary<string, ImmutableArray<string>> _ambiguous = new(StringComparer.Ordinal);
    private int _files;
    private long _bytes;
    // Documents the files read so far hold, and those admission turned away: with the bytes, what is still to come.
    private long _documentsRead;
    private long _turnedAway;
    private int _documents;
    private int _entities;
    private int _relationships;

    public IReadOnlyList<(string FileName, WriteResult Result)> Written => _written;

    public IReadOnlyDictionary<string, ImmutableArray<string>> Ambiguous => _ambiguous;

    public IngestTotals Totals => new(_documents, _bytes, _entities, _relationships);

    /// <summary>Companies merged after the writes (old id → the id it became).</summary>
    public IReadOnlyList<(string From, string Into)> Merges => _merges;

    /// <summary>Ids of the documents this run wrote.</summary>
    public IReadOnlySet<string> WrittenDocuments => _writtenIds;

    /// <summary>Runs the stream over <paramref name="documents"/>, which yields each file's documents as it is read.</summary>
    public async Task RunAsync(IAsyncEnumerable<(IReadOnlyList<SourceDocument> Documents, long Bytes)> documents, int totalFiles, long totalBytes,
        Func<SourceDocument, Task<bool>> admit, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var lookups = _lookups = await store.OpenReaderAsync(cancellationToken);
        _heldBefore = await store.HoldsEntitiesAsync(cancellationToken);
        int parallel = Math.Max(1, settings.Parallel);
        var windows = Channel.CreateBounded<Task<ExtractionResult>>(new BoundedChannelOptions(parallel) { SingleWriter = true, SingleReader = true });
        using var running = new SemaphoreSlim(parallel, parallel);

        async Task ReadAsync()
        {
            var window = new List<SourceDocument>(settings.Window);
            try
            {
                await foreach (var (read, bytes) in documents.WithCancellation(stop.Token))
                {
                    Interlocked.Increment(ref _files);
                    Interlocked.Add(ref _documentsRead, read.Count);
                    Interlocked.Add(ref _bytes, bytes);
                    foreach (var document in read)
                    {
                        if (!await admit(document))
                        {
                            Interlocked.Increment(ref _turnedAway);
                            continue;
                        }

                        window.Add(document);
                        if (window.Count == settings.Window)
                        {
                            await DispatchAsync(window);
                            window = new List<SourceDocument>(settings.Window);
                        }
                    }
                }

                if (window.Count > 0)
                {
                    await DispatchAsync(window);
                }
            }
            finally
            {
                windows.Writer.TryComplete();
            }
        }

        async Task DispatchAsync(List<SourceDocument> window)
        {
            await running.WaitAsync(stop.Token);
            var extraction = Task.Run(async () =>
            {
                var pipeline = _idle.TryTake(out var idle) ? idle : pipelines();
                try
                {
                    // Short names may name companies the store already holds by their full names: the window's candidate
                    // names are looked up by key (an index lookup each), never every name the store holds.
                    // Entities this run created are left out, so the answer does not depend on how far the writer has got:
                    // what windows resolve among themselves, the merges after each write (and the second reading) settle.
                    IReadOnlyList<(string Surface, string Canonical)> known = [];
                    if (_heldBefore)
                    {
                        using var lookupTiming = StreamTiming.Start("window lookups");
                        var keys = identity.ProbeKeys(window.Select(d => d.Text));
                        known = await LookupAsync(s => identity.KnownNamesAsync(s, keys, stop.Token, _created.ContainsKey));
                    }

                    using var timing = StreamTiming.Start("window extraction");
                    return pipeline.Run(window, known, stop.Token);
                }
                finally
                {
                    _idle.Add(pipeline);
                    running.Release();
                }
            }, stop.Token);
            await windows.Writer.WriteAsync(extraction, stop.Token);
        }

        // A full transaction is written while the next one gathers: the windows go on being extracted (on every core the
        // writer leaves free) instead of waiting for the commit, at most one transaction ahead of the one being written.
        // Transactions still go one at a time, in input order; into a new store the first and the last ones are smaller (TransactionSizes).
        async Task WriteAsync()
        {
            var pending = new List<DocumentGraph>(settings.DocumentsPerTransaction);
            var writing = Task.CompletedTask;
            var sizes = new TransactionSizes(settings.DocumentsPerTransaction, Smallest: 2 * settings.Window);
            int transactions = 0;
            long queued = 0;
            // Only into a store that held nothing: into a big one, each commit writes pages all over its trees, and many small
            // transactions would cost more than the writer's idle time they save.
            bool ramped = !_heldBefore;
            async Task CutAsync()
            {
                using (StreamTiming.Wait("writer waits write"))
                {
                    await writing;
                }

                // On a thread of its own: the store's calls complete synchronously, and would hold this loop.
                var full = pending;
                transactions++;
                queued += full.Count;
                writing = Task.Run(() => FlushTakingACoreAsync(full), stop.Token);
                pending = new List<DocumentGraph>(settings.DocumentsPerTransaction);
            }

            long ToCome() => TransactionSizes.ToCome(Interlocked.Read(ref _documentsRead), queued + Interlocked.Read(ref _turnedAway),
                Interlocked.Read(ref _bytes), totalBytes, totalFiles - Volatile.Read(ref _files));
            try
            {
                await foreach (var extraction in windows.Reader.ReadAllAsync(stop.Token))
                {
                    ExtractionResult result;
                    using (StreamTiming.Wait("writer waits extraction"))
                    {
                        result = await extraction;
                    }

                    foreach (var (name, owners) in result.AmbiguousNames)
                    {
                        _ambiguous[name] = owners;
                    }

                    foreach (var graph in result.Graphs)
                    {
                        pending.Add(graph);
                        if (pending.Count >= settings.DocumentsPerTransaction)
                        {
                            await CutAsync();
                        }
                    }

                    // The smaller transactions of a new store's start and end end with a window (TransactionSizes).
                    if (ramped && pending.Count > 0 && pending.Count >= sizes.Size(transactions, ToCome()))
                    {
                        await CutAsync();
                    }
                }

                await writing;
                await FlushAsync(pending, totalFiles, totalBytes, stop.Token);
            }
            catch
            {
                // No transaction left running on the store when the stream gives up.
                await writing.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }
        }

        // While a transaction is written, one window fewer is extracted at a time when the extraction threads fill the cores:
        // the writer, which the stream waits for at scale, then has a core to itself instead of sharing two with two extraction
        // threads (a slot claimed as a window ends, given back when the write ends; a claim still waiting is dropped).
        bool yieldCore = parallel > 1 && parallel >= Environment.ProcessorCount;
        async Task FlushTakingACoreAsync(List<DocumentGraph> full)
        {
            using var done = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var claim = yieldCore ? running.WaitAsync(done.Token) : Task.CompletedTask;
            try
            {
                await FlushAsync(full, totalFiles, totalBytes, stop.Token);
            }
            finally
            {
                if (yieldCore)
                {
                    await done.CancelAsync();
                    try
                    {
                        await claim;
                        running.Release();
                    }
                    catch (OperationCanceledException)
                    {
                        // Not claimed: nothing to give back.
                    }
                }
            }
        }

        var reader = Task.Run(ReadAsync, stop.Token);
        var writer = Task.Run(WriteAsync, stop.Token);
        try
        {
            await Task.WhenAll(reader, writer);
            if (!markUnsettled)
            {
                // The place hierarchy around the Districts the stream wrote, once, when everything is written: the edges are then
                // the same whatever the threads or the documents per transaction. (A run's marks leave it to the settling.)
                var (added, _) = await store.AtomicallyAsync(token => identity.Places.RelinkAsync(store, _districts.Values, _writtenIds, token), stop.Token);
                _relationships += added;
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await Task.WhenAll(reader.ContinueWith(_ => { }, TaskScheduler.Default), writer.ContinueWith(_ => { }, TaskScheduler.Default));
        }
    }

    /// <summary>
    /// Runs a read on the read connection when the store gave one, else on the writer's connection between its
    /// transactions. Either way it sees only committed writes.
    /// </summary>
    public async Task<T> LookupAsync<T>(Func<IGraphStore, Task<T>> call)
    {
        if (_lookups is not { } lookups)
        {
            return await GatedAsync(() => call(store));
        }

        await _lookupGate.WaitAsync();
        try
        {
            return await call(lookups);
        }
        finally
        {
            _lookupGate.Release();
        }
    }

    /// <summary>Runs a call on the writer's connection, one at a time.</summary>
    private async Task<T> GatedAsync<T>(Func<Task<T>> call)
    {
        await _storeGate.WaitAsync();
        try
        {
            return await call();
        }
        finally
        {
            _storeGate.Release();
        }
    }

    private async Task FlushAsync(List<DocumentGraph> pending, int totalFiles, long totalBytes, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var flushTiming = StreamTiming.Start("flush");
        var prepareTiming = StreamTiming.Start("flush prepare");
        var prepared = await GatedAsync(() => identity.PrepareAsync(store, pending, cancellationToken));
        prepareTiming.Dispose();
        if (_heldBefore)
        {
            using var heldTiming = StreamTiming.Start("flush created");
            // The entities this transaction creates, noted before it commits (the lookups leave them out).
            var ids = prepared.SelectMany(g => g.Entities).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
            var held = await GatedAsync(() => store.EntitiesWithoutAliasesAsync(ids, cancellationToken)); // which exist: no evidence or aliases (a hub has thousands)
            foreach (var id in ids.Where(id => !held.ContainsKey(id)))
            {
                _created.TryAdd(id, true);
            }
        }

        pending.Clear();
        pending.AddRange(prepared);
        // The documents with their ledger rows, the merges (and event re-keys) they cause, and the marks of what the end of the
        // run settles, in one unit: a crash between them would leave documents the ledger calls done without the merges or the
        // end-of-run work, which no restart would make. Each mark goes before what it marks (the documents, unmerged until
        // their merges are made; each company a merge keeps), so a store without units, killed anywhere, holds no document the
        // ledger calls done that nothing marks, and the settling makes what the kill left undone.
        var documentIds = pending.Select(g => g.Document.Id).ToList();
        var unitTiming = StreamTiming.Start("flush unit");
        var (results, merges) = await GatedAsync(() => store.AtomicallyAsync(async token =>
        {
            if (!markUnsettled)
            {
                return (await store.WriteAsync(pending, token), await identity.MergeShortNamesAsync(store, pending, token));
            }

            var districts = pending.SelectMany(g => g.Entities).Where(e => e.Label == NodeLabel.District).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
            using (StreamTiming.Start("flush marks"))
            {
                await store.MarkUnsettledAsync(new Unsettled(documentIds, districts, []) { Unmerged = documentIds }, token);
            }

            IReadOnlyList<WriteResult> written;
            using (StreamTiming.Start("flush write"))
            {
                written = await store.WriteAsync(pending, token);
            }

            // A company met earlier under a short name that these documents name in full (or the other way round) becomes one
            // with it.
            var mergeTiming = StreamTiming.Start("flush merges");
            var merged = await identity.MergeShortNamesAsync(store, pending, token,
                (into, t) => store.MarkUnsettledAsync(new Unsettled(documentIds[..1], [], [into]), t));
            mergeTiming.Dispose();
            using (StreamTiming.Start("flush settled"))
            {
                await store.SettledAsync(Unsettled.None with { Unmerged = documentIds }, token);
            }

            return (written, merged);
        }, cancellationToken));
        unitTiming.Dispose();
        NativeHeap.ReturnFreeMemory(); // the transaction's SQLite blocks, freed at its commit, back to the system
        // The Districts are kept for the relinking of the place hierarchy once the stream is written.
        _writtenIds.UnionWith(documentIds);
        _merges.AddRange(merges);
        foreach (var district in pending.SelectMany(g => g.Entities).Where(e => e.Label == NodeLabel.District))
        {
            _districts.TryAdd(district.Id, district);
        }
        for (int i = 0; i < results.Count; i++)
        {
            _documents++;
            _entities += results[i].Nodes.Values.Sum();
            _relationships += results[i].Relationships.Values.Sum();
            Log.DocumentWritten(logger, pending[i].Document.FileName, pending[i].Entities.Length, pending[i].Relations.Length);
            if (settings.KeepWritten)
            {
                _written.Add((pending[i].Document.FileName, results[i]));
            }
        }

        pending.Clear();
        flushTiming.Dispose();
        StreamTiming.Transaction(results.Count);
        progress?.Report(new IngestProgress(Volatile.Read(ref _files), totalFiles, Interlocked.Read(ref _bytes), totalBytes, _documents, _entities, _relationships));
    }
}
