using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Places;

/// <summary>A development-zone or park suffix (经开区 → 经济技术开发区) and how many name characters it needs after its place.</summary>
public sealed record ZoneSuffix(string Suffix, string Canonical, int MinName, string Rule);

/// <summary>
/// The pattern rules of place recognition, loaded from the data files next to the gazetteer:
/// zone suffixes and the forms that end enterprise and institution names.
/// </summary>
public sealed class PlaceRules
{
    private static readonly Lazy<PlaceRules> Shared = new(() => Load(DataFile.PlacesFolder));

    /// <summary>Words that end a name run: a place followed by one of these is not the head of a name.</summary>
    private static readonly FrozenSet<char> NameRunStops = "的在是和与及等于为将把被对从向到至由、也都已就还又并而或了".ToFrozenSet();

    private PlaceRules(ImmutableArray<ZoneSuffix> zones, ImmutableArray<string> nameSuffixes, ImmutableArray<string> genericZoneWords,
        ImmutableArray<string> settleCues, ImmutableArray<string> buildCues, WordList titles, FrozenSet<char> surnames,
        FrozenSet<char> zoneLeadChars, FrozenSet<char> zoneNameDeterminers, FrozenSet<char> bareZoneWordLeads)
    {
        ZoneLeadChars = zoneLeadChars;
        ZoneNameDeterminers = zoneNameDeterminers;
        BareZoneWordLeads = bareZoneWordLeads;
        _titles = titles;
        _surnames = surnames;
        GenericZoneWords = genericZoneWords;
        SettleCues = settleCues;
        BuildCues = buildCues;
        ZoneSuffixes = zones;
        ZoneTrie = CharTrie<ZoneSuffix>.Build(zones.Select(z => KeyValuePair.Create(z.Suffix, z)));
        NameSuffixes = nameSuffixes;
        NameSuffixTrie = CharTrie<string>.Build(nameSuffixes.Select(s => KeyValuePair.Create(s, s)));
    }

    public static PlaceRules Default => Shared.Value;

    /// <summary>Characters that end the text before a zone's own name (在准东经济技术开发区): zone-lead-chars.txt.</summary>
    public FrozenSet<char> ZoneLeadChars { get; }

    /// <summary>First characters of a determiner phrase before a zone suffix (该…, 本…): zone-name-determiners.txt.</summary>
    public FrozenSet<char> ZoneNameDeterminers { get; }

    /// <summary>Further characters after which a bare zone word names the document's zone (是, 向, 由 …): bare-zone-word-leads.txt.</summary>
    public FrozenSet<char> BareZoneWordLeads { get; }

    /// <summary>Descriptors (绿色, 智慧 …) that do not name a zone on their own.</summary>
    public ImmutableArray<string> GenericZoneWords { get; }

    /// <summary>True when <paramref name="name"/> is made only of generic descriptors (绿色, 国家级特色).</summary>
    public bool IsGenericZoneName(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        return GenericZoneWords.Any(w => name.StartsWith(w, StringComparison.Ordinal) && IsGenericZoneName(name[w.Length..]));
    }

    /// <summary>Verbs of settling after which a name stands where a place stands (落户武进): settle-cues.txt.</summary>
    public ImmutableArray<string> SettleCues { get; }

    /// <summary>Verbs of building after 在 + a name that make the name a place (在武进投建): build-cues.txt.</summary>
    public ImmutableArray<string> BuildCues { get; }

    public ImmutableArray<ZoneSuffix> ZoneSuffixes { get; }

    public CharTrie<ZoneSuffix> ZoneTrie { get; }

    public ImmutableArray<string> NameSuffixes { get; }

    public CharTrie<string> NameSuffixTrie { get; }

    /// <summary>Longest run of brand or trade characters between a place and the form that ends its name.</summary>
    public const int MaxNameRun = 14;

    /// <summary>
    /// Rule "inside-name": the place ending at <paramref name="end"/> heads the name of an enterprise or
    /// institution when a name form (有限公司, 银行, 学院 …) follows within the same clause after a run of
    /// brand characters (浙江|远航轴承|有限公司, 平湖|农商银行).
    /// </summary>
    public bool IsInsideName(string text, int end)
    {
        for (var k = end; k < text.Length && k - end <= MaxNameRun; k++)
        {
            if (NameSuffixTrie.LongestAt(text, k) is { Length: > 0, Value: var suffix })
            {
                // 在四平市铁东区创办|公司: a bare 公司 or 集团 right after a verb that takes a firm is that verb's object,
                // not the end of a name the place opens.
                return !(suffix is "公司" or "集团" && EndsWithFirmVerb(text, end, k));
            }

            // 长寿区本土企业|重庆某某有限公司: a noun that classifies the firm after it ends the run (no name holds one).
            if (StartsWithClassifier(text, k))
            {
                return false;
            }

            var c = text[k];
            if (NameRunStops.Contains(c) || (CharClass.IsBoundary(c) && c is not ('(' or ')' or '（' or '）')))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs that take a firm as their object (创办, 注册, 加入): firm-object-verbs.txt.</summary>
    public ImmutableArray<string> FirmObjectVerbs { get; init; } = [];

    /// <summary>Verbs that never open a zone's name after its place (九江|依托沿江园区): zone-name-verbs.txt.</summary>
    public ImmutableArray<string> ZoneNameVerbs { get; init; } = [];

    /// <summary>The words between a place and a park suffix open with a verb of zone-name-verbs.txt: a clause, no name.</summary>
    public bool OpensWithClauseVerb(string gap)
    {
        foreach (var verb in ZoneNameVerbs)
        {
            if (gap.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithFirmVerb(string text, int from, int at)
    {
        foreach (var verb in FirmObjectVerbs)
        {
            if (at - from >= verb.Length && text.AsSpan(from, at - from).EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that classify a firm before its name (本土企业, 龙头企业): never inside a name.</summary>
    private static readonly string[] FirmClassifiers = ["本土企业", "龙头企业", "骨干企业", "民营企业", "链主企业", "重点企业", "领军企业", "外资企业", "国有企业"];

    private static bool StartsWithClassifier(string text, int at)
    {
        foreach (var word in FirmClassifiers)
        {
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private readonly WordList _titles;
    private readonly FrozenSet<char> _surnames;

    /// <summary>
    /// A title and a surname end right before <paramref name="start"/> (总经理覃|永福, 董事长林|金华): what starts there is
    /// that person's given name, not a place. The titles and surnames are those officials are read with (resources/extraction).
    /// </summary>
    public bool GivenNameAt(string text, int start)
    {
        if (start < 3 || !_surnames.Contains(text[start - 1]))
        {
            return false;
        }

        for (var length = Math.Min(_titles.MaxLength, start - 1); length >= 2; length--)
        {
            if (_titles.Contains(text.AsSpan(start - 1 - length, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="c"/> can be part of the name of a zone or a village (月亮湖, 桃花坞).</summary>
    public static bool IsNameChar(char c) => CharClass.IsHan(c) && !NameRunStops.Contains(c);

    public static PlaceRules Load(string folder)
    {
        var zones = DataFile.Read(Path.Combine(folder, "zone-suffixes.txt"), 4)
            .Select(r => new ZoneSuffix(r.Fields[0], r.Fields[1],
                int.TryParse(r.Fields[2], out var min) ? min : throw new DataFileException("zone-suffixes.txt", r.Line, $"'{r.Fields[2]}' is not a number"),
                r.Fields[3]))
            .ToImmutableArray();
        var names = DataFile.Read(Path.Combine(folder, "name-suffixes.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray();
        var generic = DataFile.Read(Path.Combine(folder, "zone-generic-words.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray();
        var settle = DataFile.Read(Path.Combine(folder, "settle-cues.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray();
        var build = DataFile.Read(Path.Combine(folder, "build-cues.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray();
        var extraction = Path.Combine(folder, "..", "extraction");
        var titles = WordList.Load(Path.Combine(extraction, "titles.txt"));
        var surnames = ResourceLines.Read(Path.Combine(extraction, "surnames.txt"))
            .SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length == 1).Select(w => w[0]).ToFrozenSet();
        return new PlaceRules(zones, names, generic, settle, build, titles, surnames,
            CharsOf(folder, "zone-lead-chars.txt"), CharsOf(folder, "zone-name-determiners.txt"), CharsOf(folder, "bare-zone-word-leads.txt"))
        {
            FirmObjectVerbs = DataFile.Read(Path.Combine(folder, "firm-object-verbs.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray(),
            ZoneNameVerbs = DataFile.Read(Path.Combine(folder, "zone-name-verbs.txt"), 1).Select(r => r.Fields[0]).ToImmutableArray(),
        };
    }

    /// <summary>A data file of one character per line.</summary>
    private static FrozenSet<char> CharsOf(string folder, string file) =>
        DataFile.Read(Path.Combine(folder, file), 1)
            .Select(r => r.Fields[0].Length == 1 ? r.Fields[0][0] : throw new DataFileException(file, r.Line, $"'{r.Fields[0]}' is not one character"))
            .ToFrozenSet();
}
