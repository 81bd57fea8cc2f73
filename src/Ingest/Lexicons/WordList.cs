using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Graph.Ingest.Lexicons;

/// <summary>
/// A commented data file read into an immutable set: one entry per line, '#' starts a comment.
/// Rules and lexicons live in such files under resources/, so they can be read and changed without code.
/// </summary>
public sealed class WordList
{
    private WordList(string source, FrozenSet<string> words)
    {
        Source = source;
        Words = words;
        MaxLength = words.Count == 0 ? 0 : words.Max(w => w.Length);
        _firstChars = new CharBits(words.Where(w => w.Length > 0).Select(w => w[0]));
        _lastChars = new CharBits(words.Where(w => w.Length > 0).Select(w => w[^1]));
        foreach (var word in words)
        {
            _lengths |= LengthBit(word.Length);
        }

        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Fetched once: GetAlternateLookup is not free, and Contains runs in the innermost loops of the patterns.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly CharBits _firstChars;
    private readonly CharBits _lastChars;

    // Bit n: some word is n characters long (bit 63: 63 or more). A search that tries every length at a position asks the
    // set only for the lengths words have and whose other end character some word has: most lengths are ruled out by two
    // bit tests, not by hashing the substring.
    private readonly ulong _lengths;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasLength(int length) => (_lengths & LengthBit(length)) != 0;

    /// <summary>Whether some word starts with <paramref name="c"/>: one array read, before any substring is hashed.</summary>
    public bool MayStartWith(char c) => _firstChars.Contains(c);

    /// <summary>Whether some word ends with <paramref name="c"/>: one array read, before any substring is hashed.</summary>
    public bool MayEndWith(char c) => _lastChars.Contains(c);

    /// <summary>The first characters of the words.</summary>
    internal CharBits FirstChars => _firstChars;

    /// <summary>Length of the longest word that ends just before <paramref name="end"/>, or 0.</summary>
    public int LongestEndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length || !_lastChars.Contains(text[end - 1]))
        {
            return 0;
        }

        var lookup = _lookup;
        for (var length = Math.Min(MaxLength, end); length >= 1; length--)
        {
            if (HasLength(length) && _firstChars.Contains(text[end - length]) && lookup.Contains(text.Slice(end - length, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether any word of the list lies wholly inside <paramref name="text"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (LongestAt(text, at) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of the longest word that starts at <paramref name="start"/> (at least <paramref name="minLength"/>), or 0.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, int minLength = 1)
    {
        // Most positions start no word: one set lookup rules them out before any substring is hashed.
        if (start >= text.Length || !_firstChars.Contains(text[start]))
        {
            return 0;
        }

        var lookup = _lookup;
        // (A length of 0 would read as no word anyway.)
        for (var length = Math.Min(MaxLength, text.Length - start); length >= Math.Max(minLength, 1); length--)
        {
            if (HasLength(length) && _lastChars.Contains(text[start + length - 1]) && lookup.Contains(text.Slice(start, length)))
            {
                return length;
            }
        }

        return 0;
    }

    public string Source { get; }

    private static int _lists;

    /// <summary>A small number of its own (1, 2, …), for tables indexed by lexicon.</summary>
    public int Id { get; } = Interlocked.Increment(ref _lists);

    public FrozenSet<string> Words { get; }

    public int MaxLength { get; }

    public bool Contains(string word) => Words.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is in the list; too long a word, or one no word starts or ends like, is ruled out
    /// before hashing (a split into words tries every length at a position: the last character rules most out).
    /// </summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length == 0 ? Words.Contains(string.Empty)
        : word.Length <= MaxLength && HasLength(word.Length) && _firstChars.Contains(word[0]) && _lastChars.Contains(word[^1]) && _lookup.Contains(word);

    public static WordList Load(string path) =>
        new(path, ResourceLines.Read(path).Select(l => l.Text).ToFrozenSet(StringComparer.Ordinal));

    public static WordList FromWords(string source, IEnumerable<string> words) =>
        new(source, words.ToFrozenSet(StringComparer.Ordinal));
}

/// <summary>A set of chars as a 64K-bit map: one array read per test (a FrozenSet of chars searches a list when small).</summary>
internal sealed class CharBits
{
    private readonly ulong[] _bits = new ulong[1024];

    public CharBits(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            _bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    public void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

    public void UnionWith(CharBits other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            _bits[i] |= other._bits[i];
        }
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}

/// <summary>A non-comment line of a data file with its line number, for errors that say where.</summary>
public readonly record struct ResourceLine(string File, int Number, string Text)
{
    public string[] Fields => Text.Split('\t');

    public InvalidDataException Error(string problem) => new($"{File}:{Number}: {problem}: `{Text}`");
}

public static class ResourceLines
{
    /// <summary>Lines of <paramref name="path"/> without comments and blank lines.</summary>
    public static IEnumerable<ResourceLine> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"resource file missing: {path}", path);
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var hash = raw.IndexOf('#');
            var text = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (text.Length > 0)
            {
                yield return new ResourceLine(path, number, text);
            }
        }
    }

    /// <summary>Absolute path of a file under the program's resources folder.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "resources", .. parts]);
}
