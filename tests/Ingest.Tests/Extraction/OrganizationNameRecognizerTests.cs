using Graph.Ingest.Extraction;

namespace Graph.Ingest.Tests.Extraction;

public class OrganizationNameRecognizerTests
{
    private readonly OrganizationNameRecognizer _recognizer = new(OfficialLexicons.Default, ExtractionLexicons.Default);

    private string[] Names(string sentence) => [.. _recognizer.Find(sentence, []).Select(s => s.Name)];

    [Theory]
    // Sentences from seeds/000, seeds/002, seeds/003 and seeds/004.
    [InlineData("由市总工会、市委组织部、市委社工部、市人社局、市工商联联合主办", "市总工会|市委组织部|市委社工部|市人社局|市工商联")]
    [InlineData("昨天上午,南湖区委召开党的建设暨党风廉政建设工作会议", "南湖区委")]
    [InlineData("区政协主席、党组书记武曜云出席会议并讲话", "区政协")]
    [InlineData("市委书记仲旭东主持读书班专题学习研讨会并讲话", "市委")]
    [InlineData("市法院院长、市检察院检察长和有关部门主要负责人参加", "市法院|市检察院")]
    public void Abbreviated_bodies_are_names_as_written(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Names(sentence));

    [Theory]
    [InlineData("浙江六和律师事务所高级合伙人许力先、嘉兴市知识产权保护中心综合应用与快速维权部数据知识产权审查员王彤洲",
        "浙江六和律师事务所|嘉兴市知识产权保护中心")]
    [InlineData("嘉兴知联中佳会计师事务所副经理杨小平和宁波银行嘉兴分行代表等专家", "嘉兴知联中佳会计师事务所|宁波银行嘉兴分行")]
    [InlineData("在上海交大平湖智能光电研究院、杭电平湖数字技术创新研究院", "上海交大平湖智能光电研究院|杭电平湖数字技术创新研究院")]
    [InlineData("获得中国绿色食品发展中心认证的绿色食品已达2", "中国绿色食品发展中心")]
    public void Full_names_start_at_the_clause_or_place_and_end_at_the_form(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Names(sentence));

    [Theory]
    // Invented: a body named by its level (市, 县, 区) holds words that are also counties' short forms (资源, 新兴, 和平):
    // the name starts at the level, not at the county.
    [InlineData("宜兴市工信局、市自然资源局负责人参加调研", "宜兴市工信局|市自然资源局")]
    [InlineData("县自然资源局、县林业局有关负责人陪同", "县自然资源局|县林业局")]
    [InlineData("区自然资源和规划局牵头编制方案", "区自然资源和规划局")]
    [InlineData("由市新兴产业促进会承办", "市新兴产业促进会")]
    [InlineData("会同市和平发展基金会开展活动", "市和平发展基金会")]
    [InlineData("资源县自然资源局局长出席", "资源县自然资源局")]
    public void A_body_opening_with_its_level_starts_there(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Names(sentence));

    [Theory]
    [InlineData("南湖区委社会工作部、区司法局", "南湖区委社会工作部|区司法局")]
    [InlineData("区纪委监委有关负责人", "区纪委监委")]
    public void A_body_named_right_after_another_continues_it(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Names(sentence));

    [Theory]
    [InlineData("区政协围绕省政协", "区政协|省政协")]
    [InlineData("嘉兴市金融业联合会组建联合会", "嘉兴市金融业联合会")]
    public void A_verb_between_two_bodies_separates_them(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Names(sentence));

    [Theory]
    [InlineData("市政协建设“同心政协、实干政协、数字政协")]
    [InlineData("南湖相关区、镇、街道、村、社区等部门和湘家荡区域全程跟进")]
    [InlineData("党员干部把学习教育成果转化为推动高质量发展的实际行动")]
    [InlineData("我市各级工会")]
    public void Slogans_generic_references_and_blocked_words_are_not_names(string sentence) =>
        Assert.DoesNotContain(Names(sentence), n => n != "市政协");

    [Fact]
    public void A_name_does_not_run_into_a_span_already_taken()
    {
        const string sentence = "振石集团东方特钢有限公司工会主席";
        Assert.Empty(_recognizer.Find(sentence, [(0, 12)]));
    }
}
