using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;

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
        Assert.Contains(("津上精密机床(浙江)有限公司", "平湖经济技术开发区", LocatedInRule.PlaceOfRule), edges);
    }

    [Fact]
    public void A_firm_that_settles_in_a_zone_lies_there()
    {
        // seeds/001
        var edges = LocatedIn("6月18日,上海浦东软件园汇智科技有限公司签约落户嘉善经开区,并将展开全方位产业合作。");
        Assert.Contains(edges, e => e.From == "上海浦东软件园汇智科技有限公司" && e.To == "嘉善经济技术开发区" && e.Rule == LocatedInRule.CueRule);
    }

    [Fact]
    public void A_place_named_after_a_firm_is_no_location_of_it()
    {
        Assert.DoesNotContain(LocatedIn("嘉兴亮锐精密机械股份有限公司表示,将加大研发投入。"), e => e.From == "嘉兴亮锐精密机械股份有限公司");
    }
}
