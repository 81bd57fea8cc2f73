using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-4 (eight more invented articles, written before the changes) showed: a
/// role an article calls its firm by (（以下简称“公司”）) leaking as an alias into every other article of the batch, a
/// brand jieba breaks into single characters one of which it tags as an adverb (北京|骋|越/d|新能源汽车有限公司), a place
/// before the supplier (主要采购自河北石家庄的A, 由醴陵市的A供应), a clause that opens with what the subject uses and names
/// its supplier after 由, and 进入B的生产线. Every firm and person name is invented; each row is one way of saying it.
/// </summary>
public class ArticleFamilyTests4 : ArticleFamily<ArticleFamilyTests4>
{
    [Theory]
    [InlineData("公司")]
    [InlineData("本公司")]
    [InlineData("发行人")]
    [InlineData("标的公司")]
    [InlineData("上市公司")]
    public void A_role_an_article_defines_for_its_firm_names_no_firm_in_another_article(string role)
    {
        var documents = RunAll(
            $"星河智能科技股份有限公司（以下简称“{role}”）于近日收到客户通知。",
            $"临江精工有限公司去年产值增长三成。{role}副总经理王丽萍告诉记者，订单已排到明年。");
        Assert.DoesNotContain(Facts(documents[1], RelationType.HOLDS_POSITION), f => f.EndsWith(">星河智能科技股份有限公司", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_an_article_defines_still_names_its_firm_in_another_article()
    {
        var documents = RunAll(
            "星河智能科技股份有限公司（以下简称“星河智能”）于近日收到客户通知。",
            "临江精工有限公司是星河智能的一级供应商。");
        Assert.Contains("临江精工有限公司>星河智能科技股份有限公司", Facts(documents[1], RelationType.SUPPLIES));
    }

    [Theory]
    [InlineData("北京骋越新能源汽车有限公司全年交付整车15万辆。", "北京骋越新能源汽车有限公司")]
    [InlineData("浙江越新材料有限公司今年产值翻番。", "浙江越新材料有限公司")]
    [InlineData("据了解，江苏骋越智能装备有限公司已投产。", "江苏骋越智能装备有限公司")]
    [InlineData("湖南岚越电气有限公司去年营收8亿元。", "湖南岚越电气有限公司")]
    [InlineData("山东骋越精工机械有限公司签约落户。", "山东骋越精工机械有限公司")]
    public void A_brand_of_single_characters_after_a_place_keeps_one_jieba_tags_as_an_adverb(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    [InlineData("北京也新能源汽车有限公司签约。")]
    [InlineData("据悉，北京更新能源汽车有限公司成立。")]
    public void A_function_character_after_a_place_makes_no_brand(string text) =>
        Assert.DoesNotContain(Firms(text), f => f.EndsWith("新能源汽车有限公司", StringComparison.Ordinal) && f.Length <= 11);

    [Theory]
    [InlineData("安远生物制药有限公司的原料药主要采购自河北石家庄的华北康泰药业有限公司。", "华北康泰药业有限公司>安远生物制药有限公司")]
    [InlineData("星河汽车有限公司的电驱系统来自江苏常州的常州睿达电驱动有限公司。", "常州睿达电驱动有限公司>星河汽车有限公司")]
    [InlineData("宁远电池有限公司从嘉兴本地的嘉兴溶川化学有限公司采购溶剂。", "嘉兴溶川化学有限公司>宁远电池有限公司")]
    [InlineData("星河汽车有限公司的座椅由湖州本地的湖州安驰座椅有限公司供应。", "湖州安驰座椅有限公司>星河汽车有限公司")]
    [InlineData("宁远装备有限公司所需的铸件，今后将由湖州的湖州铭铸机械有限公司就近配套。", "湖州铭铸机械有限公司>宁远装备有限公司")]
    public void A_place_before_the_supplier_keeps_the_supply(string text, string expected) =>
        Assert.Contains(expected, Facts(text, RelationType.SUPPLIES));

    [Theory]
    [InlineData("宁远装备有限公司总经理王立新介绍，公司本地配套率提升到58%。车体铝型材由海宁市的浙江海铝新材料有限公司供应。", "浙江海铝新材料有限公司>宁远装备有限公司")]
    [InlineData("临江重工有限公司董事长李东说：“以前齿轮箱要从外省运过来，现在由湖州本地的湖州齿达传动有限公司就近配套。”", "湖州齿达传动有限公司>临江重工有限公司")]
    [InlineData("星河电池有限公司今年产能翻番。隔膜由嘉兴的嘉兴膜川科技有限公司独家供应。", "嘉兴膜川科技有限公司>星河电池有限公司")]
    [InlineData("宁远汽车有限公司新车型上市。轮胎目前由浙江岚通轮胎有限公司批量供应。", "浙江岚通轮胎有限公司>宁远汽车有限公司")]
    [InlineData("临江电机有限公司扩产。硅钢片由宁波甬钢材料有限公司供货。", "宁波甬钢材料有限公司>临江电机有限公司")]
    public void A_clause_opening_with_what_the_subject_uses_names_its_supplier_after_you(string text, string expected) =>
        Assert.Contains(expected, Facts(text, RelationType.SUPPLIES));

    [Theory]
    [InlineData("星河置业有限公司开工建设新厂区。厂房由浙江宏建建设有限公司承建。")]
    [InlineData("宁远汽车有限公司今年推出新车。整车由宁远汽车有限公司自主研发。")]
    [InlineData("临江电机有限公司扩产。项目由宁波甬投资本有限公司投资。")]
    [InlineData("临江电机有限公司扩产。设备由宁波甬达机械有限公司生产。")]
    [InlineData("星河电池有限公司今年不再由嘉兴膜川科技有限公司供应隔膜。")]
    public void Building_making_investing_or_a_negation_after_you_is_no_supply(string text) =>
        Assert.Empty(Facts(text, RelationType.SUPPLIES));

    [Theory]
    [InlineData("宁远电池有限公司的电解液主要从自贡的四川氟川化工有限公司采购，溶剂则由嘉兴本地的嘉兴溶川化学有限公司供货。", "嘉兴溶川化学有限公司>宁远电池有限公司", "嘉兴溶川化学有限公司>四川氟川化工有限公司")]
    [InlineData("宁远电池有限公司的隔膜从浙江膜达科技有限公司采购，电解液由湖州岚液材料有限公司供应。", "湖州岚液材料有限公司>宁远电池有限公司", "湖州岚液材料有限公司>浙江膜达科技有限公司")]
    public void A_firm_after_cong_is_no_customer_of_the_next_clause_supplier(string text, string expected, string wrong)
    {
        var facts = Facts(text, RelationType.SUPPLIES);
        Assert.Contains(expected, facts);
        Assert.DoesNotContain(wrong, facts);
    }

    [Theory]
    [InlineData("星河半导体装备有限公司的刻蚀设备已批量进入临江集成电路制造有限公司的生产线。", "星河半导体装备有限公司>临江集成电路制造有限公司")]
    [InlineData("宁远机器人有限公司的焊接机器人进入了星河汽车有限公司的产线。", "宁远机器人有限公司>星河汽车有限公司")]
    [InlineData("临江精密有限公司的检测设备已进入宁远电子有限公司的生产线。", "临江精密有限公司>宁远电子有限公司")]
    public void Goods_that_enter_a_customer_s_production_line_are_supplied(string text, string expected) =>
        Assert.Contains(expected, Facts(text, RelationType.SUPPLIES));

    [Theory]
    [InlineData("星河半导体装备有限公司计划明年争取进入临江集成电路制造有限公司的生产线。")]
    [InlineData("星河半导体装备有限公司的工程师进入临江集成电路制造有限公司的生产线调试。")]
    public void An_aim_or_staff_entering_a_production_line_is_no_supply(string text) =>
        Assert.DoesNotContain("星河半导体装备有限公司>临江集成电路制造有限公司", Facts(text, RelationType.SUPPLIES));

    [Theory]
    [InlineData("11月16日，星河市委书记次仁多吉深入企业调研。", "次仁多吉")]
    [InlineData("临江饮用水有限公司总经理扎西平措介绍，产能翻番。", "扎西平措")]
    [InlineData("公司董事长罗布次仁告诉记者，订单增长。", "罗布次仁")]
    [InlineData("星河区副区长格桑卓玛表示，将做好服务。", "格桑卓玛")]
    [InlineData("临江藏药有限公司副总经理旦增尼玛说，新产品已获批。", "旦增尼玛")]
    [InlineData("星河县县长洛桑益西多吉主持会议。", "洛桑益西多吉")]
    public void A_tibetan_name_after_a_title_is_one_person(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    [InlineData("公司董事长罗建国告诉记者，订单增长。", "罗建国")]
    [InlineData("星河市副市长白建华表示，将做好服务。", "白建华")]
    public void A_han_name_that_opens_like_a_tibetan_part_is_still_read_by_its_surname(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    [InlineData("公司董事长扎西告诉记者，订单增长。", "扎西告诉")]
    [InlineData("星河市委书记次仁多吉祥如意地说。", "次仁多吉")]
    public void One_part_alone_or_parts_running_into_other_words_make_no_tibetan_name(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, People(text));
}
