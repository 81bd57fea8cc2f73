using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Extraction;

/// <summary>A span of sentence text recognised as a full enterprise name.</summary>
public readonly record struct NameSpan(int Start, int End, CompanyName Name);

/// <summary>
/// Finds full enterprise names (…有限公司, …股份有限公司, …集团, …分公司) in a sentence: each company-form
/// suffix, then back over the characters a name is made of to where the name starts — a place prefix,
/// a stop word such as 的/在/与, or punctuation.
/// </summary>
public sealed class CompanyNameRecognizer(ExtractionLexicons lexicons)
{
    private const int MaxNameLength = 30;

    /// <summary>Characters that end a name going backwards: function words a name rarely holds.</summary>
    private static bool IsStopChar(char c) => c is '的' or '是' or '在' or '与' or '及' or '等' or '了' or '向' or '对'
        or '将' or '把' or '被' or '让' or '给' or '说' or '从' or '由' or '到' or '于' or '和' or '为' or '以' or '即';

    /// <summary>Characters a name is made of: Han, ASCII letters and digits, and brackets around a place.</summary>
    private static bool IsNameChar(char c) =>
        c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '&' or '·';

    public IReadOnlyList<NameSpan> Find(string text)
    {
        var result = new List<NameSpan>();
        var forms = lexicons.CompanyForms;
        var previousEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var form = LongestFormAt(text, i, forms);
            if (form == 0)
            {
                continue;
            }

            var end = i + form;
            var start = StartOfName(text, i, previousEnd);
            if (start < i)
            {
                var full = text[start..end];
                var name = CompanyName.Parse(full, lexicons);
                if (name is not null && !(name.Form == "公司" && IsFunctionWord(name.Brand)))
                {
                    if (result.Count > 0 && result[^1].End == start)
                    {
                        // 海川集团|东海特钢有限公司: a name that starts where another ends is one longer name.
                        var joined = CompanyName.Parse(text[result[^1].Start..end], lexicons);
                        if (joined is not null)
                        {
                            start = result[^1].Start;
                            name = joined;
                            result.RemoveAt(result.Count - 1);
                        }
                    }

                    result.Add(new NameSpan(start, end, name));
                    previousEnd = end;
                }
            }

            i = end - 1;
        }

        return result;
    }

    /// <summary>
    /// Before a bare 公司, a brand that jieba knows as a verb, adverb or conjunction (正如公司) is a phrase, not a brand;
    /// a registered form (远航动力电池有限公司) keeps its brand whatever the word.
    /// </summary>
    private static bool IsFunctionWord(string brand)
    {
        var tokens = Segmenter.Default.Tag(brand);
        return tokens.Count == 1 && tokens[0].Tag is "v" or "d" or "c" or "p" or "r" or "u" or "ad" or "f" or "t";
    }

    private int StartOfName(string text, int formStart, int previousEnd)
    {
        var floor = Math.Max(Math.Max(0, formStart - MaxNameLength), previousEnd);
        var runStart = NameBoundary.RunStart(text, formStart, floor, IsNameChar, static (t, i) => IsStopChar(t[i - 1]));

        // Words such as 冲着/走访 that lead into a name are not part of it.
        for (var stripped = true; stripped;)
        {
            stripped = false;
            for (var length = Math.Min(lexicons.NameLeadingWords.MaxLength, formStart - runStart - 2); length >= 1; length--)
            {
                if (lexicons.NameLeadingWords.Contains(text.AsSpan(runStart, length)))
                {
                    runStart += length;
                    stripped = true;
                    break;
                }
            }
        }

        // Within the run, a name that opens with a place starts there (支持浙江远航… → 浙江远航…).
        for (var p = runStart; p < formStart - 2; p++)
        {
            var length = LongestPlaceAt(text, p, formStart);
            if (length > 0 && formStart - p - length >= 2)
            {
                return p;
            }
        }

        return runStart;
    }

    private int LongestPlaceAt(string text, int start, int limit) =>
        lexicons.PlacePrefixes.LongestAt(text.AsSpan(0, limit), start, minLength: 2);

    private static int LongestFormAt(string text, int start, Lexicons.WordList forms) =>
        forms.LongestAt(text, start, minLength: 2);
}
