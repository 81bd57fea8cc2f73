using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Resolution;

/// <summary>Short names and full names of one firm are one entity (invented names).</summary>
public class ShortNameResolutionTests
{
    private static readonly ExtractionLexicons Lexicons = ExtractionLexicons.Default;

    [Fact]
    public void A_brand_and_company_form_named_as_a_full_name_is_the_longer_company()
    {
        var names = new[] { "浙江禾木汽车配件股份有限公司", "禾木公司" }.Select(n => CompanyName.Parse(n, Lexicons)!).ToList();
        var resolver = AliasResolver.Build(names, Lexicons);
        Assert.Equal("浙江禾木汽车配件股份有限公司", resolver.Resolve("禾木公司"));
        Assert.Equal("浙江禾木汽车配件股份有限公司", resolver.Resolve("禾木"));
        Assert.Empty(resolver.Ambiguous);
    }

    [Fact]
    public void Two_companies_of_one_brand_leave_the_brand_ambiguous()
    {
        var names = new[] { "浙江禾木汽车配件股份有限公司", "江苏禾木电子有限公司" }.Select(n => CompanyName.Parse(n, Lexicons)!).ToList();
        var resolver = AliasResolver.Build(names, Lexicons);
        Assert.Null(resolver.Resolve("禾木"));
        Assert.Contains("禾木", resolver.Ambiguous.Keys);
    }

    [Fact]
    public void The_brand_with_one_trade_word_of_the_full_name_is_one_firm_in_an_article()
    {
        var document = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt",
            "标题\n\n星澜科技再次加码投资临江区。浙江星澜能源科技有限公司是一家新能源企业。\n")]).Documents.Single();
        var firms = document.Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Key).Distinct().ToList();
        Assert.Equal(["浙江星澜能源科技有限公司"], firms);
    }

    // A group named in full in one article; in another, its brand run on into trade words. Brand + a trade word the group's
    // name lacks is a firm of its own (a subsidiary or another firm); brand alone, or with the group's own words, is the group.
    [Theory]
    [InlineData("澍岷集团今年营收增长两成。", "琮珈铝业的客户里，分量最重的是澍岷汽车。", "澍岷汽车")]
    [InlineData("琰翎集团有限公司发布年报。", "琮珈铝业向琰翎新材料供应铝锭。", "琰翎新材料")]
    [InlineData("璟翱集团今年营收增长两成。", "琮珈铝业是璟翱电子科技有限公司的供应商。", "璟翱电子科技有限公司")]
    [InlineData("岑霁集团今年营收增长两成。", "琮珈铝业的钢板，全部供应给岑霁重工。", "岑霁重工")]
    [InlineData("淏翀集团发布年报。", "琮珈铝业为淏翀农机供应铝合金壳体。", "淏翀农机")]
    [InlineData("璘渥健康集团发布年报。", "璘渥医疗的导管料全部采购自琮珈铝业。", "璘渥医疗")]
    [InlineData("澍岷集团发布年报。", "琮珈铝业是澍岷新能源汽车的供应商。", "澍岷新能源汽车")]
    // must-nots: the same firm is meant.
    [InlineData("澍岷集团发布年报。", "琮珈铝业的客户里，分量最重的是澍岷。", "澍岷集团")]
    [InlineData("琰翎集团股份有限公司发布年报。", "琮珈铝业是琰翎股份的供应商。", "琰翎集团股份有限公司")]
    [InlineData("璟翱汽车集团有限公司发布年报。", "琮珈铝业是璟翱汽车的供应商。", "璟翱汽车集团有限公司")]
    [InlineData("岑霁集团发布年报。", "琮珈铝业是岑霁公司的供应商。", "岑霁集团")]
    [InlineData("淏翀集团发布年报。", "琮珈铝业的电池由淏翀制造。", "淏翀集团")]
    [InlineData("璘渥集团发布年报。", "璘渥发展迅速，琮珈铝业是其供应商。", "璘渥集团")]
    public void A_groups_brand_with_trade_words_it_lacks_is_a_firm_of_its_own(string groupArticle, string sentence, string firm)
    {
        var documents = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("a.txt", $"标题\n\n{groupArticle}\n"),
            SourceDocument.FromText("b.txt", $"标题\n\n{sentence}\n")]).Documents;
        var firms = documents[1].Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Key).Distinct().ToList();
        Assert.Contains(firm, firms);
        Assert.DoesNotContain(firms, f => f != firm && f != "琮珈铝业");
    }
}
