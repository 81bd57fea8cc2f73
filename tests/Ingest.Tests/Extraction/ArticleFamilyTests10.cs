using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-10 (eight more invented articles, written before the changes) showed. Every
/// firm and person name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests10 : ArticleFamily<ArticleFamilyTests10>
{
    [Theory]
    // rarer surnames of the Hundred Family Surnames after a title (surnames.txt)
    [InlineData("临江经济技术开发区党工委书记庹明远出席会议。", "庹明远")]
    [InlineData("星河经开区党工委书记仉文博主持签约仪式。", "仉文博")]
    [InlineData("宁远精工总经理綦海涛介绍，今年订单饱满。", "綦海涛")]
    [InlineData("临江市副市长亓晓梅出席开工仪式。", "亓晓梅")]
    [InlineData("澜屹智能董事长缑立新表示，将继续扩产。", "缑立新")]
    [InlineData("星河区区长笪文华陪同调研。", "笪文华")]
    public void A_rarer_surname_after_a_title_opens_a_name(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // 曾任 cut as 曾|任…: the 任 opens no name, and the brand after it is a firm (office-verbs.txt, glued-function-chars.txt)
    [InlineData("李明曾任砚北科技总经理。", "砚北科技")]
    [InlineData("孙丽曾任澜屹智能董事。", "澜屹智能")]
    [InlineData("吴敏曾任晟澜电器总经理。", "晟澜电器")]
    [InlineData("郑浩曾任煜川新材董事长。", "煜川新材")]
    [InlineData("周强曾任铧岭重工副总经理，后加盟一家新能源企业。", "铧岭重工")]
    [InlineData("她曾任砚岚电器副总经理。", "砚岚电器")]
    public void A_brand_after_a_former_post_verb_is_a_firm_and_no_person(string text, string firm)
    {
        Assert.Contains(firm, Firms(text));
        Assert.DoesNotContain(PersonSpans(text), p => p.StartsWith('任') || p.EndsWith('曾'));
    }

    [Theory]
    // …the name before 曾任 ends before it, however jieba cut it (郑浩曾|任, 甘雨|薇|曾任)
    [InlineData("郑浩曾任煜川新材董事长。", "郑浩")]
    [InlineData("公司聘任甘雨薇为总经理。甘雨薇曾任砚岚电器副总经理。", "甘雨薇")]
    [InlineData("李明曾任砚北科技总经理。", "李明")]
    [InlineData("孙丽曾任澜屹智能董事。", "孙丽")]
    [InlineData("吴敏曾任晟澜电器总经理。", "吴敏")]
    public void A_name_before_a_former_post_verb_ends_before_it(string text, string expected)
    {
        var people = PersonSpans(text);
        Assert.Contains(expected, people);
        Assert.DoesNotContain(people, p => p.Length > expected.Length && p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    // …and a person whose surname is 任, after a title or a list mark, keeps it
    [InlineData("星河精工副总经理任立新表示，产能将翻番。", "任立新")]
    [InlineData("临江市市长任海波出席仪式。", "任海波")]
    [InlineData("会议由宁远精工董事长任晓峰主持。", "任晓峰")]
    [InlineData("出席会议的有市领导张明、任建国等。", "任建国")]
    [InlineData("澜屹智能总经理任文涛介绍，订单已排到明年。", "任文涛")]
    public void A_person_surnamed_ren_after_a_title_is_still_a_person(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    // 原 (former) glued after the trade words (远湃|重卡原|董事长) is no part of the firm, and the former post is none
    [InlineData("远湃重卡原董事长马骁已于上月正式退休。", "远湃重卡原")]
    [InlineData("晟骐重卡原总经理林峰已调任集团副总裁。", "晟骐重卡原")]
    [InlineData("骁驰重卡原董事长刘建国因年龄原因辞职。", "骁驰重卡原")]
    [InlineData("澜屹智能原董事长冯立本因年龄原因辞职。", "澜屹智能原")]
    [InlineData("驰澜电气原董事长施立群已退休。", "驰澜电气原")]
    // …also when jieba cut the trade word across the brand (瑞沁新|材原|董事长: the open trade word 材原 holds the glued 原)
    [InlineData("瑞沁新材原董事长方立群已于去年退休。", "瑞沁新材原")]
    [InlineData("泰沁新材原副总经理石立本已调往外地。", "泰沁新材原")]
    [InlineData("安沁新材原总经理牛立川已于去年离职。", "安沁新材原")]
    [InlineData("华沁新材原董事长邬青山因年龄原因辞职。", "华沁新材原")]
    [InlineData("嘉沁新材原总经理钱沐阳已离开公司。", "嘉沁新材原")]
    public void Former_glued_after_a_firm_is_no_part_of_it_and_holds_nothing(string text, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Firms(text));
        Assert.Empty(Holds(text));
    }

    [Theory]
    // where a firm's headquarters stand (X总部位于, 设在: seat-words.txt) is no project
    [InlineData("澜屹光电总部位于临江经济开发区，主要生产芯片。")]
    [InlineData("晟泰科技总部设在宜宾，在成都设有研发中心。")]
    [InlineData("骁驰汽车总部坐落于长春汽车经济技术开发区。")]
    [InlineData("岚驰电子总部位于蚌埠，主要生产显示玻璃。")]
    [InlineData("星骐新材总部所在地为淄博高新区。")]
    public void A_firms_seat_is_no_project(string text) =>
        Assert.DoesNotContain(Projects(text), p => p.EndsWith("总部", StringComparison.Ordinal));

    [Theory]
    // …but a headquarters being built is a project
    [InlineData("岚驰电子总部项目落户宜宾三江新区，总投资12亿元。", "岚驰电子总部项目")]
    [InlineData("澜屹智能华东总部项目开工建设，总投资5亿元。", "澜屹智能华东总部项目")]
    [InlineData("晟泰科技投资8亿元建设晟泰科技西南总部。", "晟泰科技西南总部")]
    [InlineData("骁驰汽车总部基地项目在长春开工。", "骁驰汽车总部基地项目")]
    [InlineData("会上，星骐新材研发总部项目签约，计划投资3亿元。", "星骐新材研发总部项目")]
    public void A_headquarters_being_built_is_a_project(string text, string expected) =>
        Assert.Contains(Projects(text), p => p.EndsWith(expected, StringComparison.Ordinal));

    [Theory]
    // a season or a time of year after a zone (秋季, 春季, 年底) names the projects of that period, not one
    [InlineData("11月15日，聊城高新技术产业开发区2026年秋季重点项目集中签约仪式举行。")]
    [InlineData("德州经济技术开发区2026年秋季重点项目集中签约仪式举行。")]
    [InlineData("临沂经济技术开发区2026年春季重大项目集中开工。")]
    [InlineData("淄博高新区2026年冬季重点项目集中签约。")]
    [InlineData("宜宾三江新区年底重点项目集中开工仪式举行。")]
    public void A_season_before_kind_words_names_no_project(string text) =>
        Assert.DoesNotContain(Projects(text), p => p.Contains("季", StringComparison.Ordinal) || p.Contains("年底", StringComparison.Ordinal));

    [Theory]
    // a park named by a place word right after the place that owns it: the county's short form said again (修水县|修水|工业园),
    // or a place that does not lie in the place before it (贵港|江南|工业园)
    [InlineData("星河电子有限公司位于修水县修水工业园。", "修水工业园")]
    [InlineData("澜屹智能有限公司位于崇义县崇义工业园。", "崇义工业园")]
    [InlineData("宁远精工有限公司位于丰城市丰城工业园区。", "丰城工业园区")]
    [InlineData("临江机械有限公司位于贵港江南工业园。", "贵港江南工业园")]
    [InlineData("骏岳汽车有限公司位于钦州龙门工业园区。", "钦州龙门工业园区")]
    public void A_park_named_by_a_place_word_is_one_zone(string text, string expected) =>
        Assert.Contains($"{text[..text.IndexOf('有', StringComparison.Ordinal)]}有限公司>{expected}", FactsAndPlaceEdges(text, RelationType.LOCATED_IN));

    [Theory]
    // …and a county written in full before it is the park's place
    [InlineData("星河电子有限公司位于修水县修水工业园。", "修水工业园>修水县")]
    [InlineData("澜屹智能有限公司位于崇义县崇义工业园。", "崇义工业园>崇义县")]
    [InlineData("宁远精工有限公司位于丰城市丰城工业园区。", "丰城工业园区>丰城市")]
    [InlineData("临江机械有限公司今年落户宁都县宁都工业园，明年投产。", "宁都工业园>宁都县")]
    [InlineData("骏岳汽车有限公司的新工厂建在信丰县信丰工业园。", "信丰工业园>信丰县")]
    public void A_county_written_in_full_before_its_park_is_where_it_lies(string text, string expected) =>
        Assert.Contains(expected, FactsAndPlaceEdges(text, RelationType.LOCATED_IN));

    [Theory]
    // …but a place inside the place before it is where the park lies (江苏|苏州工业园区, 浙江|嘉兴经济技术开发区)
    [InlineData("海岚电器有限公司位于江苏苏州工业园区。", "苏州工业园区", "江苏苏州工业园区")]
    [InlineData("星河精工有限公司位于浙江嘉兴经济技术开发区。", "嘉兴经济技术开发区", "浙江嘉兴经济技术开发区")]
    [InlineData("临江电子有限公司位于浙江嘉兴秀洲工业园区。", "秀洲工业园区", "嘉兴秀洲工业园区")]
    [InlineData("骏岳汽车有限公司位于广西柳州高新技术产业开发区。", "柳州高新技术产业开发区", "广西柳州高新技术产业开发区")]
    [InlineData("宁远精工有限公司位于四川成都青白江工业园区。", "青白江工业园区", "成都青白江工业园区")]
    [InlineData("澜屹智能有限公司位于江苏苏州吴江工业园区。", "吴江工业园区", "苏州吴江工业园区")]
    public void A_place_inside_the_place_before_it_heads_the_park(string text, string expected, string misread)
    {
        Assert.Contains(expected, DistrictForms(text));
        Assert.DoesNotContain(misread, DistrictNames(text));
    }

    [Theory]
    // a post in one body, 、 and a post in another before the name: both are held (holds.first-of-two-bodies)
    [InlineData("衢州市委常委、江山市委书记周文涛表示，将全力支持企业扩产。", "周文涛>衢州市委")]
    [InlineData("赣州市委常委、瑞金市委书记李海平到企业调研。", "李海平>赣州市委")]
    [InlineData("南阳市委常委、邓州市委书记王立新出席开工仪式。", "王立新>南阳市委")]
    [InlineData("宿迁市委常委、沭阳县委书记陈晓东主持签约仪式。", "陈晓东>宿迁市委")]
    [InlineData("南京市委书记刘明到江宁区调研。市委常委、江宁区委书记张建华陪同调研。", "张建华>南京市委")]
    public void A_post_before_a_post_in_another_body_is_held_too(string text, string expected)
    {
        var holds = Holds(text);
        Assert.Contains(expected, holds);
        Assert.Contains(holds, h => h.StartsWith(expected[..expected.IndexOf('>')], StringComparison.Ordinal) && h != expected);
    }

    [Theory]
    // …but two people, each after a post, hold one post each
    [InlineData("衢州市委常委周文涛、江山市委书记李海平出席仪式。", "李海平>衢州市委")]
    [InlineData("赣州市委常委李海平、瑞金市委书记王立新到企业调研。", "王立新>赣州市委")]
    [InlineData("南阳市委常委王立新，邓州市委书记陈晓东出席开工仪式。", "陈晓东>南阳市委")]
    [InlineData("宿迁市委常委陈晓东、沭阳县县长张建华主持签约仪式。", "张建华>宿迁市委")]
    [InlineData("衢州市委原常委、江山市委书记周文涛出席仪式。", "周文涛>衢州市委")]
    public void Two_people_after_their_posts_hold_one_post_each(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Holds(text));
}
