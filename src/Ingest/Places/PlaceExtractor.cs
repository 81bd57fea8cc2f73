using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Places;

/// <summary>
/// Finds the places of a document in one pass over each sentence (a trie of every gazetteer name and
/// zone suffix), drops those that head an enterprise's name, resolves short and shared names by the
/// places the document names, reads zones (平湖经济技术开发区) and villages (广陈镇山塘村) by pattern,
/// and links everything with <see cref="PlaceHierarchy"/>.
/// </summary>
public sealed partial class PlaceExtractor(Gazetteer gazetteer, PlaceRules rules)
{
    private readonly ZoneShortForms _zoneShortForms = new(gazetteer, rules);

    /// <summary>Most characters between a place and the zone suffix that names a zone in it (南湖|月亮湖|区域).</summary>
    private const int MaxZoneName = 10;

    /// <summary>Most characters of a village name after its town (广陈镇|山塘|村).</summary>
    private const int MaxVillageName = 4;

    private const int ResolutionPasses = 3;

    public PlaceExtractor()
        : this(Gazetteer.Default, PlaceRules.Default)
    {
    }

    public PlaceGraph Extract(NormalizedDocument document)
    {
        var units = document.Articles
            .SelectMany(a => a.Sentences.Select(s => new Unit(a.Index, s.Index, s.MatchText, s)))
            .ToList();
        var source = document.Source;
        // The document's id is a hash of its content: worked out once, not per place.
        var documentId = source.Id;
        return Build(units, [], (unit, start, end, rule, confidence) => new Evidence(
            documentId, source.FileName, unit.Sentence!.OriginalOffset(start), unit.Sentence.OriginalOffset(end - 1) + 1,
            unit.Sentence.Text, rule, confidence));
    }

    /// <summary>
    /// The places inside <paramref name="text"/> (e.g. an enterprise or cluster name: 海宁机器人减速器产业集群 → 海宁市),
    /// resolved with the places of <paramref name="context"/> (the document's <see cref="PlaceGraph"/>) when given.
    /// Places heading an enterprise name are kept here: the caller asked about this very name.
    /// </summary>
    public ImmutableArray<PlaceSpan> FindPlaces(string text, PlaceGraph? context = null)
    {
        var known = context?.Districts
            .Select(d => d.Attributes.GetValueOrDefault(PlaceHierarchy.CodeAttribute))
            .OfType<string>() ?? [];
        var graph = Build([new Unit(0, 0, CharClass.FoldWidth(text), null)], known,
            (_, start, end, rule, confidence) => new Evidence(string.Empty, string.Empty, start, end, text, rule, confidence),
            keepNameHeads: true);
        var byId = graph.Districts.ToDictionary(d => d.Id);
        return [.. graph.Mentions.Select(m => new PlaceSpan(m.Start, m.End, m.Surface, m.Code, byId[m.EntityId].Name, m.Level, m.EntityId, m.Rule))];
    }

    private delegate Evidence EvidenceFactory(Unit unit, int start, int end, string rule, double confidence);

    // classes, not records: units and occurrences are compared and hashed by identity, never by their text
    private sealed class Unit(int article, int sentenceIndex, string text, Sentence? sentence)
    {
        public int Article => article;

        public int SentenceIndex => sentenceIndex;

        public string Text => text;

        public Sentence? Sentence => sentence;

        /// <summary>The resolved occurrences of this unit, in text order (filled after resolution; made for the units that have some).</summary>
        public List<Occurrence> Resolved => resolved ??= [];

        /// <summary>The zones read in this unit so far, in text order (made for the units that have some).</summary>
        public List<PatternPlace> Zones => zones ??= [];

        private List<Occurrence>? resolved;
        private List<PatternPlace>? zones;
    }

    /// <summary>What follows a place name: a zone suffix at once (平湖|经济技术开发区), or a park's own name and suffix (如皋|滨江船舶|工业园).</summary>
    private enum ZoneAfter
    {
        None,
        Suffix,
        Park,
    }

    /// <param name="namesZone">What follows the name; a zone after it means the name is used as a place.</param>
    private sealed class Occurrence(Unit unit, int start, int end, ImmutableArray<PlaceName> names, ZoneAfter namesZone)
    {
        private string? surface;

        public Unit Unit => unit;

        public int Start => start;

        public int End => end;

        public ImmutableArray<PlaceName> Names => names;

        public ZoneAfter NamesZone => namesZone;

        public string Surface => surface ??= unit.Text[start..end];

        public Division? Resolved { get; set; }

        public string Rule { get; set; } = string.Empty;

        public double Confidence { get; set; }

        /// <summary>Resolution left it open with a reason at least once: explained if it stays unresolved.</summary>
        public bool Doubted { get; set; }
    }

    private sealed record ZoneHit(Unit Unit, int Start, int End, ZoneSuffix Suffix);

    /// <summary>A place found by pattern (zone or village) with its own synthetic code.</summary>
    private sealed record PatternPlace(Unit Unit, int Start, int End, string Name, string Code, PlaceLevel Level, string? ParentCode, string Rule, ImmutableArray<string> Aliases);

    private PlaceGraph Build(List<Unit> units, IEnumerable<string> knownCodes, EvidenceFactory evidence, bool keepNameHeads = false)
    {
        var occurrences = new List<Occurrence>();
        var zoneHits = new List<ZoneHit>();
        foreach (var unit in units)
        {
            Scan(unit, occurrences, zoneHits, keepNameHeads);
        }

        if (occurrences.Count == 0 && zoneHits.Count == 0)
        {
            // No name and no zone suffix: every step below reads only these, so nothing would come of them (most names a
            // document's rules ask FindPlaces about hold no place; each asked again in every document that names them).
            // A graph of its own all the same: callers key caches by the graph.
            return new PlaceGraph([], [], [], []);
        }

        var unresolved = Resolve(occurrences, knownCodes);
        var resolved = occurrences.Where(o => o.Resolved is not null).ToList();
        foreach (var o in resolved)
        {
            o.Unit.Resolved.Add(o);
        }

        var patterns = new List<PatternPlace>();
        var statedEdges = new List<(PatternPlace Zone, Occurrence Child)>();
        var writtenHeads = new HashSet<Occurrence>();
        ReadZones(resolved, zoneHits, patterns, statedEdges, writtenHeads);
        _zoneShortForms.Read(units, resolved, patterns, zoneHits, statedEdges, parks => ReadZones(resolved, parks, patterns, statedEdges, writtenHeads));
        if (!keepNameHeads)
        {
            // 江阴临港船舶工业园 alone names no 江阴市: a place written only inside a zone's name is no place of the text
            // (the zone lies in it, and is linked to its nearest ancestor the text names). A county or city written in
            // full before a zone with a name of its own (来安县|汊河|经济开发区) is a place of the text all the same.
            resolved = DropZoneHeads(resolved, patterns, writtenHeads);
        }

        ReadVillages(resolved, patterns);

        var entities = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>();
        foreach (var o in resolved)
        {
            var d = o.Resolved!;
            if (!entities.TryGetValue(d.Code, out var draft))
            {
                entities[d.Code] = draft = new EntityDraft(d.Name, DivisionId(d), d.Code, d.Level, d.ParentCode, o.Rule);
            }

            draft.Add(o.Surface, evidence(o.Unit, o.Start, o.End, o.Rule, o.Confidence));
            mentions.Add(new PlaceMention(o.Unit.Article, o.Unit.SentenceIndex, o.Start, o.End, o.Surface, draft.Id, d.Code, d.Level, o.Rule));
        }

        foreach (var p in patterns)
        {
            var draft = Draft(entities, p.Code, () => new EntityDraft(p.Name, StableId.ForEntity(NodeLabel.District, p.Code), p.Code, p.Level, p.ParentCode, p.Rule));
            foreach (var alias in p.Aliases)
            {
                draft.Aliases.Add(alias);
            }

            // a bare zone word (高新区, 开发区) names the document's one zone of that kind: no alias of it across documents
            draft.Add(p.Unit.Text[p.Start..p.End], evidence(p.Unit, p.Start, p.End, p.Rule, 0.8), alias: p.End - p.Start > 3 || ZoneShortForms.BareZoneWord(p.Name) != p.Unit.Text[p.Start..p.End]);
            mentions.Add(new PlaceMention(p.Unit.Article, p.Unit.SentenceIndex, p.Start, p.End, p.Unit.Text[p.Start..p.End], draft.Id, p.Code, p.Level, p.Rule));
        }

        foreach (var o in occurrences.Where(o => o.Resolved is null && o.Names.Any(n => !n.IsShort)))
        {
            // a full official name shared by several places is still a place: kept, without a code
            var name = o.Surface;
            var draft = Draft(entities, "?" + name, () => new EntityDraft(name, StableId.ForEntity(NodeLabel.District, name + "@unresolved"), null,
                o.Names[0].Division.Level, null, "ambiguous-name"));
            draft.Add(name, evidence(o.Unit, o.Start, o.End, "ambiguous-name", 0.5));
            mentions.Add(new PlaceMention(o.Unit.Article, o.Unit.SentenceIndex, o.Start, o.End, name, draft.Id, string.Empty, draft.Level, "ambiguous-name"));
        }

        var districts = entities.Values.Select(e => e.ToEntity()).ToImmutableArray();
        var byCode = districts.Where(d => d.Attributes.ContainsKey(PlaceHierarchy.CodeAttribute))
            .ToDictionary(d => d.Attributes[PlaceHierarchy.CodeAttribute]);
        var edges = PlaceHierarchy.Link(districts, gazetteer).ToList();
        foreach (var (zone, child) in statedEdges)
        {
            var from = byCode[child.Resolved!.Code];
            var to = byCode[zone.Code];
            edges.Add(Relation.Create(RelationType.LOCATED_IN, from.Id, to.Id, [KeyValuePair.Create(PlaceHierarchy.BasisAttribute, "text")],
                [evidence(child.Unit, zone.Start, child.End, "division-after-zone", 0.85)]));
        }

        var located = edges.GroupBy(e => e.Id).Select(g => g.First()).ToImmutableArray();
        return new PlaceGraph(districts, located, mentions.ToImmutable(), [.. unresolved]);
    }

    private void Scan(Unit unit, List<Occurrence> occurrences, List<ZoneHit> zoneHits, bool keepNameHeads)
    {
        var text = unit.Text;
        var i = 0;
        while (i < text.Length)
        {
            var (placeLength, names) = gazetteer.Trie.LongestAt(text, i);
            var (zoneLength, zone) = rules.ZoneTrie.LongestAt(text, i);
            if (placeLength > 0 && placeLength >= zoneLength && OverlappedBy(text, i, placeLength, names!) is var better && better > i
                && !(names!.All(n => n.Division.Level == PlaceLevel.County) && NamesZone(text, i + placeLength) == ZoneAfter.Park))
            {
                // a surer name starts inside this one and runs past it (在中|国 → 在|中国; 看中东|莞 → 东莞)
                i = better;
            }
            else if (placeLength > 0 && ((occurrences.Count > 0 && occurrences[^1].Unit == unit && occurrences[^1].End == i)
                         || (zoneHits.Count > 0 && zoneHits[^1].Unit == unit && zoneHits[^1].End == i))
                     && ZoneSuffixAt(names!) is var suffixAt && suffixAt > 0)
            {
                // 星河|汽车工业园: a town named like a zone, right after a place or a zone (某经开区|新材料产业园), is that
                // place's or zone's park; read by its suffix
                i += suffixAt;
            }
            else if (placeLength > 0 && (placeLength > zoneLength || (placeLength == zoneLength && !names!.All(n => n.IsShort))))
            {
                // 总经理覃|永福说: a short form right after a title and a surname is the person's given name.
                // 已在涪城区建设新厂, 计划在某区再建一座工厂: a place after 在 with a verb of building after it is where something
                // is built, not the head of a name the 厂 ends.
                if ((keepNameHeads || !rules.IsInsideName(text, i + placeLength) || (AfterLocative(text, i) && StartsWithBuildCue(text, i + placeLength)))
                    && !NamesSomethingElse(text, i + placeLength, names!)
                    && !(names!.All(n => n.IsShort) && rules.GivenNameAt(text, i))
                    && (names!.Any(n => n.Division.Rule != Gazetteer.HomeCountryRule) || AfterLocative(text, i)))
                {
                    occurrences.Add(new Occurrence(unit, i, i + placeLength, names, NamesZone(text, i + placeLength)));
                }

                i += placeLength;
            }
            else if (zoneLength > 0 && !EndsInCityWord(text, i + zoneLength, zone!))
            {
                zoneHits.Add(new ZoneHit(unit, i, i + zoneLength, zone!));
                i += zoneLength;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// 老工业城市, 现代化工业城市: a suffix ending in 城 with 市 after it is the word 城市 (a kind of city), no park (林州汽配工业城).
    /// </summary>
    private static bool EndsInCityWord(string text, int end, ZoneSuffix zone) =>
        zone.Suffix[^1] == '城' && end < text.Length && text[end] == '市';

    /// <summary>
    /// Where a surer place name starts inside the match at <paramref name="start"/> and ends after it, or -1: a county's
    /// or town's short form overlapped by a full name (在中|国: 中国), a region or foreign name by a division's
    /// (中东|莞: 东莞). A city's short form stands (嘉兴|县域 is no 兴县).
    /// </summary>
    private int OverlappedBy(string text, int start, int length, ImmutableArray<PlaceName> names)
    {
        static bool Weak(PlaceName n) =>
            (n.IsShort && n.Division.Level.Depth() >= PlaceLevel.County.Depth()) || (n.Division.Level.Depth() == 0 && n.Division.Level != PlaceLevel.Zone);
        static bool Sure(PlaceName n) =>
            !n.IsShort || n.Division.Level is PlaceLevel.Province or PlaceLevel.City;
        if (!names.All(Weak))
        {
            return -1;
        }

        for (var j = start + 1; j < start + length; j++)
        {
            var (other, otherNames) = gazetteer.Trie.LongestAt(text, j);
            if (j + other > start + length && otherNames!.Any(Sure))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A zone suffix follows the name at once (平湖|经济技术开发区): the name is used as a place.</summary>
    private ZoneAfter NamesZone(string text, int end)
    {
        var (after, suffix) = rules.ZoneTrie.LongestAt(text, end);
        if (after > 0)
        {
            return suffix!.MinName == 0 ? ZoneAfter.Suffix : ZoneAfter.None;
        }

        // 如皋|滨江船舶|工业园: a park named after the place, with a name of its own before the suffix
        for (var k = end + 1; k < text.Length && k - end <= MaxZoneName && PlaceRules.IsNameChar(text[k - 1]); k++)
        {
            var (length, park) = rules.ZoneTrie.LongestAt(text, k);
            if (length > 0)
            {
                return k - end >= Math.Max(2, park!.MinName) && park.Rule is not "zone-area" && !rules.IsGenericZoneName(text[end..k])
                    ? ZoneAfter.Park
                    : ZoneAfter.None;
            }
        }

        return ZoneAfter.None;
    }

    /// <summary>
    /// Where the zone suffix starts in the name of a town of the gazetteer named like a zone (汽车|工业园,
    /// 高新技术|产业园区), the same for every name of the match; 0 when the names are not all such towns.
    /// </summary>
    private int ZoneSuffixAt(ImmutableArray<PlaceName> names)
    {
        var at = 0;
        foreach (var name in names)
        {
            var n = name.Division.Name;
            var found = 0;
            for (var k = 1; name.Division.Level == PlaceLevel.Town && k < n.Length && found == 0; k++)
            {
                found = rules.ZoneTrie.LongestAt(n, k).Length == n.Length - k ? k : 0;
            }

            if (found == 0 || (at > 0 && found != at))
            {
                return 0;
            }

            at = found;
        }

        return at;
    }

    /// <summary>The home country is a place only right after a locative (在中国, 于中国, 到中国).</summary>
    private static bool AfterLocative(string text, int at) => at > 0 && text[at - 1] is '在' or '于' or '到' or '至';

    /// <summary>
    /// A verb of building (build-cues.txt: 建设, 新建, 再建 …) starts at <paramref name="at"/>; not one that also takes a firm
    /// (设立, 注册: firm-object-verbs.txt), after which the 厂 may still close a name the place opens.
    /// </summary>
    private bool StartsWithBuildCue(string text, int at)
    {
        foreach (var cue in rules.BuildCues)
        {
            if (text.AsSpan(at).StartsWith(cue, StringComparison.Ordinal) && !rules.FirmObjectVerbs.Contains(cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short form followed by a division suffix that is not its own (以上城市 is not 上城区) names
    /// another place or is part of a word.
    /// </summary>
    private static bool NamesSomethingElse(string text, int end, ImmutableArray<PlaceName> names) =>
        end < text.Length && text[end] is '市' or '区' or '县' or '镇' or '乡' or '省' && names.All(n => n.IsShort);

    /// <summary>
    /// Resolves every occurrence to one place or none. Official names of one place, and short forms of
    /// provinces and cities, stand alone; short forms of counties need a province or city of theirs named
    /// in the document, short forms of towns a city and a name no other town shortens to. Ties between
    /// equally likely places stay unresolved and are reported.
    /// </summary>
    private List<string> Resolve(List<Occurrence> occurrences, IEnumerable<string> knownCodes)
    {
        var context = new HashSet<string>(StringComparer.Ordinal);
        void AddContext(Division d)
        {
            if (context.Add(d.Code))
            {
                foreach (var a in gazetteer.AncestorsOf(d))
                {
                    context.Add(a.Code);
                }
            }
        }

        foreach (var code in knownCodes)
        {
            if (gazetteer.ByCode(code) is { } known)
            {
                AddContext(known);
            }
        }

        // occurrences in the order they were first doubted, which is the order of the report
        var doubted = new List<Occurrence>();
        var open = new List<Occurrence>(occurrences);
        for (var pass = 0; pass < ResolutionPasses; pass++)
        {
            var changed = false;
            var contextSnapshot = pass == 0 ? new HashSet<string>(context) : context;

            // within a pass the context is fixed, so a choice depends only on the names and the zone flag
            var choices = new Dictionary<(ImmutableArray<PlaceName>, ZoneAfter, bool), (PlaceName?, string?)>();
            foreach (var o in open)
            {
                var key = (o.Names, o.NamesZone, AfterPlaceCue(o));
                if (!choices.TryGetValue(key, out var decision))
                {
                    decision = o.Names.Length == 1 && !o.Names[0].IsShort
                        ? (o.Names[0], null)
                        : Choose(o, contextSnapshot, firstPass: pass == 0, explain: false);
                    choices[key] = decision;
                }

                var (choice, reason) = decision;
                if (choice is not null)
                {
                    o.Resolved = choice.Division;
                    o.Rule = choice.Rule;
                    o.Confidence = choice.IsShort ? 0.85 : 0.95;
                    changed = true;
                }
                else if (reason is not null && !o.Doubted)
                {
                    o.Doubted = true;
                    doubted.Add(o);
                }
            }

            open.RemoveAll(o => o.Resolved is not null);
            foreach (var o in occurrences)
            {
                if (o.Resolved is { } resolved)
                {
                    AddContext(resolved);
                }
            }

            if (!changed && pass > 0)
            {
                break;
            }
        }

        // explanations are built once, for what stayed unresolved, and once per set of names; a name left unresolved
        // for the same reason again and again is one line (where first, and how often), not one line each time
        var explanations = new Dictionary<(ImmutableArray<PlaceName>, ZoneAfter, bool), string?>();
        var report = new List<(Occurrence First, string Reason, int Times)>();
        var lines = new Dictionary<(string Surface, string Reason), int>();
        foreach (var o in doubted)
        {
            if (o.Resolved is not null)
            {
                continue;
            }

            var key = (o.Names, o.NamesZone, AfterPlaceCue(o));
            if (!explanations.TryGetValue(key, out var reason))
            {
                reason = Choose(o, context, firstPass: false, explain: true).Reason;
                explanations[key] = reason;
            }

            if (reason is null)
            {
                continue;
            }

            if (lines.TryGetValue((o.Surface, reason), out var line))
            {
                report[line] = report[line] with { Times = report[line].Times + 1 };
            }
            else
            {
                lines[(o.Surface, reason)] = report.Count;
                report.Add((o, reason, 1));
            }
        }

        return report.ConvertAll(r => r.Times == 1
            ? $"{r.First.Surface} (article {r.First.Unit.Article}, sentence {r.First.Unit.SentenceIndex}): {r.Reason}"
            : $"{r.First.Surface} (article {r.First.Unit.Article}, sentence {r.First.Unit.SentenceIndex}, and {r.Times - 1} more): {r.Reason}");
    }

    private (PlaceName? Choice, string? Reason) Choose(Occurrence o, HashSet<string> context, bool firstPass, bool explain)
    {
        var townShortForms = o.Names.Count(n => n.IsShort && n.Division.Level == PlaceLevel.Town);
        var scored = new List<(PlaceName Name, int Affinity)>();
        foreach (var name in o.Names)
        {
            var affinity = Affinity(name.Division, context);
            var acceptable = !name.IsShort || name.Division.Level switch
            {
                PlaceLevel.Province or PlaceLevel.City => true,
                PlaceLevel.County => affinity >= PlaceLevel.Province.Depth() || o.NamesZone == ZoneAfter.Suffix
                    || (o.Names.Length == 1 && AfterPlaceCue(o))
                    || (o.NamesZone == ZoneAfter.Park && !firstPass && !NamesAnotherProvince(name.Division, context)),
                PlaceLevel.Town => ((affinity >= PlaceLevel.County.Depth() || ParentNamed(name.Division, context)) && townShortForms == 1)
                    || NamedWithItsCounty(name.Division),
                _ => true,
            };
            if (acceptable)
            {
                scored.Add((name, affinity));
            }
        }

        if (scored.Count == 0)
        {
            if (!explain)
            {
                return (null, "unexplained");
            }

            var shortOf = string.Join("; ", o.Names.Take(4).Select(n => $"{n.Division.Name} {n.Division.Code}"));
            return (null, $"short form of {o.Names.Length} place(s) ({shortOf}); no province, city or county of theirs is named in the document, not read as a place");
        }

        var ranked = scored
            .OrderByDescending(s => s.Affinity)
            .ThenBy(s => s.Name.IsShort)
            .ThenBy(s => s.Name.Division.Level.Depth())
            .ToList();
        var best = ranked[0];
        if (ranked.Count > 1)
        {
            var second = ranked[1];
            if (second.Affinity == best.Affinity && second.Name.IsShort == best.Name.IsShort
                && second.Name.Division.Level.Depth() == best.Name.Division.Level.Depth())
            {
                if (!explain)
                {
                    return (null, "unexplained");
                }

                var where = string.Join("; ", ranked.Where(r => r.Affinity == best.Affinity).Take(4)
                    .Select(r => $"{r.Name.Division.Name} {r.Name.Division.Code} in {gazetteer.Parent(r.Name.Division.Code)?.Name ?? "China"}"));
                return (null, $"{ranked.Count(r => r.Affinity == best.Affinity)} equally likely places ({where}); none singled out by the places the document names, left unresolved");
            }
        }

        // on the first pass only names that need no context are trusted, so context never comes from a guess
        if (firstPass && (best.Affinity > 0 || ranked.Count > 1 && best.Name.IsShort && best.Name.Division.Level.Depth() > PlaceLevel.City.Depth()))
        {
            return (null, null);
        }

        return (best.Name, null);
    }

    /// <summary>The town's own parent is named: a city with no counties counts as its county (东莞|松山湖, 中山|小榄).</summary>
    private bool ParentNamed(Division town, HashSet<string> context) =>
        town.ParentCode is { } parent && context.Contains(parent);

    /// <summary>
    /// A county's short form named by only one county is read without a province or city of its own in the document
    /// when it stands where a place stands: after a verb of settling (落户武进), or between 在 and a verb of building
    /// (在武进投建). Not after 到, 至 or 来自 alone: many short forms are everyday words (到南部, 来自合作).
    /// </summary>
    private bool AfterPlaceCue(Occurrence o)
    {
        var before = o.Unit.Text.AsSpan(0, o.Start);
        var after = o.Unit.Text.AsSpan(o.End);
        foreach (var cue in rules.SettleCues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (before.Length == 0 || before[^1] is not ('在' or '于'))
        {
            return false;
        }

        foreach (var cue in rules.BuildCues)
        {
            if (after.StartsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A zone-like town whose name opens with its own county's short form (a town 如皋滨江船舶工业园 of 如皋市) names its place itself.</summary>
    private bool NamedWithItsCounty(Division town) =>
        _namedWithItsCounty.GetOrAdd(town, static (d, self) => self.ReadNamedWithItsCounty(d), this);

    // What NamedWithItsCounty found for a town: it depends on the town and the rules alone, and each document asks again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Division, bool> _namedWithItsCounty = new(ReferenceEqualityComparer.Instance);

    private bool ReadNamedWithItsCounty(Division town)
    {
        var name = town.Name;
        return gazetteer.Parent(town.Code) is { } county && gazetteer.ShortForm(county) is { } head
            && name.Length > head.Length + 2 && name.StartsWith(head, StringComparison.Ordinal)
            && Enumerable.Range(head.Length + 2, name.Length - head.Length - 2).Any(k => rules.ZoneTrie.LongestAt(name, k).Length == name.Length - k);
    }

    /// <summary>The document names a province other than the one <paramref name="division"/> lies in (a park named after
    /// a county of another province is some other name: 溧阳|湾新材料|产业园 in a text about 福建).</summary>
    private bool NamesAnotherProvince(Division division, HashSet<string> context)
    {
        var province = gazetteer.Ancestors(division.Code).FirstOrDefault(a => a.Level == PlaceLevel.Province)?.Code;
        return context.Any(c => c != province && gazetteer.ByCode(c) is { Level: PlaceLevel.Province });
    }

    /// <summary>10 when the place itself is named; else the depth of its deepest named ancestor; 0 when none is.</summary>
    private int Affinity(Division division, HashSet<string> context)
    {
        if (context.Contains(division.Code))
        {
            return 10;
        }

        foreach (var ancestor in gazetteer.AncestorsOf(division))
        {
            if (context.Contains(ancestor.Code))
            {
                return ancestor.Level.Depth();
            }
        }

        return 0;
    }

    /// <summary>
    /// Zones by pattern: a zone suffix after a place or another zone, with at most <see cref="MaxZoneName"/>
    /// name characters between (嘉兴|经开区, 南湖|月亮湖|区域, 嘉兴国家高新区|国际高端汽车零部件|产业园).
    /// A division right after a zone is stated to lie in it (嘉兴经开区嘉北街道).
    /// </summary>
    private void ReadZones(List<Occurrence> resolved, List<ZoneHit> hits, List<PatternPlace> zones, List<(PatternPlace, Occurrence)> stated,
        HashSet<Occurrence> writtenHeads)
    {
        foreach (var hit in hits)
        {
            var text = hit.Unit.Text;
            var anchorPlace = LastEndingBy(hit.Unit.Resolved, hit.Start, o => o.End);
            var anchorZone = LastEndingBy(hit.Unit.Zones, hit.Start, z => z.End);
            var anchorEnd = Math.Max(anchorPlace?.End ?? -1, anchorZone?.End ?? -1);
            if (anchorEnd < 0)
            {
                if (_zoneShortForms.UnplacedZone(hit) is { } unplaced)
                {
                    zones.Add(unplaced);
                    hit.Unit.Zones.Add(unplaced);
                }

                continue;
            }

            if (ParkOfPlace(hit, anchorPlace, anchorEnd) is { } owned)
            {
                zones.Add(owned);
                hit.Unit.Zones.Add(owned);
                continue;
            }

            // 常州（溧阳）光伏产业园: a place in brackets after the place the zone is named with
            var bracketed = anchorPlace is not null && anchorPlace.End == anchorEnd && (anchorZone is null || anchorZone.End < anchorEnd)
                && anchorPlace.Start > 0 && text[anchorPlace.Start - 1] is '(' or '（'
                && text.IndexOfAny([')', '）'], anchorPlace.End) is var close && close >= 0 && close < hit.Start
                && LastEndingBy(hit.Unit.Resolved, anchorPlace.Start - 1, o => o.End) is { } outer && outer.End == anchorPlace.Start - 1
                ? outer
                : null;
            if (bracketed is not null)
            {
                var inner = text[(text.IndexOfAny([')', '）'], anchorPlace!.End) + 1)..hit.Start];
                if (inner.Length >= hit.Suffix.MinName && inner.Length <= MaxZoneName && inner.All(PlaceRules.IsNameChar)
                    && text[anchorPlace.End] is ')' or '）')
                {
                    var written = text[bracketed.Start..hit.End];
                    var bracketZone = new PatternPlace(hit.Unit, bracketed.Start, hit.End, written, "Z:" + written, PlaceLevel.Zone,
                        bracketed.Resolved!.Code, hit.Suffix.Rule, Aliases(inner.Length >= 2 ? inner + text[hit.Start..hit.End] : null));
                    zones.Add(bracketZone);
                    hit.Unit.Zones.Add(bracketZone);
                    continue;
                }
            }

            if (OwnedPlaceNamedPark(hit, anchorPlace, anchorZone, anchorEnd, writtenHeads) is { } placeNamed)
            {
                zones.Add(placeNamed);
                hit.Unit.Zones.Add(placeNamed);
                continue;
            }

            var gap = text[anchorEnd..hit.Start];
            if (gap.Length < hit.Suffix.MinName || gap.Length > MaxZoneName || !gap.All(PlaceRules.IsNameChar)
                || (hit.Suffix.MinName > 0 && rules.IsGenericZoneName(gap)) || HoldsCount(gap) || rules.OpensWithClauseVerb(gap))
            {
                // 云岭高新技术产业开发区和星湖高新技术产业开发区: too far from the place before it, a zone of its own
                if (anchorEnd < hit.Start - 2 && _zoneShortForms.UnplacedZone(hit) is { } unplaced)
                {
                    zones.Add(unplaced);
                    hit.Unit.Zones.Add(unplaced);
                }

                continue;
            }

            var suffix = text[hit.Start..hit.End];
            PatternPlace zone;
            if (anchorZone is not null && anchorZone.End == anchorEnd)
            {
                var name = anchorZone.Name + gap + hit.Suffix.Canonical;
                zone = new PatternPlace(hit.Unit, anchorZone.Start, hit.End, name, "Z:" + name, PlaceLevel.Zone, anchorZone.Code,
                    hit.Suffix.Rule, Aliases(text[anchorZone.Start..hit.End], gap.Length >= 2 ? gap + suffix : null));
            }
            else
            {
                var place = anchorPlace!.Resolved!;
                var head = place.IsAdministrative ? gazetteer.ShortForm(place) ?? place.Name : place.Name;
                var name = head + gap + hit.Suffix.Canonical;
                zone = new PatternPlace(hit.Unit, anchorPlace.Start, hit.End, name, "Z:" + name, PlaceLevel.Zone, place.Code,
                    hit.Suffix.Rule, Aliases(text[anchorPlace.Start..hit.End], gap.Length >= 2 ? gap + suffix : null));
                if (WrittenInFull(anchorPlace, gap))
                {
                    writtenHeads.Add(anchorPlace);
                }
            }

            zones.Add(zone);
            hit.Unit.Zones.Add(zone);
        }

        foreach (var zone in zones)
        {
            if (zone.Unit.Resolved.FirstOrDefault(o => o.Start == zone.End && o.Resolved!.IsAdministrative) is { } child)
            {
                stated.Add((zone, child));
            }
        }
    }

    /// <summary>
    /// 芦溪县|芦溪|工业园, 玉林|龙潭|产业园区: a park named by a place word (the county's own short form said again, or a place
    /// that does not lie in the place before it), right after the place that owns it: the place word is the park's name, the
    /// place before is where the park lies. A county written in full (芦溪县) stays a place of its own, the park's name is
    /// the rest (芦溪工业园); a short form (玉林) heads the park's name (玉林龙潭产业园区).
    /// </summary>
    private PatternPlace? OwnedPlaceNamedPark(ZoneHit hit, Occurrence? anchorPlace, PatternPlace? anchorZone, int anchorEnd, HashSet<Occurrence> writtenHeads)
    {
        var text = hit.Unit.Text;
        if (anchorPlace?.Resolved is not { } named || anchorPlace.End != anchorEnd || (anchorZone is not null && anchorZone.End >= anchorEnd)
            || hit.Suffix.Rule != "zone-park" || LastEndingBy(hit.Unit.Resolved, anchorPlace.Start, o => o.End) is not { Resolved: { IsAdministrative: true } owner } before
            || before.End != anchorPlace.Start)
        {
            return null;
        }

        var gap = text[anchorEnd..hit.Start];
        if (gap.Length > MaxZoneName - anchorPlace.Surface.Length || !gap.All(PlaceRules.IsNameChar) || HoldsCount(gap) || rules.OpensWithClauseVerb(gap)
            || !(named == owner ? anchorPlace.Surface != owner.Name : !gazetteer.AncestorsOf(named).Contains(owner) && !gazetteer.AncestorsOf(owner).Contains(named)))
        {
            return null;
        }

        var own = anchorPlace.Surface + gap + hit.Suffix.Canonical;
        var written = text[before.Start..hit.End];
        if (before.Surface == owner.Name && gazetteer.ShortForm(owner) is { } shortForm && shortForm.Length < owner.Name.Length)
        {
            writtenHeads.Add(before);
            return new PatternPlace(hit.Unit, anchorPlace.Start, hit.End, own, "Z:" + own, PlaceLevel.Zone, owner.Code, hit.Suffix.Rule, Aliases(written));
        }

        var head = gazetteer.ShortForm(owner) ?? owner.Name;
        var name = head + own;
        return new PatternPlace(hit.Unit, before.Start, hit.End, name, "Z:" + name, PlaceLevel.Zone, owner.Code, hit.Suffix.Rule,
            Aliases(written != name ? written : null, own));
    }

    /// <summary>
    /// 来安县|汊河|经济开发区: a county or city written with its suffix (县, 市, 区), not its short form, before a zone with a
    /// name of its own (two characters or more, not generic) is written as a place of its own, the zone's division.
    /// </summary>
    private bool WrittenInFull(Occurrence anchor, string gap)
    {
        var place = anchor.Resolved!;
        return place.Level is PlaceLevel.County or PlaceLevel.City && anchor.Surface == place.Name
            && gazetteer.ShortForm(place) is { } shortForm && shortForm.Length < place.Name.Length
            && gap.Length >= 2 && !rules.IsGenericZoneName(gap);
    }

    /// <summary>A count inside the words before a park suffix (澄江市|两个电池材料|园区, 三大产业|园区): many parks, no name.</summary>
    internal static bool HoldsCount(string gap)
    {
        for (var k = 0; k + 1 < gap.Length; k++)
        {
            if ((char.IsAsciiDigit(gap[k]) || "一二两三四五六七八九十几多".Contains(gap[k])) && gap[k + 1] is '个' or '家' or '大' or '座' or '类')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 温州市瓯海区的云帆湾光电材料产业园: a park with a name of its own (four characters or more, not a place) after a
    /// place and 的 lies in that place.
    /// </summary>
    private PatternPlace? ParkOfPlace(ZoneHit hit, Occurrence? anchorPlace, int anchorEnd)
    {
        var text = hit.Unit.Text;
        if (hit.Suffix.Rule != "zone-park" || hit.Suffix.MinName == 0 || anchorPlace is null || anchorPlace.End != anchorEnd)
        {
            return null;
        }

        var start = hit.Start;
        while (start > 0 && PlaceRules.IsNameChar(text[start - 1]) && hit.Start - start < MaxZoneName)
        {
            start--;
        }

        var name = text[start..hit.Start];
        if (start < 1 || text[start - 1] != '的' || anchorPlace.End != start - 1 || name.Length < 4 || rules.IsGenericZoneName(name)
            || hit.Unit.Resolved.Any(o => o.Start >= start && o.Start < hit.Start))
        {
            return null;
        }

        var written = text[start..hit.End];
        return new PatternPlace(hit.Unit, start, hit.End, written, "Z:" + written, PlaceLevel.Zone, anchorPlace.Resolved!.Code, hit.Suffix.Rule, []);
    }

    /// <summary>The occurrences less those of places the document writes only inside the name of a zone read by pattern.</summary>
    private static List<Occurrence> DropZoneHeads(List<Occurrence> resolved, List<PatternPlace> zones, HashSet<Occurrence> writtenHeads)
    {
        if (zones.Count == 0)
        {
            return resolved;
        }

        bool InsideZone(Occurrence o) => !writtenHeads.Contains(o) && o.Unit.Zones.Any(z => z.Start <= o.Start && o.End <= z.End);
        var elsewhere = resolved.Where(o => !InsideZone(o)).Select(o => o.Resolved!.Code).ToHashSet(StringComparer.Ordinal);
        var kept = resolved.Where(o => elsewhere.Contains(o.Resolved!.Code)).ToList();
        if (kept.Count == resolved.Count)
        {
            return resolved;
        }

        foreach (var unit in resolved.Select(o => o.Unit).Distinct())
        {
            unit.Resolved.RemoveAll(o => !elsewhere.Contains(o.Resolved!.Code));
        }

        return kept;
    }

    /// <summary>The item with the greatest end not after <paramref name="limit"/>, the first such on a tie; items are in text order.</summary>
    private static T? LastEndingBy<T>(List<T> items, int limit, Func<T, int> end)
        where T : class
    {
        T? best = null;
        foreach (var item in items)
        {
            if (end(item) <= limit && (best is null || end(item) > end(best)))
            {
                best = item;
            }
        }

        return best;
    }

    /// <summary>Villages by pattern: a name of up to four characters ending in 村 or 社区 right after its town (广陈镇山塘村).</summary>
    private static void ReadVillages(List<Occurrence> resolved, List<PatternPlace> villages)
    {
        foreach (var town in resolved.Where(o => o.Resolved!.Level == PlaceLevel.Town))
        {
            var text = town.Unit.Text;
            for (var k = town.End + 2; k <= town.End + MaxVillageName && k < text.Length; k++)
            {
                if (!PlaceRules.IsNameChar(text[k - 1]))
                {
                    break;
                }

                var marker = text[k] == '村' ? 1 : string.CompareOrdinal(text, k, "社区", 0, 2) == 0 ? 2 : 0;
                if (marker == 0)
                {
                    continue;
                }

                var name = text[town.End..(k + marker)];
                var townCode = town.Resolved!.Code;
                villages.Add(new PatternPlace(town.Unit, town.End, k + marker, name, $"V:{townCode}:{name}", PlaceLevel.Village, townCode,
                    "village-after-town", []));
                break;
            }
        }
    }

    private static ImmutableArray<string> Aliases(params string?[] forms) => [.. forms.OfType<string>()];

    private string DivisionId(Division d) => gazetteer.IdOf(d);

    private static EntityDraft Draft(Dictionary<string, EntityDraft> drafts, string key, Func<EntityDraft> create)
    {
        if (!drafts.TryGetValue(key, out var draft))
        {
            drafts[key] = draft = create();
        }

        return draft;
    }

    /// <summary>An entity being collected from its mentions.</summary>
    private sealed class EntityDraft(string name, string id, string? code, PlaceLevel level, string? parentCode, string rule)
    {
        public string Id => id;

        public PlaceLevel Level => level;

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        private readonly List<Evidence> evidence = [];

        public void Add(string surface, Evidence item, bool alias = true)
        {
            if (alias && surface != name)
            {
                Aliases.Add(surface);
            }

            evidence.Add(item);
        }

        public Entity ToEntity()
        {
            var attributes = new List<KeyValuePair<string, string>>
            {
                KeyValuePair.Create(PlaceHierarchy.LevelAttribute, level.ToAttribute()),
                KeyValuePair.Create("rule", rule),
            };
            if (code is not null)
            {
                attributes.Add(KeyValuePair.Create(PlaceHierarchy.CodeAttribute, code));
            }

            if (parentCode is not null)
            {
                attributes.Add(KeyValuePair.Create(PlaceHierarchy.ParentAttribute, parentCode));
            }

            return Entity.Create(NodeLabel.District, name, Aliases.Where(a => a != name), attributes, evidence) with { Id = id };
        }
    }
}
