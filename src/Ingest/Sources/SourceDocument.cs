using System.Security.Cryptography;
using Graph.Model;

namespace Graph.Ingest.Sources;

/// <summary>
/// A document as read: its decoded text and the SHA-256 of that text as UTF-8 without BOM (its identity and
/// ledger key, the same whatever encoding the file used), plus the hash of the bytes as they were.
/// </summary>
public sealed record SourceDocument(string Path, string FileName, string Text, string ContentSha256)
{
    public string Id => StableId.ForDocument(ContentSha256);

    /// <summary>SHA-256 of the bytes read (a feed line: of its line); a second file with the same bytes is a duplicate too.</summary>
    public string? ByteSha256 { get; init; }

    /// <summary>The encoding the bytes were decoded from (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030).</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>The article's date (ISO YYYY-MM-DD) when the source gives one (a feed's <c>date</c>): the first source of its publication date.</summary>
    public string? Date { get; init; }

    /// <summary>The publication date the command was given (<c>--date</c>): used when neither feed nor page says one.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <param name="titles">Titles of the page's articles.</param>
    /// <param name="published">The publication date as resolved (feed, dateline or --date), ISO; the feed's date when null.</param>
    public DocumentInfo ToInfo(IEnumerable<string> titles, string? published = null) =>
        new(Id, FileName, ContentSha256, [.. titles]) { Path = Path, ByteSha256 = ByteSha256, Encoding = Encoding, Date = published ?? Date };

    /// <summary>A document from text in memory (tests, stdin): hashed like a file of its UTF-8 bytes.</summary>
    public static SourceDocument FromText(string fileName, string text) =>
        new(fileName, fileName, text, TextHash(text));

    /// <summary>Hex SHA-256 of the text as UTF-8 without BOM.</summary>
    public static string TextHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
