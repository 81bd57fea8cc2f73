using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-9 (eight more invented articles, written before the changes) showed. Every
/// firm and person name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests9 : ArticleFamily<ArticleFamilyTests9>
{
    [Theory]
    // a time or a locality word before a bare 公司 says when, not whose: no firm 报告期内公司
    [InlineData("报告期内公司实现营业收入36亿元，同比增长18%。", "报告期内公司")]
    [InlineData("疫情期间公司坚持生产，没有一天停工。", "疫情期间公司")]
    [InlineData("报告期末公司在手订单超过20亿元。", "报告期末公司")]
    [InlineData("今年以来公司订单增长三成。", "今年以来公司")]
    [InlineData("一季度公司毛利率有所下降。", "一季度公司")]
    // a verb (noun) before a bare 公司 is the clause's verb: no firm 影响公司, 主要供应公司
    [InlineData("原材料价格波动可能影响公司毛利率。", "影响公司")]
    [InlineData("汇率变化不会影响公司的持续经营能力。", "影响公司")]
    [InlineData("钛合金粉末将主要供应公司自身的生产线。", "主要供应公司")]
    [InlineData("项目投产后，电芯将直接供应公司下游的储能工厂。", "直接供应公司")]
    public void A_time_or_a_verb_before_a_bare_company_is_no_firm(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Firms(text));

    [Theory]
    // …a brand before a bare 公司 or 集团 is still a firm, after a time word too
    [InlineData("报告期内，泓川公司实现营收3亿元。", "泓川公司")]
    [InlineData("去年，嘉禾投资公司完成了两笔收购。", "嘉禾投资公司")]
    [InlineData("澜拓公司今年营收增长20%。", "澜拓公司")]
    [InlineData("会上，星骐集团与鼎岳公司签订了合作协议。", "鼎岳公司")]
    [InlineData("华远发展公司今年也在扩产。", "华远发展公司")]
    public void A_brand_before_a_bare_company_is_still_a_firm(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // a material, a chemistry or a part before trade words is a product, not a firm's brand (product-brand-blockers.txt)
    [InlineData("公司主要生产镍氢电池和锂离子电池。", "锂离子电池")]
    [InlineData("负极材料则从长垣市的河南垣宸碳素有限公司采购。", "负极材料")]
    [InlineData("项目所需的电芯外壳将由新乡本地的新乡鑫铠精密五金有限公司供应。", "电芯外壳")]
    [InlineData("正极材料主要采购自江西的赣骁锂业有限公司。", "正极材料")]
    [InlineData("产品主要配套钠离子电池和铅酸电池。", "钠离子电池")]
    public void A_material_before_trade_words_is_no_firm(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Firms(text));

    [Theory]
    // …a brand jieba does not know before the same trade words is still a firm
    [InlineData("公司的电芯主要来自澜骁电池。", "澜骁电池")]
    [InlineData("负极材料则从晟岚材料采购。", "晟岚材料")]
    [InlineData("电芯外壳由澜拓精密供应。", "澜拓精密")]
    [InlineData("客户包括泓锂电池、岚鑫电池等企业。", "泓锂电池")]
    [InlineData("产品主要供应给骁峰电池。", "骁峰电池")]
    public void A_brand_before_the_same_trade_words_is_still_a_firm(string text, string expected) =>
        Assert.Contains(expected, Firms(text));

    [Theory]
    // 工业集中区 and 工业城 end a park's name after its place, like 工业园 (zone-suffixes.txt)
    [InlineData("位于宁晋县凤凰工业集中区的河北澜星电缆有限公司今年扩产。", "宁晋县凤凰工业集中区")]
    [InlineData("大冶市罗桥工业集中区今年新增规上企业8家。", "罗桥工业集中区")]
    [InlineData("项目选址在彭泽县矶山工业城，计划明年投产。", "彭泽县矶山工业城")]
    [InlineData("芜湖市湾沚区的安徽骐峰汽配有限公司位于湾沚汽配工业城。", "汽配工业城")]
    [InlineData("瑞宸电缆附件所在的瑞昌市码头工业城，今年新引进项目9个。", "码头工业城")]
    public void A_park_ending_in_a_rarer_suffix_is_a_zone(string text, string form) =>
        Assert.Contains(form, DistrictForms(text));

    [Theory]
    // …but 工业城市 is a kind of city, no park
    [InlineData("邢台是一座老工业城市。")]
    [InlineData("要把淮安建成现代化工业城市。")]
    [InlineData("湖州正在由传统工业城市向创新城市转型。")]
    [InlineData("作为老工业城市，黄石近年来加快转型。")]
    [InlineData("九江这座沿江工业城市正在转型。")]
    public void An_industrial_city_is_no_park(string text) =>
        Assert.DoesNotContain(Run(text).Places.Districts, d => d.Name.Contains("工业城", StringComparison.Ordinal));

    [Theory]
    // personnel news: why and how a person leaves a post ends the name (person-name-followers.txt: 因, 不再, 辞去, 改任, 调任)
    [InlineData("原董事长司马宏因工作调整不再担任公司董事长职务。", "司马宏")]
    [InlineData("原总经理欧阳丽不再担任公司总经理。", "欧阳丽")]
    [InlineData("副总经理上官明辞去公司副总经理职务。", "上官明")]
    [InlineData("董事会秘书诸葛岚因个人原因辞职。", "诸葛岚")]
    [InlineData("财务总监闻人杰调任集团财务部部长。", "闻人杰")]
    [InlineData("原董事长柯振宇改任公司名誉董事长。", "柯振宇")]
    public void A_person_leaving_a_post_is_read_whole(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // …and a given name with the same characters inside it is still read whole (因 and 任 inside names)
    [InlineData("总经理李因华表示，公司将扩产。", "李因华")]
    [InlineData("董事长王任远介绍，订单已排到明年。", "王任远")]
    public void A_given_name_holding_such_a_character_is_still_whole(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // a verb after the place opens a clause, not a park's name (zone-name-verbs.txt)
    [InlineData("近年来，九江依托沿江园区，培育出一条完整产业链。")]
    [InlineData("淮安打造新能源汽车产业园，吸引了一批企业。")]
    [InlineData("湖州加快智造产业园建设。")]
    [InlineData("黄石围绕主导产业建设园区。")]
    [InlineData("邢台培育羊绒产业园，带动就业两万人。")]
    public void A_verb_after_the_place_names_no_park(string text) =>
        Assert.DoesNotContain(Run(text).Places.Districts, d => d.Name.EndsWith("园区", StringComparison.Ordinal) || d.Name.EndsWith("产业园", StringComparison.Ordinal));

    [Theory]
    // …a name after the place still makes one
    [InlineData("项目落户九江沿江化工园区。", "九江沿江化工园区")]
    [InlineData("淮安新能源汽车产业园今年新增企业12家。", "淮安新能源汽车产业园")]
    [InlineData("公司位于湖州南太湖智造产业园。", "湖州南太湖智造产业园")]
    public void A_name_after_the_place_still_makes_a_park(string text, string form) =>
        Assert.Contains(form, DistrictForms(text));

    [Theory]
    // 另据, 又据 (further according to) before a body is no part of its name (organization-leading-words.txt)
    [InlineData("另据新乡市人民政府网站消息，市政府日前任命仇建伟为开发区管委会主任。", "新乡市人民政府")]
    [InlineData("又据淮安市统计局消息，全市工业增加值增长8%。", "淮安市统计局")]
    [InlineData("另据九江市工业和信息化局介绍，全市新增规上企业60家。", "九江市工业和信息化局")]
    public void A_lead_in_is_no_part_of_a_body_s_name(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Organization));

    [Theory]
    // one (一个, 一座, 一条) before a project's name opens it, it counts nothing: the project is named
    [InlineData("今年我们在南和区投资3亿元建了一个年产500吨羊绒混纺纱线项目，下个月试产。", "年产500吨羊绒混纺纱线项目")]
    [InlineData("公司投资5亿元新建一个年产2万吨精密铸件项目。", "年产2万吨精密铸件项目")]
    [InlineData("集团在当地建设了一个年产10万套轮毂项目。", "年产10万套轮毂项目")]
    [InlineData("公司今年开工了一个年产30万吨冷轧薄板项目。", "年产30万吨冷轧薄板项目")]
    [InlineData("澜拓科技明年将启动一个年产5000台工业机器人项目。", "年产5000台工业机器人项目")]
    public void One_before_a_project_s_name_opens_it(string text, string expected) =>
        Assert.Contains(expected, Surfaces(text, NodeLabel.Project));

    [Theory]
    // …but many (一个个, 一批) or a kind after one (一个重点项目) still names no project
    [InlineData("园区引进了一个个重大项目。")]
    [InlineData("全市新开工一批重点项目。")]
    [InlineData("今年将建设一个重点项目。")]
    public void Many_or_a_kind_after_one_names_no_project(string text) =>
        Assert.Empty(Run(text).Mentions.Where(m => m.Label == NodeLabel.Project && m.Rule != Graph.Ingest.Extraction.ProjectMentionRule.ShortRule));
}
