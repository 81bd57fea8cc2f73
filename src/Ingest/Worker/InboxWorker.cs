using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Worker;

/// <summary>How the worker ended: 0 when stopped by a signal, 1 when it stopped on an error a person must fix.</summary>
public sealed class WorkerOutcome
{
    public int ExitCode { get; set; }
}

/// <summary>
/// The hosted ingest worker. A file is claimed once complete (size and time unchanged for the settle time) by an
/// atomic rename into processing/; its documents are written (facts, ledger rows and the merges they cause in one transaction), then it
/// moves to done/. A store outage keeps the file in processing/ and retries with backoff without limit; a statement
/// the store refuses for this document sends it to failed/ with the server's message; wrong credentials or settings
/// stop the worker with one line. After a crash, the files in processing/ are taken first: the ledger makes a
/// second write of a committed document a no-op, so every article is ingested exactly once.
/// </summary>
public sealed class InboxWorker(
    IngestService ingest,
    SourceReader reader,
    StoreOpener openStore,
    IOptions<InboxOptions> options,
    TimeProvider time,
    WorkerOutcome outcome,
    IHostApplicationLifetime lifetime,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Size, DateTime Modified, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);
    private int _ingested;

    public InboxFolders Folders { get; } = InboxFolders.At(options.Value.Path);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Folders.Create();
            await using var store = await WithRetriesAsync(token => openStore(token), "open the store", stoppingToken);
            Log.Watching(logger, Folders.Root, TimeSpan.FromSeconds(options.Value.PollSeconds), TimeSpan.FromSeconds(options.Value.SettleSeconds));
            // What a batch `ingest` killed before its end left unsettled on this store (a worker's own files settle in their unit).
            await WithRetriesAsync(token => ingest.SettleAsync(store, token), "settle an earlier run", stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PassAsync(store, stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // a signal: said goodbye in StopAsync
        }
        catch (Exception e)
        {
            Log.Stopped(logger, UserErrors.Describe(e) ?? $"{e.GetType().Name}: {e.Message}");
            Log.StoppedDetail(logger, e);
            outcome.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (outcome.ExitCode == 0)
        {
            Log.Goodbye(logger, _ingested, Folders.Root);
        }
    }

    /// <summary>One pass: claim what is complete, then work through processing/ in name order. What a restart resumes from.</summary>
    public async Task PassAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        Claim();
        foreach (var file in Directory.EnumerateFiles(Folders.Processing).Order(StringComparer.Ordinal).ToList())
        {
            await WithRetriesAsync(async token => { await ProcessAsync(store, file, token); return true; }, Path.GetFileName(file), cancellationToken);
        }
    }

    /// <summary>Moves every settled file of the inbox into processing/ (atomic rename; a file another worker took is skipped).</summary>
    public void Claim()
    {
        var now = time.GetUtcNow();
        var settle = TimeSpan.FromSeconds(options.Value.SettleSeconds);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(Folders.Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (Folders.IsStateFolder(entry) || InboxFolders.IsInProgressName(name))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                SetAsideFolder(entry);
                continue;
            }

            present.Add(entry);
            var info = new FileInfo(entry);
            if (!info.Exists)
            {
                continue;
            }

            var (size, modified) = (info.Length, info.LastWriteTimeUtc);
            if (!_seen.TryGetValue(entry, out var seen) || seen.Size != size || seen.Modified != modified)
            {
                _seen[entry] = seen = (size, modified, now);
            }

            var quiet = now - seen.Since >= settle || now - new DateTimeOffset(modified, TimeSpan.Zero) >= settle;
            if (!quiet)
            {
                continue;
            }

            var claimed = Path.Combine(Folders.Processing, InboxFolders.FreeName(name, Folders.Processing));
            try
            {
                // rename(2): atomic, and the source is gone for any other worker that tries the same file.
                File.Move(entry, claimed, overwrite: true);
                _seen.Remove(entry);
                Log.Claimed(logger, name, Path.GetFileName(claimed));
            }
            catch (FileNotFoundException)
            {
                _seen.Remove(entry); // another worker took it
            }
        }

        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    private async Task ProcessAsync(IGraphStore store, string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var read = await reader.ReadFileAsync(file, cancellationToken);
        if (read.Refusal is { } refusal)
        {
            SetAside(file, refusal);
            return;
        }

        // The ledger keeps where the document will live: done/NAME (the name is unique there).
        var done = Path.Combine(Folders.Done, InboxFolders.FreeName(name, Folders.Done));
        var documents = read.Documents.Select(d => d with { Path = done + d.Path[file.Length..] }).ToList();
        IngestReport report;
        try
        {
            // Everything the file's documents change (rows, ledger rows, merges, event re-keys, place edges, the second reading
            // of earlier documents) in one unit: a kill keeps all of it or none, and a restart takes the file again from processing/.
            report = await store.AtomicallyAsync(token => ingest.IngestDocumentsAsync(store, documents, force: false, progress: null, token), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException
                                  && (!StoreFailures.IsStoreFailure(e) || StoreFailures.Classify(e) == FailureKind.Document))
        {
            SetAside(file, StoreFailures.IsStoreFailure(e) ? $"the store refused it: {e.Message}" : $"extraction failed ({e.GetType().Name}: {e.Message})");
            return;
        }

        if (read.RejectedLines.Count > 0)
        {
            // Named after the done/ name, so a second pass after a crash rewrites it rather than adding a copy.
            var rejected = Path.Combine(Folders.Failed, Path.GetFileName(done) + InboxFolders.RejectedSuffix);
            await File.WriteAllLinesAsync(rejected, read.RejectedLines.Select(r => $"{r.Path[file.Length..].TrimStart('#')}\t{r.Reason}"), CancellationToken.None);
            foreach (var line in read.RejectedLines)
            {
                Log.SetAside(logger, name + line.Path[file.Length..], line.Reason);
            }
        }

        if (report.Duplicates.Count > 0)
        {
            await File.WriteAllLinesAsync(done + InboxFolders.DuplicateSuffix,
                report.Duplicates.Select(d => $"{d.FileName}\tduplicate of {d.DuplicateOf}"), CancellationToken.None);
        }

        File.Move(file, File.Exists(done) ? Path.Combine(Folders.Done, InboxFolders.FreeName(name, Folders.Done)) : done);
        foreach (var (document, result) in report.Written)
        {
            _ingested++;
            Log.Ingested(logger, document, Path.GetFileName(done), result.Nodes.Values.Sum(), result.Relationships.Values.Sum());
        }

        foreach (var (document, of) in report.Duplicates)
        {
            Log.DuplicateSetAside(logger, document, of);
        }
    }

    private void SetAside(string file, string reason)
    {
        var name = InboxFolders.FreeName(Path.GetFileName(file), Folders.Failed);
        var target = Path.Combine(Folders.Failed, name);
        try
        {
            File.WriteAllText(target + InboxFolders.ReasonSuffix, reason + "\n");
            File.Move(file, target);
        }
        catch (FileNotFoundException)
        {
            // it vanished: the reason file says why it was set aside
        }

        Log.SetAside(logger, Path.GetFileName(file), reason);
    }

    private void SetAsideFolder(string folder)
    {
        var name = InboxFolders.FreeName(Path.GetFileName(folder), Folders.Failed);
        var reason = "a folder, not a file: put the articles themselves in the inbox";
        File.WriteAllText(Path.Combine(Folders.Failed, name + InboxFolders.ReasonSuffix), reason + "\n");
        Directory.Move(folder, Path.Combine(Folders.Failed, name));
        Log.SetAside(logger, Path.GetFileName(folder), reason);
    }

    // Outages are waited out (backoff doubling to RetryMaxSeconds, no limit); anything else goes to the caller.
    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> work, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && StoreFailures.IsStoreFailure(e)
                                      && StoreFailures.Classify(e) == FailureKind.Outage)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(options.Value.RetryFirstSeconds * Math.Pow(2, Math.Min(attempt, 30)), options.Value.RetryMaxSeconds));
                if (attempt == 0)
                {
                    Log.WaitingForStore(logger, what, UserErrors.Describe(e) ?? e.Message, delay);
                }
                else
                {
                    Log.StillWaiting(logger, what, attempt + 1, delay);
                }

                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
