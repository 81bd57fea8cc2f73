using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Worker;

/// <summary>
/// The hosted ingest worker: polls the inbox, ingests what is new, moves each file to done/ once its
/// graph is written, or to failed/ (with the reason beside it) when it cannot be read. A crash between
/// the write and the move is harmless: the ledger skips the file on the next pass. Anything else fails
/// loudly and stops the host; the store's own retry policy has already handled what is transient.
/// </summary>
public sealed class InboxWorker(
    IngestService ingest,
    IGraphStore store,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<InboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = Path.GetFullPath(options.Value.Path);
        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        Directory.CreateDirectory(inbox);
        Log.WatchingInbox(logger, inbox, interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            await PassAsync(inbox, stoppingToken);
            await Task.Delay(interval, time, stoppingToken);
        }
    }

    /// <summary>One pass over the inbox: what a restart resumes from.</summary>
    public async Task<IngestReport> PassAsync(string inbox, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(inbox)
            .Where(f => SourceReader.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return new IngestReport([], [], [], new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>>());
        }

        var report = await ingest.IngestAsync(store, files, force: false, progress: null, cancellationToken);
        var failed = report.Failures.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in report.Failures)
        {
            MoveTo(Path.Combine(inbox, "failed"), failure.Path);
            await File.WriteAllTextAsync(Path.Combine(inbox, "failed", Path.GetFileName(failure.Path) + ".reason.txt"), failure.Reason + "\n", cancellationToken);
        }

        foreach (var file in files.Where(f => !failed.Contains(Path.GetFullPath(f))))
        {
            MoveTo(Path.Combine(inbox, "done"), file);
        }

        Log.InboxBatchDone(logger, files.Count);
        return report;
    }

    private static void MoveTo(string folder, string file)
    {
        Directory.CreateDirectory(folder);
        File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }
}
