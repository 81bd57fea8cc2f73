using System.Text.RegularExpressions;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Projects: names ending in a project head (…项目, …工程, …总部, …工厂, …制造中心), started back at
/// punctuation or a boundary word; a facility head counts only in a sentence about investing or
/// building. Kinds of project (重大产业项目) are not names; references (一期项目, 某某基地项目, 该项目)
/// name the article's project they unambiguously point to. A firm at the head of a name
/// (甲乙科技清洁机器人…项目) becomes an enterprise mention nested in the project's.
/// </summary>
public sealed partial class ProjectMentionRule(ExtractionLexicons lexicons, ClusterProjectLexicons words, Segmentation.Segmenter tokenizer)
    : IExtractionRule
{
    private readonly Segmentation.Segmenter segmenter = tokenizer;

    public const string SuffixRule = "project.suffix";
    public const string QuotedRule = "project.quoted";
    public const string PhaseRule = "project.phase-reference";
    public const string ShortRule = "project.short-reference";
    public const string PronounRule = "project.pronoun";
    public const string HeadFirmRule = "enterprise.project-head";
    public const string DefinedRule = "project.defined-short-name";

    /// <summary>Heads that name a project in any sentence; the other heads are facilities.</summary>
    private static readonly string[] ProjectHeads = ["项目", "工程"];

    /// <summary>Heads of a zone a firm builds (某某产业集聚区); one trade word before one (集成电路集聚区) names a sector's zone.</summary>
    private static readonly string[] ZoneHeads = ["集聚区"];

    private enum Kind
    {
        Named,
        Phase,
        Short,
        Pronoun,
    }

    private sealed record Candidate(int Sentence, int Start, int End, string Surface, string Key, Kind Kind, string? Phase);

    /// <summary>甲乙一期, 第一期, 二期: who (maybe nobody) and which phase.</summary>
    [GeneratedRegex(@"^(?<firm>.*?)第?(?<n>[一二三四五六七八九十\d]+)期$")]
    private static partial Regex PhaseBody();

    /// <summary>"新增国家先进智能工厂2家、省未来工厂": an item ending in a count is a tally, not the head of a name.</summary>
    [GeneratedRegex(@"\d+[家个项批]$")]
    private static partial Regex CountedItem();

    /// <summary>年产/年处理/年加工 + a quantity: the output a project is named by.</summary>
    [GeneratedRegex(@"^年(?:产|处理|加工|生产|回收)\d")]
    private static partial Regex OutputLead();

    /// <summary>"投入380万元实施": an amount spent on what follows (a firm's own project, however generic its words).</summary>
    [GeneratedRegex(@"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)多?[万亿]?元(?:用于|实施|建设|新建|开展|推进|启动)?$")]
    private static partial Regex SpentOn();

    [GeneratedRegex(@"^(?:\d{2,4}年度?|\d+个|[一两二三四五六七八九十]+[个批大]|\d+(?:\.\d+)?万?(?:平方米|亩))")]
    private static partial Regex LeadingCount();

    /// <summary>一个, 一座, 一条 … (one, not 一个个 or 一批) opening a name that goes on with a name's own words.</summary>
    [GeneratedRegex(@"^一[个座条家项处](?![个座条家项处])")]
    private static partial Regex SingleDeterminer();

    [GeneratedRegex(@"^(?:\d+多?[个家项批]|[一两二三四五六七八九十几]+[个批家项]|一个个|一批批|多个|多家|多项|数个)")]
    private static partial Regex PluralCount();

    /// <summary>
    /// 年产20万套转向节项目: a stop character inside the product's word (转|向|节) does not cut the name when an output
    /// (年产 + a quantity) opens it earlier in the same clause; the name starts at the output.
    /// </summary>
    private int OutputStart(string text, int start, int floor)
    {
        for (var at = start - 1; at >= Math.Max(0, floor) && start - at <= 16; at--)
        {
            if (CharClass.IsClauseEnd(text[at]) || text[at] == '、' || CharClass.IsOpeningBracket(text[at]) || CharClass.IsClosingBracket(text[at]))
            {
                return start;
            }

            if (words.ProjectOutputWords.LongestAt(text, at) > 0 && OutputLead().IsMatch(text.AsSpan(at)))
            {
                return at;
            }
        }

        return start;
    }

    /// <summary>
    /// A name starts after the last function word or boundary verb jieba reads before its head (到|士兰…项目,
    /// 直接关系到|项目); 至 joins the two ends of a road (A至B段改建工程).
    /// </summary>
    private int AfterFunctionWords(string text, int start, int headStart)
    {
        if (headStart - start < 3)
        {
            return start;
        }

        var tokens = segmenter.Tag(text[start..headStart]);
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var token = tokens[k];
            // A verbal noun right before the head is the name's own (…辅件建设项目); a verb there leaves none (一手抓项目).
            // So is a verb of building after the thing it works on (机场|扩建|工程, 厂房|新建|项目); before it, the verb takes the name
            // as its object (扩建|高端轴承生产线项目).
            var ownVerb = k == tokens.Count - 1 && (token.Tag == "vn"
                || (k > 0 && token.Tag?.StartsWith('v') == true && tokens[k - 1].Tag is "n" or "ns" or "nz" or "nt" or "j" or "x"));
            // 检测用探针零件…: 用 after a verbal noun or noun says what the thing is for, inside the name.
            var forUse = token.Text == "用" && k > 0 && tokens[k - 1].Tag is "vn" or "n";
            if ((token.Tag is "p" or "r" or "u" or "uj" or "ul" && token.Text != "至" && !forUse)
                || (!ownVerb && (words.NameVerbs.Contains(token.Text) || words.StopWords.Contains(token.Text))))
            {
                return start + token.End;
            }
        }

        return start;
    }

    private static readonly string[] RankWords = ["首个", "首批", "首家", "第一个"];


    private static bool IsCounted(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > end && i < text.Length && text[i] == '个';
    }

    public void Apply(ArticleScope scope)
    {
        var contextCues = words.CuesOf(words.InvestmentCues, "context").ToArray();
        var candidates = new List<Candidate>();
        var sentenceFinds = new List<Candidate>();
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            sentenceFinds.Clear();
            Find(context.Text, i, sentenceFinds);
            if (sentenceFinds.Count == 0)
            {
                continue;
            }

            var aboutProjects = TextSearch.ContainsAny(context.Text, contextCues);
            foreach (var found in sentenceFinds)
            {
                var candidate = PurchaseBuyerCut(scope, FirmFacility(scope, found));
                // 某某生产基地（以下简称“某某”）: a facility the article names and defines is a name, whatever the sentence says.
                var defined = DefinedShortNames.DefinitionAt(context.Text, candidate.End) is not null;
                // A headline announces (再添…重大项目); a count after the name (签约…项目42个) makes it a category;
                // 首个/首批 describe a project by its rank (全国首个…项目), they do not name it.
                if (candidate.Kind == Kind.Named && (context.Text == scope.Article.Title || IsCounted(context.Text, candidate.End)
                    || RankWords.Any(w => candidate.Surface.Contains(w, StringComparison.Ordinal))))
                {
                    scope.Drop(candidate.Surface, "a headline or a counted category, not one project", SuffixRule, context);
                    continue;
                }

                // 某某光电总部位于…, 某某科技总部设在…: where a firm's headquarters stand (seat-words.txt), no project being built.
                if (candidate.Surface.EndsWith("总部", StringComparison.Ordinal) && words.SeatWords.LongestAt(context.Text, candidate.End) > 0 && !defined)
                {
                    scope.Drop(candidate.Surface, "a firm's seat, not a headquarters project", SuffixRule, context);
                    continue;
                }

                if (candidate.Kind == Kind.Named && !ProjectHeads.Any(h => candidate.Surface.EndsWith(h, StringComparison.Ordinal)) && !aboutProjects && !defined)
                {
                    scope.Drop(candidate.Surface, "facility name in a sentence that says nothing of investing or building", SuffixRule, context);
                    continue;
                }

                candidates.Add(candidate);
            }
        }

        var named = candidates.Where(c => c.Kind == Kind.Named).ToList();
        var phases = PhaseKeys(candidates.Where(c => c.Kind == Kind.Phase), named);
        foreach (var candidate in candidates)
        {
            var context = scope.Sentences[candidate.Sentence];
            var key = candidate.Kind switch
            {
                Kind.Named => candidate.Key,
                Kind.Phase => phases.GetValueOrDefault(candidate.Phase!),
                Kind.Short => Single(named.Where(n => n.Key.Length > candidate.Surface.Length && n.Key.EndsWith(candidate.Surface, StringComparison.Ordinal))),
                _ => Single(named),
            };
            if (key is null)
            {
                scope.Drop(candidate.Surface, "project reference with no single named project of the article to point to", RuleOf(candidate.Kind), context);
                continue;
            }

            if (candidate.Kind == Kind.Named)
            {
                AddHeadFirm(scope, candidate);
            }

            var mention = new Mention(NodeLabel.Project, key, candidate.Surface, context, candidate.Start, candidate.End, RuleOf(candidate.Kind),
                candidate.Kind == Kind.Named ? 0.85 : 0.7) { IsReference = candidate.Kind is Kind.Pronoun or Kind.Phase };
            if (!scope.TryAddEnclosing(candidate.Sentence, mention))
            {
                scope.Drop(candidate.Surface, "overlaps a mention found before", mention.Rule, context);
            }
            else if (candidate.Kind == Kind.Named && DefinedShortNames.DefinitionAt(context.Text, candidate.End) is { } shortName)
            {
                AddDefinedShortName(scope, candidate, key, shortName);
            }
        }
    }

    /// <summary>
    /// 甲乙南方工厂, 甲乙终端总部: a firm named right before a facility's short body (南方, 终端) heads the name — the
    /// firm's facility, not a bare reference. A number or a pronoun there (该工厂, 5号工厂) is no name.
    /// </summary>
    private static Candidate FirmFacility(ArticleScope scope, Candidate candidate)
    {
        if (candidate.Kind != Kind.Short || candidate.Phase is not null)
        {
            return candidate;
        }

        var text = scope.Sentences[candidate.Sentence].Text;
        var firm = scope.MentionsIn(candidate.Sentence, NodeLabel.Enterprise).FirstOrDefault(m => m.End == candidate.Start);
        var body = text[candidate.Start..];
        if (firm is null || candidate.Surface.Length < 4 || body.Length == 0 || char.IsDigit(body[0]) || body[0] is '该' or '此' or '这' or '其' or '本')
        {
            return candidate;
        }

        var surface = text[firm.Start..candidate.End];
        return candidate with { Start = firm.Start, Surface = surface, Key = surface, Kind = Kind.Named };
    }

    /// <summary>Heads of a purchase a buyer puts out to tender (某某汽车2027年度线束采购项目): the buyer is no part of its name.</summary>
    private static readonly string[] PurchaseHeads = ["采购项目", "招标项目", "集采项目"];

    /// <summary>
    /// 某某汽车2027年度线束采购项目, 某某乳业液态奶包装材料采购项目: a purchase project opens with the firm that buys (a firm
    /// mention, else brand + trade words + a firm head word, 汽车, 乳业, 风电); the name starts after it (and its 的), so the
    /// buyer stays a firm of its own that a pattern can read (中标人为A).
    /// </summary>
    private Candidate PurchaseBuyerCut(ArticleScope scope, Candidate candidate)
    {
        if (candidate.Kind != Kind.Named || !PurchaseHeads.Any(h => candidate.Surface.EndsWith(h, StringComparison.Ordinal)))
        {
            return candidate;
        }

        var text = scope.Sentences[candidate.Sentence].Text;
        var known = scope.MentionsIn(candidate.Sentence, NodeLabel.Enterprise).FirstOrDefault(m => m.Start == candidate.Start && m.End < candidate.End);
        var cut = known?.End ?? BuyerEnd(text, candidate.Start, candidate.End);
        if (cut is not { } end)
        {
            return candidate;
        }

        var start = end < candidate.End && text[end] == '的' ? end + 1 : end;
        if (candidate.End - start < 4)
        {
            return candidate;
        }

        var surface = text[start..candidate.End];
        return candidate with { Start = start, Surface = surface, Key = surface };
    }

    /// <summary>End of brand (2–3 characters) + trade words + a firm head word (firm-head-words, slot-firm-head-words) at <paramref name="start"/>.</summary>
    private int? BuyerEnd(string text, int start, int end) =>
        BrandTradeHeadEnd(text, start, end, at => Math.Max(NameBoundary.StartingWordLength(text, at, lexicons.FirmHeadWords),
            NameBoundary.StartingWordLength(text, at, lexicons.SlotFirmHeadWords)));

    /// <summary>Every later use of the short name a project's definition gives (以下简称“某某时代”) names that project.</summary>
    private static void AddDefinedShortName(ArticleScope scope, Candidate project, string key, string shortName)
    {
        for (var i = project.Sentence; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            for (var at = context.Text.IndexOf(shortName, StringComparison.Ordinal); at >= 0; at = context.Text.IndexOf(shortName, at + shortName.Length, StringComparison.Ordinal))
            {
                var end = at + shortName.Length;
                if (i == project.Sentence && at < project.End + 12)
                {
                    continue; // the definition itself
                }

                scope.TryAddEnclosing(i, new Mention(NodeLabel.Project, key, shortName, context, at, end, DefinedRule, 0.8));
            }
        }
    }

    /// <summary>
    /// Which project each phase names: the named project carrying that phase (甲乙一期工厂 for 一期项目),
    /// else, for "firm + N期项目", the article's first named project when it starts with the same firm
    /// and carries no phase (甲乙二期项目 → 甲乙科技年产…项目). Bare 二期项目 follows what its phase resolved to.
    /// </summary>
    private static Dictionary<string, string> PhaseKeys(IEnumerable<Candidate> references, List<Candidate> named)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in named.Where(n => n.Phase is not null))
        {
            keys.TryAdd(n.Phase!, n.Key);
        }

        foreach (var reference in references)
        {
            var firm = PhaseBody().Match(reference.Surface[..^2]).Groups["firm"].Value;
            if (!keys.ContainsKey(reference.Phase!) && firm.Length >= 2 && named.Count > 0 && named[0].Phase is null
                && named[0].Key.StartsWith(firm, StringComparison.Ordinal))
            {
                keys[reference.Phase!] = named[0].Key;
            }
        }

        return keys;
    }

    private static string? Single(IEnumerable<Candidate> named)
    {
        var keys = named.Select(n => n.Key).Distinct().Take(2).ToList();
        return keys.Count == 1 ? keys[0] : null;
    }

    private static string RuleOf(Kind kind) => kind switch
    {
        Kind.Phase => PhaseRule,
        Kind.Short => ShortRule,
        Kind.Pronoun => PronounRule,
        _ => SuffixRule,
    };

    /// <summary>The firm at the head of a project name: a known name, else brand + trade words + 科技/集团/智能.</summary>
    private void AddHeadFirm(ArticleScope scope, Candidate project)
    {
        var text = scope.Sentences[project.Sentence].Text;
        var start = text[project.Start] is '“' or '"' ? project.Start + 1 : project.Start;
        if (scope.MentionsIn(project.Sentence, NodeLabel.Enterprise).Any(m => m.Start == start && m.End < project.End))
        {
            return;
        }

        var firm = HeadFirm(text, start, project.End);
        if (firm is null)
        {
            return;
        }

        var surface = text[start..firm.Value];
        var canonical = scope.Companies.Resolve(surface) ?? surface;
        scope.TryAdd(project.Sentence, new Mention(NodeLabel.Enterprise, canonical, surface, scope.Sentences[project.Sentence], start, firm.Value, HeadFirmRule, 0.7));
    }

    /// <summary>End of brand (2–3 characters) + trade words + a firm word at <paramref name="start"/>, leaving a name after it.</summary>
    public int? HeadFirm(string text, int start, int end) =>
        BrandTradeHeadEnd(text, start, end, at => NameBoundary.StartingWordLength(text, at, words.InvestorHeads)) is { } firm && end - firm >= 4
            ? firm
            : null;

    /// <summary>
    /// End of the first brand (2–3 distinctive characters) + trade words + a head word (<paramref name="headLength"/> at a
    /// position: its length, 0 for none) that opens <paramref name="text"/> at <paramref name="start"/>, before <paramref name="end"/>.
    /// </summary>
    private int? BrandTradeHeadEnd(string text, int start, int end, Func<int, int> headLength)
    {
        for (var brand = 2; brand <= 3 && start + brand < end; brand++)
        {
            if (!CompanyName.IsDistinctiveBrand(text.Substring(start, brand), lexicons))
            {
                continue;
            }

            var at = start + brand;
            while (at < end)
            {
                var head = headLength(at);
                if (head > 0)
                {
                    return at + head;
                }

                var trade = NameBoundary.StartingWordLength(text, at, lexicons.TradeWords);
                if (trade == 0)
                {
                    break;
                }

                at += trade;
            }
        }

        return null;
    }

    /// <summary>True when the name goes on after a facility head to a project head, with no boundary between.</summary>
    private bool ContinuesToProject(string text, int end)
    {
        for (var j = end; j < text.Length && j - end <= 16 && NameBoundary.IsNameChar(text[j]); j++)
        {
            if (j > end && ProjectHeads.Any(h => string.CompareOrdinal(text, j, h, 0, h.Length) == 0))
            {
                return NameBoundary.Start(text, j, words, floor: end) == end;
            }
        }

        return false;
    }

    private static readonly string[] ZoneWords = ["园区", "产业园", "工业园", "片区"];

    /// <summary>True when a facility head is followed, with no boundary, by the rest of a zone's name (…生产基地零部件园区).</summary>
    private static bool ContinuesToZone(string text, int end)
    {
        for (var j = end + 2; j <= text.Length && j - end <= 8 && Characters.CharClass.IsHan(text[j - 1]); j++)
        {
            if (ZoneWords.Any(z => j - z.Length >= end && string.CompareOrdinal(text, j - z.Length, z, 0, z.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "成为全球最大的…生产基地", "一批技术含量高的知名…项目", "1号至4号电芯工厂": what the clause says before the name
    /// makes it a description, a category of many, or a range — not one named project.
    /// </summary>
    [GeneratedRegex(@"(?:(?:成为|建成|建设成为|打造成为?|跻身)[^，,；;。]*?(?:最大|最强|最重要|重要|领先|一流|知名)[^，,；;。]*?的|(?:一批|一大批|一系列|多个|众多|一个个|\d+多?个)[^，,；;。]*的|[\d一二三四五六七八九十]+号)$")]
    private static partial Regex DescribedBefore();

    /// <summary>"…上游项目中规模最大的一个": a head followed by 中 and a superlative in its clause names a category ranked within.</summary>
    private static bool RankedAmong(string text, int end)
    {
        if (end >= text.Length || text[end] != '中')
        {
            return false;
        }

        var clauseEnd = text.IndexOfAny(['，', ',', '；', ';', '。'], end);
        return text.AsSpan(end, (clauseEnd < 0 ? text.Length : clauseEnd) - end).Contains('最');
    }

    /// <summary>A head followed by one of these is part of another word (工程师, 项目部, 工厂化).</summary>
    private static bool WordGoesOn(char c) => c is '师' or '部' or '化' or '院' or '局' or '处' or '组';

    /// <summary>Adds the project names of a sentence to <paramref name="found"/>, in text order.</summary>
    private void Find(string text, int sentence, List<Candidate> found)
    {
        var floor = 0;
        for (var end = 2; end <= text.Length; end++)
        {
            var head = NameBoundary.EndingWordLength(text, end, words.ProjectSuffixes);
            if (head == 0 || (end < text.Length && (NameBoundary.StartingWordLength(text, end, words.ProjectSuffixes) > 0 || WordGoesOn(text[end]))))
            {
                continue;
            }

            var headStart = end - head;
            var suffix = text[headStart..end];
            if (!ProjectHeads.Contains(suffix) && (ContinuesToProject(text, end) || ContinuesToZone(text, end)))
            {
                // 某某华东生产基地零部件园区建设项目: the facility is the head of a longer project name;
                // 入驻某某生产基地零部件园区: of a zone's.
                continue;
            }

            if (headStart > floor && text[headStart - 1] is '”' or '"' or '」')
            {
                var open = text.LastIndexOfAny(['“', '"', '「'], headStart - 2);
                if (open >= floor && headStart - 1 - open > 1)
                {
                    var quoted = text[(open + 1)..(headStart - 1)];
                    floor = end;
                    found.Add(new Candidate(sentence, open, end, text[open..end], quoted + suffix, quoted.Length >= 4 ? Kind.Named : Kind.Short, null));
                    continue;
                }
            }

            var start = NameBoundary.Start(text, headStart, words, floor: floor);
            start = OutputStart(text, start, floor);
            if (headStart - start < 4 && start > floor + 1 && text[start - 1] == '、' && !CountedItem().IsMatch(text.AsSpan(floor, start - 1 - floor)))
            {
                // 电芯、模组项目: an item too short to be a name is the tail of one.
                var before = NameBoundary.Start(text, start - 1, words, floor: floor);
                start = before < start - 1 ? before : start;
            }

            if (start > floor && start < headStart && words.StopWords.Contains(text.AsSpan(start - 1, 1))
                && segmenter.Tag(text[(start - 1)..headStart], hmm: false)[0] is { Text.Length: > 1 } word && word.Tag?.StartsWith('v') != true)
            {
                // 正极材料项目: a one-character stop word (正) that heads a longer word of jieba's dictionary, not a verb (已有), is the name's own.
                start = NameBoundary.Start(text, start - 1, words, floor: floor);
            }

            start = AfterFunctionWords(text, start, headStart);
            if (start < headStart - 1 && (text[start] is '及' or '和' or '与' || (text[start] == '一' && text[start + 1] is not ('期' or '批' or '个' or '家')
                && segmenter.Tag(text[start..headStart])[0].Tag is not ("j" or "nz" or "nt" or "x" or "nr"))))
            {
                // A name does not start with a conjunction or the article 一 (的一某某传感器项目).
                start++;
            }

            if (start > floor + 1 && text[start - 1] is '和' or '及' or '与')
            {
                // 年产50万套电机和电控系统项目: an output (年产…) joined by 和 is one name.
                var before = NameBoundary.Start(text, start - 1, words, floor: floor);
                if (OutputLead().IsMatch(text.AsSpan(before, start - 1 - before)))
                {
                    start = before;
                }
            }

            floor = end;
            var clauseStart = start == 0 ? 0 : Math.Min(start, text.LastIndexOfAny(['，', ',', '；', ';', '。', '：', ':'], start - 1) + 1);
            if (text[start] is '至' or '到' || DescribedBefore().IsMatch(text.AsSpan(clauseStart, start - clauseStart)) || RankedAmong(text, end))
            {
                continue;
            }

            if (headStart - start > 4 && SingleDeterminer().IsMatch(text.AsSpan(start, headStart - start)))
            {
                // 建了一个年产500吨纱线项目, 新建一座年产2万吨铸件工厂: one (一个, 一座, 一条) before a name counts nothing, it opens it
                start += 2;
            }

            var body = text[start..headStart].Replace("、", "", StringComparison.Ordinal);
            var surface = text[start..end];
            if (body.Length == 0)
            {
                if (start > 0 && NameBoundary.EndingWordLength(text, start, words.StopWords) > 0 && text[start - 1] is '该' or '此' or '个' or '本')
                {
                    found.Add(new Candidate(sentence, start - 1, end, text[(start - 1)..end], surface, Kind.Pronoun, null));
                }

                continue;
            }

            if (body[0] is '(' or '（')
            {
                // （技术改造）项目: a bracketed kind, no name.
                continue;
            }

            if (IsAdverbAndVerbs(body))
            {
                // 将全力保障项目用地, 要加快推进项目建设: an adverb and a verb before 项目 say what is done to projects, no name.
                continue;
            }

            var phase = PhaseBody().Match(body);
            if (phase.Success)
            {
                var n = phase.Groups["n"].Value;
                // 甲乙二期项目 points to 甲乙's project; 某某铝合金副车架四期项目 (a description, not a firm) names one.
                var firmNamed = (phase.Groups["firm"].Length >= 2 && !ProjectHeads.Contains(suffix)) || phase.Groups["firm"].Length >= 6;
                found.Add(new Candidate(sentence, start, end, surface, surface, firmNamed ? Kind.Named : Kind.Phase, n));
                continue;
            }

            // 126个…项目, 40多家…项目, 一个个重大项目, 一批配套项目: a count makes it many projects, not one named.
            var plural = PluralCount().IsMatch(body);
            var core = LeadingCount().Replace(body, "");
            var placed = false;
            for (var length = Math.Min(lexicons.PlacePrefixes.MaxLength, core.Length); length >= 2; length--)
            {
                if (lexicons.PlacePrefixes.Contains(core.AsSpan(0, length)))
                {
                    core = core[length..];
                    placed = true;
                    break;
                }
            }

            // 沧州经济开发区2026年第三季度重点项目, 全市上半年重点建设项目, 第二批省重点项目: a zone, a period or a batch before
            // kind words names the projects of that period, not one.
            var periodic = words.ProjectPeriodLead.Match(core);
            if (periodic.Success && periodic.Length < core.Length
                && NameBoundary.IsMadeOf(words.ProjectKindVerbs.Replace(core[periodic.Length..], ""), words.ProjectGenericWords))
            {
                found.Add(new Candidate(sentence, start, end, surface, surface, Kind.Short, null));
                continue;
            }

            var generic = plural || core.Length == 0 || body.Length < 4
                // generic words name one project when money is spent on it (投入380万元实施…) or a place heads them (滁州智能制造基地项目)
                || (NameBoundary.IsMadeOf(core, words.ProjectGenericWords) && !(core.Length >= 6 && (placed || SpentOn().IsMatch(text.AsSpan(0, start)))))
                || (ProjectHeads.Contains(suffix) && body.EndsWith("产业", StringComparison.Ordinal))
                || (ZoneHeads.Contains(suffix) && lexicons.TradeWords.Contains(core.EndsWith("产业", StringComparison.Ordinal) ? core[..^2] : core));
            found.Add(new Candidate(sentence, start, end, surface, surface, generic ? Kind.Short : Kind.Named, null));
        }
    }

    /// <summary>
    /// Text ending in an adverb or a word of manner (全力, 切实, 积极: project-manner-words.txt) and then verbs only (保障,
    /// 推进): what is done to projects, not a name.
    /// </summary>
    private bool IsAdverbAndVerbs(string body)
    {
        var tokens = segmenter.Tag(body, hmm: false);
        var k = tokens.Count - 1;
        while (k >= 0 && tokens[k].Tag is "v" or "vd" or "vn")
        {
            k--;
        }

        return k >= 0 && k < tokens.Count - 1 && (tokens[k].Tag is "d" or "ad" || words.ProjectMannerWords.Contains(tokens[k].Text));
    }
}
