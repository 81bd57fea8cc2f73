using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-6 (eight more invented articles, written before the changes) showed: an
/// autonomous prefecture written as its stem and 州 when the bare stem is a word first (海西州), 据 glued to the body that
/// says something, a short form made of the brand and a trade word the lexicon lacked (甲乙齿轮 of 某省甲乙齿轮有限公司,
/// read as the group that shares the brand), and a person read as a firm's subsidiary making that firm a parent (so no
/// member of the article's cluster). Every firm and person name is invented (places are real); each row is one way of
/// saying it, negatives included.
/// </summary>
public class ArticleFamilyTests6 : ArticleFamily<ArticleFamilyTests6>
{
    [Theory]
    [InlineData("项目用的纯碱由海西州本地的企业供应。", "海西蒙古族藏族自治州")]
    [InlineData("海北州的牧业企业已增至30家。", "海北藏族自治州")]
    [InlineData("今年以来，海西州新开工项目42个。", "海西蒙古族藏族自治州")]
    [InlineData("红河州的锡产业链不断延伸。", "红河哈尼族彝族自治州")]
    [InlineData("海西蒙古族藏族自治州发布了盐湖产业规划。", "海西蒙古族藏族自治州")]
    public void An_autonomous_prefecture_is_its_stem_and_its_level(string text, string expected) =>
        Assert.Contains(expected, Places(text));

    [Theory]
    // the bare stem stays a word (海西 of 海峡西岸), and a stem with another level is no prefecture
    [InlineData("福建是海西建设的主体。")]
    [InlineData("海西经济区的港口群加快建设。")]
    public void A_stoplisted_stem_alone_names_no_prefecture(string text) =>
        Assert.DoesNotContain("海西蒙古族藏族自治州", Places(text));

    [Theory]
    [InlineData("据宝鸡市统计局副局长林向岚介绍，全市工业增长8%。", "林向岚>宝鸡市统计局 副局长")]
    [InlineData("据县商务局局长高志远介绍，县里新签约项目12个。", "高志远>县商务局 局长")]
    [InlineData("据乌兰察布市发展和改革委员会主任韩立军介绍，项目已全部开工。", "韩立军>乌兰察布市发展和改革委员会 主任")]
    [InlineData("据鹰潭市工业和信息化局局长邵启航介绍，铜产业集群产值增长12%。", "邵启航>鹰潭市工业和信息化局 局长")]
    [InlineData("据怀化市轴承行业协会会长苏振邦介绍，协会已有会员企业40家。", "苏振邦>怀化市轴承行业协会 会长")]
    // 据 inside a body's name (大数据) is the name's own
    [InlineData("宝鸡市大数据发展管理局局长周立平说，平台已上线。", "周立平>宝鸡市大数据发展管理局 局长")]
    public void According_to_is_no_part_of_the_body_that_says_it(string text, string expected) =>
        Assert.Contains(expected, Positions(text));

    [Theory]
    [InlineData("甘肃昊岳风能装备有限公司是北京昊岳能源集团有限公司旗下的整机企业。昊岳风能副总经理高建峰介绍，整机产量将提高。",
        "高建峰>甘肃昊岳风能装备有限公司 副总经理")]
    [InlineData("江苏澍禾齿轮有限公司是澍禾控股集团有限公司旗下企业。澍禾齿轮董事长陈立明表示，新车间明年投产。",
        "陈立明>江苏澍禾齿轮有限公司 董事长")]
    [InlineData("内蒙古沐岳氢能科技有限公司由北京沐岳能源集团有限公司控股。沐岳氢能总经理赵启东介绍，电解槽已下线。",
        "赵启东>内蒙古沐岳氢能科技有限公司 总经理")]
    [InlineData("安徽霁凌冰箱有限公司是广东霁凌电器股份有限公司的全资子公司。霁凌冰箱副总经理钱晓东说，产能提升了三成。",
        "钱晓东>安徽霁凌冰箱有限公司 副总经理")]
    [InlineData("云南澈锡焊料有限公司是云南澈锡集团有限公司的控股子公司。澈锡焊料总经理孙海波说，焊锡膏供不应求。",
        "孙海波>云南澈锡焊料有限公司 总经理")]
    // the group's own short form still names the group
    [InlineData("江苏澍禾齿轮有限公司是澍禾控股集团有限公司旗下企业。澍禾集团董事长郑远航说，集团将加大投入。",
        "郑远航>澍禾控股集团有限公司 董事长")]
    public void A_short_form_with_a_trade_word_names_the_firm_whose_trade_it_is(string text, string expected) =>
        Assert.Contains(expected, Positions(text));

    [Theory]
    [InlineData("怀化市精密轴承产业集群加快发展。湖南甲骁轴承股份有限公司坐落在怀化经济技术开发区。王立群是湖南甲骁轴承股份有限公司位于溆浦的生产基地的总经理。",
        "湖南甲骁轴承股份有限公司")]
    [InlineData("怀化市精密轴承产业集群加快发展。湖南乙澜精工有限公司坐落在怀化经济技术开发区。陈海涛是湖南乙澜精工有限公司的副总经理。",
        "湖南乙澜精工有限公司")]
    public void A_person_read_as_a_firm_s_subsidiary_makes_the_firm_no_parent(string text, string member) =>
        Assert.Contains($"{member}>怀化市精密轴承产业集群", Facts(text, RelationType.MEMBER_OF));

    [Theory]
    // a place jieba tags as a verb (遵义/v, 包头/v, 保定/v, 开封/v, 怀化/v) opens the firm's name
    [InlineData("铝液全部由相邻的遵义岚硕电解铝有限公司供应。", "遵义岚硕电解铝有限公司")]
    [InlineData("镍网电极由隔壁的包头鑫澜金属材料有限公司供应。", "包头鑫澜金属材料有限公司")]
    [InlineData("轴承则来自邻近的保定澍航轴承有限公司。", "保定澍航轴承有限公司")]
    [InlineData("刹车片由本地的开封骁驰制动材料有限公司配套。", "开封骁驰制动材料有限公司")]
    [InlineData("保持架采购自周边的怀化晟穹保持架有限公司。", "怀化晟穹保持架有限公司")]
    public void A_place_tagged_as_a_verb_opens_the_firm_s_name(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // a zone's name, then the firm's own name opening with a place: the firm starts at the second place
    [InlineData("走进遵义经济技术开发区贵州岚川铝业股份有限公司的热轧车间，铝板带正在下线。", "贵州岚川铝业股份有限公司")]
    [InlineData("在澄迈县老城经济开发区海南澍椰食品有限公司，椰子被剖开。", "海南澍椰食品有限公司")]
    [InlineData("记者来到宝鸡高新技术产业开发区陕西骁钛金属材料有限公司，生产线满负荷运转。", "陕西骁钛金属材料有限公司")]
    [InlineData("位于滁州经济技术开发区安徽霁晟电器部件有限公司的新厂房已经封顶。", "安徽霁晟电器部件有限公司")]
    [InlineData("在苏州工业园区江苏澈明光电科技有限公司，工人正在调试设备。", "江苏澈明光电科技有限公司")]
    // a zone's name with trade words after it is one name
    [InlineData("遵义经济技术开发区投资发展有限公司出资5亿元。", "遵义经济技术开发区投资发展有限公司")]
    public void A_zone_s_name_before_a_firm_s_is_not_part_of_it(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // a role a document gives a firm ends no name (标的公司, 目标公司, 合资公司, 上市公司, 项目公司)
    [InlineData("楚澜光电承诺在项目投产后三年内向标的公司采购衬底不少于600万片。", "标的公司")]
    [InlineData("本次收购完成后，目标公司将纳入合并报表范围。", "目标公司")]
    [InlineData("双方约定由合资公司负责项目的建设和运营。", "合资公司")]
    [InlineData("作为一家上市公司，信息披露要真实准确。", "上市公司")]
    [InlineData("光伏电站将由新设立的项目公司投资建设。", "项目公司")]
    public void A_document_role_is_no_firm_s_name(string text, string role) =>
        Assert.DoesNotContain(Firms(text), f => f.EndsWith(role, StringComparison.Ordinal));

    [Theory]
    // 公司董事长X: the firm the text is about, not a customer whose share of that firm's sales (B的采购额占公司营业收入的三成) or
    // whose contract with it was named last
    [InlineData("宁远精工股份有限公司主要生产轴承。公司客户包括星河重工有限公司和北辰风能有限公司，其中星河重工的采购额占公司营业收入的三成。公司董事长王思远说，订单饱满。",
        "王思远>宁远精工股份有限公司 董事长")]
    [InlineData("临江新材料有限公司生产隔膜。星河电池有限公司的订单占公司销售额的四成。公司总经理李明辉表示，将扩产。", "李明辉>临江新材料有限公司 总经理")]
    [InlineData("宁远精工股份有限公司已与星河重工有限公司签订采购协议。公司董事长王思远表示，合作前景广阔。", "王思远>宁远精工股份有限公司 董事长")]
    [InlineData("临江新材料有限公司是星河控股集团有限公司的全资子公司。公司总经理李明辉介绍，项目进展顺利。", "李明辉>临江新材料有限公司 总经理")]
    // the firm named last is the subject: 公司 means it (其 after 占 is no other side; 占全国 names no firm)
    [InlineData("宁远精工股份有限公司主要生产轴承。星河重工有限公司是国内风电龙头。公司董事长赵立新表示，将加大投入。", "赵立新>星河重工有限公司 董事长")]
    [InlineData("星河重工有限公司的风电订单占其营业收入的六成。公司董事长赵立新表示，将继续扩产。", "赵立新>星河重工有限公司 董事长")]
    [InlineData("宁远精工股份有限公司主要生产轴承。星河重工有限公司的出口额占全国的三成。公司董事长赵立新说，海外市场潜力大。", "赵立新>星河重工有限公司 董事长")]
    [InlineData("临江新材料有限公司与星河电池有限公司签订供货协议。星河电池有限公司是国内电池龙头。公司总经理孙佳宁表示，产能将翻番。", "孙佳宁>星河电池有限公司 总经理")]
    public void A_bare_company_before_a_title_is_the_firm_the_text_is_about(string text, string expected) =>
        Assert.Equal([expected], Positions(text));
}
