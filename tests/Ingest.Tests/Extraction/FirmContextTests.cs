using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Model;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Firms found by their context, not by a list of names: lists of firms, full names cut on token boundaries.
/// Every name here is invented; each row is one way of saying it.
/// </summary>
public class FirmContextTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static IEnumerable<string> Firms(string text) =>
        Pipeline.Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Surface).Distinct();

    [Theory]
    // A、B等 + a noun phrase headed by a firm noun.
    [InlineData("先后与星澜汽车、远岫、霁川等新能源汽车企业达成配套合作。", "星澜汽车|远岫|霁川")]
    [InlineData("它配套的主要是澜途、沃尔特斯、祁岳等一线整车企业。", "沃尔特斯|祁岳|澜途")]
    [InlineData("宇恒药业、汇霖科技、拓迈达等在各自领域颇具影响力的企业，也都在本地发展壮大。", "宇恒药业|汇霖科技|拓迈达")]
    [InlineData("为宙枢、傅朗特、智禾等知名企业配套。", "宙枢|傅朗特|智禾")]
    [InlineData("零部件将批量交付Brightline Group、Kavero、和岚微纳等国内外知名客户。", "Brightline Group|Kavero|和岚微纳")]
    [InlineData("芯嵘微电子、鼎翎光电等38家企业作为系统零部件供应商，构成了骨干力量。", "芯嵘微电子|鼎翎光电")]
    // A lead noun and a list verb before the list.
    [InlineData("华嵘电子的客户包括锐拓、钧达微、赫曼等知名电子企业。", "锐拓|钧达微|赫曼|华嵘电子")]
    [InlineData("公司合作的品牌还包括岚帆、九屹、蔻朵等，另有部分产品出口。", "岚帆|九屹|蔻朵")]
    // A count instead of 等.
    [InlineData("集群先后引进了霁峰汽车、翊辰动力两家龙头企业。", "霁峰汽车|翊辰动力")]
    public void A_list_of_firms_names_each_firm(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Firms(sentence).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("园区第一时间针对厂房租赁、配套设施、市场资源对接等企业关切事项快速响应。")]
    [InlineData("另有4家企业新晋规上企业行列。")]
    [InlineData("杭州、宁波、温州等地的企业纷纷前来考察。")]
    [InlineData("新能源、新材料、高端装备等领域的龙头企业加快集聚。")]
    [InlineData("车轮、座椅、保险杠等大量零部件,今后将由本地企业就近配套。")]
    [InlineData("园区管委会与23家汽车核心零部件企业签下了协议。")]
    [InlineData("产品涵盖储能电芯、动力电池等，客户遍布全国。")]
    [InlineData("这组数据，是当地产业实力的直观体现。")]
    public void Lists_of_other_things_name_no_firm(string sentence)
    {
        Assert.Empty(Firms(sentence));
    }

    [Theory]
    // A brand jieba does not know and trade words, ended by a verb, preposition, adverb or title.
    [InlineData("按照协议，恒通汽配将在未来三年向楚风汽车供应卡钳。", "恒通汽配|楚风汽车")]
    [InlineData("张海涛，启辰动力创始人兼首席执行官，毕业于本地一所大学。", "启辰动力")]
    [InlineData("目前，岚帆模具生产的精密模具已批量供应。", "岚帆模具")]
    [InlineData("宙枢汽配生产的制动卡钳已装上新能源车型。", "宙枢汽配")]
    // jieba glued the preposition to the brand (由鼎晟|精工), split it in two (鸿|跃), or read a county's name as a person's.
    [InlineData("远航汽车的车身结构件由鼎晟精工供应。", "远航汽车|鼎晟精工")]
    [InlineData("鸿跃体育每年从嘉禾纺织采购面料超过300万米。", "鸿跃体育|嘉禾纺织")]
    [InlineData("凌云汽车向苏州华拓电子采购了一批车载显示屏。", "凌云汽车|华拓电子")]
    [InlineData("嘉禾纺织隶属于闽南纺织集团。", "嘉禾纺织|闽南纺织集团")]
    [InlineData("温州瑞安的恒通汽配，产品配套多家主机厂。", "恒通汽配")]
    public void A_brand_and_trade_words_before_a_verb_or_title_name_a_firm(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Firms(sentence).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("在新一轮科技革命的大背景下，企业加快转型。")]
    [InlineData("当地锂电新能源产业发展迅速。")]
    [InlineData("大力发展汽车、电子等产业。")]
    public void Phrases_before_a_verb_name_no_firm(string sentence)
    {
        Assert.Empty(Firms(sentence));
    }

    [Theory]
    // A short name the article defines (以下简称“X”) names the firm wherever the article uses it.
    [InlineData("记者来到临江霁峰机械有限公司（以下简称“霁峰”）。霁峰今年营收增长两成。", "霁峰", "临江霁峰机械有限公司")]
    [InlineData("以星澜船舶重工有限公司(以下简称\"星澜重工\")为例，星澜重工收购了一家船厂。", "星澜重工", "星澜船舶重工有限公司")]
    [InlineData("临江翊辰动力科技股份有限公司（简称：“翊辰”）成立于2010年。翊辰主营电机。", "翊辰", "临江翊辰动力科技股份有限公司")]
    public void A_defined_short_name_names_the_firm(string text, string shortName, string fullName)
    {
        var mentions = Pipeline.Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)]).Documents.Single().Mentions
            .Where(m => m.Label == NodeLabel.Enterprise).ToList();
        Assert.Contains(mentions, m => m.Surface == shortName && m.Key == fullName);
    }

    [Theory]
    // An announcement's （以下简称“公司”） makes 公司 mean its firm in that article only: in another article of the batch
    // 公司 is that article's own firm (its supplier here), never the announcing one.
    [InlineData("公司")]
    [InlineData("本公司")]
    [InlineData("该公司")]
    public void A_reference_word_an_announcement_defines_is_no_alias_for_the_batch(string reference)
    {
        var announcement = SourceDocument.FromText("a.txt", $"标题\n\n浙江霁峰机械股份有限公司（以下简称“{reference}”）近日收到临江星舟汽车有限公司的定点通知书。\n");
        var other = SourceDocument.FromText("b.txt", $"标题\n\n翊澜精工相关负责人介绍，{reference}已连续五年为临江星舟汽车有限公司供应座椅骨架。\n");
        var result = Pipeline.Run([announcement, other]);
        var aliases = result.Documents.SelectMany(d => d.Mentions).Where(m => m.Surface == reference).Select(m => m.Key);
        Assert.DoesNotContain("浙江霁峰机械股份有限公司", aliases);
        var second = result.Documents.Single(d => d.Document.Source.Path.EndsWith("b.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Relations, r => r.From.Name.Contains("霁峰", StringComparison.Ordinal) || r.To.Name.Contains("霁峰", StringComparison.Ordinal));
    }
}

public class FirmSlotTests
{
    private static IEnumerable<string> Firms(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Key).Distinct();

    [Theory]
    // firm-names.pat: a slot that only a firm fills (a qualified firm noun before it, 由/为 … 承建/配套, 供应 … 在 PLACE 的).
    [InlineData("世界500强企业博朗华纳刚刚完成了一次并购重组。", "博朗华纳")]
    [InlineData("中船太平洋有2艘船的分段由Vantor重工承建。", "Vantor重工")]
    [InlineData("家电配套产品主要供应岚尔在重庆的生产基地。", "岚尔")]
    [InlineData("创办初期的主要业务，就是为重庆澜安汽车配套生产零部件。", "澜安汽车")]
    public void A_slot_only_a_firm_fills_names_a_firm(string sentence, string expected)
    {
        Assert.Contains(expected, Firms(sentence));
    }

    [Theory]
    // A firm a slot named is that firm wherever else the article writes it as whole words.
    [InlineData("世界500强企业博朗华纳刚刚完成了一次并购重组。博朗华纳此前已在北美和欧洲投资布局。", "博朗华纳", 2)]
    [InlineData("中船太平洋有2艘船的分段由Vantor重工承建。Vantor重工今年订单饱满，Vantor重工的产能还在扩大。", "Vantor重工", 3)]
    public void A_firm_named_by_its_slot_is_named_wherever_the_article_writes_it(string text, string firm, int times)
    {
        var mentions = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)]).Documents.Single().Mentions
            .Where(m => m.Label == NodeLabel.Enterprise && m.Surface == firm).ToList();
        Assert.Equal(times, mentions.Count);
    }

    [Theory]
    [InlineData("当前,企业光伏用电占比从8%提升至10%。")]
    [InlineData("报告为党委政府科学决策提供参考。")]
    [InlineData("去年企业营收达到4.6亿元。")]
    [InlineData("公司主要为新能源汽车配套生产零部件。")]
    [InlineData("加快推动产业链上下游企业深度合作。")]
    public void Common_words_in_the_slot_are_no_firm(string sentence)
    {
        Assert.Empty(Firms(sentence));
    }
}

public class CompanyNameBoundaryTests
{
    private readonly CompanyNameRecognizer _recognizer = new(ExtractionLexicons.Default, Graph.Ingest.Segmentation.Segmenter.Default);

    [Theory]
    // A verb or a firm noun before a whole name ends what comes before it.
    [InlineData("锐拓科技拿下澜峰精密有限公司的订单", "澜峰精密有限公司")]
    [InlineData("锐拓科技进入澜峰精密有限公司供应体系", "澜峰精密有限公司")]
    [InlineData("锐拓科技将供货澜峰精密有限公司", "澜峰精密有限公司")]
    [InlineData("锐拓科技中标澜峰精密有限公司的项目", "澜峰精密有限公司")]
    [InlineData("锐拓科技参股澜峰精密有限公司", "澜峰精密有限公司")]
    [InlineData("锐拓科技交付澜峰精密有限公司首批产品", "澜峰精密有限公司")]
    [InlineData("配套企业正围绕岚工集团布局", "岚工集团")]
    [InlineData("整车企业澜汽仪征分公司是龙头", "澜汽仪征分公司")]
    // A place in brackets is part of the name; an unclosed bracket opens an aside.
    [InlineData("佛洛克（盐城）汽车部件系统有限公司是该集团的工厂", "佛洛克（盐城）汽车部件系统有限公司")]
    [InlineData("苏某(岚帆太平洋海工公司总经理)说", "岚帆太平洋海工公司")]
    // A word that holds a stop character (有为) is not cut at it; a hyphen joins a name.
    [InlineData("那年，和平精工有限公司与园区签约", "和平精工有限公司")]
    [InlineData("以岚帆太平洋海工公司为例", "岚帆太平洋海工公司")]
    [InlineData("在申驰-博远汽车有限公司的总经理看来", "申驰-博远汽车有限公司")]
    public void A_full_name_starts_on_a_token_boundary(string sentence, string expected)
    {
        Assert.Equal(expected, Assert.Single(_recognizer.Find(sentence)).Name.Full);
    }

    [Theory]
    [InlineData("记者走进该公司的车间")]
    [InlineData("副董事长李某带领公司闯出新路")]
    [InlineData("这一领域的技术研发公司已经做了将近十年")]
    public void A_phrase_before_a_bare_form_is_no_name(string sentence)
    {
        Assert.Empty(_recognizer.Find(sentence));
    }
}

public class BodyTitleSplitTests
{
    private static IEnumerable<string> Bodies(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Organization).Select(m => m.Surface).Distinct();

    [Theory]
    // A body ending in 局/厅/署/会 followed by its own title (局长, 厅长, 署长, 会长): the title is not part of the name.
    [InlineData("在清河市招商局局长王某看来，项目达产后配套将更完善。", "清河市招商局")]
    [InlineData("清河省工业和信息化厅厅长王某出席会议。", "清河省工业和信息化厅")]
    [InlineData("清河市商务局副局长王某介绍了情况。", "清河市商务局")]
    [InlineData("现任清河市投资促进局党委委员、副局长的王某介绍说，项目进展顺利。", "")]
    public void A_body_followed_by_its_own_title_ends_before_the_title(string sentence, string expected)
    {
        var found = Bodies(sentence).ToList();
        Assert.DoesNotContain(found, b => b.EndsWith("局局", StringComparison.Ordinal) || b.EndsWith("厅厅", StringComparison.Ordinal) || b.StartsWith('副'));
        if (expected.Length > 0)
        {
            Assert.Contains(expected, found);
        }
    }
}

public class IndustryClusterTests
{
    private static IEnumerable<string> Clusters(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Cluster).Select(m => m.Key).Distinct();

    [Theory]
    // Place + industry + 产业 / 产业链: a cluster the place anchors.
    [InlineData("近年来，绵阳电子信息产业发展迅速，企业各有方向。", "绵阳电子信息产业")]
    [InlineData("整车龙头带动配套集聚，柳州汽车产业链加速壮大。", "柳州汽车产业链")]
    [InlineData("推动株洲轨道交通装备产业持续换挡加速。", "株洲轨道交通装备产业")]
    [InlineData("这是绵阳市电子信息产业的缩影，绵阳电子信息产业正在加速集聚。", "绵阳市电子信息产业")]
    public void A_place_and_an_industry_name_a_cluster(string sentence, string expected)
    {
        Assert.Equal([expected], Clusters(sentence));
    }

    [Theory]
    [InlineData("汽车产业规上企业累计总产值突破千亿元。")]
    [InlineData("当地把集成电路产业定位为战略性主导产业。")]
    [InlineData("绵阳电子信息产业园今天开工建设。")]
    [InlineData("广东公布首批中小企业特色产业集群名单。")]
    [InlineData("所谓中小企业特色产业集群，是指以中小企业为主体的集群。")]
    [InlineData("扬州六大基本产业齐头并进。")]
    public void An_industry_without_a_place_or_a_generic_kind_is_no_cluster(string sentence)
    {
        Assert.Empty(Clusters(sentence));
    }
}

public class ProjectBoundaryTests
{
    private static IEnumerable<string> Projects(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Project).Select(m => m.Key).Distinct();

    [Theory]
    // A count makes many projects, not one named; a verb or a function word before the head leaves no name.
    [InlineData("全市今年共签约126个新能源汽车及零部件项目。")]
    [InlineData("园区已引进40多家新能源汽车产业链项目。")]
    [InlineData("一个个重大项目相继落地。")]
    [InlineData("上游材料企业的集聚，带动到一批上游配套项目。")]
    [InlineData("管委会一手抓项目，一手抓招商。")]
    [InlineData("零部件的本地配套直接关系到项目的成本。")]
    [InlineData("这是当地集成电路产业项目又一次质的飞跃。")]
    // A description (成为…最大的…基地), a category of many (一批…的…项目), a range (1号至4号…工厂), a zone's name (…基地零部件园区).
    [InlineData("项目签约落地后，临江县成为全球最大的聚合物电池生产基地。")]
    [InlineData("星河区投资建设多年，已建成全省最重要的新材料产业基地。")]
    [InlineData("签约企业手中，有一批技术含量高、产值规模大的知名汽车零部件项目。")]
    [InlineData("园区引进了多个投资规模大的智能装备项目。")]
    [InlineData("目前，1号至4号电芯工厂已经全部投产。")]
    [InlineData("这是当地引进的锂电产业正极材料上游项目中规模最大的一个。")]
    [InlineData("苏州基地落地后，又带来了一批配套企业。")]
    [InlineData("华谊苏州基地未能如期投产。")]
    [InlineData("这批企业将入驻澜峰汽车华东生产基地零部件园区，年内开工。")]
    public void Counts_and_clauses_are_not_project_names(string sentence)
    {
        Assert.Empty(Projects(sentence));
    }

    [Theory]
    [InlineData("从翠岭微电子项目到远岫半导体项目，一个个重大项目相继落地，投资总额超百亿元。", "翠岭微电子项目|远岫半导体项目")]
    [InlineData("继翠岭微电子项目之后，当地又签约了远岫半导体项目。", "远岫半导体项目")]
    public void A_project_name_starts_after_the_preposition(string sentence, string expected)
    {
        Assert.Subset(Projects(sentence).ToHashSet(), expected.Split('|').ToHashSet());
    }

    [Theory]
    // A firm named right before a facility's short body heads the name: the firm's own facility.
    [InlineData("2005年，澜峰精密有限公司与临江县签约，设立了澜峰南方工厂。", "澜峰南方工厂")]
    [InlineData("澜峰精密有限公司与临江县签下投资协议，澜峰终端总部随之设立。", "澜峰终端总部")]
    // A brand, a place and a plant word opening a clause that settles or builds it (invests-in.pat, project.brand-place-plant).
    [InlineData("华谊苏州基地落地后，又带来了40多家配套项目。", "华谊苏州基地")]
    [InlineData("去年，华谊无锡工厂正式投产。", "华谊无锡工厂")]
    // A facility the article defines a short name for is a name, in any sentence.
    [InlineData("临江县境内，翠岭时代锂电池生产基地（以下简称“翠岭时代”）里一派繁忙。", "翠岭时代锂电池生产基地")]
    public void A_firm_or_a_definition_names_a_facility(string sentence, string expected)
    {
        Assert.Equal([expected], Projects(sentence));
    }

    [Fact]
    public void A_defined_short_name_names_the_project_wherever_it_is_used()
    {
        const string text = "临江县境内，翠岭时代锂电池生产基地（以下简称“翠岭时代”）里一派繁忙。\n2020年，翠岭时代在临江县前岭镇落地。";
        var mentions = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Project).ToList();
        Assert.Contains(mentions, m => m.Surface == "翠岭时代" && m.Key == "翠岭时代锂电池生产基地");
    }
}

public class BrandInsideOrganizationTests
{
    private static IEnumerable<string> Organizations(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)])
            .Documents.Single().Mentions.Where(m => m.Label == NodeLabel.Organization).Select(m => m.Surface).Distinct();

    [Fact]
    public void A_firms_two_character_short_form_run_on_into_an_institute_is_part_of_its_name()
    {
        // 中科 is the brand of the firm (a short form the article may use), and the first two characters of 中科院.
        const string text = "苏州中科光电科技有限公司（以下简称“中科光电”）今年投产。李明是中科光电的董事长，同时也是中科院苏州光学研究所的研究员。";
        Assert.Contains("中科院苏州光学研究所", Organizations(text));
    }
}

/// <summary>
/// Firms written by a short name alone whose brand is an ordinary word, a verb or a place (翱翔精工, 青松汽车, 昆山光学):
/// kept when a relation pattern takes them in a firm's slot (Patterns/SlotFirms). Products and places are not.
/// </summary>
public class SlotFirmCandidateTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static ExtractedDocument Extract(string text) =>
        Pipeline.Run([SourceDocument.FromText("t.txt", "标题\n\n" + text)]).Documents.Single();

    private static IEnumerable<string> Firms(ExtractedDocument document) =>
        document.Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Surface).Distinct().Order(StringComparer.Ordinal);

    [Theory]
    // A verb or an ordinary word as the brand, in the slots of SUPPLIES, HOLDS_POSITION, SUBSIDIARY_OF, INVESTS_IN.
    [InlineData("翱翔精工主要为青松汽车供应转向节。", "翱翔精工|青松汽车", "SUPPLIES 翱翔精工>青松汽车")]
    [InlineData("青松汽车的座椅骨架由春雷机械独家配套。", "春雷机械|青松汽车", "SUPPLIES 春雷机械>青松汽车")]
    [InlineData("朝晖轴承董事长李振东带队赴德国考察。", "朝晖轴承", "HOLDS_POSITION 李振东>朝晖轴承")]
    [InlineData("繁星电子由旭日集团控股。", "繁星电子|旭日集团", "SUBSIDIARY_OF 繁星电子>旭日集团")]
    [InlineData("春雷机械以3亿元战略入股青松电池，持股15%。", "春雷机械|青松电池", "INVESTS_IN 春雷机械>青松电池")]
    [InlineData("去年，朝晖电子进入青松汽车供应链，为其配套车载音响。", "朝晖电子|青松汽车", "SUPPLIES 朝晖电子>青松汽车")]
    // A firm named after a place: the name covers the place.
    [InlineData("昆山光学是青松汽车的一级供应商。", "昆山光学|青松汽车", "SUPPLIES 昆山光学>青松汽车")]
    [InlineData("石狮服饰每年从海宁化纤采购涤纶长丝。", "海宁化纤|石狮服饰", "SUPPLIES 海宁化纤>石狮服饰")]
    // Trades that end firms' names and phrases alike (slot-firm-head-words.txt): 客车.
    [InlineData("长顺客车的空调由朝晖电器配套。", "朝晖电器|长顺客车", "SUPPLIES 朝晖电器>长顺客车")]
    // Brands jieba cuts into characters or runs into the trade word (岚峪|铸造/v, 沐|和|模具, 由皓川|橡塑, 昇岳锂|能), and
    // trades of parts suppliers (线束, 橡塑, 紧固件, 传感, 锂能, 电控).
    [InlineData("岚峪铸造主要为青松汽车供应缸体。", "岚峪铸造|青松汽车", "SUPPLIES 岚峪铸造>青松汽车")]
    [InlineData("沐和模具主要为青松家电配套注塑模具。", "沐和模具|青松家电", "SUPPLIES 沐和模具>青松家电")]
    [InlineData("青松客车的座椅由皓川橡塑独家配套。", "皓川橡塑|青松客车", "SUPPLIES 皓川橡塑>青松客车")]
    [InlineData("翔宇线束董事长李振东带队赴德国考察。", "翔宇线束", "HOLDS_POSITION 李振东>翔宇线束")]
    [InlineData("沛川紧固件由旭日集团控股。", "旭日集团|沛川紧固件", "SUBSIDIARY_OF 沛川紧固件>旭日集团")]
    [InlineData("志刚传感是青松汽车的一级供应商。", "志刚传感|青松汽车", "SUPPLIES 志刚传感>青松汽车")]
    [InlineData("昇岳锂能为青松汽车供应电芯。", "昇岳锂能|青松汽车", "SUPPLIES 昇岳锂能>青松汽车")]
    [InlineData("晟嘉电控是青松汽车的二级供应商。", "晟嘉电控|青松汽车", "SUPPLIES 晟嘉电控>青松汽车")]
    // A measure word jieba made of the brand's first character (泓/q|锦|玻璃); a trade word said again ends the name at its
    // first head word (青松重卡|新能源重卡).
    [InlineData("作为青松家电的核心供应商，泓锦玻璃每年为其提供钢化面板。", "泓锦玻璃|青松家电", "SUPPLIES 泓锦玻璃>青松家电")]
    [InlineData("青松重卡新能源重卡的电驱系统大多出自昇岳锂能。", "昇岳锂能|青松重卡", "SUPPLIES 昇岳锂能>青松重卡")]
    // A verb that stands before names, tagged as a noun, does not make the brand part of a phrase (现任/n|驰骋/v|汽车).
    [InlineData("苏文涛，现任驰骋汽车副总裁，分管采购。", "驰骋汽车", "HOLDS_POSITION 苏文涛>驰骋汽车")]
    // A function character jieba glued before the brand (系锦川|家电) or after the trade word (宏岳|橡塑于) is no part of the name.
    [InlineData("泓锦玻璃系锦川家电全资设立，专门生产家电面板。", "泓锦玻璃|锦川家电", "SUBSIDIARY_OF 泓锦玻璃>锦川家电")]
    [InlineData("宏岳橡塑于2022年并入浙北交通集团，成为其控股子公司。", "宏岳橡塑|浙北交通集团", "SUBSIDIARY_OF 宏岳橡塑>浙北交通集团")]
    [InlineData("皓川橡塑系青松汽车全资设立，专门生产密封件。", "皓川橡塑|青松汽车", "SUBSIDIARY_OF 皓川橡塑>青松汽车")]
    [InlineData("沛川紧固件于2019年并入青松集团。", "沛川紧固件|青松集团", "SUBSIDIARY_OF 沛川紧固件>青松集团")]
    [InlineData("皓川传感于去年并入青松集团，成为其全资子公司。", "皓川传感|青松集团", "SUBSIDIARY_OF 皓川传感>青松集团")]
    // After a brand jieba does not know, any noun is the trade (琴岛|冷链, 朗岳|通讯, 翎翼|无人机); trades of parts makers
    // (齿轮, 车轴, 海工) end names read by characters.
    [InlineData("琴岛冷链去年向青松家电交付压缩机组3万台。", "琴岛冷链|青松家电", "SUPPLIES 琴岛冷链>青松家电")]
    [InlineData("朗岳通讯是青松汽车的一级供应商。", "朗岳通讯|青松汽车", "SUPPLIES 朗岳通讯>青松汽车")]
    [InlineData("翎翼无人机董事长李振东带队赴德国考察。", "翎翼无人机", "HOLDS_POSITION 李振东>翎翼无人机")]
    [InlineData("渝澜齿轮主要为青松汽车供应变速箱齿轮。", "渝澜齿轮|青松汽车", "SUPPLIES 渝澜齿轮>青松汽车")]
    [InlineData("皖瀚车轴是青松客车的二级供应商。", "皖瀚车轴|青松客车", "SUPPLIES 皖瀚车轴>青松客车")]
    // A function character glued before the brand of two characters (了鹭翔|无人机) or after a trade word (岫光|化工系).
    [InlineData("青松汽车董事长李振东会见了鹭翔无人机总经理王海。", "青松汽车|鹭翔无人机", "HOLDS_POSITION 王海>鹭翔无人机")]
    [InlineData("岫光化工系江城化工集团下属企业。", "岫光化工|江城化工集团", "SUBSIDIARY_OF 岫光化工>江城化工集团")]
    // The firm opens the sentence; the slot is in a later clause it is carried to (X公告称，拟…).
    [InlineData("琼澜电器公告称，拟以自有资金3亿元投建年产50万台压缩机项目。", "琼澜电器", "INVESTS_IN 琼澜电器>年产50万台压缩机项目")]
    [InlineData("青松家电采购部负责人透露，今年从朗岳电子采购的芯片增加了三成。", "朗岳电子|青松家电", "SUPPLIES 朗岳电子>青松家电")]
    public void A_short_name_in_a_firms_slot_names_a_firm(string sentence, string firms, string fact)
    {
        var document = Extract(sentence);
        Assert.Equal(firms.Split('|').Order(StringComparer.Ordinal), Firms(document));
        var (type, pair) = (fact.Split(' ')[0], fact.Split(' ')[1].Split('>'));
        var names = document.Mentions.ToLookup(m => m.Entity, m => m.Surface);
        Assert.Contains(document.Relations, r => r.Type.ToString() == type && names[r.From].Contains(pair[0]) && names[r.To].Contains(pair[1]));
    }

    [Theory]
    // The short name in a later clause than another relation's match, or in an earlier one (the trial reads the candidate's
    // clause and those after it for the patterns whose matches stay in one clause); a product in a later clause: no firm.
    [InlineData("旭日集团为青松汽车供应座椅，翱翔精工则为青松汽车供应转向节。", "旭日集团|翱翔精工|青松汽车", "SUPPLIES 翱翔精工>青松汽车")]
    [InlineData("青松汽车董事长李振东表示，春雷机械已为青松汽车配套座椅骨架。", "春雷机械|青松汽车", "SUPPLIES 春雷机械>青松汽车")]
    [InlineData("去年，旭日集团控股青松电池；今年，繁星电子由旭日集团控股。", "旭日集团|繁星电子|青松电池", "SUBSIDIARY_OF 繁星电子>旭日集团")]
    [InlineData("朝晖轴承董事长李振东带队赴德国考察，旭日集团为青松汽车供应座椅。", "旭日集团|朝晖轴承|青松汽车", "HOLDS_POSITION 李振东>朝晖轴承")]
    [InlineData("旭日集团为青松汽车供应座椅，驱动电机主要为新能源汽车配套。", "旭日集团|青松汽车", "SUPPLIES 旭日集团>青松汽车")]
    [InlineData("旭日集团为青松汽车供应座椅，当地着力发展高端装备、精密机械等产业。", "旭日集团|青松汽车", "SUPPLIES 旭日集团>青松汽车")]
    public void A_short_name_is_judged_in_its_own_clause_whatever_the_clauses_before_it(string sentence, string firms, string fact) =>
        A_short_name_in_a_firms_slot_names_a_firm(sentence, firms, fact);

    [Theory]
    // Products, industries and places before a trade word, in or out of a slot: no firm.
    [InlineData("驱动电机主要为新能源汽车配套。")]
    [InlineData("消费电子是当地的主要产业之一。")]
    [InlineData("园区则主攻新能源汽车和工程机械。")]
    [InlineData("当地着力发展高端装备、精密机械等产业。")]
    [InlineData("公司产品主要供应苏州汽车零部件企业。")]
    [InlineData("常州机械行业的企业纷纷前来考察。")]
    [InlineData("电池柜里的满电电池便会弹出，取出换上即可。")]
    [InlineData("“金利五金”这块招牌在国内外都叫得响。")]
    [InlineData("当地五金产业正向家具行业延伸。")]
    // Words jieba knows, or a verb and a function word, before a trade word: no brand read by characters.
    [InlineData("帮助企业用好数据，推动产业升级。")]
    [InlineData("高压线束和紧固件主要为新能源汽车配套。")]
    [InlineData("当地正加快发展汽车线束、橡塑制品等产业。")]
    [InlineData("大功率电机主要为新能源汽车配套。")]
    [InlineData("公司和模具厂商签订了供货协议。")]
    // A product or a field after a word jieba does not know (slot-open-trade-blockers.txt), a firm noun, an industry.
    [InlineData("车规芯片主要为青松汽车配套。")]
    [InlineData("飞控系统主要供应新能源汽车。")]
    [InlineData("规上企业董事长李振东带队考察。")]
    [InlineData("海工船企纷纷为青松重工配套。")]
    // A firm-like phrase after a place that carries its clause is no subject of the clauses after it.
    [InlineData("园区则主攻新能源汽车和工程机械，目前已集聚一批企业。")]
    public void Products_industries_and_places_are_no_firm(string sentence)
    {
        Assert.Empty(Firms(Extract(sentence)));
    }
}
