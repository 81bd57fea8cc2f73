using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Worker;

public sealed class InboxWorkerTests
{
    internal static InboxWorker Worker(IGraphStore store, string inbox, double settleSeconds = 0, SourceFiles? files = null, long maxFileBytes = 50_000_000, double retrySeconds = 1)
    {
        var reader = new SourceReader(files ?? SourceFiles.Real, Options.Create(new SourceOptions { MaxFileBytes = maxFileBytes }));
        return new(new IngestService(reader, ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance), reader,
            _ => Task.FromResult(store), Options.Create(new InboxOptions { Path = inbox, SettleSeconds = settleSeconds, RetryFirstSeconds = retrySeconds, RetryMaxSeconds = retrySeconds }),
            TimeProvider.System, new WorkerOutcome(), new Lifetime(), NullLogger<InboxWorker>.Instance);
    }

    [Fact]
    public async Task A_bad_file_is_set_aside_with_its_reason_and_the_good_one_is_ingested()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "broken.txt"), [0xE6, 0x88, 0xFF]);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = Worker(store, inbox);
        worker.Folders.Create();

        await worker.PassAsync(store, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(inbox, "done", "page.txt")));
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "broken.txt")));
        Assert.Contains("UTF-8", await File.ReadAllTextAsync(Path.Combine(inbox, "failed", "broken.txt.reason.txt")));
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Documents);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(inbox, "processing")));
    }

    [Fact]
    public async Task A_file_left_in_processing_by_a_crash_after_its_commit_is_neither_lost_nor_duplicated()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = Worker(store, inbox);
        worker.Folders.Create();
        await worker.PassAsync(store, CancellationToken.None);
        var before = await store.CountAsync(CancellationToken.None);

        // A crash after the write but before the move leaves the file in processing/: the next pass must not write it twice.
        File.Move(Path.Combine(inbox, "done", "page.txt"), Path.Combine(inbox, "processing", "page.txt"));
        await Worker(store, inbox).PassAsync(store, CancellationToken.None);

        var after = await store.CountAsync(CancellationToken.None);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.True(File.Exists(Path.Combine(inbox, "done", "page.txt")));
        Assert.False(File.Exists(Path.Combine(inbox, "done", "page.txt.duplicate.txt")));
    }

    [Fact]
    public async Task A_page_written_slowly_is_taken_only_when_complete_and_ingested_whole()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        var page = await File.ReadAllBytesAsync(RepoPaths.SeedFile("004"));
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = Worker(store, inbox, settleSeconds: 1.5);
        worker.Folders.Create();
        var target = Path.Combine(inbox, "page.txt");

        // Four chunks, 0.6 s apart (less than the settle time); the worker looks between every chunk.
        var chunk = (page.Length / 4) + 1;
        for (var i = 0; i < 4; i++)
        {
            await using (var stream = new FileStream(target, FileMode.Append))
            {
                await stream.WriteAsync(page.AsMemory(i * chunk, Math.Min(chunk, page.Length - (i * chunk))));
            }

            worker.Claim();
            Assert.True(File.Exists(target), $"taken after chunk {i + 1} of 4");
            await Task.Delay(600);
        }

        await Task.Delay(1600);
        await worker.PassAsync(store, CancellationToken.None);

        Assert.Equal(page, await File.ReadAllBytesAsync(Path.Combine(inbox, "done", "page.txt")));
        await using var whole = await SqliteGraphStore.OpenAsync(folder.File("whole.db"), 500, CancellationToken.None);
        File.Copy(RepoPaths.SeedFile("004"), folder.File("page.txt"));
        await new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance)
            .IngestAsync(whole, [folder.File("page.txt")], false, null, CancellationToken.None);
        var expected = await whole.CountAsync(CancellationToken.None);
        var actual = await store.CountAsync(CancellationToken.None);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }

    [Fact]
    public async Task Files_written_under_a_temporary_name_wait_until_renamed()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = Worker(store, inbox);
        worker.Folders.Create();
        File.Copy(RepoPaths.SeedFile("000"), Path.Combine(inbox, "page.txt.partial"));
        File.Copy(RepoPaths.SeedFile("001"), Path.Combine(inbox, ".page2.txt"));

        worker.Claim();

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(inbox, "processing")));
        File.Move(Path.Combine(inbox, "page.txt.partial"), Path.Combine(inbox, "page.txt"));
        worker.Claim();
        Assert.True(File.Exists(Path.Combine(inbox, "processing", "page.txt")));
    }

    [Fact]
    public async Task Same_named_files_both_stay_in_done_and_retract_lists_the_candidates()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = Worker(store, inbox);
        worker.Folders.Create();
        File.Copy(RepoPaths.SeedFile("003"), Path.Combine(inbox, "page.txt"));
        await worker.PassAsync(store, CancellationToken.None);
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await worker.PassAsync(store, CancellationToken.None);

        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.SeedFile("003")), await File.ReadAllBytesAsync(Path.Combine(inbox, "done", "page.txt")));
        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.SeedFile("004")), await File.ReadAllBytesAsync(Path.Combine(inbox, "done", "page_2.txt")));
        var ambiguous = await Assert.ThrowsAsync<AmbiguousDocumentException>(() => store.RetractAsync("page.txt", CancellationToken.None));
        Assert.Equal(2, ambiguous.Candidates.Count);
        Assert.Contains(Path.Combine(inbox, "done", "page_2.txt"), ambiguous.Message);

        await store.RetractAsync("done/page_2.txt", CancellationToken.None);
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Documents);
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
