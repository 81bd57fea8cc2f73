using Graph.Ingest.Extraction;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles (invented articles, written before the changes) showed: officials after
/// titles the lexicon lacked or joined by 兼, names that open with a surname the lexicon lacked, 该公司 pointing back
/// past a body to the firm named since, and state-level new areas. Every name here is invented (places are real);
/// each row is one way of saying it.
/// </summary>
public class ArticleFamilyTests : ArticleFamily<ArticleFamilyTests>
{
    [Theory]
    [InlineData("宁远精工股份有限公司发布公告。公司董事会秘书沈若岚表示，项目进展顺利。", "沈若岚>宁远精工股份有限公司")]
    [InlineData("宁远精工股份有限公司董秘许清源介绍了项目情况。", "许清源>宁远精工股份有限公司")]
    [InlineData("宁远精工股份有限公司董事长兼总经理祁向东说，订单已经排到明年。", "祁向东>宁远精工股份有限公司")]
    [InlineData("云岭精密机械有限公司党委书记兼董事长钟立言表示，将继续加大投入。", "钟立言>云岭精密机械有限公司")]
    [InlineData("宁远精工股份有限公司证券事务代表林晓棠回复投资者提问。", "林晓棠>宁远精工股份有限公司")]
    [InlineData("今年宾川县经济运行平稳。宾川县委副书记、县长保建勇介绍，全县新签约项目21个。", "保建勇>宾川县|保建勇>宾川县委")]
    [InlineData("宾川县委书记钟立行到园区调研。随后，调研组来到位于宾川县的云岭精密机械有限公司。该公司总经理邵文博告诉调研组，产能利用率超过九成。",
        "邵文博>云岭精密机械有限公司|钟立行>宾川县委")]
    [InlineData("宾川县委书记钟立行走访企业。在云岭精密机械有限公司，公司总经理邵文博介绍了新产线。", "邵文博>云岭精密机械有限公司|钟立行>宾川县委")]
    public void An_official_after_a_title_holds_it_at_the_firm_or_body_meant(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Holds(text));

    [Theory]
    // A surname that opens a common word (常年, 保持, 保证) after a title is that word, not a person.
    [InlineData("工程师常年驻在车间，出了问题当天就能解决。")]
    [InlineData("董事长保持乐观，认为订单还会增长。")]
    [InlineData("县长保证资金按时到位。")]
    [InlineData("总经理一再强调安全生产。")]
    [InlineData("负责人常常加班到深夜。")]
    public void A_common_word_after_a_title_is_no_official(string text) =>
        Assert.DoesNotContain(Run(text).Mentions, m => m.Label == NodeLabel.Official);

    [Theory]
    [InlineData("公司拟在两江新区投资建设结构件项目。", "两江新区")]
    [InlineData("企业总部位于天府新区，研发中心设在上海。", "天府新区")]
    [InlineData("该公司在雄安新区设立了研发中心。", "雄安新区")]
    [InlineData("落户赣江新区的电池项目已经开工。", "赣江新区")]
    [InlineData("西咸新区的产业园引进了12家企业。", "西咸新区")]
    [InlineData("项目选址在南京江北新区。", "江北新区")]
    public void A_state_level_new_area_is_a_place(string text, string expected) =>
        Assert.Contains(Run(text).Mentions, m => m.Label == NodeLabel.District && m.Surface == expected);

    [Fact]
    public void A_new_area_is_in_the_division_that_holds_it_when_the_article_names_that()
    {
        var places = Run("重庆市两江新区的一家企业扩大了产能。").Places;
        var names = places.Districts.ToDictionary(d => d.Id, d => d.Name);
        var located = places.LocatedIn.Select(r => $"{names[r.FromId]}>{names[r.ToId]}");
        Assert.Contains("两江新区>重庆市", located);
    }

    [Theory]
    [InlineData("新区建设正在加快推进。")]
    [InlineData("两江交汇处景色优美。")]
    [InlineData("天府之国物产丰富。")]
    [InlineData("园区内新区块已经平整完毕。")]
    [InlineData("老城区和新区之间交通便利。")]
    public void New_area_words_alone_name_no_place(string text) =>
        Assert.DoesNotContain(Run(text).Mentions, m => m.Label == NodeLabel.District && m.Surface.EndsWith("新区", StringComparison.Ordinal));

    private const string Interview = "近日，记者专访了宁远精工股份有限公司董事长祁向东。\n记者：今年企业经营情况如何？\n";

    [Theory]
    // An interview: the answers after 祁向东： speak for the firm he was introduced with (我们, 公司), up to the next label.
    [InlineData(Interview + "祁向东：我们正在宾川县建设精密轴承产业化基地项目，总投资9.8亿元。", "INVESTS_IN", "宁远精工股份有限公司>精密轴承产业化基地项目")]
    [InlineData(Interview + "祁向东：订单很多。\n记者：有哪些投资计划？\n祁向东：公司投资5亿元建设的智能工厂项目明年投产。", "INVESTS_IN", "宁远精工股份有限公司>智能工厂项目")]
    [InlineData(Interview + "祁向东：目前我们向华川汽车有限公司批量供应转向节。", "SUPPLIES", "宁远精工股份有限公司>华川汽车有限公司")]
    [InlineData(Interview + "祁向东：我们为华川汽车有限公司配套生产转向节，订单排到了明年。", "SUPPLIES", "宁远精工股份有限公司>华川汽车有限公司")]
    [InlineData(Interview + "祁向东：我们拿出3亿元实施年产50万套轴承智能化改造项目。", "INVESTS_IN", "宁远精工股份有限公司>年产50万套轴承智能化改造项目")]
    public void An_interviewee_speaks_for_the_firm_introduced_with_him(string text, string type, string expected) =>
        Assert.Equal(expected.Split('|'), Facts(text, Enum.Parse<RelationType>(type)));

    [Theory]
    // The reporter's questions, and a label no firm introduced, speak for no firm.
    [InlineData(Interview + "记者：我们投资5亿元建设的智能工厂项目进展如何？", "INVESTS_IN")]
    [InlineData(Interview + "祁向东：订单很多。\n记者：我们注意到，有企业投资3亿元建设了智能工厂项目。", "INVESTS_IN")]
    [InlineData("记者：今年企业经营情况如何？\n王先生：我们投资5亿元建设的智能工厂项目明年投产。", "INVESTS_IN")]
    [InlineData(Interview + "主持人：我们向华川汽车有限公司的客户提问。", "SUPPLIES")]
    [InlineData("据介绍：我们投资5亿元建设的智能工厂项目明年投产。", "INVESTS_IN")]
    public void A_question_or_an_unintroduced_speaker_speaks_for_no_firm(string text, string type) =>
        Assert.Empty(Facts(text, Enum.Parse<RelationType>(type)));

    [Theory]
    // A project named by its output (年产 + a quantity): a stop character inside the product's word (转向节, 方向盘, 双向阀,
    // 在线检测仪) does not cut the name.
    [InlineData("华锐精工有限公司投资建设年产10万套方向盘项目。", "年产10万套方向盘项目")]
    [InlineData("走进华锐精工有限公司，公司年产20万套转向节项目已全面达产。", "年产20万套转向节项目")]
    [InlineData("华锐精工有限公司的年产30万件双向阀项目落户园区。", "年产30万件双向阀项目")]
    [InlineData("华锐精工有限公司投资2亿元建设年产8000台在线检测仪项目。", "年产8000台在线检测仪项目")]
    [InlineData("华锐精工有限公司年加工5万吨导向套项目正式开工。", "年加工5万吨导向套项目")]
    public void An_output_opens_the_project_name_across_stop_characters(string text, string expected) =>
        Assert.Contains(expected, Projects(text));

    [Theory]
    [InlineData("企业年产值20亿元，向新能源项目倾斜。")]
    [InlineData("年产20万套，转向节项目另行安排。")]
    [InlineData("去年产量增长，向储能项目转型。")]
    [InlineData("全年产出稳定，向外地项目供货。")]
    [InlineData("年产能向储能项目集中。")]
    public void No_output_no_project_from_it(string text) =>
        Assert.DoesNotContain(Projects(text), p => p.StartsWith("年产", StringComparison.Ordinal) || p.Contains('，'));

    [Theory]
    // A given name that is also a place's short form (永福, 海宁, 金华, 永康), right after a title and a surname, is the name.
    [InlineData("广西贵港市举行签约仪式。公司总经理覃永福说，订单已经排到明年。", "覃永福", "贵港市|广西壮族自治区")]
    [InlineData("浙江省举行签约仪式。永康市副市长陈海宁出席。", "陈海宁", "永康市|浙江省")]
    [InlineData("浙江省举行签约仪式。华锐精工有限公司董事长林金华表示，将扩大投资。", "林金华", "浙江省")]
    [InlineData("浙江省举行签约仪式。华锐精工有限公司总经理王永康介绍了项目。", "王永康", "浙江省")]
    [InlineData("浙江省湖州市举行签约仪式。华锐精工有限公司副总经理沈长兴告诉记者，产能翻番。", "沈长兴", "浙江省|湖州市")]
    public void A_given_name_that_is_a_place_after_a_title_is_a_person(string text, string person, string places)
    {
        Assert.Contains(Run(text).Mentions, m => m.Label == NodeLabel.Official && m.Surface == person);
        Assert.Equal(places.Split('|').Order(StringComparer.Ordinal), DistrictNames(text));
    }

    [Theory]
    // Without a surname between them, a title and a place stay a place (副市长到永康, 总经理在金华).
    [InlineData("浙江省举行签约仪式。副市长到永康调研企业。", "永康市")]
    [InlineData("浙江省举行签约仪式。总经理在金华考察市场。", "金华市")]
    [InlineData("浙江省举行签约仪式。董事长回到海宁老家。", "海宁市")]
    [InlineData("浙江省举行签约仪式。局长赴长兴调研。", "长兴县")]
    [InlineData("浙江省举行签约仪式。常务副县长带队前往德清。", "德清县")]
    public void A_place_after_a_title_without_a_surname_stays_a_place(string text, string place) =>
        Assert.Contains(place, DistrictNames(text));

    [Theory]
    // A zone, a period or a batch before kind words (重点, 重大, 省级) names the projects of that period, not one project.
    [InlineData("9月18日上午，沧州经济开发区2026年第三季度重点项目集中签约仪式举行。")]
    [InlineData("嘉兴高新区2026年一季度重大项目集中开工。")]
    [InlineData("全市上半年重点项目建设推进会召开。")]
    [InlineData("嘉兴市第二批省重点建设项目名单公布。")]
    [InlineData("南湖区2026年度市级重点项目集中签约。")]
    public void A_period_and_kind_words_name_no_project(string text) =>
        Assert.Empty(Projects(text));

    [Theory]
    // A period before a project's own words leaves it a project.
    [InlineData("嘉兴市2026年新能源汽车零部件产业园项目开工。", "新能源汽车零部件产业园项目")]
    [InlineData("沧州经济开发区2026年储能电池产业化项目签约。", "储能电池产业化项目")]
    [InlineData("全市上半年开工的华锐精密轴承项目进展顺利。", "华锐精密轴承项目")]
    [InlineData("华锐精工有限公司投资建设年产20万套转向节项目。", "年产20万套转向节项目")]
    [InlineData("嘉兴市2026年第三季度开工的智能网联汽车测试场项目进展顺利。", "智能网联汽车测试场项目")]
    public void A_period_before_a_named_project_keeps_it(string text, string expected) =>
        Assert.Contains(Projects(text), p => p.EndsWith(expected, StringComparison.Ordinal));
}
