using System.Security.Cryptography;
using System.Text;

namespace Graph.Ingest.Sources;

/// <summary>A file that could not be read, and why: reported and set aside, never fatal to the batch.</summary>
public sealed record SourceFailure(string Path, string Reason);

/// <summary>
/// Expands paths (files or folders of .txt) and decodes each file as strict UTF-8.
/// A missing, unreadable or undecodable file becomes a <see cref="SourceFailure"/>; the rest goes on.
/// </summary>
public sealed class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly string[] Extensions = [".txt"];

    public IReadOnlyList<string> Expand(IEnumerable<string> paths, List<SourceFailure> failures)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failures.Add(new SourceFailure(path, "no such file or folder"));
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<SourceDocument?> ReadAsync(string path, List<SourceFailure> failures, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (text.IndexOf('\0') >= 0)
            {
                failures.Add(new SourceFailure(path, "binary content (NUL bytes): not a text article"));
                return null;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new SourceDocument(Path.GetFullPath(path), Path.GetFileName(path), text, sha);
        }
        catch (DecoderFallbackException e)
        {
            failures.Add(new SourceFailure(path, $"not valid UTF-8 (byte offset {e.Index})"));
        }
        catch (IOException e)
        {
            failures.Add(new SourceFailure(path, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            failures.Add(new SourceFailure(path, e.Message));
        }

        return null;
    }

    public async Task<(List<SourceDocument> Documents, List<SourceFailure> Failures)> ReadAllAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var failures = new List<SourceFailure>();
        var documents = new List<SourceDocument>();
        foreach (var file in Expand(paths, failures))
        {
            var document = await ReadAsync(file, failures, cancellationToken);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        return (documents, failures);
    }
}
