using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;
using System.Collections.Immutable;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

public class LocatedInRuleTests
{
    private static IReadOnlyList<(string From, string To, string Rule)> LocatedIn(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "浙江新闻\n\n" + text)])
            .Documents.Single().Relations
            .Where(r => r.Type == RelationType.LOCATED_IN)
            .Select(r => (r.From.Name, r.To.Name, r.Rule)).ToList();

    [Fact]
    public void Places_that_build_a_cluster_together_each_hold_it()
    {
        // seeds/002: the list names the cluster, the next sentence says who builds it.
        var edges = LocatedIn("浙江新增4个,分别是浙东工业母机集群、环杭州湾现代纺织服装集群、金台丘陵山区农机装备集群。嘉兴与绍兴、杭州、宁波联合打造环杭州湾现代纺织服装集群。");
        var places = edges.Where(e => e.From == "环杭州湾现代纺织服装集群" && e.Rule == LocatedInRule.BuilderRule).Select(e => e.To).ToHashSet();
        Assert.Equal(4, places.Count);
        Assert.Contains("嘉兴市", places);
    }

    [Fact]
    public void A_firm_after_its_place_and_de_lies_there()
    {
        // seeds/002
        var edges = LocatedIn("在平湖经济技术开发区的津上精密机床(浙江)有限公司,厂房高挂这样的红色横幅。");
        Assert.Contains(("津上精密机床(浙江)有限公司", "平湖经济技术开发区", "located.place-of"), edges);
    }

    [Fact]
    public void A_firm_that_settles_in_a_zone_lies_there()
    {
        // seeds/001
        var edges = LocatedIn("6月18日,上海浦东软件园汇智科技有限公司签约落户嘉善经开区,并将展开全方位产业合作。");
        Assert.Contains(edges, e => e.From == "上海浦东软件园汇智科技有限公司" && e.To == "嘉善经济技术开发区" && e.Rule == "located.settles");
    }

    [Theory]
    [InlineData("嘉兴市今年新增项目20个。华锐精工（嘉兴）有限公司昨日发布新品。", "华锐精工（嘉兴）有限公司", "嘉兴市")]
    [InlineData("云帆电子(海宁)有限公司扩建厂房，成为海宁最大的电子企业之一。", "云帆电子(海宁)有限公司", "海宁市")]
    public void A_firm_lies_in_the_city_or_county_its_name_brackets(string text, string firm, string place) =>
        Assert.Contains((firm, place, LocatedInRule.NameRule), LocatedIn(text));

    [Theory]
    [InlineData("浙江省今年新增项目20个。华锐精工（浙江）有限公司昨日发布新品。")]
    [InlineData("华锐精工（中国）有限公司昨日发布新品。")]
    [InlineData("华锐精工（嘉兴）有限公司昨日发布新品。")]
    [InlineData("嘉兴华锐精工有限公司昨日发布新品。")]
    public void A_province_country_unbracketed_or_unmentioned_place_in_a_firm_name_is_no_seat(string text) =>
        Assert.DoesNotContain(LocatedIn(text), e => e.Rule == LocatedInRule.NameRule);

    [Fact]
    public void A_place_named_after_a_firm_is_no_location_of_it()
    {
        Assert.DoesNotContain(LocatedIn("嘉兴亮锐精密机械股份有限公司表示,将加大研发投入。"), e => e.From == "嘉兴亮锐精密机械股份有限公司");
    }

    [Fact]
    public void A_listed_cluster_named_with_its_own_place_lies_there_not_in_the_place_that_lists_it()
    {
        var edges = LocatedIn("温州此次入选的2个集群分别是：乐清市电气产业集群和环湾眼镜产业集群。");
        Assert.Contains(("乐清市电气产业集群", "乐清市", LocatedInRule.NameRule), edges);
        Assert.DoesNotContain(edges, e => e.From == "乐清市电气产业集群" && e.To == "温州市");
        Assert.Contains(("环湾眼镜产业集群", "温州市", LocatedInRule.EnumeratedRule), edges);
    }

    [Fact]
    public void A_cluster_named_after_a_zone_the_text_names_lies_in_the_zone()
    {
        var edges = LocatedIn("温州经开区去年新增企业30家。温州经开区汽车产业正在加速转型。");
        Assert.Contains(edges, e => e.From == "温州经开区汽车产业" && e.To == "温州经济技术开发区" && e.Rule == LocatedInRule.NameRule);
        Assert.DoesNotContain(edges, e => e.From == "温州经开区汽车产业" && e.To == "温州市");
    }
}

public class ClusterShapeTests
{
    private static IReadOnlyList<RelationCandidate> Relations(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "集群新闻\n\n" + text)]).Documents.Single().Relations;

    [Fact]
    public void A_place_with_a_count_owns_the_clusters_listed_after_fenbieshi()
    {
        // seeds/002
        var edges = Relations("全国35个集群入选;浙江新增4个,分别是浙东工业母机集群、环杭州湾现代纺织服装集群、金台丘陵山区农机装备集群和长三角(含江西)大飞机集群。")
            .Where(r => r.Type == RelationType.LOCATED_IN && r.Rule == LocatedInRule.EnumeratedRule).ToList();
        Assert.Equal(4, edges.Count);
        Assert.All(edges, e => Assert.Equal("浙江省", e.To.Name));
    }

    [Fact]
    public void Firms_described_after_a_sentence_that_opens_with_a_cluster_are_its_members_but_its_customers_are_not()
    {
        // seeds/001
        var relations = Relations(
            "平湖机器人关节零部件中小企业特色产业集群,是浙江省机器人及数控机床产业集群核心区。"
            + "走进浙江百润轴承有限公司,精密薄壁轴承、四点接触球轴承等产品将被装配到智元机器人本身及关节模组。"
            + "贝托传动的谐波减速器在宇树科技、智元机器人等企业的配套份额均超30%。");
        var members = relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From.Name).ToHashSet();
        Assert.Contains("浙江百润轴承有限公司", members);
        Assert.Contains("贝托传动", members);
        Assert.DoesNotContain("宇树科技", members);
        Assert.DoesNotContain("智元机器人", members);
    }

}
