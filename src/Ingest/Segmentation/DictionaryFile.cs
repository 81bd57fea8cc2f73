using System.Globalization;
using System.Text;

namespace Graph.Ingest.Segmentation;

/// <summary>Reads jieba dictionary text (<c>word [freq] [tag]</c> per line) without allocating a string per line.</summary>
internal static class DictionaryFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The main dictionary, with jieba-rs <c>load_dict</c> semantics (a missing frequency is 0).</summary>
    public static WordDictionary ReadMain(string path)
    {
        string text = ReadText(path);
        var dictionary = new WordDictionary(expectedWords: Math.Max(1024, text.Length / 12));
        int lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan(range);
            var fields = new FieldCursor(line);
            if (!fields.Next(out var word))
            {
                continue;
            }

            long freq = 0;
            if (fields.Next(out var freqField))
            {
                freq = ParseFrequency(freqField, path, lineNumber);
            }

            var tag = fields.Next(out var tagField) ? tagField : [];
            dictionary.Load(word, freq, tag);
        }

        dictionary.RecomputeTotal();
        return dictionary;
    }

    /// <summary>
    /// A user dictionary, one <c>word [freq] [tag]</c> per line, handed to <paramref name="addWord"/>
    /// (a missing frequency is null, so the caller can suggest one as jieba's <c>load_userdict</c> does).
    /// </summary>
    public static void ReadUser(TextReader reader, string sourceName, Action<string, long?, string?> addWord)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.AsSpan();
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            var fields = new FieldCursor(line);
            if (!fields.Next(out var word))
            {
                continue;
            }

            long? freq = null;
            string? tag = null;
            if (fields.Next(out var second))
            {
                if (fields.Next(out var third))
                {
                    freq = ParseFrequency(second, sourceName, lineNumber);
                    tag = third.ToString();
                    if (fields.Next(out _))
                    {
                        throw new DictionaryFormatException(sourceName, lineNumber, $"expected `word [freq] [tag]`, got `{raw}`");
                    }
                }
                else if (IsAllDigits(second))
                {
                    freq = ParseFrequency(second, sourceName, lineNumber);
                }
                else
                {
                    tag = second.ToString();
                }
            }

            addWord(word.ToString(), freq, tag);
        }
    }

    private static string ReadText(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            int skip = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new DictionaryFormatException(path, LineOfByte(bytes, e.Index), "invalid UTF-8");
        }
    }

    private static int LineOfByte(byte[] bytes, int index) =>
        index < 0 ? 0 : bytes.AsSpan(0, Math.Min(index, bytes.Length)).Count((byte)'\n') + 1;

    private static long ParseFrequency(ReadOnlySpan<char> field, string source, int lineNumber)
    {
        if (!long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out long freq))
        {
            throw new DictionaryFormatException(source, lineNumber, $"frequency `{field}` is not a non-negative integer");
        }

        return freq;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> field)
    {
        foreach (char c in field)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whitespace-separated fields of one line, like Rust's <c>split_whitespace</c>.</summary>
    private ref struct FieldCursor(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> _rest = line;

        public bool Next(out ReadOnlySpan<char> field)
        {
            int start = 0;
            while (start < _rest.Length && CharClass.IsWhiteSpace(_rest[start]))
            {
                start++;
            }

            int end = start;
            while (end < _rest.Length && !CharClass.IsWhiteSpace(_rest[end]))
            {
                end++;
            }

            field = _rest[start..end];
            _rest = _rest[end..];
            return !field.IsEmpty;
        }
    }
}
