using Graph.Tests.Shared;
using System.Text.Json;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Text;

public sealed class PageNormalizerTests
{
    private static readonly PageNormalizer Normalizer = new();

    [Fact]
    public void Seed_pages_split_into_the_articles_of_the_gold()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepoPaths.Gold));
        var expected = gold.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("articles").EnumerateArray()
                .Select(a => (File: d.GetProperty("file").GetString()!, Title: NameKey.Normalize(a.GetProperty("title").GetString()!))))
            .ToList();
        var found = SeedPages.All()
            .SelectMany(s => Normalizer.Normalize(s).Articles.Select(a => (File: s.FileName, Title: NameKey.Normalize(a.Title))))
            .ToHashSet();

        var missing = expected.Where(e => !found.Contains(e)).ToList();
        Assert.Equal(29, expected.Count);
        Assert.True(expected.Count - missing.Count >= 27, "missing titles: " + string.Join(" | ", missing.Select(m => m.Title)));
    }

    [Theory]
    // a word broken by OCR across a blank line: 幸 / blank / 福之家
    [InlineData(0, "“幸福企业”“幸福之家”等多个板块")]
    // a sentence broken before 的
    [InlineData(0, "作为国内唯一、全球产能前三的半导体芯片测试探针零件专业制造商")]
    // a sentence broken after 的, the line before it being a subheading
    [InlineData(1, "在位于嘉兴国家高新区的安波福电气系统有限公司嘉兴分公司车间")]
    public void Lines_broken_by_the_layout_are_joined(int seed, string expected)
    {
        var document = Normalizer.Normalize(SeedPages.Page(seed));
        Assert.Contains(document.Articles.SelectMany(a => a.Sentences), s => s.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_sentence_maps_back_to_the_original_text()
    {
        foreach (var source in SeedPages.All())
        {
            foreach (var sentence in Normalizer.Normalize(source).Articles.SelectMany(a => a.Sentences))
            {
                for (var i = 0; i < sentence.Text.Length; i++)
                {
                    Assert.Equal(source.Text[sentence.Offsets[i]], sentence.Text[i]);
                }

                Assert.Equal(sentence.Text.Length, sentence.MatchText.Length);
            }
        }
    }

    [Fact]
    public void Bylines_are_metadata_not_sentences()
    {
        var first = Normalizer.Normalize(SeedPages.Page(0)).Articles[0];
        Assert.Equal("■ 晚报记者 王 一 通讯员 杨扬 李理", first.Byline);
        Assert.DoesNotContain(first.Sentences, s => s.Text.Contains("记者", StringComparison.Ordinal) && s.Text.Contains('■'));
    }

    [Fact]
    public void Continuations_adverts_and_weather_are_not_article_text()
    {
        var all = SeedPages.All().SelectMany(s => Normalizer.Normalize(s).Articles).SelectMany(a => a.Sentences).ToList();
        Assert.DoesNotContain(all, s => s.Text.Contains("下转", StringComparison.Ordinal));
        Assert.DoesNotContain(all, s => s.Text.Contains("招生热线", StringComparison.Ordinal));
        Assert.DoesNotContain(all, s => s.Text.Contains("最高气温", StringComparison.Ordinal));
    }

    [Theory]
    // a continuation note that is the whole line, with or without brackets, and one inside a line
    [InlineData("(下转第3版)", LineKind.Continuation)]
    [InlineData("（上接A2）", LineKind.Continuation)]
    [InlineData("转第12版", LineKind.Continuation)]
    [InlineData("园区今年新签约项目十八个，总投资逾百亿元，详见第5版。", LineKind.Continuation)]
    // 上, 下, 转 and 详见 in running text are no note
    [InlineData("上半年，园区转型升级步伐加快，下一步将继续招引先进制造业项目。", LineKind.Body)]
    [InlineData("项目的用地情况详见附件，审批手续正在办理中。", LineKind.Body)]
    // an advert's label opens the line; the same words inside a sentence are text
    [InlineData("地址：滨河新区科创大道18号", LineKind.Advert)]
    [InlineData("招生热线:0571-6688", LineKind.Advert)]
    [InlineData("地方财政对新入驻的企业给予电话咨询和上门服务。", LineKind.Body)]
    // a weather report opens with the day
    [InlineData("今天晴到多云，东南风3级，气温18到27℃。", LineKind.Weather)]
    [InlineData("明天阴有小雨，气温12至19℃。", LineKind.Weather)]
    [InlineData("今年园区晴雨表显示，企业用电量和气温一样持续攀升，工业产值同比增长一成以上。", LineKind.Body)]
    public void Lines_are_classified_by_their_own_text(string line, LineKind expected) =>
        Assert.Equal(expected, LineClassifier.Classify(line));

    [Theory]
    // the seeds use half-width punctuation; a point inside a number is not a full stop
    [InlineData("21.53亩工业用地。项目预计2026年第三季度开工;2028年底投产.", new[] { "21.53亩工业用地。", "项目预计2026年第三季度开工;", "2028年底投产." })]
    // closing quotes stay with the sentence they close
    [InlineData("他说:“很好。”随后离开!", new[] { "他说:“很好。”", "随后离开!" })]
    [InlineData("嘉兴何以“领跑”全国?答案在这里。", new[] { "嘉兴何以“领跑”全国?", "答案在这里。" })]
    public void Sentences_end_at_full_and_half_width_terminals(string text, string[] expected)
    {
        var line = new LogicalLine(text, OffsetMap.Of([.. Enumerable.Range(100, text.Length)]), LineKind.Body, 0, 0, false, 1);
        var sentences = System.Collections.Immutable.ImmutableArray.CreateBuilder<Sentence>();
        SentenceSplitter.Split(line, sentences);
        Assert.Equal(expected, sentences.Select(s => s.Text));
        Assert.Equal(100, sentences[0].Start);
    }
}
