namespace Graph.Ingest.Segmentation;

/// <summary>
/// A data file compiled to raw arrays in <c>&lt;file&gt;.compiled</c> beside it, so later processes load it in
/// milliseconds instead of parsing text. The cache is keyed by the source's length and write time, rebuilt when either
/// changes, and skipped silently where the folder is read-only.
/// </summary>
internal static class CompiledCache
{
    private const int FormatVersion = 2;

    public static string PathFor(string sourcePath) => sourcePath + ".compiled";

    /// <param name="kind">Eight ASCII chars naming the content, so one kind is never read as another.</param>
    public static T Load<T>(string sourcePath, string kind, Func<string, T> parse, Action<T, Stream> write, Func<Stream, T> read)
        where T : class
    {
        var source = new FileInfo(sourcePath);
        if (!source.Exists)
        {
            throw new FileNotFoundException($"jieba data file not found: {sourcePath}", sourcePath);
        }

        var header = new Header(MagicOf(kind), source.Length, source.LastWriteTimeUtc.Ticks);
        string cachePath = PathFor(sourcePath);
        if (TryRead(cachePath, header, read) is { } compiled)
        {
            return compiled;
        }

        var value = parse(sourcePath);
        TryWrite(cachePath, header, stream => write(value, stream));
        return value;
    }

    private static long MagicOf(string kind)
    {
        if (kind.Length != 8 || !System.Text.Ascii.IsValid(kind))
        {
            throw new ArgumentException("kind must be eight ASCII chars", nameof(kind));
        }

        long magic = 0;
        for (int i = 7; i >= 0; i--)
        {
            magic = (magic << 8) | kind[i];
        }

        return magic;
    }

    private static T? TryRead<T>(string cachePath, Header header, Func<Stream, T> read)
        where T : class
    {
        if (!File.Exists(cachePath))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(cachePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            if (BinaryArrays.ReadLong(stream) != header.Magic || BinaryArrays.ReadInt(stream) != FormatVersion
                || BinaryArrays.ReadLong(stream) != header.SourceLength || BinaryArrays.ReadLong(stream) != header.SourceWriteTicks)
            {
                return null;
            }

            var value = read(stream);
            return stream.Position == stream.Length ? value : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
        {
            return null; // A damaged or unreadable cache only costs a text parse.
        }
    }

    private static void TryWrite(string cachePath, Header header, Action<Stream> write)
    {
        string temporary = $"{cachePath}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                BinaryArrays.WriteLong(stream, header.Magic);
                BinaryArrays.WriteInt(stream, FormatVersion);
                BinaryArrays.WriteLong(stream, header.SourceLength);
                BinaryArrays.WriteLong(stream, header.SourceWriteTicks);
                write(stream);
            }

            File.Move(temporary, cachePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary); // Best effort: without a cache the next load parses the text again.
        }
    }

    private readonly record struct Header(long Magic, long SourceLength, long SourceWriteTicks);
}
