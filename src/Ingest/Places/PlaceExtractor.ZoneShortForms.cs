using Graph.Ingest.Characters;
using Graph.Model;

namespace Graph.Ingest.Places;

public sealed partial class PlaceExtractor
{
    /// <summary>
    /// A zone's other names through a document: the zone whose name opens with no place (准东经济技术开发区) and its
    /// short forms (准东开发区, 准东), the short form a zone is given (（以下简称“长春汽开区”）, then 汽开区), a park's own name
    /// used alone, and the bare zone word (高新区, 开发区) when one zone of the document alone has it. The characters that
    /// end the text before a zone's name and the determiners that make no name are data (PlaceRules).
    /// </summary>
    private sealed class ZoneShortForms(Gazetteer gazetteer, PlaceRules rules)
    {
        /// <summary>The rule of a zone whose name opens with no place of the gazetteer (准东经济技术开发区).</summary>
        internal const string UnplacedZoneRule = "zone-unplaced";

        /// <summary>
        /// 准东经济技术开发区: a zone of a formal suffix (five characters or more) whose two-character name is no place of the
        /// gazetteer, where the text before the name ends (a clause start, punctuation, 在/与/的 …); not a descriptor
        /// (国家级经济技术开发区) or a count. Its place is not known: it has no parent.
        /// </summary>
        internal PatternPlace? UnplacedZone(ZoneHit hit)
        {
            var text = hit.Unit.Text;
            var start = hit.Start - 2;
            if (hit.Suffix.MinName != 0 || hit.Start + hit.Suffix.Suffix.Length > text.Length || hit.End - hit.Start < 5 || start < 0
                || !CharClass.IsHan(text[start]) || !CharClass.IsHan(text[start + 1])
                || (start > 0 && CharClass.IsHan(text[start - 1]) && !rules.ZoneLeadChars.Contains(text[start - 1])))
            {
                return null;
            }

            var head = text[start..hit.Start];
            if (rules.IsGenericZoneName(head) || HoldsCount(head + "个") || rules.ZoneTrie.LongestAt(head, 0).Length > 0 || rules.ZoneNameDeterminers.Contains(head[0]))
            {
                return null;
            }

            var name = head + hit.Suffix.Canonical;
            return new PatternPlace(hit.Unit, start, hit.End, name, "Z:" + name, PlaceLevel.Zone, null, UnplacedZoneRule,
                Aliases(text[start..hit.End]));
        }

        /// <summary>
        /// A zone's other names through the document: the short form it is given (长春汽车经济技术开发区（以下简称“长春汽开区”）), with and
        /// without the place it opens with (位于汽开区的…); for a zone whose name opens with no place (准东经济技术开发区), its name with
        /// another zone suffix (准东开发区) and alone (准东将加快…), not inside a firm's name.
        /// </summary>
        /// <param name="readParks">Reads the zones of the parks named right after a form found here (高新区|宏伟园区).</param>
        public void Read(List<Unit> units, List<Occurrence> resolved, List<PatternPlace> zones, List<ZoneHit> hits,
            List<(PatternPlace, Occurrence)> stated, Action<List<ZoneHit>> readParks)
        {
            PlaceUnplacedZones(zones);
            var forms = new List<(string Form, PatternPlace Zone, bool Head)>();
            var read = zones.ToList();
            foreach (var zone in read)
            {
                AddDefinedForms(forms, zone);
                if (zone.Rule == UnplacedZoneRule)
                {
                    forms.Add((zone.Name[..2], zone, true));
                }

                // 西宁经济技术开发区南川工业园区 … 运到南川工业园区: a park's own name with its suffix, used alone later.
                foreach (var alias in zone.Aliases)
                {
                    if (alias.Length >= 5 && EndsWithZoneSuffix(alias))
                    {
                        forms.Add((alias, zone, false));
                    }
                }
            }

            // 大庆高新技术产业开发区 … 在高新区宏伟园区建设, 与开发区签约: a bare zone word, when one zone of the document alone has it.
            foreach (var group in read.GroupBy(z => BareZoneWord(z.Name)).Where(g => g.Key is not null))
            {
                if (group.Select(z => z.Code).Distinct().Count() == 1)
                {
                    forms.Add((group.Key!, group.First(), false));
                }
            }

            foreach (var o in resolved)
            {
                if (o.Resolved is { } d && EndsWithZoneSuffix(d.Name)
                    && DefinedShortForm(o.Unit.Text, o.End) is not null)
                {
                    AddDefinedForms(forms, new PatternPlace(o.Unit, o.Start, o.End, d.Name, d.Code, d.Level, d.ParentCode, o.Rule, []));
                }
            }

            if (forms.Count == 0)
            {
                return;
            }

            forms.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
            // Each mention of a zone brings its forms again (a long document: thousands of the same park name). Only the first of
            // a (form, head) pair can mark anything: where it marked a zone a later one overlaps it, and where it did not, the
            // same text turns the later one away. Without the copies the search is linear in the document, not quadratic.
            var distinct = new HashSet<(string, bool)>();
            forms.RemoveAll(f => !distinct.Add((f.Form, f.Head)));
            foreach (var unit in units)
            {
                foreach (var (form, zone, head) in forms)
                {
                    var text = unit.Text;
                    for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
                    {
                        var end = at + form.Length;
                        if (head)
                        {
                            var (suffix, _) = rules.ZoneTrie.LongestAt(text, end);
                            end += suffix;
                            if (suffix == 0 && rules.IsInsideName(text, end))
                            {
                                continue;
                            }
                        }

                        if (OverlapsZone(unit, at, end) || InsideLongerPlace(unit, at, end)
                            || (form.Length <= 3 && !BareZoneWordStands(text, at, end)))
                        {
                            continue;
                        }

                        var mention = zone with { Unit = unit, Start = at, End = end, Aliases = [] };
                        zones.Add(mention);
                        unit.Zones.Insert(FirstZoneAfter(unit, at), mention);
                    }
                }
            }

            // A park named right after one of these forms (高新区|宏伟园区) is read now that its zone is known.
            var added = zones.Skip(read.Count).ToHashSet();
            var parks = hits.Where(h => h.Suffix.MinName > 0 && !h.Unit.Zones.Any(z => z.End == h.End)
                && h.Unit.Zones.Any(z => added.Contains(z) && z.End < h.Start && h.Start - z.End <= MaxZoneName)).ToList();
            if (parks.Count > 0)
            {
                readParks(parks);
            }
        }

        // Loops, not lambdas: these run at every occurrence of every form in every unit (no closure per occurrence).

        /// <summary>A zone of the unit overlaps [<paramref name="from"/>, <paramref name="to"/>).</summary>
        private static bool OverlapsZone(Unit unit, int from, int to)
        {
            foreach (var z in unit.Zones)
            {
                if (z.Start < to && from < z.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A longer resolved place of the unit holds [<paramref name="from"/>, <paramref name="to"/>).</summary>
        private static bool InsideLongerPlace(Unit unit, int from, int to)
        {
            foreach (var r in unit.Resolved)
            {
                if (r.Start <= from && to <= r.End && r.End - r.Start > to - from)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where a zone starting at <paramref name="at"/> goes in the unit's zones (in order of start; after equal starts).</summary>
        private static int FirstZoneAfter(Unit unit, int at)
        {
            var zones = unit.Zones;
            for (var k = 0; k < zones.Count; k++)
            {
                if (zones[k].Start > at)
                {
                    return k;
                }
            }

            return zones.Count;
        }

        /// <summary>
        /// 准东经济技术开发区位于昌吉回族自治州东部: a zone whose name holds no place lies in the place said right after 位于 at
        /// any of its mentions.
        /// </summary>
        private static void PlaceUnplacedZones(List<PatternPlace> zones)
        {
            var parents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var zone in zones.Where(z => z.Rule == UnplacedZoneRule && z.ParentCode is null))
            {
                var at = zone.End + 2;
                if (zone.Unit.Text.AsSpan(zone.End).StartsWith("位于", StringComparison.Ordinal)
                    && zone.Unit.Resolved.FirstOrDefault(o => o.Start == at) is { Resolved: { } place })
                {
                    parents.TryAdd(zone.Code, place.Code);
                }
            }

            for (var k = 0; k < zones.Count; k++)
            {
                if (zones[k].Rule == UnplacedZoneRule && parents.TryGetValue(zones[k].Code, out var parent))
                {
                    var placed = zones[k] with { ParentCode = parent };
                    var inUnit = zones[k].Unit.Zones.IndexOf(zones[k]);
                    zones[k] = placed;
                    if (inUnit >= 0)
                    {
                        placed.Unit.Zones[inUnit] = placed;
                    }
                }
            }
        }

        /// <summary>The zone words a document may use alone for its one zone of that kind (高新区, 开发区, 经开区); null for others.</summary>
        internal static string? BareZoneWord(string zoneName) =>
            zoneName.EndsWith("高新技术产业开发区", StringComparison.Ordinal) ? "高新区"
            : zoneName.EndsWith("经济技术开发区", StringComparison.Ordinal) ? "开发区"
            : zoneName.EndsWith("经济开发区", StringComparison.Ordinal) ? "开发区"
            : null;

        /// <summary>
        /// A bare zone word stands for the zone where no name of its own comes before it (在高新区…, 与开发区签约, not 某某高新区) and no
        /// body's name goes on after it (高新区管委会 is a body).
        /// </summary>
        private bool BareZoneWordStands(string text, int start, int end) =>
            (start == 0 || !CharClass.IsHan(text[start - 1]) || rules.ZoneLeadChars.Contains(text[start - 1]) || rules.BareZoneWordLeads.Contains(text[start - 1]))
            && !text.AsSpan(end).StartsWith("管委会", StringComparison.Ordinal) && !text.AsSpan(end).StartsWith("管理委员会", StringComparison.Ordinal)
            && !(end < text.Length && text[end] is '内' or '里' or '域' or '外');

        /// <summary>A division named like a zone (长春汽车经济技术开发区, a county-level zone of the gazetteer).</summary>
        private bool EndsWithZoneSuffix(string name)
        {
            for (var k = 1; k < name.Length; k++)
            {
                if (rules.ZoneTrie.LongestAt(name, k).Length == name.Length - k)
                {
                    return true;
                }
            }

            return false;
        }

        private void AddDefinedForms(List<(string Form, PatternPlace Zone, bool Head)> forms, PatternPlace zone)
        {
            if (DefinedShortForm(zone.Unit.Text, zone.End) is not { } defined)
            {
                return;
            }

            forms.Add((defined, zone, false));
            var (place, _) = gazetteer.Trie.LongestAt(defined, 0);
            if (place > 0 && defined.Length - place >= 3 && defined[^1] is '区' or '园')
            {
                forms.Add((defined[place..], zone, false));
            }
        }

        /// <summary>The short form defined right after a name: （以下简称“长春汽开区”）, (简称"某某区"), （下称“…”）; null when none.</summary>
        private static string? DefinedShortForm(string text, int end)
        {
            if (end >= text.Length || text[end] is not ('(' or '（'))
            {
                return null;
            }

            var at = end + 1;
            foreach (var lead in (ReadOnlySpan<string>)["以下简称", "以下称", "下称", "简称"])
            {
                if (text.AsSpan(at).StartsWith(lead, StringComparison.Ordinal))
                {
                    at += lead.Length;
                    break;
                }
            }

            if (at == end + 1 || at >= text.Length || text[at] is not ('“' or '"' or '「' or '‘'))
            {
                return null;
            }

            var close = text.IndexOfAny(['”', '"', '」', '’'], at + 1);
            return close - at - 1 is >= 2 and <= 10 && text.AsSpan(at + 1, close - at - 1).ToString().All(CharClass.IsHan) ? text[(at + 1)..close] : null;
        }
    }
}
