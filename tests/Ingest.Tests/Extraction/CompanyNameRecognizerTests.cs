using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

public class CompanyNameRecognizerTests
{
    private readonly CompanyNameRecognizer _recognizer = new(ExtractionLexicons.Default, Graph.Ingest.Segmentation.Segmenter.Default);

    /// <summary>The names found in <paramref name="sentence"/>, as the text they span, in order.</summary>
    private IEnumerable<string> Found(string sentence) => _recognizer.Find(sentence).Select(n => sentence[n.Start..n.End]);

    [Theory]
    // Sentences from seeds/004 and seeds/000.
    [InlineData("这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的", "嘉兴亮锐精密机械股份有限公司")]
    [InlineData("在平湖经济技术开发区的津上精密机床(浙江)有限公司,厂房高挂这样的红色横幅", "津上精密机床(浙江)有限公司")]
    [InlineData("6月30日,浙江金连接科技股份有限公司全资子公司——浙江金连接医疗器械有限公司,成功摘得嘉兴经开区嘉北街道21.53亩工业用地",
        "浙江金连接科技股份有限公司|浙江金连接医疗器械有限公司")]
    public void Finds_full_names_where_they_start_and_end(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: a kinship noun (全资子公司, 控股子公司, 孙公司, 母公司) before a full name is not part of it, and a place
    // jieba tags as an adverb (大连/d) still opens the name after 是/的.
    [InlineData("公司全资子公司江苏岚拓电驱科技有限公司近日收到定点通知书", "江苏岚拓电驱科技有限公司")]
    [InlineData("公司控股子公司湖南鑫远新材料有限公司拟投资建设新产线", "湖南鑫远新材料有限公司")]
    [InlineData("其全资孙公司广州泓创精密科技有限公司已完成工商登记", "广州泓创精密科技有限公司")]
    [InlineData("本次担保对象为公司全资子公司安徽凯达模具有限公司", "安徽凯达模具有限公司")]
    [InlineData("目前机床用的是大连沃川数控技术有限公司的系统", "大连沃川数控技术有限公司")]
    [InlineData("最大的客户是大连恒屹船舶配件有限公司", "大连恒屹船舶配件有限公司")]
    [InlineData("该公司母公司浙江弘屹控股集团有限公司持股62%", "浙江弘屹控股集团有限公司")]
    public void A_kinship_noun_or_a_place_tagged_as_a_function_word_does_not_move_the_name_edge(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: a closing bracket no bracket in the run opened (a byline, （记者 王明）) ends the text before the name.
    [InlineData("本报讯（记者 沈岚川）浙江岱朔精机股份有限公司发布公告称", "浙江岱朔精机股份有限公司")]
    [InlineData("本报讯（记者 钮承泽）沔晖电子科技有限公司近日发布公告", "沔晖电子科技有限公司")]
    public void A_closing_bracket_never_opened_ends_the_text_before_the_name(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: a time word opening the clause (今年, 目前, 近期 …: name-leading-words.txt) says when, not whose.
    [InlineData("公司副总经理介绍，今年澜岳集团先后中标多个项目", "澜岳集团")]
    [InlineData("去年沅屹集团的营收增长了三成", "沅屹集团")]
    [InlineData("目前濛泰电气有限公司已完成扩产", "濛泰电气有限公司")]
    [InlineData("近期岿川新材料股份有限公司发布公告称", "岿川新材料股份有限公司")]
    [InlineData("日前澜岳控股集团与多家企业签约", "澜岳控股集团")]
    public void A_time_word_before_a_name_is_no_part_of_it(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: text that ends in 子公司 names no firm (the relation noun), whatever stands before it.
    [InlineData("鸿拓股份子公司获18亿元订单")]
    [InlineData("公司全资子公司近日收到定点通知书")]
    [InlineData("集团下属参股公司经营正常")]
    [InlineData("远川科技的孙公司完成增资")]
    [InlineData("公告称母公司将提供担保")]
    public void Text_ending_in_a_kinship_noun_is_no_name(string sentence)
    {
        Assert.Empty(_recognizer.Find(sentence));
    }

    [Theory]
    // Invented: trade words that are verbs (投资, 运营, 管理) with another trade word after them are the name's trade, not a
    // verb ending the text before the name; a verb before a brand still ends it.
    [InlineData("江州市国有资本投资运营有限公司将与合作方共同出资", "江州市国有资本投资运营有限公司")]
    [InlineData("本轮融资由深圳岚越股权投资基金管理有限公司领投", "深圳岚越股权投资基金管理有限公司")]
    [InlineData("青禾超市连锁有限公司今年新开门店12家", "青禾超市连锁有限公司")]
    [InlineData("泓川集团投资建设岱峰特钢有限公司", "泓川集团|岱峰特钢有限公司")]
    [InlineData("瑞沣精工拿下岚拓电驱科技有限公司的订单", "岚拓电驱科技有限公司")]
    [InlineData("泓川集团入股岱峰投资管理有限公司", "泓川集团|岱峰投资管理有限公司")]
    public void A_trade_word_that_is_a_verb_stays_in_the_name(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: 用 jieba glues before an unknown brand (星河汽车|用岚越|电子有限公司) opens no name; a 用 that makes a trade word
    // with the character before it, a trade word after it (船用|设备, 车用|电子), is inside the name.
    [InlineData("星河汽车用岚越电子有限公司的芯片", "岚越电子有限公司")]
    [InlineData("星河船厂用岚越电子有限公司的芯片", "岚越电子有限公司")]
    [InlineData("海南琼岱船舶重工有限公司与浙江甬帆船用设备有限公司签订了合同", "海南琼岱船舶重工有限公司|浙江甬帆船用设备有限公司")]
    [InlineData("星河汽车与江苏岚越车用电子有限公司签订了合同", "江苏岚越车用电子有限公司")]
    [InlineData("岱峰船用设备有限公司按期供货", "岱峰船用设备有限公司")]
    public void A_glued_verb_opens_no_name_and_a_trade_word_holding_a_preposition_stays_in_it(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
    }

    [Theory]
    // Invented: a word of holding an office (现任, 历任, 曾任) or jieba's 人为 (控制人|为) before a bare 公司 is the clause's
    // verb, and 公司 the firm the text speaks of: no name.
    [InlineData("公司实际控制人为公司董事长周岳川先生")]
    [InlineData("周岳川先生现任公司董事长、总经理")]
    [InlineData("林晓岚女士历任公司财务部部长、副总经理")]
    [InlineData("该公司法定代表人为公司总经理")]
    [InlineData("他曾任公司技术总监")]
    public void An_office_word_before_a_bare_company_word_is_no_name(string sentence)
    {
        Assert.Empty(_recognizer.Find(sentence));
    }

    [Theory]
    // Invented: a brand that jieba knows as a proper name, or a registered form, keeps its brand before 公司.
    [InlineData("周岳川现任岱峰特钢有限公司董事长", "岱峰特钢有限公司")]
    [InlineData("实际控制人为泓川控股集团有限公司", "泓川控股集团有限公司")]
    [InlineData("林晓岚现任岚越股权投资基金管理有限公司总经理", "岚越股权投资基金管理有限公司")]
    public void A_registered_name_after_an_office_word_is_still_a_name(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(sentence));
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
