using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Sources;

/// <summary>A file (or a feed's line, <c>feed.jsonl#L12</c>) that could not be used, and why: reported and set aside, never fatal.</summary>
public sealed record SourceFailure(string Path, string Reason);

/// <summary>What one file gave: its documents (one, or a feed's lines), or why it was refused, and a feed's rejected lines.</summary>
public sealed record FileRead(string Path, IReadOnlyList<SourceDocument> Documents, string? Refusal, IReadOnlyList<SourceFailure> RejectedLines)
{
    public static FileRead Refused(string path, string reason) => new(path, [], reason, []);
}

/// <summary>
/// Expands paths (files, or folders of .txt and .jsonl) and reads each file: decoded by <see cref="TextDecoder"/>,
/// a .jsonl feed line by line. A missing, unreadable, oversized, empty, undecodable or non-Chinese file becomes a
/// <see cref="SourceFailure"/> with its reason; the rest goes on.
/// </summary>
public sealed class SourceReader(SourceFiles files, IOptions<SourceOptions> options)
{
    public const string FeedExtension = ".jsonl";

    public static readonly string[] Extensions = [".txt", FeedExtension];

    public SourceReader()
        : this(SourceFiles.Real, Options.Create(new SourceOptions()))
    {
    }

    public IReadOnlyList<string> Expand(IEnumerable<string> paths, List<SourceFailure> failures)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(path, found, failures);
            }
            else if (File.Exists(path))
            {
                found.Add(path);
            }
            else
            {
                failures.Add(new SourceFailure(path, BrokenLink(path) ?? "no such file or folder"));
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<(List<SourceDocument> Documents, List<SourceFailure> Failures)> ReadAllAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var failures = new List<SourceFailure>();
        var documents = new List<SourceDocument>();
        foreach (var file in Expand(paths, failures))
        {
            var read = await ReadFileAsync(file, cancellationToken);
            documents.AddRange(read.Documents);
            failures.AddRange(read.RejectedLines);
            if (read.Refusal is { } reason)
            {
                failures.Add(new SourceFailure(file, reason));
            }
        }

        return (documents, failures);
    }

    /// <summary>Reads one file; never throws for what the file is or does (vanishes, cannot be opened, is a folder).</summary>
    public async Task<FileRead> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (BrokenLink(full) is { } broken)
        {
            return FileRead.Refused(path, broken);
        }

        if (Directory.Exists(full))
        {
            return FileRead.Refused(path, "a folder, not a file");
        }

        if (!File.Exists(full))
        {
            return FileRead.Refused(path, BrokenLink(full) ?? "vanished before it could be read");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(full).Length;
            if (length > options.Value.MaxFileBytes)
            {
                return FileRead.Refused(path, $"too large: {length:N0} bytes, above the limit of {options.Value.MaxFileBytes:N0} (Sources:MaxFileBytes, environment Sources__MaxFileBytes)");
            }

            if (length == 0)
            {
                // Also what a FIFO or a device reports: never opened, so a pipe with no writer cannot block the worker.
                return FileRead.Refused(path, "empty file (0 bytes)");
            }

            await using var stream = files.OpenRead(full);
            using var buffer = new MemoryStream((int)Math.Min(length, int.MaxValue));
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        catch (FileNotFoundException)
        {
            return FileRead.Refused(path, "vanished while being read");
        }
        catch (DirectoryNotFoundException)
        {
            return FileRead.Refused(path, "vanished while being read (its folder is gone)");
        }
        catch (UnauthorizedAccessException)
        {
            return FileRead.Refused(path, "not readable: permission denied");
        }
        catch (IOException e)
        {
            return FileRead.Refused(path, $"could not be read: {e.Message}");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Refusal is { } refusal)
        {
            return FileRead.Refused(path, refusal);
        }

        var byteHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (Path.GetExtension(full).Equals(FeedExtension, StringComparison.OrdinalIgnoreCase))
        {
            return ReadFeed(path, full, decoded.Text!, decoded.Encoding);
        }

        var text = decoded.Text!;
        if (ArticleProblem(text) is { } problem)
        {
            return FileRead.Refused(path, problem);
        }

        return new FileRead(path, [new SourceDocument(full, Path.GetFileName(full), text, SourceDocument.TextHash(text))
        {
            ByteSha256 = byteHash,
            Encoding = decoded.Encoding,
        }], null, []);
    }

    /// <summary>
    /// A whole file as text, for the commands that take one file (segment, articles): decoded as articles are, an empty
    /// file as "", and a missing or undecodable file as a <see cref="Graph.Store.UserFacingException"/> that says why.
    /// </summary>
    public static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new Graph.Store.UserFacingException($"{path} is a folder: give a file");
        }

        if (!File.Exists(path))
        {
            throw new Graph.Store.UserFacingException($"no such file: {path}");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (bytes.Length == 0)
        {
            return "";
        }

        var decoded = TextDecoder.Decode(bytes);
        return decoded.Text ?? throw new Graph.Store.UserFacingException($"{path}: {decoded.Refusal}");
    }

    /// <summary>Why a decoded text is no article for this graph (binary, empty, no Chinese), or null.</summary>
    public static string? ArticleProblem(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "binary content (NUL characters), not a text article";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty: only white space";
        }

        if (!text.Any(CharClass.IsHan))
        {
            return $"no Chinese text ({text.Length:N0} characters, none of them Chinese): not an article for this graph";
        }

        return null;
    }

    // A feed: one JSON object a line (title, date, source, url, body); each line is a document named feed.jsonl#L12.
    private static FileRead ReadFeed(string path, string full, string text, string encoding)
    {
        var documents = new List<SourceDocument>();
        var rejected = new List<SourceFailure>();
        var name = Path.GetFileName(full);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var suffix = $"#L{i + 1}";
            var (document, reason) = FeedLine(line);
            if (reason is not null)
            {
                rejected.Add(new SourceFailure(path + suffix, reason));
                continue;
            }

            documents.Add(new SourceDocument(full + suffix, name + suffix, document!.Value.Text, SourceDocument.TextHash(document.Value.Body))
            {
                Encoding = encoding,
                Date = document.Value.Date,
            });
        }

        return documents.Count == 0 && rejected.Count == 0
            ? FileRead.Refused(path, "empty feed: no lines")
            : new FileRead(path, documents, null, rejected);
    }

    private static ((string Text, string Body, string? Date)? Document, string? Reason) FeedLine(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            string? Field(string field, out string? problem)
            {
                problem = null;
                if (!json.RootElement.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    problem = $"\"{field}\" is not a string";
                    return null;
                }

                return value.GetString();
            }

            var body = Field("body", out var bodyProblem);
            var title = Field("title", out var titleProblem);
            var date = Field("date", out var dateProblem);
            if ((bodyProblem ?? titleProblem ?? dateProblem) is { } problem)
            {
                return (null, problem);
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                return (null, "no \"body\": every line needs the article's text in \"body\"");
            }

            string? isoDate = null;
            if (!string.IsNullOrWhiteSpace(date) && (isoDate = IsoDate(date)) is null)
            {
                return (null, $"\"date\" is '{date}': give an ISO date (YYYY-MM-DD) or date-time");
            }

            var text = string.IsNullOrWhiteSpace(title) ? body : $"{title.Trim()}\n\n{body}";
            return ArticleProblem(text) is { } reason ? (null, reason) : ((text, body, isoDate), null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON ({e.Message.Split(" LineNumber", 2)[0]})");
        }
    }

    /// <summary>YYYY-MM-DD, or the date part of an ISO date-time; null when it is neither.</summary>
    public static string? IsoDate(string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return value.Length > 10 && value[10] is 'T' or ' '
               && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? value[..10]
            : null;
    }

    private void Walk(string folder, List<string> found, List<SourceFailure> failures)
    {
        List<string> entries;
        try
        {
            entries = files.Entries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            failures.Add(new SourceFailure(folder, e is UnauthorizedAccessException ? "folder not readable: permission denied" : $"folder could not be listed: {e.Message}"));
            return;
        }

        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                Walk(entry, found, failures);
            }
            else if (Extensions.Contains(Path.GetExtension(entry), StringComparer.OrdinalIgnoreCase))
            {
                if (File.Exists(entry))
                {
                    found.Add(entry);
                }
                else
                {
                    failures.Add(new SourceFailure(entry, BrokenLink(entry) ?? "vanished before it could be read"));
                }
            }
        }
    }

    private static string? BrokenLink(string path)
    {
        try
        {
            var link = new FileInfo(path);
            if (link.LinkTarget is not { } target)
            {
                return null;
            }

            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(link.FullName)!, target);
            return Path.Exists(resolved) ? null : $"broken symbolic link (to {target}, which does not exist)";
        }
        catch (IOException)
        {
            return null;
        }
    }
}
