using Graph.Ingest.Sources;
using Graph.Ingest.Tests.Worker;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Sources;

/// <summary>JSONL feeds: one article a line, each line a document named feed.jsonl#L12, bad lines set aside with their line number.</summary>
public sealed class FeedTests
{
    private const string Feed =
        """
        {"title": "配套企业", "date": "2024-03-05", "source": "嘉兴日报", "url": "https://example.org/1", "body": "嘉兴亮锐精密机械股份有限公司为津上精密机床(浙江)有限公司提供机床辅件。"}
        not json at all
        {"title": "无正文", "date": "2024-03-06"}

        {"title": "园区", "date": "2024-03-07T08:30:00+08:00", "body": "平湖经济技术开发区的浙江华亿精密机械有限公司开工了新厂房。"}
        {"title": "坏日期", "date": "上周", "body": "嘉兴市南湖区的企业开工了。"}
        {"title": "English", "body": "No Chinese here."}
        """;

    [Fact]
    public async Task Each_line_is_a_document_with_its_date_and_bad_lines_are_rejected_with_their_number()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("feed.jsonl"), Feed);

        var read = await new SourceReader().ReadFileAsync(folder.File("feed.jsonl"), CancellationToken.None);

        Assert.Null(read.Refusal);
        Assert.Equal(["feed.jsonl#L1", "feed.jsonl#L5"], read.Documents.Select(d => d.FileName));
        Assert.Equal(["2024-03-05", "2024-03-07"], read.Documents.Select(d => d.Date));
        Assert.StartsWith("配套企业\n\n", read.Documents[0].Text, StringComparison.Ordinal);
        Assert.Equal(["#L2", "#L3", "#L6", "#L7"], read.RejectedLines.Select(r => r.Path[folder.File("feed.jsonl").Length..]));
        Assert.Contains("not valid JSON", read.RejectedLines[0].Reason);
        Assert.Contains("\"body\"", read.RejectedLines[1].Reason);
        Assert.Contains("ISO date", read.RejectedLines[2].Reason);
        Assert.Contains("no Chinese", read.RejectedLines[3].Reason);
    }

    [Fact]
    public async Task The_worker_keeps_the_date_on_document_and_evidence_writes_rejected_lines_and_retract_takes_every_line()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "feed.jsonl"), Feed);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = InboxWorkerTests.Worker(store, inbox);
        worker.Folders.Create();

        await worker.PassAsync(store, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(inbox, "done", "feed.jsonl")));
        var rejected = await File.ReadAllLinesAsync(Path.Combine(inbox, "failed", "feed.jsonl.rejected"));
        Assert.Equal(["L2", "L3", "L6", "L7"], rejected.Select(l => l.Split('\t')[0]));
        Assert.Equal(4, worker.Folders.FailedFiles().Count);
        var documents = await store.FindDocumentsAsync("feed.jsonl", CancellationToken.None);
        Assert.Equal(["2024-03-05", "2024-03-07"], documents.Select(d => d.Date).Order());
        Assert.All(documents, d => Assert.StartsWith(Path.Combine(inbox, "done", "feed.jsonl#L"), d.Path, StringComparison.Ordinal));
        var firm = Assert.Single(await store.FindByNameAsync("嘉兴亮锐精密机械股份有限公司", CancellationToken.None));
        Assert.All(firm.Evidence, e => Assert.Equal("2024-03-05", e.Date));

        var retracted = await store.RetractAsync("feed.jsonl", CancellationToken.None);

        Assert.Equal(2, retracted.DocumentId.Split(", ").Length);
        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Documents);
    }
}
