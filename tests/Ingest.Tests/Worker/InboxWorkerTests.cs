using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Tests.Worker;

public sealed class InboxWorkerTests
{
    private static InboxWorker Worker(SqliteGraphStore store, string inbox) =>
        new(new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance),
            store, Options.Create(new InboxOptions { Path = inbox }), TimeProvider.System, NullLogger<InboxWorker>.Instance);

    [Fact]
    public async Task A_bad_file_is_set_aside_with_its_reason_and_the_good_one_is_ingested()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "broken.txt"), [0xE6, 0x88, 0xFF]);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);

        await Worker(store, inbox).PassAsync(inbox, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(inbox, "done", "page.txt")));
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "broken.txt")));
        Assert.Contains("UTF-8", await File.ReadAllTextAsync(Path.Combine(inbox, "failed", "broken.txt.reason.txt")));
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task A_file_seen_again_after_a_restart_is_neither_lost_nor_duplicated()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        await Worker(store, inbox).PassAsync(inbox, CancellationToken.None);
        var before = await store.CountAsync(CancellationToken.None);

        // A crash after the write but before the move leaves the file in the inbox: the next pass must skip it.
        File.Copy(Path.Combine(inbox, "done", "page.txt"), Path.Combine(inbox, "page.txt"));
        var report = await Worker(store, inbox).PassAsync(inbox, CancellationToken.None);

        Assert.Equal(["page.txt"], report.Skipped);
        var after = await store.CountAsync(CancellationToken.None);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.False(File.Exists(Path.Combine(inbox, "page.txt")));
    }
}
