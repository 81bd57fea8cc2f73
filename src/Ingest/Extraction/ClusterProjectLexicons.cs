using System.Text.RegularExpressions;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>The lexicons of clusters, projects and their relations, loaded once from resources/extraction.</summary>
public sealed class ClusterProjectLexicons
{
    private static readonly Lazy<ClusterProjectLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction")));

    public static ClusterProjectLexicons Default => LazyDefault.Value;

    /// <summary>Words that always end the text before a name.</summary>
    public required WordList StopWords { get; init; }

    /// <summary>Verbs that end the text before a name unless they stand right before its head.</summary>
    public required WordList NameVerbs { get; init; }

    /// <summary>All words a cluster name may carry or drop (levels, kinds, scopes).</summary>
    public required WordList ClusterQualifiers { get; init; }

    /// <summary>Qualifiers that name the list a cluster is on (国家先进制造业, 中小企业).</summary>
    public required WordList ClusterLevels { get; init; }

    public required WordList ProjectSuffixes { get; init; }

    public required WordList ProjectGenericWords { get; init; }

    /// <summary>Nouns jieba tags n that act as manner adverbs before a verb (全力, 大力, 着力): project-manner-words.txt.</summary>
    public required WordList ProjectMannerWords { get; init; }

    /// <summary>Words after X总部 that say where a firm's headquarters stand (位于, 设在): seat-words.txt.</summary>
    public required WordList SeatWords { get; init; }

    /// <summary>Verbs that go with a kind of project (重点建设项目, 集中签约项目), not with a name: taken out before the rest is weighed.</summary>
    public required Regex ProjectKindVerbs { get; init; }

    /// <summary>
    /// A zone word (project-period-zones.txt), a period (2026年, 第三季度, 上半年, 秋季, 年底) or a batch (第二批, 省级) opening
    /// what is left of a name: 开发区2026年第三季度重点项目 names the projects of a period, not one.
    /// </summary>
    public required Regex ProjectPeriodLead { get; init; }

    /// <summary>Words of an output (年产, 年处理) that open a project's name before a quantity.</summary>
    public required WordList ProjectOutputWords { get; init; }

    public required WordList InvestorHeads { get; init; }

    public required WordList ClusterParts { get; init; }

    /// <summary>Verbs by which a place builds a cluster (打造, 培育壮大): a cluster named after one needs no place of its own.</summary>
    public required WordList ClusterBuildVerbs { get; init; }

    public required WordList SubsidiaryCues { get; init; }

    /// <summary>True when only a subsidiary word stands between two full names (全资子公司——): the bare brand is the parent's.</summary>
    public bool IsSubsidiaryGap(string between)
    {
        var gap = new string([.. between.Where(c => c is not ('—' or '-' or '─' or ':' or '：' or ',' or '，' or '的' or ' '))]);
        return gap.Length > 0 && SubsidiaryCues.Contains(gap);
    }

    public required IReadOnlyList<CueLine> InvestmentCues { get; init; }

    public static ClusterProjectLexicons Load(string folder)
    {
        var boundaries = ResourceLines.Read(Path.Combine(folder, "name-boundaries.txt")).Select(line =>
        {
            var fields = line.Fields;
            return fields.Length == 2 && fields[0] is "stop" or "verb" ? (Kind: fields[0], Word: fields[1]) : throw line.Error("expected stop|verb <TAB> word");
        }).ToList();
        var qualifiers = ResourceLines.Read(Path.Combine(folder, "cluster-qualifiers.txt")).Select(line =>
        {
            var fields = line.Fields;
            return fields.Length == 2 && fields[0] is "level" or "kind" or "scope" ? (Kind: fields[0], Word: fields[1]) : throw line.Error("expected level|kind|scope <TAB> word");
        }).ToList();
        return new ClusterProjectLexicons
        {
            StopWords = WordList.FromWords("name-boundaries.txt", boundaries.Where(b => b.Kind == "stop").Select(b => b.Word)),
            NameVerbs = WordList.FromWords("name-boundaries.txt", boundaries.Where(b => b.Kind == "verb").Select(b => b.Word)),
            ClusterQualifiers = WordList.FromWords("cluster-qualifiers.txt", qualifiers.Select(q => q.Word)),
            ClusterLevels = WordList.FromWords("cluster-qualifiers.txt", qualifiers.Where(q => q.Kind == "level").Select(q => q.Word)),
            ProjectSuffixes = WordList.Load(Path.Combine(folder, "project-suffixes.txt")),
            ProjectGenericWords = WordList.Load(Path.Combine(folder, "project-generic-words.txt")),
            ProjectMannerWords = WordList.Load(Path.Combine(folder, "project-manner-words.txt")),
            SeatWords = WordList.Load(Path.Combine(folder, "seat-words.txt")),
            ProjectKindVerbs = new Regex(string.Join('|', WordList.Load(Path.Combine(folder, "project-kind-verbs.txt")).Words
                .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape)), RegexOptions.CultureInvariant),
            ProjectPeriodLead = PeriodLead(WordList.Load(Path.Combine(folder, "project-period-zones.txt"))),
            ProjectOutputWords = WordList.Load(Path.Combine(folder, "project-output-words.txt")),
            InvestorHeads = WordList.Load(Path.Combine(folder, "investor-heads.txt")),
            ClusterParts = WordList.Load(Path.Combine(folder, "cluster-parts.txt")),
            ClusterBuildVerbs = WordList.Load(Path.Combine(folder, "cluster-build-verbs.txt")),
            SubsidiaryCues = WordList.Load(Path.Combine(folder, "subsidiary-cues.txt")),
            InvestmentCues = CueLine.Load(Path.Combine(folder, "investment-cues.txt"), "amount", "context"),
        };
    }

    /// <summary>Periods and batches, each after an optional zone word of <paramref name="zones"/> (longest first).</summary>
    private static Regex PeriodLead(WordList zones) => new(
        "^(?:(?:" + string.Join('|', zones.Words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape)) + ")?"
        + @"(?:\d{4}年度?|(?:第?[一二三四1-4])季度|[上下]半年|全年|今年|明年|去年|年度|[春夏秋冬]季|年初|年中|年底|年末|第[一二三四五六七八九十\d]+批|首批|全市|全省|全区|全县|[省市区县]级?))+",
        RegexOptions.CultureInvariant);

    public IEnumerable<string> CuesOf(IReadOnlyList<CueLine> cues, string kind) =>
        cues.Where(c => c.Kind == kind).SelectMany(c => c.Words).Distinct().OrderByDescending(w => w.Length);
}

/// <summary>One line of a cue file: a named rule, its kind and its cue words (longest first).</summary>
public sealed record CueLine(string Rule, string Kind, IReadOnlyList<string> Words)
{
    public static IReadOnlyList<CueLine> Load(string path, params string[] kinds) =>
        ResourceLines.Read(path).Select(line =>
        {
            var fields = line.Fields;
            if (fields.Length != 3)
            {
                throw line.Error("expected rule-name <TAB> kind <TAB> cue|cue");
            }

            if (!kinds.Contains(fields[1]))
            {
                throw line.Error($"unknown cue kind '{fields[1]}', expected {string.Join(" or ", kinds)}");
            }

            return new CueLine(fields[0], fields[1], fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).ToArray());
        }).ToArray();
}
