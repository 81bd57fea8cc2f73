using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

public class SupplyRelationRuleTests
{
    // A paragraph of seeds/004: the company is named in full once, then by short names and "we" in quotes.
    private const string Article =
        """
        数控机床产业迎来佳音

        这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的,因为公司拿地28.3亩。徐贞习举家搬迁,正是冲着津上精密机床(浙江)有限公司来的。“津上精密是我们当时唯一的客户,我们主要为他们提供机床辅件。”徐贞习说。

        正如项目名称,亮锐的这个项目既包括给津上精密提供机床辅件,也包括生产半导体特气柜。

        “现在我们的产能,60%供应给津上精密,剩余40%则供应给其他客户。”徐贞习说,项目达产后,他们年产值力争达到5亿元。
        """;

    private static IReadOnlyList<RelationCandidate> Supplies(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", text)])
            .Documents.Single().Relations.Where(r => r.Type == RelationType.SUPPLIES).ToList();

    [Fact]
    public void Quoted_we_is_the_speakers_company()
    {
        var share = Supplies(Article).Single(r => r.Attributes.ContainsKey("share"));
        Assert.Equal("嘉兴亮锐精密机械股份有限公司", share.From.Name);
        Assert.Equal("津上精密机床(浙江)有限公司", share.To.Name);
        Assert.Equal("60%", share.Attributes["share"]);
    }

    [Fact]
    public void Short_names_resolve_to_the_full_companies()
    {
        var relations = Supplies(Article);
        Assert.NotEmpty(relations);
        Assert.All(relations, r =>
        {
            Assert.Equal("嘉兴亮锐精密机械股份有限公司", r.From.Name);
            Assert.Equal("津上精密机床(浙江)有限公司", r.To.Name);
        });
    }

    [Fact]
    public void Product_is_the_object_of_the_supply_verb()
    {
        Assert.Contains(Supplies(Article), r => r.Attributes.GetValueOrDefault("product") == "机床辅件" && r.Rule == "supplies.for-customer");
    }

    [Fact]
    public void Sole_customer_sentence_is_a_supply_fact()
    {
        Assert.Contains(Supplies(Article), r => r.Rule == "supplies.sole-customer");
    }

    [Fact]
    public void Enumerated_customers_each_get_an_edge()
    {
        // seeds/000: the customers are named only in the list.
        const string text = "浙江金连接科技股份有限公司发展迅速。\n\n产能瓶颈将被打破,顶柱头、底柱头、套筒、微弹簧等核心零部件将批量交付Smiths Group、Yokowo、和林微纳等国内外知名客户。浙江金连接科技股份有限公司表示。";
        var customers = Supplies(text).Select(r => r.To.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "Smiths Group", "Yokowo", "和林微纳" }, customers);
    }

    [Fact]
    public void A_sentence_without_a_supply_cue_gives_no_edge()
    {
        Assert.Empty(Supplies("嘉兴亮锐精密机械股份有限公司和津上精密机床(浙江)有限公司都在平湖。"));
    }
}

public class NewArticleRuleTests
{
    // Sentences of eval/unseen/u02_hefei.txt, an article written for the check on other cities.
    private const string Article =
        """
        合肥新能源汽车产业链加速成型

        5月20日,安徽远航动力电池有限公司年产20GWh动力电池项目签约落户合肥经济技术开发区,总投资80亿元。

        安徽远航动力电池有限公司是合肥新能源汽车产业集群的重要成员。公司总经理刘海涛表示,公司生产的磷酸铁锂电池主要配套蔚来、大众安徽等整车企业。
        """;

    private static ExtractedDocument Extract() =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("u02.txt", Article)]).Documents.Single();

    [Fact]
    public void A_firm_written_before_its_project_invests_in_it()
    {
        Assert.Contains(Extract().Relations, r => r.Type == RelationType.INVESTS_IN
            && r.From.Name == "安徽远航动力电池有限公司" && r.To.Name == "年产20GWh动力电池项目");
    }

    [Fact]
    public void A_firm_said_to_be_a_clusters_member_is_a_member()
    {
        Assert.Contains(Extract().Relations, r => r.Type == RelationType.MEMBER_OF
            && r.From.Name == "安徽远航动力电池有限公司" && r.To.Name == "合肥新能源汽车产业集群");
    }

    [Fact]
    public void Peitao_followed_by_customers_supplies_each_of_them()
    {
        var customers = Extract().Relations.Where(r => r.Type == RelationType.SUPPLIES && r.From.Name == "安徽远航动力电池有限公司")
            .Select(r => r.To.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "蔚来", "大众安徽" }, customers);
    }

    [Fact]
    public void A_registered_brand_that_is_also_a_verb_is_still_a_brand()
    {
        // 远航 is a verb in jieba's dictionary; before 动力电池有限公司 it is the brand.
        Assert.Contains(Extract().Mentions, m => m.Label == NodeLabel.Enterprise && m.Key == "安徽远航动力电池有限公司");
    }
}

public class ThirdArticleRuleTests
{
    // Sentences of eval/unseen/u03_dongguan.txt, written for the check on other cities.
    private const string Article =
        """
        东莞松山湖迎来智能终端产业链项目

        广东华宇精密电子股份有限公司是一家专注精密结构件的企业，其旗下东莞华宇模具有限公司为华为、OPPO等手机厂商提供精密模具。公司副总经理林少华介绍，去年企业产值突破30亿元。

        东莞市副市长张伟出席签约仪式。
        """;

    private static ExtractedDocument Extract() =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("u03.txt", Article)]).Documents.Single();

    [Fact]
    public void Its_subsidiary_points_back_to_the_firm_the_sentence_opens_with()
    {
        Assert.Contains(Extract().Relations, r => r.Type == RelationType.SUBSIDIARY_OF
            && r.From.Name == "东莞华宇模具有限公司" && r.To.Name == "广东华宇精密电子股份有限公司");
    }

    [Fact]
    public void The_wei_inside_a_name_is_no_preposition()
    {
        var customers = Extract().Relations.Where(r => r.Type == RelationType.SUPPLIES && r.From.Name == "东莞华宇模具有限公司")
            .Select(r => r.To.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "华为", "OPPO" }, customers);
    }

    [Fact]
    public void Gongsi_in_a_later_sentence_means_the_firm_the_earlier_one_opened_with()
    {
        Assert.Contains(Extract().Relations, r => r.Type == RelationType.HOLDS_POSITION
            && r.From.Name == "林少华" && r.To.Name == "广东华宇精密电子股份有限公司");
    }

    [Fact]
    public void A_city_right_before_a_title_is_the_officials_body()
    {
        Assert.Contains(Extract().Relations, r => r.Type == RelationType.HOLDS_POSITION
            && r.From.Name == "张伟" && r.To.Label == NodeLabel.District && r.To.Name == "东莞市");
    }
}
