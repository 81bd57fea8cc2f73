using Graph.Ingest.Places;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Places;

/// <summary>Place recognition on real sentences of the seed pages.</summary>
public sealed class PlaceExtractorTests
{
    private static readonly PlaceExtractor Extractor = new();

    private static PlaceGraph Extract(params string[] paragraphs) =>
        Extractor.Extract(new PageNormalizer().Normalize(SourceDocument.FromText("test.txt", string.Join("\n\n", paragraphs))));

    private static Entity District(PlaceGraph graph, string name) =>
        Assert.Single(graph.Districts, d => d.Name == name);

    private static bool Edge(PlaceGraph graph, string from, string to) =>
        graph.LocatedIn.Any(r => r.FromId == District(graph, from).Id && r.ToId == District(graph, to).Id);

    [Theory]
    // A verb that takes a firm (创办, 注册, 成立) before a bare 公司 or 集团: the place before it is a place of the text.
    [InlineData("2003年在四平市铁东区创办公司，现任公司董事长。", "四平市|铁东区")]
    [InlineData("他在临江市注册公司后开始创业。", "临江市")]
    [InlineData("毕业后他在四平市成立公司，专做换热器。", "四平市")]
    public void A_place_before_a_verb_taking_a_firm_is_a_place(string text, string names)
    {
        var graph = Extract(text);
        foreach (var name in names.Split('|'))
        {
            Assert.NotNull(District(graph, name));
        }
    }

    [Theory]
    // A place that opens a firm's name is still not a place of the text.
    [InlineData("四平市换热器集团加入了协会。", "四平市")]
    [InlineData("他2010年加入宁波市港城集团。", "宁波市")]
    [InlineData("浙江远润轴承有限公司正式成立。", "浙江省")]
    public void A_place_opening_a_firm_s_name_after_a_verb_is_no_place(string text, string name) =>
        Assert.DoesNotContain(Extract(text).Districts, d => d.Name == name);

    [Theory]
    // An autonomous prefecture, county or banner written as its stem and level (红河州, 伊通县) is that division.
    [InlineData("红河州正在打造锡基新材料产业集群。", "红河州", "红河哈尼族彝族自治州")]
    [InlineData("今年以来，延边州新签约项目42个。", "延边州", "延边朝鲜族自治州")]
    [InlineData("这批茶叶来自恩施州的高山茶园。", "恩施州", "恩施土家族苗族自治州")]
    [InlineData("伊通县的企业也参加了展会。", "伊通县", "伊通满族自治县")]
    [InlineData("黔东南州州长出席会议。", "黔东南州", "黔东南苗族侗族自治州")]
    public void An_autonomous_division_written_as_stem_and_level_is_that_division(string text, string surface, string name)
    {
        var district = District(Extract(text), name);
        Assert.Contains(surface, district.Aliases);
    }

    [Theory]
    // A county of that very name keeps it (红河县 is a county of 红河州, not the prefecture).
    [InlineData("他在红河县工作了十年。", "红河县")]
    public void A_county_s_own_name_is_not_taken_by_an_autonomous_prefecture(string text, string name) =>
        Assert.NotNull(District(Extract(text), name));

    [Theory]
    // 平湖 is read as 平湖市 because 曹桥街道 of 平湖市 is named in the same text
    [InlineData("这家扎根平湖曹桥街道的外贸企业,产品远销欧美。", "平湖", "平湖市", "330482")]
    // 濮院 (a town) and 海宁 (a county) resolve under 嘉兴, which the paragraph names
    [InlineData("在嘉兴,更是已经形成了全产业链轻纺集群,拥有海宁皮革、经编,平湖箱包,桐乡毛衫,秀洲织造等特色块状经济。在濮院毛衫、海宁皮革、秀洲织造等集聚区布局实训站点。", "濮院", "濮院镇", "330483101")]
    [InlineData("在嘉兴,更是已经形成了全产业链轻纺集群,拥有海宁皮革、经编,平湖箱包,桐乡毛衫,秀洲织造等特色块状经济。", "海宁", "海宁市", "330481")]
    // a town name shared by many towns is resolved by the district the article names
    [InlineData("昨天上午,在南湖区余新镇金星村,绿康农业的工作人员操作农业无人机给小麦田喷洒混配药剂。", "余新镇", "余新镇", "330402101")]
    public void Short_and_shared_names_resolve_to_the_division_of_the_context(string text, string surface, string name, string code)
    {
        var graph = Extract(text);
        var mention = Assert.Single(graph.Mentions, m => m.Surface == surface);
        Assert.Equal(code, mention.Code);
        var district = District(graph, name);
        Assert.Equal(code, district.Attributes[PlaceHierarchy.CodeAttribute]);
        Assert.Equal(mention.EntityId, district.Id);
        if (surface != name)
        {
            Assert.Contains(surface, district.Aliases);
        }
    }

    [Theory]
    [InlineData("天衡精密在武进投建的新能源汽车底盘件项目，预计明年投产。", "武进", "武进区")]
    [InlineData("天衡精密去年落户武进。", "武进", "武进区")]
    [InlineData("湘源新材扎根武进二十年，专注轴承。", "武进", "武进区")]
    [InlineData("凯程阀门位于萧山，产品远销海外。", "萧山", "萧山区")]
    [InlineData("凯程阀门的总部位于萧山。", "萧山", "萧山区")]
    public void A_county_short_form_only_one_county_has_is_a_place_after_a_locative_or_settling_verb(string text, string surface, string name)
    {
        var graph = Extract(text);
        var mention = Assert.Single(graph.Mentions, m => m.Surface == surface);
        Assert.Equal(District(graph, name).Id, mention.EntityId);
    }

    [Theory]
    [InlineData("武进的天衡精密今年产值增长。", "武进区")]
    [InlineData("在和平年代，创新同样需要勇气。", "和平区")]
    [InlineData("凯程阀门落户长安。", "长安区")]
    [InlineData("虎门的服装企业订单饱满。", "虎门镇")]
    [InlineData("从德国北部到南部，他们走访了多位老客户。", "南部县")]
    [InlineData("在合作中，双方建立了信任。", "合作市")]
    [InlineData("誉成模具落户松山湖。", "松山湖")]
    public void Without_a_locative_or_with_several_places_of_the_name_a_short_form_needs_its_context(string text, string absent) =>
        Assert.DoesNotContain(Extract(text).Districts, d => d.Name == absent);

    [Theory]
    [InlineData("东莞松山湖的誉成模具今年产值增长。", "松山湖", "东莞市")]
    [InlineData("东莞虎门的服装企业订单饱满。", "虎门镇", "东莞市")]
    [InlineData("在东莞塘厦，模具企业正在抱团发展。", "塘厦镇", "东莞市")]
    public void A_town_of_a_city_without_counties_resolves_when_its_city_is_named(string text, string town, string city) =>
        Assert.True(Edge(Extract(text), town, city));

    [Fact]
    public void A_short_name_without_context_is_left_unresolved_and_explained()
    {
        // 南湖 alone is a lake, a district of 嘉兴 or one of several streets: no guess
        var alone = Extract("本报讯 七月的南湖,红荷绽放,生机盎然。");
        Assert.Empty(alone.Districts);
        Assert.Contains(alone.Unresolved, u => u.StartsWith("南湖", StringComparison.Ordinal));

        var inContext = Extract("本报讯 七月的南湖,红荷绽放,生机盎然。", "嘉兴和海宁相关做法在会上作经验交流。");
        Assert.Equal("330402", District(inContext, "南湖区").Attributes[PlaceHierarchy.CodeAttribute]);
    }

    [Fact]
    public void A_town_name_shared_by_equally_likely_towns_stays_unresolved()
    {
        var graph = Extract("新丰镇、解放街道政协联络室,科技界别、经济界别相关负责人分别作交流发言。");
        Assert.True(graph.Unresolved.Any(u => u.StartsWith("新丰镇", StringComparison.Ordinal) && u.Contains("equally likely", StringComparison.Ordinal)), string.Join("\n", graph.Unresolved));
        Assert.False(District(graph, "新丰镇").Attributes.ContainsKey(PlaceHierarchy.CodeAttribute));

        // the same sentence on its page resolves: the page names 南湖
        var page = Extractor.Extract(new PageNormalizer().Normalize(SeedPages.Page(3)));
        Assert.Contains(page.Districts, d => d.Name == "新丰镇" && d.Attributes.GetValueOrDefault("code") == "330402103");
    }

    [Theory]
    [InlineData("这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的。", "平湖经济技术开发区", "平湖市")]
    [InlineData("作为嘉善县工业经济的“主战场”,嘉善经济技术开发区不断深化体制机制改革。", "嘉善经济技术开发区", "嘉善县")]
    [InlineData("本报讯 6月30日,浙江金连接医疗器械有限公司成功摘得嘉兴经开区嘉北街道21.53亩工业用地。", "嘉兴经济技术开发区", "嘉兴市")]
    public void Zones_are_located_in_the_division_their_name_gives(string text, string zone, string division)
    {
        // the division is named outside the zone's name too: a place written only inside it is no place of the text
        var graph = Extract(text, $"{division}的企业越来越多。");
        Assert.Equal("zone", District(graph, zone).Attributes[PlaceHierarchy.LevelAttribute]);
        Assert.True(Edge(graph, zone, division));
    }

    [Fact]
    public void A_division_after_a_zone_is_located_in_the_zone_and_in_its_district()
    {
        var graph = Extract("本报讯 6月30日,浙江金连接医疗器械有限公司成功摘得嘉兴经开区嘉北街道21.53亩工业用地。", "秀洲区在全市率先投放智能换电柜。");
        Assert.Contains("嘉兴经开区", District(graph, "嘉兴经济技术开发区").Aliases);
        Assert.True(Edge(graph, "嘉北街道", "嘉兴经济技术开发区"));
        Assert.True(Edge(graph, "嘉北街道", "秀洲区"));
    }

    [Fact]
    public void Hierarchy_edges_go_to_the_nearest_named_ancestor_only()
    {
        var graph = Extractor.Extract(new PageNormalizer().Normalize(SeedPages.Page(3)));
        Assert.True(Edge(graph, "金星村", "余新镇"));
        Assert.True(Edge(graph, "余新镇", "南湖区"));
        Assert.True(Edge(graph, "南湖区", "嘉兴市"));
        Assert.False(Edge(graph, "金星村", "南湖区"));
        Assert.False(Edge(graph, "余新镇", "嘉兴市"));
        Assert.False(Edge(graph, "南湖区", "浙江省"));
        Assert.All(graph.Districts, d => Assert.True(graph.LocatedIn.Count(r => r.FromId == d.Id && r.Attributes[PlaceHierarchy.BasisAttribute] == "gazetteer") <= 1));
    }

    [Theory]
    // the 浙江 of a company name and the 平湖 of a bank are parts of names, not places of the text
    [InlineData("走进浙江百润轴承有限公司,3条专业化生产线正在运转。", "浙江省")]
    [InlineData("平湖农商银行发放嘉兴首笔农业设施抵押贷款", "平湖市")]
    [InlineData("这几天,落户平湖经济技术开发区的嘉兴亮锐精密机械股份有限公司总经理徐贞习心头一直火热的。", "嘉兴市")]
    public void A_place_heading_a_company_name_is_not_emitted(string text, string notExpected)
    {
        var graph = Extract(text);
        Assert.DoesNotContain(graph.Districts, d => d.Name == notExpected);
    }

    [Fact]
    public void Foreign_places_and_regions_are_districts()
    {
        var graph = Extract("今年3月,胡鹤兵带队携经过多次迭代升级的新产品,远赴德国科隆参加全球顶尖的五金展览会。", "第四届长三角社会组织协同发展苏州大会召开。");
        Assert.True(Edge(graph, "科隆", "德国"));
        Assert.Equal("region", District(graph, "长三角").Attributes[PlaceHierarchy.LevelAttribute]);
        Assert.Equal("country", District(graph, "德国").Attributes[PlaceHierarchy.LevelAttribute]);
    }

    [Fact]
    public void Places_inside_a_name_are_found_with_the_document_as_context()
    {
        var context = Extract("在嘉兴,平湖机器人关节零部件中小企业特色产业集群入选。");
        var span = Assert.Single(Extractor.FindPlaces("平湖机器人关节零部件产业集群", context));
        Assert.Equal(("平湖", "平湖市", 0, 2), (span.Surface, span.Name, span.Start, span.End));
    }

    [Fact]
    public void Evidence_points_at_the_original_text()
    {
        var source = SeedPages.Page(0);
        var graph = Extractor.Extract(new PageNormalizer().Normalize(source));
        foreach (var evidence in graph.Districts.SelectMany(d => d.Evidence))
        {
            Assert.Equal(source.Id, evidence.DocumentId);
            Assert.Contains(NameKey.Normalize(source.Text[evidence.Start..evidence.End]), NameKey.Normalize(evidence.Sentence));
            Assert.False(string.IsNullOrEmpty(evidence.Rule));
        }
    }

    [Fact]
    public void China_is_a_place_after_a_locative_and_the_parent_of_the_provinces_named()
    {
        var graph = Extract("新闻", "浙江的这家工厂是外资企业在中国建设的首家标准化工厂。");
        Assert.True(Edge(graph, "浙江省", "中国"));
        Assert.DoesNotContain(Extract("新闻", "浙江是中国外贸的晴雨表。").Districts, d => d.Name == "中国");
    }

    [Fact]
    public void A_name_that_starts_inside_a_weaker_one_and_runs_past_it_wins()
    {
        // 看中东莞: not the region 中东 but the city 东莞; 嘉兴县域: a city's short form is not overridden (no county 兴县)
        var graph = Extract("新闻", "蓝思科技看中东莞完善的电子产业生态，企业落户于此。");
        Assert.Contains(graph.Mentions, m => m.Surface == "东莞");
        Assert.DoesNotContain(graph.Mentions, m => m.Surface == "中东");
        var districts = Extract("新闻", "嘉兴县域产业的突围之路，在于特色集群。").Districts;
        Assert.DoesNotContain(districts, d => d.Name == "兴县");
    }

    [Fact]
    public void A_zone_named_after_its_place_is_read_whole_and_lies_in_it()
    {
        // 工业园 is also a short form in the gazetteer, and 高新技术产业园区 a town of another city: after a place, both are zones
        var graph = Extract("新闻", "嘉兴市海宁皮革工业园、宜宾高新技术产业园区都在招商。", "海宁和宜宾的企业都来了。");
        Assert.True(Edge(graph, "海宁皮革工业园", "海宁市"));
        Assert.True(Edge(graph, "宜宾高新技术产业园区", "宜宾市"));
    }

    [Theory]
    // a place written only inside a zone's name is no place of the text: the zone lies in the nearest place named
    [InlineData("江苏省无锡市的江阴临港船舶工业园去年新落户了多家企业。", "江阴临港船舶工业园", "无锡市", "江阴市")]
    [InlineData("常州（溧阳）光伏产业园又迎来一批项目，常州的光伏产业越来越强。", "常州(溧阳)光伏产业园", "常州市", "溧阳市")]
    [InlineData("常州(溧阳)光伏产业园又迎来一批项目，常州的光伏产业越来越强。", "常州(溧阳)光伏产业园", "常州市", "溧阳市")]
    [InlineData("四川省的宜宾三江汽车产业新城正在加紧建设。", "宜宾三江汽车产业新城", "四川省", "宜宾市")]
    public void A_place_only_inside_a_zone_name_is_not_a_district(string text, string zone, string parent, string absent)
    {
        var graph = Extract("新闻", text);
        Assert.True(graph.Districts.Any(d => d.Name == zone), string.Join("; ", graph.Districts.Select(d => d.Name)));
        Assert.Equal("zone", District(graph, zone).Attributes[PlaceHierarchy.LevelAttribute]);
        Assert.True(Edge(graph, zone, parent), string.Join("; ", graph.LocatedIn.Select(r => $"{r.FromId}->{r.ToId}")));
        Assert.DoesNotContain(graph.Districts, d => d.Name == absent);
    }

    [Theory]
    // a county or city written in full (with 县, 市, 区) before a zone with a name of its own is a place of the text,
    // and the zone lies in it (the zones are invented, the counties real)
    [InlineData("新闻", "来安县汊河经济开发区今年签约了多个项目。", "来安县", "来安汊河经济开发区")]
    [InlineData("新闻", "项目落户在桐庐县青枫岭工业园区，总投资五亿元。", "桐庐县", "桐庐青枫岭工业园区")]
    [InlineData("新闻", "记者走进宿迁市沭阳县云栖港高新区，厂房林立。", "沭阳县", "沭阳云栖港高新技术产业开发区")]
    [InlineData("新闻", "义乌市鹿鸣湾产业园正在招引新材料企业。", "义乌市", "义乌鹿鸣湾产业园")]
    [InlineData("新闻", "该公司的新工厂落在邳州市石榴湾经济开发区。", "邳州市", "邳州石榴湾经济开发区")]
    public void A_division_written_in_full_before_a_zone_of_its_own_name_is_a_place(string title, string text, string place, string zone)
    {
        var graph = Extract(title, text);
        Assert.True(graph.Districts.Any(d => d.Name == place) && graph.Districts.Any(d => d.Name == zone), string.Join("; ", graph.Districts.Select(d => d.Name)));
        Assert.Equal("zone", District(graph, zone).Attributes[PlaceHierarchy.LevelAttribute]);
        Assert.True(Edge(graph, zone, place), string.Join("; ", graph.Districts.Select(d => d.Name)));
    }

    [Theory]
    // ... but not its short form (来安汊河经济开发区), nor a place before a bare or generic zone word, nor a place that
    // opens a firm's name, nor a zone the gazetteer knows whole under a name that starts with the place
    [InlineData("来安汊河经济开发区今年签约了多个项目。", "来安县")]
    [InlineData("江苏省的邳州石榴湾经济开发区正在扩区。", "邳州市")]
    [InlineData("浙江省的义乌市经济开发区正在招引新材料企业。", "义乌市")]
    [InlineData("来安县汊河新材料有限公司今年扩产。", "来安县")]
    [InlineData("桐庐县青枫岭科技有限公司签约落户。", "桐庐县")]
    [InlineData("来安县汊河经济开发区某某公司今年扩产。", "来安县")]
    [InlineData("河北省的高阳县经济开发区又有新项目。", "高阳县")]
    public void A_place_inside_a_zone_or_firm_name_is_not_a_district_of_its_own(string text, string absent)
    {
        var graph = Extract("新闻", text);
        Assert.DoesNotContain(graph.Districts, d => d.Name == absent);
    }

    [Theory]
    // a county-level city written without 市 names itself by the park named after it (no province needed) ...
    [InlineData("如皋滨江船舶工业园去年引进了多家企业。如皋的船企正在抱团发展。", "如皋市", "如皋滨江船舶工业园")]
    [InlineData("记者近日走进丹阳眼镜产业园，看到一派繁忙。丹阳的企业订单饱满。", "丹阳市", "丹阳眼镜产业园")]
    [InlineData("重庆主城的车企越来越多，重庆的配套也跟上了。", "重庆市", "重庆主城")]
    public void A_county_city_short_form_before_its_park_is_a_place(string text, string place, string zone)
    {
        var graph = Extract("新闻", text);
        Assert.True(Edge(graph, zone, place), string.Join("; ", graph.Districts.Select(d => d.Name)));
    }

    [Theory]
    // ... but not when the text is about another province (a park whose name only starts like that county)
    [InlineData("在福建省福州市，溧阳湾新材料产业园正在建设。", "溧阳市")]
    [InlineData("溧阳滨江工业园", "溧阳市")]
    public void A_county_short_form_before_a_park_in_another_province_is_not_a_place(string text, string absent)
    {
        var graph = Extract("新闻", text, "福建省的企业发展很快。");
        Assert.DoesNotContain(graph.Districts, d => d.Name == absent);
    }

    [Fact]
    public void A_park_with_a_name_of_its_own_after_a_place_and_de_lies_in_that_place()
    {
        var graph = Extract("新闻", "记者来到温州市瓯海区的云帆湾光电材料产业园。");
        Assert.True(Edge(graph, "云帆湾光电材料产业园", "瓯海区"));
        // a short or generic name is no park of its own
        Assert.DoesNotContain(Extract("新闻", "温州市瓯海区的绿色产业园和温州市的光电产业园都在招商。").Districts, d => d.Name.EndsWith("产业园", StringComparison.Ordinal));
    }
}
