using Graph.Ingest.Extraction;

namespace Graph.Ingest.Tests.Extraction;

public class CompanyNameRecognizerTests
{
    private readonly CompanyNameRecognizer _recognizer = new(ExtractionLexicons.Default);

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
