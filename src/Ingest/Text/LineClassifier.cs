using System.Text.RegularExpressions;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Text;

/// <summary>Classifies a line by its own text: byline, continuation, advert, weather, heading or body.</summary>
public static partial class LineClassifier
{
    /// <summary>Longest heading seen in newspapers; longer lines without punctuation are body text.</summary>
    public const int MaxHeadingLength = 48;

    public static LineKind Classify(string line)
    {
        if (line.StartsWith('■'))
        {
            if (PhotoCredit().IsMatch(line))
            {
                return LineKind.PhotoByline;
            }

            return BylineWords().IsMatch(line) ? LineKind.Byline : LineKind.Marker;
        }

        if (line.StartsWith("通讯员", StringComparison.Ordinal) && line.Length <= MaxHeadingLength)
        {
            return LineKind.Byline;
        }

        // both forms of the note need one of these characters: most lines are ruled out without the regex; the note that
        // is the whole line is looked for at its start only, the one inside a line where 详见 is
        if (line.AsSpan().IndexOfAny(ContinuationChars) >= 0
            && (ContinuationLine().IsMatch(line) || (line.Contains("详见", StringComparison.Ordinal) && SeePage().IsMatch(line))))
        {
            return LineKind.Continuation;
        }

        // The anchored regexes (an advert's label, a weather report) need one of a few first characters: most lines are
        // ruled out by one look at it.
        if ((line.Length > 0 && AdvertLabelStarts.Contains(line[0]) && AdvertLabel().IsMatch(line))
            || (line.Length <= MaxHeadingLength * 2 && PhoneNumber().IsMatch(line)))
        {
            return LineKind.Advert;
        }

        if (line.Length > 0 && line[0] is '今' or '明' && WeatherReport().IsMatch(line))
        {
            return LineKind.Weather;
        }

        return IsHeadingShaped(line) ? LineKind.Heading : LineKind.Body;
    }

    /// <summary>Short, and without the punctuation that ends a sentence inside it.</summary>
    public static bool IsHeadingShaped(string line) => IsHeadingShaped(line.AsSpan());

    /// <summary>Short, and without the punctuation that ends a sentence inside it.</summary>
    public static bool IsHeadingShaped(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadingLength)
        {
            return false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '。' or '；' or ';')
            {
                return false;
            }

            // ? and ! end headings (何以“领跑”全国?) but inside a line they end a sentence
            if (c is '？' or '?' or '！' or '!' && i < line.Length - 1 && !CharClass.IsClosingQuote(line[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> ContinuationChars = System.Buffers.SearchValues.Create("下上转接详");

    [GeneratedRegex(@"摄影|\s摄\s*$|^■.*[^\s]\s+摄$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"记者|通讯员|评论员|特约|撰稿|报道")]
    private static partial Regex BylineWords();

    /// <summary>A line that is a continuation note and nothing else: (下转第3版), 上接A2.</summary>
    [GeneratedRegex(@"^[(（]?\s*(?:下转|上接|转|接)\s*(?:第?\s*\d+\s*版|[A-Z]?\d+)\s*[)）]?$")]
    private static partial Regex ContinuationLine();

    /// <summary>A note inside a line: 详见第5版. (One regex with <see cref="ContinuationLine"/> as an alternative tried both at every position.)</summary>
    [GeneratedRegex(@"详见\s*第?\s*\d+\s*版")]
    private static partial Regex SeePage();

    [GeneratedRegex(@"^(?:地址|电话|热线|招生热线|咨询电话|联系电话|服务热线|网址|传真|邮编)\s*[:：]")]
    private static partial Regex AdvertLabel();

    /// <summary>The first characters of <see cref="AdvertLabel"/>'s labels.</summary>
    private const string AdvertLabelStarts = "地电热招咨联服网传邮";

    [GeneratedRegex(@"(?<!\d)\d{7,8}(?!\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(?:今天|今日|明天|今晨|今夜).*(?:晴|云|阴|雨|雪).*气温")]
    private static partial Regex WeatherReport();
}
