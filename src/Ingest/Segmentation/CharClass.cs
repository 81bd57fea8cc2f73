namespace Graph.Ingest.Segmentation;

/// <summary>The character classes of jieba-rs, as pure functions replacing its regexes (all on Unicode scalar values).</summary>
internal static class CharClass
{
    // IsRouteBlock for every BMP char, precomputed: the block split tests each input char once.
    private static readonly bool[] RouteBlockBmp = BuildRouteBlockTable();

    /// <summary>
    /// One character of jieba-rs <c>RE_HAN_DEFAULT</c> =
    /// <c>([\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&amp;\._%\-]+)</c>:
    /// runs of these go through the dictionary route.
    /// </summary>
    public static bool IsRouteBlock(int cp) => cp < RouteBlockBmp.Length ? RouteBlockBmp[cp] : IsRouteBlockSlow(cp);

    private static bool[] BuildRouteBlockTable()
    {
        var table = new bool[65536];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = IsRouteBlockSlow(c);
        }

        return table;
    }

    private static bool IsRouteBlockSlow(int cp)
    {
        if (cp < 0x80)
        {
            return IsAsciiAlphanumeric(cp) || cp is '+' or '#' or '&' or '.' or '_' or '%' or '-';
        }

        return cp is (>= 0x4E00 and <= 0x9FFF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2EBEF) // 2A700-2B73F, 2B740-2B81F, 2B820-2CEAF, 2CEB0-2EBEF are contiguous
            or (>= 0x2F800 and <= 0x2FA1F);
    }

    /// <summary>
    /// jieba-rs <c>RE_SKIP_DEFAULT</c> = <c>(\r\n|\s)</c>: <c>\s</c> is Unicode White_Space, listed here so the
    /// answer does not depend on the runtime's Unicode tables.
    /// </summary>
    public static bool IsWhiteSpace(int cp) => cp is (>= 0x09 and <= 0x0D) or 0x20 or 0x85 or 0xA0 or 0x1680
        or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;

    /// <summary>One character of the HMM's <c>RE_HAN</c> = <c>([\u{4E00}-\u{9FD5}]+)</c>: runs of these go through Viterbi.</summary>
    public static bool IsHmmHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary><c>[a-zA-Z0-9]</c>, the head of the HMM's <c>RE_SKIP</c> = <c>([a-zA-Z0-9]+(?:.\d+)?%?)</c>, and Rust's <c>is_ascii_alphanumeric</c>.</summary>
    public static bool IsAsciiAlphanumeric(int cp) => (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9;

    /// <summary><c>\d</c> of <c>RE_SKIP</c>; inside a route block only ASCII digits can occur.</summary>
    public static bool IsAsciiDigit(int cp) => (uint)(cp - '0') <= 9;

    /// <summary>The Unicode scalar value at <paramref name="index"/> and its width in UTF-16 units (a lone surrogate counts as one char).</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>Whether <paramref name="text"/> is exactly one Unicode scalar value.</summary>
    public static bool IsSingleCodePoint(ReadOnlySpan<char> text) =>
        text.Length == 1 || (text.Length == 2 && char.IsHighSurrogate(text[0]) && char.IsLowSurrogate(text[1]));
}
