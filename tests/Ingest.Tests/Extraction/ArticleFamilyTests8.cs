using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-8 (eight more invented articles, written before the changes) showed. Every
/// firm and person name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests8 : ArticleFamily<ArticleFamilyTests8>
{
    /// <summary>The names of the District entities of one article (what the graph gets, not only what the rules saw).</summary>
    [Theory]
    // a district's name that opens a firm's name, and then the firm's short name, is no place of the text
    [InlineData("岳阳市的湖南华容电机有限公司今年扩产三成。华容电机是当地的骨干企业，产品主要配套星河汽车。", "华容县")]
    [InlineData("衡阳市近日召开座谈会，湖南石鼓轴承有限公司等企业参加。石鼓轴承董事长介绍了企业情况。", "石鼓区")]
    [InlineData("淄博市的山东博山陶瓷有限公司获评优秀供应商。博山陶瓷今年营业收入增长12%。", "博山区")]
    [InlineData("绵阳市的四川游仙泵业有限公司新上了一条生产线。游仙泵业的水泵主要销往东南亚。", "游仙区")]
    [InlineData("宜昌市的湖北猇亭化工有限公司与星河新材签约。猇亭化工将为其供应液氯。", "猇亭区")]
    public void A_place_only_inside_a_firm_s_names_is_no_district(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, DistrictNames(text));

    [Theory]
    // …but the same place named as a place in the text is one
    [InlineData("衡阳市的湖南石鼓轴承有限公司位于石鼓区。石鼓轴承今年扩产。", "石鼓区")]
    [InlineData("淄博市的山东博山陶瓷有限公司在博山区投资5亿元建设新厂。", "博山区")]
    [InlineData("岳阳市华容县的湖南华容电机有限公司今年扩产。", "华容县")]
    public void The_same_place_named_in_the_text_is_a_district(string text, string expected) =>
        Assert.Contains(expected, DistrictNames(text));

    [Theory]
    // 和 opening a brand right after the place that opens the name, glued (和岚/x) or alone (和|垚), is the brand's character
    [InlineData("其中，滨湖区的安徽和垚铜材有限公司获得最佳质量奖。", "安徽和垚铜材有限公司")]
    [InlineData("产品来自本地的浙江和岚阀门有限公司。", "浙江和岚阀门有限公司")]
    [InlineData("客户包括江西和骐电机有限公司。", "江西和骐电机有限公司")]
    [InlineData("由湖南和澈化工有限公司供应。", "湖南和澈化工有限公司")]
    [InlineData("主要采购自山东和骁轴承有限公司。", "山东和骁轴承有限公司")]
    // one verb character after a brand jieba guessed, with common words after it, is inside the name (岚澈/x|覆/v|铜板)
    [InlineData("覆铜板来自园区内的江苏岚澈覆铜板有限公司。", "江苏岚澈覆铜板有限公司")]
    [InlineData("产品由湖北岚骐覆铜板有限公司供应。", "湖北岚骐覆铜板有限公司")]
    [InlineData("公司与广东澜昊覆铜板有限公司签订了供货协议。", "广东澜昊覆铜板有限公司")]
    [InlineData("客户包括四川蜀骁覆铜板有限公司。", "四川蜀骁覆铜板有限公司")]
    [InlineData("原料主要采购自福建闽澈覆铜板有限公司。", "福建闽澈覆铜板有限公司")]
    public void A_brand_character_that_is_also_a_word_stays_in_the_name(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // …and the later short name with 和 after a preposition is the same firm (与|和|垚|铜材)
    [InlineData("安徽和垚铜材有限公司获评优秀供应商。公司与和垚铜材签订了年度长协。", "垚铜材", "安徽和垚铜材有限公司")]
    [InlineData("浙江和岚阀门有限公司位于园区。星河电缆与和岚阀门签订了采购合同。", "岚阀门", "浙江和岚阀门有限公司")]
    [InlineData("江西和骐电机有限公司今年扩产。星河电驱与和骐电机签约。", "骐电机", "江西和骐电机有限公司")]
    public void The_short_name_after_a_preposition_resolves_to_the_firm(string text, string fragment, string full) =>
        Assert.All(Run(text).Mentions.Where(m => m.Label == NodeLabel.Enterprise && m.Surface.Contains(fragment, StringComparison.Ordinal)),
            m => Assert.Equal(full, m.Entity.Name));

    [Theory]
    // a verb character with a brand after it still ends the text before the name; 和 between two places is a conjunction
    [InlineData("星途拿下澜昊电子有限公司订单。", "澜昊电子有限公司")]
    [InlineData("公司在浙江和江苏星澈电子有限公司都设有仓库。", "江苏星澈电子有限公司")]
    public void A_verb_or_a_conjunction_before_a_whole_name_still_ends_the_text(string text, string expected) =>
        Assert.Contains(expected, Firms(text));
}
