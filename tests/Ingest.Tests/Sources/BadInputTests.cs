using System.Diagnostics;
using System.Text;
using Graph.Ingest.Sources;
using Graph.Ingest.Tests.Worker;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Tests.Sources;

/// <summary>Encodings that are decoded, and everything else refused with a reason that says what the file looks like.</summary>
public sealed class BadInputTests
{
    private const string Article = "嘉兴市南湖区的亮锐精密机械股份有限公司为津上精密机床(浙江)有限公司提供机床辅件。";

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Article) },
        { "utf-8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)] },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)] },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)] },
        { "gb18030", Encoding.GetEncoding("GB18030").GetBytes(Article) },
        { "gb18030", Encoding.GetEncoding("GBK").GetBytes(Article) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_encoding_decodes_to_the_same_text_and_says_which_it_was(string encoding, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.Null(decoded.Refusal);
        Assert.Equal(Article, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "JPEG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00, 0x46, 0x00, 0x47, 0x00, 0x48, 0x00 }, "UTF-16 without a byte-order mark")]
    [InlineData(new byte[] { 0x00, 0x01, 0xFF }, "binary content (a NUL byte at byte 0)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x00, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 }, "binary content")]
    [InlineData(new byte[] { 0xE5, 0x98, 0x89, 0xE5, 0x85, 0xB4, 0xE5 }, "truncated UTF-8: the file ends inside a character at byte 6")]
    [InlineData(new byte[] { 0xE6, 0x88, 0x41, 0xFF }, "not valid UTF-8 (byte 0xE6 at byte 0)")]
    [InlineData(new byte[] { }, "empty file")]
    public void What_is_not_an_article_in_a_known_encoding_is_refused_with_what_it_looks_like(byte[] bytes, string reason) =>
        Assert.Contains(reason, TextDecoder.Decode(bytes).Refusal, StringComparison.Ordinal);

    [Fact]
    public async Task A_copy_in_another_encoding_has_the_same_identity_and_another_byte_hash()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.txt"), Article);
        await File.WriteAllBytesAsync(folder.File("b.txt"), Encoding.GetEncoding("GB18030").GetBytes(Article));

        var (documents, failures) = await new SourceReader().ReadAllAsync([folder.Path], CancellationToken.None);

        Assert.Empty(failures);
        Assert.Equal(documents[0].Id, documents[1].Id);
        Assert.NotEqual(documents[0].ByteSha256, documents[1].ByteSha256);
        Assert.Equal(["utf-8", "gb18030"], documents.Select(d => d.Encoding));
    }

    [Fact]
    public async Task Every_bad_file_gets_its_reason_and_the_rest_of_the_inbox_goes_on()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        var page = await File.ReadAllTextAsync(RepoPaths.SeedFile("004"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "page.txt"), page);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "t-gb18030.txt"), Encoding.GetEncoding("GB18030").GetBytes(page));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "t-utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page)]);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "empty.txt"), []);
        await File.WriteAllTextAsync(Path.Combine(inbox, "blank.txt"), " \n\n ");
        await File.WriteAllTextAsync(Path.Combine(inbox, "english.txt"), "No Chinese in here.");
        await File.WriteAllBytesAsync(Path.Combine(inbox, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        await File.WriteAllTextAsync(Path.Combine(inbox, "locked.txt"), page.Replace("津上", "津下", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(inbox, "huge.txt"), page + page);
        Directory.CreateDirectory(Path.Combine(inbox, "x.txt"));
        File.CreateSymbolicLink(Path.Combine(inbox, "dangling.txt"), Path.Combine(folder.Path, "nowhere.txt"));
        Process.Start("mkfifo", Path.Combine(inbox, "pipe.txt")).WaitForExit();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var worker = InboxWorkerTests.Worker(store, inbox, files: new Unreadable("locked.txt"), maxFileBytes: Encoding.UTF8.GetByteCount(page) + 10);
        worker.Folders.Create();

        await worker.PassAsync(store, CancellationToken.None);

        string Reason(string name) => File.ReadAllText(Path.Combine(inbox, "failed", name + ".reason.txt"));
        Assert.Contains("empty file", Reason("empty.txt"));
        Assert.Contains("only white space", Reason("blank.txt"));
        Assert.Contains("no Chinese text", Reason("english.txt"));
        Assert.Contains("PNG image", Reason("photo.txt"));
        Assert.Contains("permission denied", Reason("locked.txt"));
        Assert.Contains("too large", Reason("huge.txt"));
        Assert.Contains("a folder", Reason("x.txt"));
        Assert.Contains("broken symbolic link", Reason("dangling.txt"));
        Assert.Contains("empty file", Reason("pipe.txt")); // a FIFO reports size 0 and is never opened, so it cannot block
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Documents);
        var duplicates = await File.ReadAllLinesAsync(Path.Combine(inbox, "done", "t-gb18030.txt.duplicate.txt"));
        Assert.Contains("duplicate of", Assert.Single(duplicates));
        Assert.True(File.Exists(Path.Combine(inbox, "done", "t-utf16.txt.duplicate.txt")));
        Assert.Equal(2, worker.Folders.Duplicates());
        Assert.Equal(9, worker.Folders.FailedFiles().Count);
        Assert.Equal(0, worker.Folders.Pending());
    }

    [Fact]
    public async Task An_unreadable_folder_is_reported_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("a"));
        Directory.CreateDirectory(folder.File("b"));
        await File.WriteAllTextAsync(folder.File("a/one.txt"), Article);
        await File.WriteAllTextAsync(folder.File("b/two.txt"), Article + "。");
        var reader = new SourceReader(new Unreadable("b"), Options.Create(new SourceOptions()));

        var (documents, failures) = await reader.ReadAllAsync([folder.Path], CancellationToken.None);

        Assert.Equal("one.txt", Assert.Single(documents).FileName);
        Assert.Contains("folder not readable", Assert.Single(failures).Reason);
    }

    /// <summary>The seam over opening: files or folders of these names cannot be opened, as without permission.</summary>
    private sealed class Unreadable(params string[] names) : SourceFiles
    {
        public override Stream OpenRead(string path) =>
            names.Contains(Path.GetFileName(path)) ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : base.OpenRead(path);

        public override IEnumerable<string> Entries(string folder) =>
            names.Contains(Path.GetFileName(folder)) ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : base.Entries(folder);
    }
}
