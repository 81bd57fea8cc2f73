using System.Collections.Frozen;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>
/// The general-language lexicons of people, their titles and public bodies, loaded once from
/// resources/extraction: what <see cref="PersonNameReader"/>, <see cref="OrganizationNameRecognizer"/>
/// and <see cref="OfficialMentionRule"/> read.
/// </summary>
public sealed class OfficialLexicons
{
    private static readonly Lazy<OfficialLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction")));

    public static OfficialLexicons Default => LazyDefault.Value;

    /// <summary>Titles of people (董事长, 区委书记, 副主席 …), longest match.</summary>
    public required SurfaceTrie<string> Titles { get; init; }

    /// <summary>Words that qualify a title (挂职, 常务).</summary>
    public required SurfaceTrie<string> TitleModifiers { get; init; }

    /// <summary>Leader titles of a level of government → the suffix of that level's place names (区领导 → 区).</summary>
    public required FrozenDictionary<string, string> DistrictLeaderTitles { get; init; }

    /// <summary>Titles of a level's government, not of its party committee (市长 → 市, 副区长 → 区).</summary>
    public required FrozenDictionary<string, string> GovernmentTitles { get; init; }

    /// <summary>Words that stand for the article's company before a title (公司, 该公司).</summary>
    public required SurfaceTrie<string> CompanyReferences { get; init; }

    /// <summary>Words that may precede a company reference and keep it pointing at the article's company (正如).</summary>
    public required WordList CompanyReferenceLeadIns { get; init; }

    public required FrozenSet<string> SingleSurnames { get; init; }

    public required FrozenSet<string> CompoundSurnames { get; init; }

    /// <summary>Words that may follow a name at once (表示, 说, 主持 …).</summary>
    public required SurfaceTrie<string> NameFollowers { get; init; }

    /// <summary>
    /// Parts of names no surname opens: Tibetan syllable pairs (次仁, 多吉: tibetan-name-parts.txt) and Mongolian name words
    /// (苏和, 巴特尔: mongolian-name-parts.txt).
    /// </summary>
    public required WordList TibetanNameParts { get; init; }

    /// <summary>Verbs of appointment (任命, 聘任, 选举) after which a name runs to 为/担任/出任.</summary>
    public required WordList AppointmentVerbs { get; init; }

    /// <summary>Verbs of holding an office ending in 任 (曾任, 现任): office-verbs.txt.</summary>
    public required WordList OfficeVerbs { get; init; }

    /// <summary>Forms that end an organisation's name, and blockers that contain a form but end nothing (部分, 格局).</summary>
    public required SurfaceTrie<OrganizationForm> OrganizationForms { get; init; }

    public required WordList OrganizationLeadingWords { get; init; }

    public required WordList OrganizationHeads { get; init; }

    public required WordList GenericOrganizationWords { get; init; }

    /// <summary>Central bodies named without a place (工信部, 国务院).</summary>
    public required SurfaceTrie<string> NationalOrganizations { get; init; }

    /// <summary>Words that end a zone's name (产业园, 高新区, 新城, 试验区: zone-endings.txt): a place of no level of government.</summary>
    public required WordList ZoneEndings { get; init; }

    /// <summary>
    /// Words that open where a firm's place is said before its name (同在, 同处, 位于: firm-place-leads.txt): the annotator cuts a
    /// preposition jieba glued to one off it (采购|自同|在 → 自|同|在).
    /// </summary>
    public required WordList FirmPlaceLeads { get; init; }

    /// <summary>The name ends with one of the <see cref="ZoneEndings"/>.</summary>
    public bool IsZoneName(string name) => ZoneEndings.LongestEndingAt(name, name.Length) > 0;

    public static OfficialLexicons Load(string folder)
    {
        string PathOf(string file) => Path.Combine(folder, file);
        var titles = WordList.Load(PathOf("titles.txt"));
        var surnames = ResourceLines.Read(PathOf("surnames.txt")).SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return new OfficialLexicons
        {
            Titles = TrieOf(titles.Words),
            TitleModifiers = TrieOf(WordList.Load(PathOf("title-modifiers.txt")).Words),
            DistrictLeaderTitles = TitleLevels(PathOf("district-leader-titles.txt")),
            GovernmentTitles = TitleLevels(PathOf("government-titles.txt")),
            CompanyReferences = TrieOf(WordList.Load(PathOf("company-references.txt")).Words),
            CompanyReferenceLeadIns = WordList.Load(PathOf("company-reference-lead-ins.txt")),
            SingleSurnames = surnames.Where(s => s.Length == 1).ToFrozenSet(StringComparer.Ordinal),
            CompoundSurnames = surnames.Where(s => s.Length == 2).ToFrozenSet(StringComparer.Ordinal),
            NameFollowers = TrieOf(WordList.Load(PathOf("person-name-followers.txt")).Words),
            AppointmentVerbs = WordList.Load(PathOf("appointment-verbs.txt")),
            OfficeVerbs = WordList.Load(PathOf("office-verbs.txt")),
            TibetanNameParts = WordList.FromWords("tibetan-name-parts.txt",
                [.. WordList.Load(PathOf("tibetan-name-parts.txt")).Words, .. WordList.Load(PathOf("mongolian-name-parts.txt")).Words]),
            OrganizationForms = LoadForms(PathOf("organization-suffixes.txt"), PathOf("organization-suffix-blockers.txt")),
            OrganizationLeadingWords = WordList.Load(PathOf("organization-leading-words.txt")),
            OrganizationHeads = WordList.Load(PathOf("organization-heads.txt")),
            GenericOrganizationWords = WordList.Load(PathOf("generic-organization-words.txt")),
            NationalOrganizations = TrieOf(WordList.Load(PathOf("national-organizations.txt")).Words),
            ZoneEndings = WordList.Load(PathOf("zone-endings.txt")),
            FirmPlaceLeads = WordList.Load(PathOf("firm-place-leads.txt")),
        };
    }

    /// <summary>Lines of title <TAB> the suffix of a place's name.</summary>
    private static FrozenDictionary<string, string> TitleLevels(string path) =>
        ResourceLines.Read(path).Select(line =>
        {
            var fields = line.Fields;
            return fields.Length == 2 && fields[1].Length > 0
                ? KeyValuePair.Create(fields[0], fields[1])
                : throw line.Error("expected title <TAB> place suffix");
        }).ToFrozenDictionary(StringComparer.Ordinal);

    private static SurfaceTrie<string> TrieOf(IEnumerable<string> words)
    {
        var trie = new SurfaceTrie<string>();
        foreach (var word in words)
        {
            trie.Add(word, word);
        }

        return trie;
    }

    private static SurfaceTrie<OrganizationForm> LoadForms(string formsPath, string blockersPath)
    {
        var trie = new SurfaceTrie<OrganizationForm>();
        foreach (var line in ResourceLines.Read(blockersPath))
        {
            trie.Add(line.Text, new OrganizationForm(line.Text, IsBlocker: true, NeedsHead: false, TitleFirst: false));
        }

        foreach (var line in ResourceLines.Read(formsPath))
        {
            var fields = line.Fields;
            var flag = fields.Length switch
            {
                1 => string.Empty,
                2 when fields[1] is "needs-head" or "title-first" => fields[1],
                _ => throw line.Error("expected form [<TAB> needs-head | title-first]"),
            };
            trie.Add(fields[0], new OrganizationForm(fields[0], IsBlocker: false, NeedsHead: flag == "needs-head", TitleFirst: flag == "title-first"));
        }

        return trie;
    }
}

/// <summary>
/// A form that ends an organisation name (局, 协会, 中心), or a blocker word that contains one but ends none. A
/// title-first form (党委) that starts a title (党委书记) is that title, of the body before it.
/// </summary>
public sealed record OrganizationForm(string Text, bool IsBlocker, bool NeedsHead, bool TitleFirst);
