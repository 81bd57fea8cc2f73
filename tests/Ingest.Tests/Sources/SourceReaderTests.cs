using Graph.Ingest.Sources;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Sources;

public class SourceReaderTests
{
    [Fact]
    public async Task An_undecodable_file_is_set_aside_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("bad.txt"), [0xE6, 0x88, 0x41, 0xFF]);
        await File.WriteAllTextAsync(folder.File("good.txt"), "嘉兴市新闻。");

        var (documents, failures) = await new SourceReader().ReadAllAsync([folder.Path], CancellationToken.None);

        Assert.Equal("good.txt", Assert.Single(documents).FileName);
        var failure = Assert.Single(failures);
        Assert.EndsWith("bad.txt", failure.Path);
        Assert.Contains("UTF-8", failure.Reason);
    }

    [Fact]
    public async Task A_missing_path_is_reported()
    {
        var (documents, failures) = await new SourceReader().ReadAllAsync(["/no/such/folder"], CancellationToken.None);
        Assert.Empty(documents);
        Assert.Contains("no such file", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Same_bytes_give_the_same_document_id()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.txt"), "同一篇文章。");
        await File.WriteAllTextAsync(folder.File("b.txt"), "同一篇文章。");
        var (documents, _) = await new SourceReader().ReadAllAsync([folder.Path], CancellationToken.None);
        Assert.Equal(documents[0].Id, documents[1].Id);
    }
}
