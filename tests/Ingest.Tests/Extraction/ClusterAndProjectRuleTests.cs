using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

public class ClusterAndProjectRuleTests
{
    private static ExtractedDocument Extract(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)]).Documents.Single();

    private static List<string> Keys(string text, NodeLabel label) =>
        Extract(text).Mentions.Where(m => m.Label == label).Select(m => m.Key).Distinct().ToList();

    private static List<(string From, string To)> Relations(string text, RelationType type) =>
        Extract(text).Relations.Where(r => r.Type == type).Select(r => (r.From.Name, r.To.Name)).Distinct().ToList();

    [Theory]
    [InlineData("全国35个集群入选;浙江新增4个,分别是浙东工业母机集群、环杭州湾现代纺织服装集群、金台丘陵山区农机装备集群和长三角(含江西)大飞机集群。",
        "浙东工业母机集群|环杭州湾现代纺织服装集群|金台丘陵山区农机装备集群|长三角(含江西)大飞机集群")]
    [InlineData("海盐县金属切削工具产业集群以高效精密切削工具为主导,汇聚欣兴工具、恒锋工具等龙头企业。", "海盐县金属切削工具产业集群")]
    public void Each_list_item_and_anchored_name_is_a_cluster(string sentence, string expected) =>
        Assert.Equal(expected.Split('|').Order(), Keys(sentence, NodeLabel.Cluster).Order());

    [Theory]
    [InlineData("新晋上榜的国家先进制造业集群呈现出更明显的跨行政区域特点。")]
    [InlineData("而更高技术含量的集群,更有望迈向世界级产业集群。")]
    [InlineData("企业横向联动发力推动特色产业成链集群发展。")]
    [InlineData("一批项目的签约，为湖北新能源汽车产业链延链补链注入了新的动能。")]
    [InlineData("疫情给长三角汽车产业链带来了不小的冲击。")]
    [InlineData("在四川绵阳，绵阳高新技术产业开发区今年新引进项目12个。")]
    [InlineData("一个千亿级的储能产业集群已经在合肥初现雏形。")]
    public void Generic_cluster_words_are_not_clusters(string sentence) =>
        Assert.Empty(Keys(sentence, NodeLabel.Cluster));

    [Theory]
    [InlineData("合肥市加快打造新能源汽车产业集群。", "新能源汽车产业集群")]
    [InlineData("近年来，临海市着力培育壮大轨道交通产业集群。", "轨道交通产业集群")]
    public void A_cluster_a_place_builds_needs_no_place_in_its_name(string sentence, string expected) =>
        Assert.Equal([expected], Keys(sentence, NodeLabel.Cluster));

    [Theory]
    [InlineData("江城锂电被列为武汉市新能源与智能网联汽车产业集群链主企业。", "武汉市新能源与智能网联汽车产业集群")]
    [InlineData("临江市纺织和服装产业集群去年产值突破千亿元。", "临江市纺织和服装产业集群")]
    [InlineData("合肥市加快打造新能源和智能网联汽车产业集群。", "新能源和智能网联汽车产业集群")]
    [InlineData("苏州市电子信息及软件产业集群入选国家级名单。", "苏州市电子信息及软件产业集群")]
    [InlineData("今年，常州市智能装备与工业机器人产业集群新增规上企业20家。", "常州市智能装备与工业机器人产业集群")]
    public void Two_trades_joined_by_yu_he_ji_share_one_cluster_name(string sentence, string expected) =>
        Assert.Equal([expected], Keys(sentence, NodeLabel.Cluster));

    [Theory]
    [InlineData("华锐精工和智能网联汽车产业集群的企业签订了合作协议。", "华锐精工")]
    [InlineData("市领导与常州市新能源汽车产业集群的企业代表座谈。", "市领导")]
    public void A_firm_or_person_before_the_joiner_is_not_a_trade_of_the_name(string sentence, string notInName) =>
        Assert.DoesNotContain(Keys(sentence, NodeLabel.Cluster), k => k.Contains(notInName, StringComparison.Ordinal));

    [Fact]
    public void One_industry_at_two_scales_of_one_place_is_one_cluster()
    {
        var keys = Keys("杭州市智能装备千亿产业集群加快成形。截至目前，萧山区智能装备产业共有规模以上企业40家。杭州智能装备产业链不断延伸。", NodeLabel.Cluster);
        Assert.Equal(["杭州市智能装备千亿产业集群"], keys);
    }

    [Fact]
    public void Short_form_names_the_longer_cluster_of_the_article()
    {
        var keys = Keys("2026年度浙江省中小企业特色产业集群名单公布,我市秀洲汽车智能配饰、平湖机器人关节零部件两大产业集群入选。"
            + "平湖机器人关节零部件中小企业特色产业集群,是浙江省机器人及数控机床产业集群核心区。", NodeLabel.Cluster);
        Assert.Contains("平湖机器人关节零部件中小企业特色产业集群", keys);
        Assert.DoesNotContain("平湖机器人关节零部件产业集群", keys);
        Assert.Contains("秀洲汽车智能配饰产业集群", keys);
    }

    [Theory]
    [InlineData("6月5日,总投资1.1亿元的致丰能源集团电力设备生产项目落地,推动区域电力装备产业链提质扩容。", "致丰能源集团电力设备生产项目")]
    [InlineData("这几天,公司拿地28.3亩,开工了半导体特气柜及机床辅件建设项目。", "半导体特气柜及机床辅件建设项目")]
    [InlineData("秀洲区在洪合镇试点电动三轮车充电升级换电安全治理示范项目。", "电动三轮车充电升级换电安全治理示范项目")]
    [InlineData("昨天上午,总投资超百亿元的当卓科技年产60GWh新型电池电芯、模组项目签约落户南湖湘家荡区域。", "当卓科技年产60GWh新型电池电芯、模组项目")]
    [InlineData("星河电机正在临江加紧建设年产30万台套新能源驱动电机和电控系统项目。", "年产30万台套新能源驱动电机和电控系统项目")]
    [InlineData("去年,云帆投入200万元实施智能化生产改造项目。", "智能化生产改造项目")]
    [InlineData("此次签约的高端轻量化铝合金副车架三期项目投资20亿元。", "高端轻量化铝合金副车架三期项目")]
    [InlineData("星河汽车华东生产基地零部件园区建设项目正式启动。", "星河汽车华东生产基地零部件园区建设项目")]
    [InlineData("园区内智能装备电子信息产业集聚区的一期工程已完成竣工验收，该集聚区由华锐实业投资建设。", "智能装备电子信息产业集聚区")]
    [InlineData("临江区内精密传感器产业集聚区由云帆实业投资建设。", "精密传感器产业集聚区")]
    [InlineData("3月9日，临江市市长带队走访星河储能集团有限公司，调研星河年产20万套隔膜生产基地项目建设进展。", "星河年产20万套隔膜生产基地项目")]
    [InlineData("省考察组一行考察云帆年产5万台伺服电机智能制造项目，听取企业汇报。", "云帆年产5万台伺服电机智能制造项目")]
    [InlineData("副省长先后视察了华锐新材料产业园项目和临江港区二期工程。", "华锐新材料产业园项目")]
    [InlineData("在施工现场，区委书记详细察看青禾高端轴承扩产项目的建设情况。", "青禾高端轴承扩产项目")]
    [InlineData("市领导督导鹤川数字经济产业园项目推进情况。", "鹤川数字经济产业园项目")]
    [InlineData("星河锂能宣布，将追加投资30亿元建设三期正极材料项目。", "三期正极材料项目")]
    [InlineData("云帆光电计划投资15亿元建设Mini LED显示模组项目。", "Mini LED显示模组项目")]
    [InlineData("汉襄轴承追加投资3亿元，扩建高端轴承生产线项目。", "高端轴承生产线项目")]
    [InlineData("云帆电子今年将扩建新能源电池模组项目。", "新能源电池模组项目")]
    [InlineData("到了2010年，临江码头扩建工程需要用地。", "临江码头扩建工程")]
    [InlineData("星河国际机场扩建工程正式开工。", "星河国际机场扩建工程")]
    [InlineData("金陵智造投资建设滁州智能制造基地项目，总投资18亿元。", "滁州智能制造基地项目")]
    [InlineData("芜湖智能制造基地项目昨天开工。", "芜湖智能制造基地项目")]
    [InlineData("华锐线缆中标风电场集电线路电缆采购项目，中标金额1.6亿元。", "风电场集电线路电缆采购项目")]
    [InlineData("凯程客车成功中标宁远市2026年度公交车采购项目。", "宁远市2026年度公交车采购项目")]
    [InlineData("云帆环境中选临江市污水处理厂提标改造工程。", "临江市污水处理厂提标改造工程")]
    [InlineData("副市长王海明宣布临江新材料产业园项目开工。", "临江新材料产业园项目")]
    [InlineData("市委书记宣布星河储能电站工程正式开工。", "星河储能电站工程")]
    public void Project_name_starts_after_the_boundary_word(string sentence, string expected) =>
        Assert.Equal([expected], Keys(sentence, NodeLabel.Project));

    [Theory]
    [InlineData("今年南湖区又签约一批重大产业项目。")]
    [InlineData("全区招引落地亿元以上项目42个。")]
    [InlineData("2025年新增国家先进智能工厂2家、省未来工厂5家。")]
    [InlineData("全市已有项目被纳入年度工业投资（技术改造）项目计划库。")]
    [InlineData("企业持续推进智能化改造项目。")]
    [InlineData("企业正在推进智能制造基地项目。")]
    [InlineData("扩建项目进展顺利。")]
    [InlineData("滁州重大项目集中开工。")]
    [InlineData("星河区集中力量建设集成电路集聚区。")]
    [InlineData("此次签约将为临江打造新能源汽车产业集聚区注入新的动力。")]
    [InlineData("临江市委副书记、市长周明远宣布项目开工。")]
    [InlineData("区长宣布项目正式开工。")]
    [InlineData("星河电缆今年的中标项目超过30个。")]
    public void Kinds_of_project_are_not_projects(string sentence) =>
        Assert.Empty(Keys(sentence, NodeLabel.Project));

    [Fact]
    public void Phase_references_name_the_projects_of_the_article()
    {
        var mentions = Extract("位于湘家荡区域的当卓一期工厂正在紧张建设中。一期项目总投资约16亿元,用地面积约150亩。")
            .Mentions.Where(m => m.Label == NodeLabel.Project).ToList();
        Assert.All(mentions, m => Assert.Equal("当卓一期工厂", m.Key));
        Assert.Contains(mentions, m => m.Surface == "一期项目");
    }

    [Theory]
    [InlineData("青禾智造年产30万套减速机生产基地项目在鹤川经开区开工。该项目总投资12亿元。", "该项目")]
    [InlineData("位于鹤川经开区的宁澜电子二期工厂正在紧张建设中。二期项目总投资约8亿元,用地面积约120亩。", "二期项目")]
    public void A_reference_to_a_project_is_evidence_of_it_but_not_one_of_its_names(string text, string reference)
    {
        var graph = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)]).Graphs.Single();
        var referred = Extract(text).Mentions.Single(m => m.Label == NodeLabel.Project && m.Surface == reference);
        var project = graph.Entities.Single(e => e.Label == NodeLabel.Project);
        Assert.Equal(project.Name, referred.Key);
        Assert.DoesNotContain(reference, project.Aliases);
        Assert.Contains(project.Evidence, e => e.Sentence.Contains(reference, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("年初,霞智科技具身智能商业清洁机器人项目、具身移动机器人制造中心等项目相继签约落户。", "霞智科技", "霞智科技具身智能商业清洁机器人项目")]
    [InlineData("6月5日,总投资1.1亿元的致丰能源集团电力设备生产项目落地。", "致丰能源集团", "致丰能源集团电力设备生产项目")]
    public void Firm_at_the_head_of_a_project_name_invests_in_it(string sentence, string investor, string project) =>
        Assert.Contains((investor, project), Relations(sentence, RelationType.INVESTS_IN));

    [Fact]
    public void Firm_of_the_clause_invests_in_the_project_it_starts()
    {
        var relations = Extract("这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的,因为公司拿地28.3亩,开工了半导体特气柜及机床辅件建设项目。")
            .Relations.Where(r => r.Type == RelationType.INVESTS_IN).ToList();
        Assert.Equal([("嘉兴亮锐精密机械股份有限公司", "半导体特气柜及机床辅件建设项目")], relations.Select(r => (r.From.Name, r.To.Name)).Distinct());
        Assert.Contains(relations, r => r.Attributes.GetValueOrDefault("land") == "28.3亩");
    }

    [Fact]
    public void Total_investment_is_the_amount_of_the_projects_investor()
    {
        var relation = Extract("6月5日,总投资1.1亿元的致丰能源集团电力设备生产项目落地。")
            .Relations.Single(r => r.Type == RelationType.INVESTS_IN && r.Rule == "invests-in.total-investment");
        Assert.Equal("1.1亿元", relation.Attributes["amount"]);
    }

    [Fact]
    public void Subsidiary_named_after_its_parent_and_a_subsidiary_word()
    {
        Assert.Equal([("浙江金连接医疗器械有限公司", "浙江金连接科技股份有限公司")],
            Relations("6月30日,浙江金连接科技股份有限公司全资子公司——浙江金连接医疗器械有限公司,成功摘得嘉兴经开区嘉北街道21.53亩工业用地。", RelationType.SUBSIDIARY_OF));
    }

    [Fact]
    public void Firms_a_cluster_gathers_are_its_members()
    {
        var members = Relations("海盐县金属切削工具产业集群以高效精密切削工具为主导,汇聚欣兴工具、恒锋工具等龙头企业。", RelationType.MEMBER_OF);
        Assert.Equal([("恒锋工具", "海盐县金属切削工具产业集群"), ("欣兴工具", "海盐县金属切削工具产业集群")], members.Order().ToList());
    }

    [Fact]
    public void Firms_an_article_about_one_cluster_describes_are_implied_members_but_not_its_customers_or_firms_from_elsewhere()
    {
        var relations = Extract("近年来，临江市阀门产业集群发展迅速。临江市华锐精工机械有限公司今年产值增长三成。"
                + "西安北辰电子有限公司也在考察当地市场。华锐精工为星河汽车股份有限公司配套阀体。")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).ToList();
        var member = Assert.Single(relations);
        Assert.Equal(("临江市华锐精工机械有限公司", "临江市阀门产业集群"), (member.From.Name, member.To.Name));
        Assert.Equal("implied", member.Attributes["basis"]);
        Assert.Equal(ClusterImpliedMemberRule.ArticleRule, member.Rule);
    }

    [Theory]
    [InlineData("临江市东岳泵业有限公司表示，将学习临江市阀门产业集群的经验。")]
    [InlineData("临江市东岳泵业有限公司计划明年进入临江市阀门产业集群。")]
    [InlineData("与临江市阀门产业集群相比，临江市东岳泵业有限公司所在的园区起步较晚。")]
    [InlineData("临江市东岳泵业有限公司对标临江市阀门产业集群，加快数字化改造。")]
    [InlineData("临江市东岳泵业有限公司与临江市阀门产业集群的多家企业开展合作。")]
    public void A_firm_the_clusters_own_sentence_does_not_state_as_member_is_not_an_implied_one(string sentence) =>
        Assert.Empty(Relations("近年来，临江市的制造业发展迅速。" + sentence, RelationType.MEMBER_OF));

    [Fact]
    public void The_sentence_naming_the_cluster_leaves_its_firms_to_the_patterns_and_the_sentences_after_imply_membership()
    {
        var relations = Extract("临江市东岳泵业有限公司表示，将学习临江市阀门产业集群的经验。临江市华锐精工机械有限公司今年产值增长三成。")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).ToList();
        var member = Assert.Single(relations);
        Assert.Equal(("临江市华锐精工机械有限公司", ClusterImpliedMemberRule.ArticleRule), (member.From.Name, member.Rule));
    }

    [Fact]
    public void A_customer_the_article_gives_as_its_example_is_still_an_implied_member()
    {
        var relations = Extract("近年来，临江市阀门产业集群发展迅速。以临江市华宇海工有限公司(以下简称“华宇海工”)为例，今年产值增长三成。"
                + "华宇海工有两艘船的分段由临江市华锐精工机械有限公司承建。东海市星河汽车股份有限公司的阀体也由华锐精工供应。")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From.Name).Order().ToList();
        Assert.Equal(["临江市华宇海工有限公司", "临江市华锐精工机械有限公司"], relations);
    }

    [Theory]
    // a local carmaker the cluster's suppliers serve is one of the car cluster's firms
    [InlineData("临江市汽车产业集群", "临江市星河汽车有限公司", true)]
    // a carmaker from elsewhere is an outside buyer
    [InlineData("临江市汽车产业集群", "东海市星河汽车有限公司", false)]
    // a local customer of another trade is an outside buyer too
    [InlineData("临江市汽车产业集群", "临江市星河家电有限公司", false)]
    // a cluster of suppliers (配套) holds the firms that serve the maker, not the maker
    [InlineData("临江市汽车配套产业集群", "临江市星河汽车有限公司", false)]
    public void A_customer_is_an_implied_member_only_when_it_makes_what_the_cluster_makes_in_its_place(string cluster, string customer, bool member)
    {
        var relations = Extract($"近年来，{cluster}发展迅速。临江市华锐精工机械有限公司今年产值增长三成。华锐精工为{customer}配套座椅。")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From.Name).ToList();
        Assert.Contains("临江市华锐精工机械有限公司", relations);
        Assert.Equal(member, relations.Contains(customer));
    }

    [Theory]
    // the province of a registered name holds the cluster, and the article places the firm nowhere else
    [InlineData("白山市阀门产业集群", "吉林岚岳阀门有限公司今年产值增长三成。", true)]
    // placed in a county of the cluster's city
    [InlineData("白山市阀门产业集群", "临江市的吉林岚岳阀门有限公司今年产值增长三成。", true)]
    // placed in the cluster's own county
    [InlineData("临江市阀门产业集群", "临江市的吉林岚岳阀门有限公司今年产值增长三成。", true)]
    // placed in another city of the same province: the province in its name makes it no member
    [InlineData("临江市阀门产业集群", "长春市的吉林岚岳阀门有限公司今年产值增长三成。", false)]
    [InlineData("白山市阀门产业集群", "远在长春市的吉林岚岳阀门有限公司也在扩产。", false)]
    // placed in a neighbouring county of the same city
    [InlineData("临江市阀门产业集群", "抚松县的吉林岚岳阀门有限公司今年产值增长三成。", false)]
    public void A_firm_the_article_places_outside_the_clusters_place_is_no_implied_member_whatever_province_its_name_carries(
        string cluster, string sentence, bool member)
    {
        var relations = Extract($"近年来，{cluster}发展迅速。{sentence}")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From.Name).ToList();
        Assert.Equal(member, relations.Contains("吉林岚岳阀门有限公司"));
    }

    [Theory]
    // honoured at a customer's supplier meeting, placed by nothing but its name's province: it came from anywhere
    [InlineData("吉林岚岳阀门有限公司", false)]
    // placed in the cluster's city by the article, or by its name
    [InlineData("白山市的吉林岚岳阀门有限公司", true)]
    [InlineData("白山岚岳阀门有限公司", true)]
    public void A_supplier_honoured_at_a_customers_meeting_is_an_implied_member_only_when_placed_in_the_clusters_place(string honoured, bool member)
    {
        var name = honoured.Replace("白山市的", "", StringComparison.Ordinal);
        var relations = Extract($"近年来，白山市阀门产业集群发展迅速。白山市星河泵业有限公司召开2026年度供应商大会。会上，{honoured}获评“优秀供应商”。"
                + "白山市华锐精工机械有限公司今年产值增长三成。").Relations;
        Assert.Contains(relations, r => r.Type == RelationType.SUPPLIES && (r.From.Name, r.To.Name) == (name, "白山市星河泵业有限公司"));
        var members = relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => r.From.Name).ToList();
        Assert.Contains("白山市华锐精工机械有限公司", members);
        Assert.Equal(member, members.Contains(name));
    }

    [Fact]
    public void A_paragraph_naming_one_cluster_heads_the_firms_of_the_paragraphs_after_it()
    {
        var relations = Extract("临江市阀门产业集群和东海市纺织产业集群双双入选。\n\n今年，东海市还参与了东海市纺织产业集群的申报。\n\n"
                + "在东海市，东海市星河纺织有限公司的车间里机器轰鸣。")
            .Relations.Where(r => r.Type == RelationType.MEMBER_OF).Select(r => (r.From.Name, r.To.Name)).ToList();
        Assert.Equal([("东海市星河纺织有限公司", "东海市纺织产业集群")], relations);
    }

    [Fact]
    public void Core_area_of_a_larger_cluster_is_part_of_it()
    {
        var parts = Relations("平湖机器人关节零部件中小企业特色产业集群,是浙江省机器人及数控机床产业集群核心区、浙东工业母机国家先进制造业集群的重要组成板块。", RelationType.PART_OF);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal("平湖机器人关节零部件中小企业特色产业集群", p.From));
    }
}
