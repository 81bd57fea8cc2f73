using Graph.Ingest.Dates;
using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Tests.Dates;

public class DateExpressionsTests
{
    // A Saturday: 上周 starts on Monday 2026-06-22, 本周 on 2026-06-29.
    private static readonly DateOnly Published = new(2026, 7, 4);

    [Theory]
    [InlineData("昨天上午", "2026-07-03", "day")]
    [InlineData("昨日下午", "2026-07-03", "day")]
    [InlineData("昨晚", "2026-07-03", "day")]
    [InlineData("前天", "2026-07-02", "day")]
    [InlineData("今天", "2026-07-04", "day")]
    [InlineData("当天上午10时", "2026-07-04", "day")]
    [InlineData("明天", "2026-07-05", "day")]
    [InlineData("6月5日", "2026-06-05", "day")]
    [InlineData("6月5号", "2026-06-05", "day")]
    [InlineData("7月3日上午", "2026-07-03", "day")]
    [InlineData("12月18日下午", "2025-12-18", "day")]
    [InlineData("六月五日", "2026-06-05", "day")]
    [InlineData("十二月二十三日", "2025-12-23", "day")]
    [InlineData("今年3月", "2026-03", "month")]
    [InlineData("今年11月1日", "2026-11-01", "day")]
    [InlineData("今年5月", "2026-05", "month")]
    [InlineData("去年12月20日", "2025-12-20", "day")]
    [InlineData("去年10月", "2025-10", "month")]
    [InlineData("去年", "2025", "year")]
    [InlineData("今年", "2026", "year")]
    [InlineData("明年一季度", "2027-01", "quarter")]
    [InlineData("明年第三季度", "2027-07", "quarter")]
    [InlineData("今年底", "2026", "year")]
    [InlineData("2026年7月3日", "2026-07-03", "day")]
    [InlineData("二〇二六年七月三日", "2026-07-03", "day")]
    [InlineData("2021年1月", "2021-01", "month")]
    [InlineData("2005年", "2005", "year")]
    [InlineData("2017年年底", "2017", "year")]
    [InlineData("6月", "2026-06", "month")]
    [InlineData("6月下旬", "2026-06", "month")]
    [InlineData("上周", "2026-06-22", "week")]
    [InlineData("上周五", "2026-06-22", "week")]
    [InlineData("本周", "2026-06-29", "week")]
    [InlineData("上个月", "2026-06", "month")]
    [InlineData("本月底", "2026-07", "month")]
    [InlineData("下月", "2026-08", "month")]
    [InlineData("近日", "2026-07", "month")]
    [InlineData("日前", "2026-07", "month")]
    [InlineData("这几天", "2026-07", "month")]
    public void Relative_and_absolute_expressions_resolve_at_their_precision(string written, string iso, string precision)
    {
        var date = DateExpressions.Parse(written, Published);
        Assert.NotNull(date);
        Assert.Equal(written, date.Text);
        Assert.Equal(iso, date.Resolved?.Iso);
        Assert.Equal(precision, date.Resolved?.PrecisionName);
    }

    [Theory]
    [InlineData("昨天上午")]
    [InlineData("今年3月")]
    [InlineData("6月5日")]
    [InlineData("近日")]
    [InlineData("上周")]
    public void Without_a_publication_date_relative_expressions_stay_as_written(string written)
    {
        var date = DateExpressions.Parse(written, null);
        Assert.NotNull(date);
        Assert.Equal(written, date.Text);
        Assert.Null(date.Resolved);
    }

    [Theory]
    [InlineData("2026年7月3日", "2026-07-03")]
    [InlineData("2021年1月", "2021-01")]
    public void Absolute_dates_resolve_without_a_publication_date(string written, string iso) =>
        Assert.Equal(iso, DateExpressions.Parse(written, null)?.Resolved?.Iso);

    [Fact]
    public void A_planned_date_without_a_year_falls_after_publication()
    {
        Assert.Equal("2027-03", DateExpressions.Parse("3月", Published, planned: true)?.Resolved?.Iso);
        Assert.Equal("2026-03", DateExpressions.Parse("3月", Published, planned: false)?.Resolved?.Iso);
    }

    [Theory]
    [InlineData("昨天上午,总投资超百亿元的某项目签约落户。", "昨天上午")]
    [InlineData("该项目预计今年6月开工,2017年年底前建成投产。", "今年6月")]
    [InlineData("那是2005年,某公司与某区签约。", "2005年")]
    [InlineData("自2021年1月开工以来,项目坚持建设与招商同步推进。", "2021年1月")]
    public void Expressions_are_found_inside_sentences(string sentence, string first)
    {
        var found = DateExpressions.Find(sentence, Published);
        Assert.NotEmpty(found);
        Assert.Equal(first, found[0].Text);
        Assert.Equal(first, sentence[found[0].Start..found[0].End]);
    }

    [Theory]
    [InlineData("亩均税收21.53万元,占地5.6亩。")]
    [InlineData("年产60GWh新型电池电芯。")]
    [InlineData("全国35个集群入选。")]
    public void Numbers_that_are_no_dates_are_not_read_as_dates(string sentence) =>
        Assert.Empty(DateExpressions.Find(sentence, Published));

    [Theory]
    // Published 2026-07-04: 3月 without a year is last March told of the past, next March told of a plan; a date with its
    // year, a relative one or a day within the week reads the same both ways.
    [InlineData("3月起,某公司将扩建厂房,2027年5月投产。", "3月|2026-03|2027-03", "2027年5月|2027-05|2027-05")]
    [InlineData("今年2月,某区与某公司签约,12月18日开工。", "今年2月|2026-02|2026-02", "12月18日|2025-12-18|2026-12-18")]
    [InlineData("7月2日,某项目举行签约仪式。", "7月2日|2026-07-02|2026-07-02")]
    [InlineData("昨天上午,某公司与某区签约。", "昨天上午|2026-07-03|2026-07-03")]
    [InlineData("一月份,某园区引进项目八个。", "一月份|2026-01|2027-01")]
    public void One_scan_reads_dates_as_past_and_as_planned(string sentence, params string[] expected)
    {
        var (past, planned) = (new List<DateMention> { new("stale", 0, 0, null) }, new List<DateMention>());
        DateExpressions.FindPastAndPlanned(sentence, Published, past, planned);
        Assert.Equal(expected, past.Select((d, i) => $"{d.Text}|{d.Resolved?.Iso}|{planned[i].Resolved?.Iso}"));
        // Each list agrees with a scan of its own.
        Assert.Equal(DateExpressions.Find(sentence, Published), past);
        Assert.Equal(DateExpressions.Find(sentence, Published, planned: true), planned);
        // Without a planned list only the past reading is made.
        DateExpressions.FindPastAndPlanned(sentence, Published, past, null);
        Assert.Equal(DateExpressions.Find(sentence, Published), past);
    }

    [Theory]
    // Digits reach the date reader folded to ASCII (MatchText); other scripts' digits are no year, month or day.
    [InlineData("\u0662\u0660\u0662\u0666年3月,某公司签约。", null)]
    [InlineData("\u0968\u0966\u0968\u0966年,某公司成立。", null)]
    [InlineData("去年\u0661\u0662月,某项目开工。", "去年")]
    [InlineData("2026年3月5日,某项目开工。", "2026年3月5日")]
    [InlineData("上午10时,某公司签约。", null)]
    public void Only_ascii_digits_are_read_as_date_digits(string sentence, string? first)
    {
        var found = DateExpressions.Find(sentence, Published);
        Assert.Equal(first, found.Count == 0 ? null : found[0].Text);
    }

    [Fact]
    public void Feed_date_wins_over_dateline_and_option()
    {
        var source = SourceDocument.FromText("a.txt", "2026年7月1日 星期三\n\n标题\n\n正文。") with { Date = "2026-06-30", DefaultDate = Published };
        Assert.Equal(new PublicationDate(new DateOnly(2026, 6, 30), DateSource.Feed), PublicationDate.Of(source));
    }

    [Theory]
    [InlineData("2026年7月1日 星期三\n\n标题\n\n正文。")]
    [InlineData("\n2026-07-01\n标题\n正文。")]
    [InlineData("2026年7月1日（星期三） 第3版\n标题\n正文。")]
    [InlineData("标题\n\n新华社杭州7月1日电 正文。")]
    public void A_dateline_wins_over_the_option(string page)
    {
        var source = SourceDocument.FromText("a.txt", page) with { DefaultDate = Published };
        Assert.Equal(new PublicationDate(new DateOnly(2026, 7, 1), DateSource.Dateline), PublicationDate.Of(source));
    }

    [Fact]
    public void The_option_is_used_when_the_page_has_no_dateline()
    {
        var source = SourceDocument.FromText("a.txt", "标题\n\n本报讯 昨天上午,2026年7月1日的会议举行。") with { DefaultDate = Published };
        Assert.Equal(new PublicationDate(Published, DateSource.Option), PublicationDate.Of(source));
        Assert.Null(PublicationDate.Of(source with { DefaultDate = null }));
    }

    [Fact]
    public void Facts_carry_the_publication_date_of_their_article()
    {
        var page = "本地新闻\n\n6月28日,苏州明川精密机械有限公司与常州恒远新能源有限公司签署战略合作协议。\n";
        var pipeline = ExtractionPipeline.CreateDefault(Published);
        var byOption = pipeline.Run([SourceDocument.FromText("a.txt", page)]).Graphs.Single();
        var byFeed = pipeline.Run([SourceDocument.FromText("b.txt", page) with { Date = "2026-06-30" }]).Graphs.Single();

        Assert.Equal("2026-07-04", byOption.Document.Date);
        Assert.All(byOption.Relations.SelectMany(r => r.Evidence), e => Assert.Equal("2026-07-04", e.Date));
        Assert.Equal("2026-06-30", byFeed.Document.Date);
        Assert.All(byFeed.Entities.SelectMany(x => x.Evidence), e => Assert.Equal("2026-06-30", e.Date));
    }
}
