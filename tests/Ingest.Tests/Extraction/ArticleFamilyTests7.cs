using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-7 (eight more invented articles, written before the changes) showed: a
/// firm's name that opens with a city jieba tags as an adverb, after another place and 的 (平城区的|大同/d|…); a brand of
/// single characters, one an adverb, right after 的 (江西的|赣|越/d|门窗有限公司); a kind of partner glued before a name
/// (老合作伙伴|山西…); a quantity word read as a brand (部分|模具); a surname the list lacked (桑). Every firm and person
/// name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests7 : ArticleFamily<ArticleFamilyTests7>
{
    [Theory]
    // a place between 在 and a verb of building is where something is built, not the head of a name a later 厂 ends
    [InlineData("据介绍，星河电子今年已在涪城区建设新厂，总投资6.5亿元。", "涪城区")]
    [InlineData("公司计划在云冈区再建一座电堆工厂。", "云冈区")]
    [InlineData("星河精工已在平城区新建一座铸造厂。", "平城区")]
    [InlineData("该公司去年在夷陵区扩建了包装厂。", "夷陵区")]
    [InlineData("岚川科技将在临淄区投资建设新厂。", "临淄区")]
    public void A_place_where_a_plant_is_built_is_a_place(string text, string expected) =>
        Assert.Contains(expected, Places(text));

    [Theory]
    // …while a place opening a plant's name is part of that name
    [InlineData("产品主要供应涪城区红光机械厂。", "涪城区")]
    [InlineData("他此前在平城区红旗铸造厂工作。", "平城区")]
    public void A_place_heading_a_plant_s_name_is_no_place(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Places(text));

    [Theory]
    // an adverb and a verb before 项目 say what is done to projects: no project's name
    [InlineData("副市长表示，将全力保障项目用地和能耗指标。", "全力保障项目")]
    [InlineData("会议要求，要加快推进项目建设。", "加快推进项目")]
    [InlineData("区里将积极服务项目落地。", "积极服务项目")]
    [InlineData("各部门要全力推动项目开工。", "全力推动项目")]
    [InlineData("各镇街要切实保障项目进度。", "切实保障项目")]
    public void An_adverb_and_a_verb_before_project_name_no_project(string text, string unexpected) =>
        Assert.DoesNotContain(Projects(text), p => p.Contains(unexpected, StringComparison.Ordinal));

    [Theory]
    [InlineData("星河新材计划投资42亿元建设年产5万吨高纯多晶硅项目。", "年产5万吨高纯多晶硅项目")]
    [InlineData("澄川塑胶正在上马年产800万件家电注塑件扩能项目。", "年产800万件家电注塑件扩能项目")]
    public void A_named_project_is_still_read(string text, string expected) =>
        Assert.Contains(expected, Projects(text));

    [Theory]
    // a city jieba tags as an adverb (大同/d, as 大连/d) opens the firm's name after another place and 的
    [InlineData("双极板现在大部分由平城区的大同岚宇石墨制品有限公司供应。", "大同岚宇石墨制品有限公司")]
    [InlineData("去年，我们推荐云州区的大同澍昕机械有限公司进入了客户的供应商名录。", "大同澍昕机械有限公司")]
    [InlineData("轴承由金州区的大连骁岳精工有限公司配套。", "大连骁岳精工有限公司")]
    [InlineData("铸件采购自御河畔的大同澈锋铸造有限公司。", "大同澈锋铸造有限公司")]
    [InlineData("记者走访了位于新荣区的大同霁川新材料有限公司。", "大同霁川新材料有限公司")]
    public void A_city_tagged_as_an_adverb_opens_the_firm_s_name_after_a_place(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // a brand of one to three single characters, one of them an adverb to jieba, right after 的 or a list mark is the brand
    [InlineData("该公司的型材主要供应星河门窗有限公司和江西的赣越门窗有限公司。", "赣越门窗有限公司")]
    [InlineData("产品销往湖南的湘越电器有限公司。", "湘越电器有限公司")]
    [InlineData("客户包括浙江的甬越阀门有限公司、江苏的澄越机械有限公司。", "澄越机械有限公司")]
    [InlineData("配件来自广东的粤越五金制品有限公司。", "粤越五金制品有限公司")]
    [InlineData("主要客户有上海的申越电子有限公司。", "申越电子有限公司")]
    public void Single_brand_characters_after_de_are_the_brand(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // …and the same characters are no firm's name when the form after them is no firm (越来越多的公司)
    [InlineData("江西的越来越多公司开始出口。", "越来越多公司")]
    [InlineData("湖南的更多有限公司也来了。", "更多有限公司")]
    public void Adverbs_before_a_bare_company_word_are_no_brand(string text, string unexpected) =>
        Assert.DoesNotContain(Firms(text), f => f.Contains(unexpected, StringComparison.Ordinal));

    [Theory]
    // a kind of partner or customer before a full name is not part of it
    [InlineData("氢气由我们的老合作伙伴山西澜岚气化有限公司提供。", "山西澜岚气化有限公司")]
    [InlineData("公司的战略合作伙伴湖北澈川化工有限公司也参加了签约。", "湖北澈川化工有限公司")]
    [InlineData("长期合作伙伴江苏骁泓电机有限公司为其配套电机。", "江苏骁泓电机有限公司")]
    [InlineData("老客户浙江澍航阀门有限公司追加了订单。", "浙江澍航阀门有限公司")]
    [InlineData("核心供应商安徽霁锋模具有限公司获评优秀供应商。", "安徽霁锋模具有限公司")]
    public void A_partner_or_customer_noun_before_a_name_is_not_part_of_it(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // a quantity word is no brand: 部分模具 is some of the moulds, not a firm 部分
    [InlineData("风电主轴锻造所需的部分模具，由本地的星河澈锋模具有限公司提供。", "部分模具")]
    [InlineData("公司所需的全部模具，由本地的星河澈锋模具有限公司提供。", "全部模具")]
    [InlineData("其余轴承，由临江的星河骁轴精工有限公司供应。", "其余轴承")]
    [InlineData("大部分钢材，由本地的星河岱钢特钢有限公司供应。", "大部分钢材")]
    [InlineData("其他电机，由临江的星河澍动电机有限公司配套。", "其他电机")]
    public void A_quantity_word_is_no_brand(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Firms(text));

    [Theory]
    // …while a brand before the same trade words still names a firm in that slot
    [InlineData("风电主轴锻造所需的模具，由岚锋模具提供。", "岚锋模具")]
    public void A_brand_before_trade_words_still_names_a_firm(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    [InlineData("澄江塑胶总经理桑立远说，订单已经排到了明年三月。", "桑立远")]
    [InlineData("星河区委书记桑海涛参加调研。", "桑海涛")]
    [InlineData("临江精工有限公司副总经理景文博介绍，产能翻了一番。", "景文博")]
    [InlineData("公司董事长池国栋表示，明年将扩产。", "池国栋")]
    [InlineData("星河市副市长封立新出席签约仪式。", "封立新")]
    public void A_name_after_a_title_is_read_whole(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // words that open with those characters are no people (桑拿, 景区, 池塘, 封装)
    [InlineData("公司董事长桑拿之后去了工厂。", "桑拿之")]
    [InlineData("星河区区长景区游览时说。", "景区游")]
    [InlineData("公司总经理池塘边上讲话。", "池塘边")]
    [InlineData("公司总经理封装线上检查。", "封装线")]
    public void Words_that_open_with_a_surname_character_are_no_people(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, People(text));
}
