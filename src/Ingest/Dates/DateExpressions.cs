using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Ingest.Dates;

/// <summary>How exact a resolved date is: kept beside <see cref="ResolvedDate.Iso"/>, never widened into a day.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A date on the calendar at its precision: <c>2026-07-03</c> (day; a week is its Monday), <c>2026-07</c>
/// (month; a quarter is its first month), <c>2026</c> (year). The ISO strings sort in time order.
/// </summary>
public readonly record struct ResolvedDate(string Iso, DatePrecision Precision)
{
    public static ResolvedDate Day(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day);

    public static ResolvedDate Week(DateOnly monday) => new(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Week);

    public static ResolvedDate Month(int year, int month, DatePrecision precision = DatePrecision.Month) =>
        new($"{year:D4}-{month:D2}", precision);

    public static ResolvedDate Year(int year) => new($"{year:D4}", DatePrecision.Year);

    public string PrecisionName => Precision.ToString().ToLowerInvariant();
}

/// <summary>A date expression as written in a sentence (<c>昨天上午</c>, <c>今年3月</c>), resolved when it can be.</summary>
public sealed record DateMention(string Text, int Start, int End, ResolvedDate? Resolved);

/// <summary>
/// Finds date expressions in a sentence and resolves them against the article's publication date:
/// absolute dates (2026年7月3日, 2021年1月, 2005年), dates without a year (6月5日, 12月18日下午), dates relative to
/// the year (今年3月, 去年12月20日, 明年一季度), to the day (昨天上午, 前日, 当天) and vague ones (近日, 日前, 上周,
/// 本月底). Without a publication date only absolute dates resolve; the rest stay as written.
/// </summary>
public static partial class DateExpressions
{
    // Digits arrive folded to half-width (Sentence.MatchText); Chinese numerals are read as well. A digit is [0-9], not \d
    // (any script's digits, which ChineseNumber could not read anyway): with \d in the first characters' set the generated
    // search tested every Han character through RegexCharClass.CharInClass, the date scan's main cost; with [0-9] it is
    // one vectorised IndexOfAny over the set.
    private const string MonthNumber = @"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
    private const string DayNumber = @"3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    private const string TimeOfDay = @"(?:上午|下午|早上|早晨|晚上|中午|傍晚|凌晨|夜间|晚间)?(?:[0-9]{1,2}[时点](?:[0-9]{1,2}分|半)?)?";

    [GeneratedRegex(
        @"(?<![0-9.\-])(?:(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年度?|(?<ry>今年|去年|明年|前年|后年|当年))" +
        @"(?:(?<m>" + MonthNumber + @")月份?(?:(?<d>" + DayNumber + @")[日号])?(?<part>上旬|中旬|下旬|初|中|底|末)?" +
        @"|(?<q>第?[一二三四1-4]季度)|(?<half>上半年|下半年)|(?<edge>年初|年底|年末|底|末|初))?" + TimeOfDay +
        @"|(?<![0-9.\-年])(?<m2>" + MonthNumber + @")月份?(?:(?<d2>" + DayNumber + @")[日号])?(?<part2>上旬|中旬|下旬|初|中|底|末)?" + TimeOfDay +
        @"|(?<rd>昨天|昨日|昨晚|前天|前日|今天|今日|今晨|当天|当日|明天|明日|后天)" + TimeOfDay +
        @"|(?<rw>上周|上星期|上个星期|本周|这周|本星期|下周|下星期)[一二三四五六日天]?" + TimeOfDay +
        @"|(?<rm>上月|上个月|本月|这个月|当月|下月|下个月)(?<part3>上旬|中旬|下旬|初|中|底|末)?" +
        @"|(?<vague>近日|日前|近期|连日来|这几天|近来|目前)")]
    private static partial Regex Expression();

    /// <summary>Every date expression of <paramref name="text"/>, resolved against <paramref name="published"/> when given.</summary>
    /// <param name="planned">The sentence tells of a plan (将, 预计): a date without a year falls on or after publication.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published, bool planned = false)
    {
        var found = new List<DateMention>();
        foreach (Match match in Expression().Matches(text))
        {
            if (match.Length > 0)
            {
                found.Add(new DateMention(match.Value, match.Index, match.Index + match.Length, Resolve(match, published, planned)));
            }
        }

        return found;
    }

    /// <summary>
    /// The date expressions of <paramref name="text"/> from one scan, resolved twice: as told of what happened
    /// (<paramref name="past"/>) and, when <paramref name="planned"/> is given, as told of a plan (only a date without a
    /// year may differ; where it does not, both lists hold the same mention). Each list is cleared first.
    /// </summary>
    public static void FindPastAndPlanned(string text, DateOnly? published, List<DateMention> past, List<DateMention>? planned)
    {
        past.Clear();
        planned?.Clear();
        foreach (Match match in Expression().Matches(text))
        {
            if (match.Length == 0)
            {
                continue;
            }

            var asPast = new DateMention(match.Value, match.Index, match.Index + match.Length, Resolve(match, published, planned: false));
            past.Add(asPast);
            if (planned is not null)
            {
                var resolved = match.Groups["m2"].Success ? Resolve(match, published, planned: true) : asPast.Resolved;
                planned.Add(resolved == asPast.Resolved ? asPast : asPast with { Resolved = resolved });
            }
        }
    }

    /// <summary>The expression that is the whole of <paramref name="text"/>, resolved; null when it is no date.</summary>
    public static DateMention? Parse(string text, DateOnly? published, bool planned = false)
    {
        var match = Expression().Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length
            ? new DateMention(text, 0, text.Length, Resolve(match, published, planned))
            : null;
    }

    private static ResolvedDate? Resolve(Match m, DateOnly? published, bool planned)
    {
        if (m.Groups["y"].Success || m.Groups["ry"].Success)
        {
            int year;
            if (m.Groups["y"].Success)
            {
                year = ChineseNumber.Year(m.Groups["y"].Value);
            }
            else if (published is { } p)
            {
                year = p.Year + m.Groups["ry"].Value switch { "去年" => -1, "明年" => 1, "前年" => -2, "后年" => 2, _ => 0 };
            }
            else
            {
                return null;
            }

            if (m.Groups["m"].Success)
            {
                return DayOrMonth(year, ChineseNumber.Value(m.Groups["m"].Value), m.Groups["d"]);
            }

            if (m.Groups["q"].Success)
            {
                var quarter = ChineseNumber.Value(m.Groups["q"].Value.TrimStart('第')[..1]);
                return ResolvedDate.Month(year, (quarter - 1) * 3 + 1, DatePrecision.Quarter);
            }

            return ResolvedDate.Year(year);
        }

        if (published is not { } pub)
        {
            return null;
        }

        if (m.Groups["m2"].Success)
        {
            var month = ChineseNumber.Value(m.Groups["m2"].Value);
            var day = m.Groups["d2"].Success ? ChineseNumber.Value(m.Groups["d2"].Value) : 0;
            return DayOrMonth(YearOf(pub, month, day, planned), month, m.Groups["d2"]);
        }

        if (m.Groups["rd"].Success)
        {
            var offset = m.Groups["rd"].Value switch
            {
                "昨天" or "昨日" or "昨晚" => -1,
                "前天" or "前日" => -2,
                "明天" or "明日" => 1,
                "后天" => 2,
                _ => 0,
            };
            return ResolvedDate.Day(pub.AddDays(offset));
        }

        if (m.Groups["rw"].Success)
        {
            var monday = pub.AddDays(-(((int)pub.DayOfWeek + 6) % 7));
            var rw = m.Groups["rw"].Value;
            var weeks = rw.StartsWith('上') ? -1 : rw.StartsWith('下') ? 1 : 0;
            return ResolvedDate.Week(monday.AddDays(7 * weeks));
        }

        if (m.Groups["rm"].Success)
        {
            var rm = m.Groups["rm"].Value;
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(rm.StartsWith('上') ? -1 : rm.StartsWith('下') ? 1 : 0);
            return ResolvedDate.Month(first.Year, first.Month);
        }

        // 近日, 日前, 这几天: shortly before publication, known to the month only.
        return ResolvedDate.Month(pub.Year, pub.Month);
    }

    private static ResolvedDate? DayOrMonth(int year, int month, Group day)
    {
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!day.Success)
        {
            return ResolvedDate.Month(year, month);
        }

        var d = ChineseNumber.Value(day.Value);
        return d >= 1 && d <= DateTime.DaysInMonth(year, month) ? ResolvedDate.Day(new DateOnly(year, month, d)) : null;
    }

    /// <summary>
    /// The year of a date written without one: the publication year, unless that puts a past event more than a
    /// week after publication (12月18日 in a January paper is last December) or a planned one well before it.
    /// </summary>
    private static int YearOf(DateOnly published, int month, int day, bool planned)
    {
        if (month is < 1 or > 12)
        {
            return published.Year;
        }

        var candidate = new DateOnly(published.Year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(published.Year, month)));
        if (!planned && candidate > published.AddDays(day == 0 ? 31 : 7))
        {
            return published.Year - 1;
        }

        return planned && candidate < published.AddDays(day == 0 ? -31 : -7) ? published.Year + 1 : published.Year;
    }
}

/// <summary>Numbers as dates write them: 7, 07, 十二, 二十三, 二〇二六.</summary>
internal static class ChineseNumber
{
    private const string Digits = "〇一二三四五六七八九";

    public static int Value(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        text = text.Replace('零', '〇');
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? Math.Max(0, Digits.IndexOf(text[0])) : 0;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[ten - 1]);
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[ten + 1]);
        return tens * 10 + Math.Max(0, ones);
    }

    public static int Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : text.Replace('零', '〇').Aggregate(0, (acc, c) => acc * 10 + Math.Max(0, Digits.IndexOf(c)));
}
