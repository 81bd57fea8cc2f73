using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Sources;

/// <summary>Bytes decoded to text, with the encoding they were in; or why not (<see cref="Refusal"/>).</summary>
public sealed record DecodedText(string? Text, string Encoding, string? Refusal)
{
    public static DecodedText Refused(string reason) => new(null, "", reason);
}

/// <summary>
/// Decodes an article: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030/GBK when the bytes are not
/// UTF-8 but decode cleanly as GB18030 into plausible Chinese. Anything else is refused with what it looks like.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return DecodedText.Refused("empty file (0 bytes)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8Of(bytes[3..], "utf-8-bom", offset: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var little = bytes[0] == 0xFF;
            try
            {
                var text = (little ? StrictUtf16Le : StrictUtf16Be).GetString(bytes[2..]);
                return new DecodedText(text, little ? "utf-16le" : "utf-16be", null);
            }
            catch (DecoderFallbackException)
            {
                return DecodedText.Refused($"starts with a UTF-16 {(little ? "LE" : "BE")} byte-order mark but is not valid UTF-16 "
                    + (bytes.Length % 2 == 1 ? "(an odd number of bytes: truncated?)" : "(unpaired surrogate)"));
            }
        }

        if (Signature(bytes) is { } kind)
        {
            return DecodedText.Refused($"{kind}, not a text article");
        }

        // NUL is valid UTF-8 but never in an article: binary, or UTF-16 that lost its byte-order mark.
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return DecodedText.Refused(LooksLikeUtf16WithoutBom(bytes)
                ? "looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with BOM)"
                : $"binary content (a NUL byte at byte {nul}), not a text article");
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        if (status == OperationStatus.Done)
        {
            return StrictUtf8Of(bytes, "utf-8", 0);
        }

        // A file that is UTF-8 up to a character cut at its very end is UTF-8 still being written, not GB18030.
        if (status == OperationStatus.NeedMoreData && read > 0 && bytes[..read].ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            return DecodedText.Refused($"truncated UTF-8: the file ends inside a character at byte {read} (cut short or still being written?)");
        }

        try
        {
            var text = Gb18030.Value.GetString(bytes);
            if (PlausibleChinese(text))
            {
                return new DecodedText(text, "gb18030", null);
            }
        }
        catch (DecoderFallbackException)
        {
            // neither: described below
        }

        return DecodedText.Refused($"not valid UTF-8 (byte 0x{bytes[read]:X2} at byte {read}) and not GB18030/GBK either: "
            + "save it as UTF-8, or check that it is text");
    }

    private static DecodedText StrictUtf8Of(ReadOnlySpan<byte> bytes, string name, int offset)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException e)
        {
            return DecodedText.Refused($"not valid UTF-8 (at byte {e.Index + offset})");
        }
    }

    private static string? Signature(ReadOnlySpan<byte> b) => b switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "a WebP image",
        [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (or a .docx/.xlsx)",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document (.doc/.xls)",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "an executable (ELF)",
        _ => null,
    };

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < Math.Min(bytes.Length, 4096); i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0) evenZeros++; else oddZeros++;
            }
        }

        var pairs = Math.Min(bytes.Length, 4096) / 2;
        return pairs >= 8 && (evenZeros > pairs / 3 || oddZeros > pairs / 3) && Math.Min(evenZeros, oddZeros) < pairs / 20 + 1;
    }

    // Mis-decoded bytes give control characters, private-use characters or rare symbols rather than Han text.
    private static bool PlausibleChinese(string text)
    {
        int han = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                {
                    return false;
                }
            }
            else if (CharClass.IsHan(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2010' and <= '\u2027') or '·')
            {
                han++;
            }
            else
            {
                other++;
            }
        }

        return han > 0 && han >= 4 * other;
    }
}
