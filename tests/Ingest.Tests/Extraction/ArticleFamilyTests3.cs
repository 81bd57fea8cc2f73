using Graph.Ingest.Extraction;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-3 (eight more invented articles, written before the changes) showed:
/// a firm's brand that jieba breaks into single characters after the place opening the name (新疆|准|能电力有限公司), the
/// form 集团有限责任公司, an official's name before a verb of going (书记陈启明到…), a name written with a middle dot, the
/// title said before the name (公司董事长为X), a zone's defined short form used later (（以下简称“长春汽开区”）… 位于汽开区的X), and a
/// zone whose name opens with no place of the gazetteer (准东经济技术开发区, then 准东开发区). Every firm, person and zone name
/// is invented where it is not a real place; each row is one way of saying it.
/// </summary>
public class ArticleFamilyTests3 : ArticleFamily<ArticleFamilyTests3>
{
    [Theory]
    [InlineData("所需电力六成由新疆准能电力有限公司直供。", "新疆准能电力有限公司")]
    [InlineData("新疆泓润煤化有限公司投资86亿元建设煤制烯烃项目。", "新疆泓润煤化有限公司")]
    [InlineData("项目所需原料由甘肃陇泽化工有限公司供应。", "甘肃陇泽化工有限公司")]
    [InlineData("据了解，青海祁润锂业有限公司今年产量翻番。", "青海祁润锂业有限公司")]
    [InlineData("贵州黔泓锰业有限公司去年营业收入12亿元。", "贵州黔泓锰业有限公司")]
    public void A_brand_jieba_breaks_into_single_characters_after_a_place_stays_in_the_name(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Enterprise));

    [Theory]
    [InlineData("浙江是宁远精工有限公司的主要市场。", "宁远精工有限公司")]
    [InlineData("江苏将星河电子有限公司列为重点企业。", "星河电子有限公司")]
    [InlineData("湖南与云帆动力有限公司签署了合作协议。", "云帆动力有限公司")]
    [InlineData("四川在远航材料有限公司设立了研发中心。", "远航材料有限公司")]
    [InlineData("广东对宁远精工有限公司给予支持。", "宁远精工有限公司")]
    public void A_function_character_after_a_place_still_ends_the_text_before_a_name(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Enterprise));

    [Theory]
    [InlineData("松桃锰业集团有限责任公司电解锰技改项目开工。", "松桃锰业集团有限责任公司")]
    [InlineData("临江重工集团有限责任公司与宁远精工有限公司签约。", "临江重工集团有限责任公司")]
    [InlineData("宁远集团与星河化工集团有限责任公司签署协议。", "星河化工集团有限责任公司")]
    public void A_group_with_limited_liability_is_one_name(string text, string expected)
    {
        var names = Surfaces(text, NodeLabel.Enterprise);
        Assert.Contains(expected, names);
        Assert.DoesNotContain(expected[..expected.IndexOf("集团", StringComparison.Ordinal)] + "集团", names);
    }

    [Theory]
    [InlineData("11月14日，临江市委书记陈启明到企业调研。", "陈启明")]
    [InlineData("星河区区长郑国华赴企业考察。", "郑国华")]
    [InlineData("临江市副市长邵立新来到项目现场。", "邵立新")]
    [InlineData("宁远精工董事长罗文涛前往上海参加展会。", "罗文涛")]
    [InlineData("临江市市长许清源走进车间。", "许清源")]
    public void A_name_before_a_verb_of_going_is_a_person(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Official));

    [Theory]
    [InlineData("骏驰铝材总经理阿不都热依木·吾买尔介绍，产品供不应求。", "阿不都热依木·吾买尔")]
    [InlineData("星河区区长买买提·艾力表示，将加快项目建设。", "买买提·艾力")]
    [InlineData("宁远精工董事长古丽·艾山说，今年订单饱满。", "古丽·艾山")]
    public void A_name_written_with_a_middle_dot_after_a_title_is_a_person(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Official));

    [Theory]
    [InlineData("宁远精工董事长介绍·展望，今年订单饱满。")]
    [InlineData("会议由总经理主持·会后合影。")]
    [InlineData("星河区区长到企业调研。")]
    [InlineData("宁远精工董事长到场致辞。")]
    [InlineData("临江市委书记走进车间。")]
    public void No_person_where_a_title_is_followed_by_a_verb_or_a_dotted_phrase(string text) =>
        Assert.Empty(Surfaces(text, NodeLabel.Official));

    [Theory]
    [InlineData("宁远精工股份有限公司成立于2009年，公司董事长为罗文涛。", "罗文涛>宁远精工股份有限公司")]
    [InlineData("星河电子有限公司总部位于临江，公司总经理为许清源。", "许清源>星河电子有限公司")]
    [InlineData("云帆动力科技有限公司于2017年上市，公司董事长是邵立新。", "邵立新>云帆动力科技有限公司")]
    public void The_title_of_the_clause_firm_then_its_holder(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.HOLDS_POSITION));

    [Theory]
    [InlineData("宁远精工股份有限公司成立于2009年，公司董事长为此专门召开会议。")]
    [InlineData("宁远精工股份有限公司成立于2009年，公司总经理为企业发展指明了方向。")]
    [InlineData("星河电子有限公司总部位于临江，公司董事长为公司争取了订单。")]
    public void No_holder_when_the_title_is_followed_by_a_common_word(string text) =>
        Assert.Empty(FactsAndPlaceEdges(text, RelationType.HOLDS_POSITION));

    [Theory]
    [InlineData("哈尔滨经济技术开发区（以下简称“哈经开区”）今年产值增长。位于哈经开区的星河精工有限公司主要生产轴承。",
        "星河精工有限公司>哈尔滨经济技术开发区")]
    [InlineData("长春汽车经济技术开发区（以下简称“长春汽开区”）举行签约。位于汽开区的宁远部件有限公司主要生产冲压件。",
        "宁远部件有限公司>长春汽车经济技术开发区")]
    [InlineData("长春汽车经济技术开发区（简称“汽开区”）今年引进项目26个。位于汽开区的云帆电子有限公司主要生产控制器。",
        "云帆电子有限公司>长春汽车经济技术开发区")]
    public void A_zone_s_defined_short_form_names_the_zone_later(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.LOCATED_IN));

    [Theory]
    [InlineData("长春汽车经济技术开发区（以下简称“长春汽开区”）举行签约。长春汽开区党工委书记邵立新出席。", "邵立新>长春汽车经济技术开发区")]
    [InlineData("准东经济技术开发区今年产值增长。准东开发区党工委书记王立群表示，将加快项目建设。", "王立群>准东经济技术开发区")]
    [InlineData("云岭高新技术产业开发区集中签约。云岭高新区党工委书记许清源出席。", "许清源>云岭高新技术产业开发区")]
    public void A_zone_s_other_names_carry_its_officials(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.HOLDS_POSITION));

    [Theory]
    [InlineData("准东经济技术开发区前三季度工业增加值增长12.6%。", "准东经济技术开发区")]
    [InlineData("今年以来，云岭经济开发区新签约项目31个。", "云岭经济开发区")]
    [InlineData("宁远精工有限公司与星湖高新技术产业开发区签约。", "星湖高新技术产业开发区")]
    [InlineData("项目落户在苍溪综合保税区。", "苍溪综合保税区")]
    public void A_zone_of_a_formal_suffix_whose_name_is_no_place_is_a_zone(string text, string expected) =>
        Assert.Contains(expected, DistrictNames(text));

    [Theory]
    [InlineData("全国经济技术开发区综合发展水平考核结果公布。")]
    [InlineData("新建经济技术开发区要坚持高标准规划。")]
    [InlineData("两个经济技术开发区合并。")]
    [InlineData("该经济开发区去年引进项目12个。")]
    [InlineData("国家级经济技术开发区共有230家。")]
    public void No_zone_from_a_formal_suffix_after_a_descriptor(string text) =>
        Assert.Empty(DistrictNames(text));

    [Fact]
    public void A_short_form_without_a_zone_defining_it_is_no_zone() =>
        Assert.DoesNotContain(DistrictForms("位于汽开区的宁远部件有限公司主要生产冲压件。"), n => n.Contains("汽开区", StringComparison.Ordinal));

    [Theory]
    [InlineData("云岭高新技术产业开发区集中签约。宁远精工有限公司计划在高新区星湖园区建设年产5万吨电池材料项目。",
        "云岭高新技术产业开发区星湖园区>云岭高新技术产业开发区")]
    [InlineData("准东经济技术开发区新签约项目31个。其中，星河铝业有限公司与开发区签约，在开发区东湖园区建设再生铝项目。",
        "准东经济技术开发区东湖园区>准东经济技术开发区")]
    public void A_park_after_the_document_s_bare_zone_word_lies_in_that_zone(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.LOCATED_IN));

    [Theory]
    [InlineData("西宁经济技术开发区南川工业园区今年产值增长。南川工业园区已聚集锂电企业42家。", "南川工业园区")]
    [InlineData("云岭高新技术产业开发区集中签约。宁远精工有限公司将在高新区建设研发中心。", "高新区")]
    [InlineData("准东经济技术开发区新签约项目31个。星河铝业有限公司与开发区签约。", "开发区")]
    public void A_zone_s_own_shorter_names_are_its_mentions_later(string text, string surface) =>
        Assert.Contains(surface, PlaceSurfaces(text));

    [Theory]
    [InlineData("云岭高新技术产业开发区和星湖高新技术产业开发区签约。宁远精工有限公司将在高新区建设研发中心。", "高新区")]
    [InlineData("宁远精工有限公司将在高新区建设研发中心。", "高新区")]
    [InlineData("云岭高新技术产业开发区集中签约。高新区管委会主任许清源出席。", "高新区")]
    [InlineData("准东经济技术开发区新签约项目31个。开发区内企业增长较快。", "开发区")]
    public void A_bare_zone_word_names_no_zone_when_the_document_has_none_or_several_or_a_body_follows(string text, string surface) =>
        Assert.DoesNotContain(surface, PlaceSurfaces(text));

    [Fact]
    public void A_bare_zone_word_is_no_alias_of_the_zone() =>
        Assert.DoesNotContain("高新区", Run("云岭高新技术产业开发区集中签约。宁远精工有限公司将在高新区建设研发中心。").Places.Districts.SelectMany(d => d.Aliases));

    [Theory]
    [InlineData("准东经济技术开发区位于昌吉回族自治州东部。", "准东经济技术开发区>昌吉回族自治州")]
    [InlineData("今年以来，云岭经济开发区发展迅速。云岭经济开发区位于临沧市，是省级开发区。", "云岭经济开发区>临沧市")]
    public void A_zone_whose_name_holds_no_place_lies_where_it_is_said_to_lie(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.LOCATED_IN));

    [Theory]
    [InlineData("甘肃宁远镍业集团有限公司（以下简称“宁远集团”）今年电解镍产量增长9%。")]
    [InlineData("星河重工集团股份有限公司（以下简称“星河集团”）发布年报。星河集团营收增长。")]
    public void A_group_s_own_short_name_is_no_parent_of_it(string text) =>
        Assert.Empty(FactsAndPlaceEdges(text, RelationType.SUBSIDIARY_OF));

    [Theory]
    [InlineData("近年来，海口市大力发展生物医药产业，医药企业超过200家。")]
    [InlineData("柳州市加快发展新能源汽车产业。")]
    [InlineData("宝鸡市着力培育钛材料产业，产值增长两成。")]
    [InlineData("玉溪市全力打造绿色食品产业。")]
    [InlineData("洛阳市重点发展轴承产业。")]
    public void A_place_promoting_an_industry_names_no_cluster(string text) =>
        Assert.Empty(Surfaces(text, NodeLabel.Cluster));

    [Theory]
    [InlineData("星河电子有限公司2017年在深圳证券交易所上市。", "深圳市")]
    [InlineData("宁远精工股份有限公司登陆上海证券交易所。", "上海市")]
    [InlineData("云帆动力股份有限公司在北京证券交易所挂牌。", "北京市")]
    public void The_place_of_an_exchange_s_name_is_no_place_of_the_text(string text, string place) =>
        Assert.DoesNotContain(place, DistrictNames(text));

    [Fact]
    public void A_place_written_alone_is_still_a_place() =>
        Assert.Contains("深圳市", DistrictNames("星河电子有限公司总部位于深圳，2017年上市。"));

    [Theory]
    [InlineData("石英坩埚由本地的星河新材料有限公司配套。")]
    [InlineData("公司的多晶硅原料来自内蒙古，石英坩埚则由本地企业供应。")]
    public void A_material_jieba_tags_as_a_name_before_a_noun_is_no_person(string text) =>
        Assert.Empty(Surfaces(text, NodeLabel.Official));

    [Theory]
    [InlineData("记者在现场见到了县长王强。", "王强")]
    [InlineData("孙志刚县长也来到现场。", "孙志刚")]
    public void A_name_before_a_title_or_at_the_end_is_still_a_person(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Official));
}
