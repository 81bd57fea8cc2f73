using System.Security.Cryptography;
using Graph.Model;

namespace Graph.Ingest.Sources;

/// <summary>A file as read: its decoded text and the hash of its bytes (the ledger key).</summary>
public sealed record SourceDocument(string Path, string FileName, string Text, string ContentSha256)
{
    public string Id => StableId.ForDocument(ContentSha256);

    public DocumentInfo ToInfo(IEnumerable<string> titles) => new(Id, FileName, ContentSha256, [.. titles]);

    /// <summary>A document from text in memory (tests, stdin): hashed like a file of its UTF-8 bytes.</summary>
    public static SourceDocument FromText(string fileName, string text)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return new SourceDocument(fileName, fileName, text, sha);
    }
}
