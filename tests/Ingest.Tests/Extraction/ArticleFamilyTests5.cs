using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-5 (eight more invented articles, written before the changes) showed: the
/// officials of a banner (旗委书记, 旗长) and of an autonomous prefecture (州长), Mongolian names after a title, which no
/// surname opens, and surnames the list lacked (曲). Every firm and person name is invented (places are real); each row
/// is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests5 : ArticleFamily<ArticleFamilyTests5>
{
    [Theory]
    [InlineData("达拉特旗委书记苏和巴特尔主持会议。", "苏和巴特尔>达拉特旗委 旗委书记")]
    [InlineData("达拉特旗旗长王建业出席签约仪式。", "王建业>达拉特旗 旗长")]
    [InlineData("准格尔旗副旗长布和朝鲁介绍，园区已落户企业36家。", "布和朝鲁>准格尔旗 副旗长")]
    [InlineData("红河州州长李建新出席会议。", "李建新>红河哈尼族彝族自治州 州长")]
    [InlineData("临江能源有限公司总经理额尔敦毕力格表示，项目明年投产。", "额尔敦毕力格>临江能源有限公司 总经理")]
    public void A_banner_s_or_prefecture_s_official_and_a_mongolian_name_hold_their_post(string text, string expected) =>
        Assert.Contains(expected, Positions(text));

    [Theory]
    [InlineData("达拉特旗委书记苏和巴特尔主持会议。", "苏和巴特尔")]
    [InlineData("准格尔旗副旗长布和朝鲁介绍，园区已落户企业36家。", "布和朝鲁")]
    [InlineData("星河区委书记曲文涛参加调研。", "曲文涛")]
    [InlineData("临江精工有限公司副总经理索海峰说，订单已排满。", "索海峰")]
    public void A_name_after_a_title_is_read_whole(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // One Mongolian word alone, or words running into other words, make no name of their own; a common word that opens
    // with a surname character is no name (普遍, 代表: those characters are left out of the surnames).
    [InlineData("公司董事长苏和告诉记者，订单增长。", "苏和告诉")]
    [InlineData("达拉特旗委书记苏和巴特尔们说。", "苏和巴特尔们")]
    [InlineData("公司董事长普遍认为今年形势向好。", "普遍认")]
    [InlineData("公司董事长代表公司致辞。", "代表公")]
    [InlineData("星河区区长曲折前进的说法不对。", "曲折前")]
    public void Words_that_only_look_like_names_are_no_people(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, People(text));
}
