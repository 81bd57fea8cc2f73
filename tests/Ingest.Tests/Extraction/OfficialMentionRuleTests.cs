using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

public class OfficialMentionRuleTests
{
    private static ExtractedDocument Extract(string body) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + body)]).Documents.Single();

    private static string[] Officials(ExtractedDocument document) =>
        [.. document.Mentions.Where(m => m.Label == NodeLabel.Official).Select(m => m.Key)];

    private static string[] Holdings(ExtractedDocument document) =>
        [.. document.Relations.Where(r => r.Type == RelationType.HOLDS_POSITION).Select(r => $"{r.From.Name}>{r.To.Label}:{r.To.Name}")];

    [Theory]
    // seeds/001 and seeds/003.
    [InlineData("市政协主席陈利众主持会议并讲话,副主席薛佳平、戴颖、盛付祥、徐勇、俞红平、王碎社等参加会议。", "陈利众|薛佳平|戴颖|盛付祥|徐勇|俞红平|王碎社")]
    [InlineData("区政协主席、党组书记武曜云出席会议并讲话,区领导张杰、孙薇、张芳军、陈媚婷、吴卫东、施寒祥参加。", "武曜云|张杰|孙薇|张芳军|陈媚婷|吴卫东|施寒祥")]
    public void Title_list_yields_one_official_each(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Officials(Extract(sentence)));

    [Theory]
    // seeds/003, seeds/004.
    [InlineData("南湖区委书记陈群伟表示,新能源产业是朝阳产业。", "陈群伟>Organization:南湖区委")]
    [InlineData("“为乡村振兴注入更多金融活水。”平湖农商银行党委书记陈志军表示。", "陈志军>Organization:平湖农商银行")]
    [InlineData("在新项目开工现场,徐贞习向津上精密机床(浙江)有限公司董事长唐东雷道出了自己的感谢。", "唐东雷>Enterprise:津上精密机床(浙江)有限公司")]
    [InlineData("“让大家潜移默化中植入共治共享的理念。”当湖街道总工会 挂职副主席范海珠说。", "范海珠>Organization:当湖街道总工会")]
    public void Body_or_company_before_the_title_holds_the_position(string sentence, string expected) =>
        Assert.Equal([expected], Holdings(Extract(sentence)));

    [Fact]
    public void Deputy_in_the_same_sentence_takes_the_body_of_the_official_before()
    {
        var holdings = Holdings(Extract("市政协主席陈利众主持会议并讲话,副主席薛佳平、戴颖等参加会议。"));
        Assert.Equal(["陈利众>Organization:市政协", "薛佳平>Organization:市政协", "戴颖>Organization:市政协"], holdings);
    }

    [Fact]
    public void Company_reference_points_to_the_company_named_last()
    {
        // seeds/002: the company is named in one sentence, its head introduced as 公司负责人 later.
        var document = Extract("在浙江豫新生态农业科技有限公司生产基地,员工正忙着收割青菜。公司负责人刘刚告诉记者:“我们不施农药化肥。”");
        Assert.Equal(["刘刚>Enterprise:浙江豫新生态农业科技有限公司"], Holdings(document));
    }

    [Fact]
    public void An_unnamed_company_before_the_title_gives_no_position()
    {
        // seeds/000: 运维公司 names no company.
        var document = Extract("“换电即可。”电动三轮车充电升级换电安全治理示范项目运维公司负责人陈旭表示,智能换电全程仅需1分钟。");
        Assert.Contains("陈旭", Officials(document));
        Assert.DoesNotContain(document.Relations, r => r.Type == RelationType.HOLDS_POSITION && r.To.Label == NodeLabel.Organization);
    }

    [Fact]
    public void District_leaders_hold_the_position_in_the_district_the_article_names()
    {
        var document = Extract("南湖区委召开党的建设工作会议。区领导张杰、孙薇参加。");
        Assert.Equal(["张杰>District:南湖区", "孙薇>District:南湖区"], Holdings(document));
    }

    [Fact]
    public void A_title_followed_by_no_name_yields_no_official()
    {
        // seeds/003: 相关负责人 is not followed by a name.
        Assert.Empty(Officials(Extract("“一期项目计划今年6月底投产。”当卓科技相关负责人介绍,一期项目总投资约16亿元。")));
    }
}

public class OfficialHolderTests
{
    private static string[] Holdings(string body) =>
    [
        .. ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + body)]).Documents.Single()
            .Relations.Where(r => r.Type == RelationType.HOLDS_POSITION).Select(r => $"{r.From.Name}>{r.To.Name}"),
    ];

    [Fact]
    public void A_unit_between_the_body_and_the_title_keeps_the_body_as_holder()
    {
        // seeds/003.
        Assert.Contains("王彤洲>嘉兴市知识产权保护中心",
            Holdings("启动仪式后,浙江六和律师事务所高级合伙人许力先、嘉兴市知识产权保护中心综合应用与快速维权部数据知识产权审查员王彤洲作交流。"));
    }

    [Fact]
    public void A_lead_in_before_company_means_the_company_named_before()
    {
        // seeds/001: 正如公司总经理胡鹤兵所说.
        var holdings = Holdings("平湖陈达仓储办公股份有限公司迭代升级产品。正如公司总经理胡鹤兵所说:“我们的设备都是相通的。”");
        Assert.Equal(["胡鹤兵>平湖陈达仓储办公股份有限公司"], holdings);
    }
}

public class ApposedOfficialTests
{
    [Theory]
    // seeds/001 and seeds/003.
    [InlineData("是市委、市政府深入贯彻习近平总书记考察浙江重要讲话精神的举措。", "习近平")]
    [InlineData("习近平总书记指出,有效应对我国人口老龄化。", "习近平")]
    public void Name_before_a_title_with_no_name_after_is_an_official(string sentence, string expected)
    {
        var document = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + sentence)]).Documents.Single();
        var official = Assert.Single(document.Mentions, m => m.Label == NodeLabel.Official);
        Assert.Equal(expected, official.Key);
        Assert.Equal(OfficialMentionRule.NameTitleRule, official.Rule);
    }

    [Fact]
    public void A_word_before_a_title_is_not_a_name()
    {
        // seeds/003: 当卓科技相关负责人介绍 — 关负责 is no name.
        var document = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n“一期项目计划今年6月底投产。”当卓科技相关负责人介绍,一期项目总投资约16亿元。")]).Documents.Single();
        Assert.DoesNotContain(document.Mentions, m => m.Label == NodeLabel.Official);
    }
}
