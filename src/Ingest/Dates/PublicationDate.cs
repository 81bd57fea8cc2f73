using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Dates;

/// <summary>Where an article's publication date came from, in order of precedence.</summary>
public enum DateSource
{
    Feed,
    Dateline,
    Option,
}

/// <summary>The date an article appeared, what its relative expressions (昨天, 今年3月) resolve against.</summary>
public sealed record PublicationDate(DateOnly Date, DateSource Source)
{
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The publication date of <paramref name="source"/>: a feed's <c>date</c> first, then a dateline in the page,
    /// then the <c>--date</c> of the command (<see cref="SourceDocument.DefaultDate"/>); null when none says it.
    /// </summary>
    public static PublicationDate? Of(SourceDocument source)
    {
        var option = source.DefaultDate;
        if (TryParseIso(source.Date, out var feed))
        {
            return new PublicationDate(feed, DateSource.Feed);
        }

        if (Dateline.Find(source.Text, option) is { } line)
        {
            return new PublicationDate(line, DateSource.Dateline);
        }

        return option is { } given ? new PublicationDate(given, DateSource.Option) : null;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> (what <c>--date</c> and a feed's <c>date</c> hold; a time after it is ignored).</summary>
    public static bool TryParseIso(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}

/// <summary>
/// A page's dateline: a line near its top that is only a date (<c>2026年7月4日 星期六</c>, <c>2026-07-04</c>), or an
/// agency's <c>…7月3日电</c> at the start of a report (its year from <c>--date</c> or the header when it has none).
/// </summary>
public static partial class Dateline
{
    /// <summary>How many non-empty lines from the top a header date may sit in.</summary>
    private const int HeaderLines = 6;

    [GeneratedRegex(@"^[\s　]*(?:(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|(?<y>\d{4})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2}))[\s　]*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?[\s　]*(?:第?\s*\d+\s*版.*)?$")]
    private static partial Regex HeaderDate();

    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日电")]
    private static partial Regex AgencyDate();

    public static DateOnly? Find(string page, DateOnly? fallbackYearFrom)
    {
        // Only the first lines are read: splitting the whole page cost O(page) per article, O(n²) over a long document.
        var seen = 0;
        for (int start = 0; start <= page.Length;)
        {
            int end = page.IndexOf('\n', start);
            end = end < 0 ? page.Length : end;
            var raw = page.AsSpan(start, end - start);
            start = end + 1;
            if (raw.TrimEnd('\r').Trim().Length == 0)
            {
                continue;
            }

            if (++seen > HeaderLines)
            {
                break;
            }

            var line = raw.TrimEnd('\r').ToString();
            if (HeaderDate().Match(line) is { Success: true } header && Make(header, null) is { } date)
            {
                return date;
            }
        }

        var head = page.Length > 400 ? page[..400] : page;
        return AgencyDate().Match(head) is { Success: true } agency ? Make(agency, fallbackYearFrom?.Year) : null;
    }

    private static DateOnly? Make(Match m, int? year)
    {
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return y is { } yy and >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(yy, month)
            ? new DateOnly(yy, month, day)
            : null;
    }
}
