using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>Events by trigger, on invented sentences (names made up): kind, date, status, participants and roles.</summary>
public class EventRuleTests
{
    private static readonly DateOnly Published = new(2026, 7, 4);

    private static DocumentGraph Extract(string body, DateOnly? published = null) =>
        ExtractionPipeline.CreateDefault(published ?? Published)
            .Run([SourceDocument.FromText("t.txt", "本地新闻\n\n" + body + "\n")]).Graphs.Single();

    private static (Entity Event, List<(string Name, string? Role)> Participants) Single(DocumentGraph graph, string kind)
    {
        var e = Assert.Single(graph.Entities, x => x.Label == NodeLabel.Event && x.Attributes["kind"] == kind);
        var names = graph.Entities.ToDictionary(x => x.Id, x => x.Name);
        var participants = graph.Relations
            .Where(r => r.Type == RelationType.PARTICIPATES_IN && r.ToId == e.Id)
            .Select(r => (names[r.FromId], r.Attributes.GetValueOrDefault("role")))
            .ToList();
        return (e, participants);
    }

    [Theory]
    [InlineData("昨天上午,杭州星禾新材料有限公司年产5万吨新材料项目签约落户。", "signing", "2026-07-03", "杭州星禾新材料有限公司")]
    [InlineData("6月28日,苏州明川精密机械有限公司与宿迁市人民政府签署投资协议。", "signing", "2026-06-28", "苏州明川精密机械有限公司")]
    [InlineData("今年3月,湖州青岚电子科技有限公司智能传感器项目正式开工。", "groundbreaking", "2026-03", "湖州青岚电子科技有限公司")]
    [InlineData("去年12月,绍兴云帆汽车部件有限公司新工厂建成投产。", "production-start", "2025-12", "绍兴云帆汽车部件有限公司")]
    [InlineData("日前,宁波海曜机器人有限公司成功竞得一宗45亩工业用地。", "land-deal", "2026-07", "宁波海曜机器人有限公司")]
    [InlineData("近日,衢州瑞拓新能源科技有限公司成功入选2026年度省级专精特新企业名单。", "list", "2026-07", "衢州瑞拓新能源科技有限公司")]
    public void A_dated_trigger_makes_an_event_of_its_kind_with_its_actor(string sentence, string kind, string dateIso, string participant)
    {
        var (e, participants) = Single(Extract(sentence), kind);
        Assert.Equal(dateIso, e.Attributes["dateIso"]);
        Assert.Contains(participants, p => p.Name == participant);
        Assert.StartsWith("event.", Assert.Single(e.Evidence.Select(x => x.Rule).Distinct()));
    }

    [Fact]
    public void Without_a_publication_date_the_date_stays_as_written()
    {
        var graph = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "本地新闻\n\n昨天上午,杭州星禾新材料有限公司新材料项目签约落户。\n")]).Graphs.Single();
        var (e, _) = Single(graph, "signing");
        Assert.Equal("昨天上午", e.Attributes["date"]);
        Assert.False(e.Attributes.ContainsKey("dateIso"));
    }

    [Fact]
    public void A_plan_is_an_event_with_status_planned()
    {
        var (e, participants) = Single(Extract("湖州青岚电子科技有限公司表示,该项目将于2027年6月建成投产。"), "production-start");
        Assert.Equal("planned", e.Attributes["status"]);
        Assert.Equal("2027-06", e.Attributes["dateIso"]);
        Assert.Contains(participants, p => p.Name == "湖州青岚电子科技有限公司");
    }

    [Fact]
    public void A_trigger_without_date_or_plan_is_no_event()
    {
        var graph = Extract("杭州星禾新材料有限公司的产品投产后供不应求。");
        Assert.DoesNotContain(graph.Entities, x => x.Label == NodeLabel.Event);
    }

    [Fact]
    public void A_meeting_told_again_is_one_event_with_the_officials_of_both_sentences_and_their_roles()
    {
        var graph = Extract("7月2日上午,全市制造业高质量发展推进会召开。市委书记林振华主持会议并讲话,副市长周明远、吴晓峰参加会议。");
        var (e, participants) = Single(graph, "meeting");
        Assert.Equal("全市制造业高质量发展推进会", e.Name);
        Assert.Contains(("林振华", "主持"), participants);
        Assert.Contains(("周明远", "参加"), participants);
        Assert.Contains(("吴晓峰", "参加"), participants);
    }

    [Fact]
    public void Both_sides_of_a_signing_are_signatories()
    {
        var (_, participants) = Single(Extract("6月28日,苏州明川精密机械有限公司与常州恒远新能源有限公司签署战略合作协议。"), "signing");
        Assert.Contains(("苏州明川精密机械有限公司", "签约方"), participants);
        Assert.Contains(("常州恒远新能源有限公司", "签约方"), participants);
    }

    [Fact]
    public void The_same_event_in_two_documents_is_one_node()
    {
        var text = "本地新闻\n\n6月28日,苏州明川精密机械有限公司与常州恒远新能源有限公司签署战略合作协议。\n";
        var graphs = ExtractionPipeline.CreateDefault(Published)
            .Run([SourceDocument.FromText("a.txt", text), SourceDocument.FromText("b.txt", text + "\n（编辑 李某）\n")]).Graphs;
        var ids = graphs.Select(g => Assert.Single(g.Entities, x => x.Label == NodeLabel.Event).Id).ToList();
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void The_event_id_does_not_depend_on_the_order_of_participants_or_the_wording()
    {
        var a = StableId.ForEvent("signing", "2026-06-28", null, ["ent-1", "ent-2"]);
        Assert.Equal(a, StableId.ForEvent("signing", "2026-06-28", null, ["ent-2", "ent-1"]));
        Assert.NotEqual(a, StableId.ForEvent("signing", "2026-06-29", null, ["ent-1", "ent-2"]));
        Assert.NotEqual(a, StableId.ForEvent("meeting", "2026-06-28", null, ["ent-1", "ent-2"]));
    }

    [Fact]
    public void An_event_dated_after_publication_is_planned()
    {
        var (e, _) = Single(Extract("湖州青岚电子科技有限公司智能传感器项目2028年底投产。"), "production-start");
        Assert.Equal("planned", e.Attributes["status"]);
    }

    [Fact]
    public void Places_that_open_a_sentence_about_the_meeting_took_part_in_it()
    {
        var graph = Extract("7月2日上午,全省制造业高质量发展推进会在杭州召开。会上,湖州和衢州作了经验交流。");
        var (_, participants) = Single(graph, "meeting");
        Assert.Contains(participants, p => p.Name.StartsWith("湖州"));
        Assert.Contains(participants, p => p.Name.StartsWith("衢州"));
    }
}
