using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-8 (eight more invented articles, written before the changes) showed. Every
/// firm and person name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests8 : ArticleFamily<ArticleFamilyTests8>
{
    /// <summary>The names of the District entities of one article (what the graph gets, not only what the rules saw).</summary>
    private static string[] Districts(string text) => [.. Run(text).Places.Districts.Select(d => d.Name)];

    [Theory]
    // a district's name that opens a firm's name, and then the firm's short name, is no place of the text
    [InlineData("岳阳市的湖南华容电机有限公司今年扩产三成。华容电机是当地的骨干企业，产品主要配套星河汽车。", "华容县")]
    [InlineData("衡阳市近日召开座谈会，湖南石鼓轴承有限公司等企业参加。石鼓轴承董事长介绍了企业情况。", "石鼓区")]
    [InlineData("淄博市的山东博山陶瓷有限公司获评优秀供应商。博山陶瓷今年营业收入增长12%。", "博山区")]
    [InlineData("绵阳市的四川游仙泵业有限公司新上了一条生产线。游仙泵业的水泵主要销往东南亚。", "游仙区")]
    [InlineData("宜昌市的湖北猇亭化工有限公司与星河新材签约。猇亭化工将为其供应液氯。", "猇亭区")]
    public void A_place_only_inside_a_firm_s_names_is_no_district(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Districts(text));

    [Theory]
    // …but the same place named as a place in the text is one
    [InlineData("衡阳市的湖南石鼓轴承有限公司位于石鼓区。石鼓轴承今年扩产。", "石鼓区")]
    [InlineData("淄博市的山东博山陶瓷有限公司在博山区投资5亿元建设新厂。", "博山区")]
    [InlineData("岳阳市华容县的湖南华容电机有限公司今年扩产。", "华容县")]
    public void The_same_place_named_in_the_text_is_a_district(string text, string expected) =>
        Assert.Contains(expected, Districts(text));
}
