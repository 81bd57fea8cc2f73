using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

public class CompanyNameRecognizerTests
{
    private readonly CompanyNameRecognizer _recognizer = new(ExtractionLexicons.Default, Graph.Ingest.Segmentation.Segmenter.Default);

    [Theory]
    // Sentences from seeds/004 and seeds/000.
    [InlineData("这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的", "嘉兴亮锐精密机械股份有限公司")]
    [InlineData("在平湖经济技术开发区的津上精密机床(浙江)有限公司,厂房高挂这样的红色横幅", "津上精密机床(浙江)有限公司")]
    [InlineData("6月30日,浙江金连接科技股份有限公司全资子公司——浙江金连接医疗器械有限公司,成功摘得嘉兴经开区嘉北街道21.53亩工业用地",
        "浙江金连接科技股份有限公司|浙江金连接医疗器械有限公司")]
    public void Finds_full_names_where_they_start_and_end(string sentence, string expected)
    {
        var found = _recognizer.Find(sentence).Select(n => sentence[n.Start..n.End]);
        Assert.Equal(expected.Split('|'), found);
    }

    [Fact]
    public void A_group_name_joined_to_a_company_name_is_one_name()
    {
        var found = _recognizer.Find("振石集团东方特钢有限公司是一家特钢企业");
        Assert.Equal("振石集团东方特钢有限公司", Assert.Single(found).Name.Full);
    }
}

public class ShortFirmNameReaderTests
{
    private static IEnumerable<string> Firms(string text) =>
        Graph.Ingest.Pipeline.ExtractionPipeline.CreateDefault()
            .Run([Graph.Ingest.Sources.SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == Graph.Model.NodeLabel.Enterprise).Select(m => m.Surface).Distinct();

    [Theory]
    // Sentences from seeds/001 and seeds/003: firms named by brand + trade words only.
    [InlineData("海盐县金属切削工具产业集群以高效精密切削工具为主导,汇聚欣兴工具、恒锋工具等龙头企业。", "欣兴工具|恒锋工具")]
    [InlineData("在引进智能机器人、九识智能、雷鸟光学等重大项目后,南湖区加快布局。", "九识智能|雷鸟光学")]
    public void Brand_and_trade_words_name_a_firm(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|').Order(), Firms(sentence).Order());
    }

    [Theory]
    // seeds/001: a list of common words before 等企业 names no firm; 正如 is a verb, not a brand.
    [InlineData("园区招商团队第一时间针对厂房租赁、配套设施、市场资源对接等企业关切事项快速响应。")]
    [InlineData("正如公司总经理胡鹤兵所说,设备都是相通的。")]
    [InlineData("以数智技术赋能产业发展,实现共赢发展。")]
    public void Common_phrases_are_not_firms(string sentence)
    {
        Assert.Empty(Firms(sentence));
    }
}
