using Graph.Model;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Patterns;

/// <summary>
/// Phrasing tables: per relation type, invented sentences in many phrasings, each with the facts it must give and
/// nothing more (negative rows give none). Names are invented; none comes from the seeds or the dev corpus.
/// </summary>
public class PhrasingTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Supplies => PhrasingTable.Rows("supplies.tsv");

    public static IEnumerable<object[]> HoldsPosition => PhrasingTable.Rows("holds-position.tsv");

    public static IEnumerable<object[]> Subsidiary => PhrasingTable.Rows("subsidiary.tsv");

    public static IEnumerable<object[]> LocatedIn => PhrasingTable.Rows("located-in.tsv");

    [Theory]
    [MemberData(nameof(LocatedIn))]
    public void Located_in_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.LOCATED_IN);

    public static IEnumerable<object[]> InvestsIn => PhrasingTable.Rows("invests-in.tsv");

    [Theory]
    [MemberData(nameof(InvestsIn))]
    public void Invests_in_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.INVESTS_IN);

    public static IEnumerable<object[]> MemberOf => PhrasingTable.Rows("member-of.tsv");

    public static IEnumerable<object[]> PartOf => PhrasingTable.Rows("part-of.tsv");

    [Theory]
    [MemberData(nameof(MemberOf))]
    public void Member_of_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.MEMBER_OF);

    [Theory]
    [MemberData(nameof(PartOf))]
    public void Part_of_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.PART_OF);

    [Theory]
    [MemberData(nameof(Subsidiary))]
    public void Subsidiary_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.SUBSIDIARY_OF);

    [Theory]
    [MemberData(nameof(Supplies))]
    public void Supplies_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.SUPPLIES);

    [Theory]
    [MemberData(nameof(HoldsPosition))]
    public void Holds_position_phrasing(string file, int line, string text, string mentions, string expected) =>
        Check(new PhrasingRow(file, line, text, mentions, expected), RelationType.HOLDS_POSITION);

    private static void Check(PhrasingRow row, RelationType type)
    {
        var seen = new List<string>();
        Graph.Ingest.Patterns.PatternRule.Trace = (sentence, hits) => seen.Add($"{sentence} => {string.Join(", ", hits.Select(h => h.Pattern.Name))}");
        var all = PhrasingTable.Extract(row);
        Graph.Ingest.Patterns.PatternRule.Trace = null;
        // what the events stage links (an event's place) is not the table's business; membership implied by an
        // article's shape (basis=implied) is not a phrasing: the tables test what sentences state.
        var found = all.Where(r => r.Type == type && r.From.Label != NodeLabel.Event && r.Attributes.GetValueOrDefault("basis") != "implied").ToList();
        var expected = PhrasingTable.Facts(row.Expected);
        var got = found.Select(r => (r.From.Name, r.To.Name)).Distinct().OrderBy(x => x).ToList();
        Assert.True(expected.Select(e => (e.From, e.To)).OrderBy(x => x).SequenceEqual(got),
            $"{row}\nexpected: {row.Expected}\nfound: {string.Join(" | ", all.Select(r => $"{r.Type} {r.From.Name}>{r.To.Name} ({r.Rule})"))}\n{string.Join("\n", seen)}");
        foreach (var (from, to, attributes) in expected)
        {
            foreach (var (key, value) in attributes)
            {
                Assert.Contains(found, r => r.From.Name == from && r.To.Name == to && r.Attributes.GetValueOrDefault(key) == value);
            }
        }
    }

    public static IEnumerable<object[]> Events => PhrasingTable.Rows("events.tsv");

    /// <summary>
    /// An event row's facts are <c>participant>kind</c> with the role and status it must carry; a fact without
    /// <c>status=</c> must not be planned, and nothing else may take part in any event.
    /// </summary>
    [Theory]
    [MemberData(nameof(Events))]
    public void Event_phrasing(string file, int line, string text, string mentions, string expected)
    {
        var row = new PhrasingRow(file, line, text, mentions, expected);
        var found = PhrasingTable.ExtractEvents(row);
        var facts = PhrasingTable.Facts(row.Expected);
        var report = $"{row}\nexpected: {row.Expected}\nfound: {string.Join(" | ", found.Select(f => $"{f.Participant}>{f.Kind} role={f.Role} status={f.Status} ({f.Rule})"))}";
        Assert.True(facts.Select(f => (f.From, f.To)).Order().SequenceEqual(found.Select(f => (f.Participant, f.Kind)).Distinct().Order()), report);
        foreach (var (participant, kind, attributes) in facts)
        {
            var mine = found.Where(f => f.Participant == participant && f.Kind == kind).ToList();
            Assert.True(mine.All(f => f.Status == attributes.GetValueOrDefault("status")), report);
            Assert.True(!attributes.TryGetValue("role", out var role) || mine.Any(f => f.Role == role), report);
            Assert.True(mine.All(f => f.Rule.StartsWith($"event.{kind}", StringComparison.Ordinal)), report);
        }
    }

    [Fact]
    public void Every_event_pattern_finds_an_event_in_its_table()
    {
        var rules = PhrasingTable.Rows("events.tsv").Select(r => new PhrasingRow((string)r[0], (int)r[1], (string)r[2], (string)r[3], (string)r[4]))
            .SelectMany(PhrasingTable.ExtractEvents).GroupBy(e => e.Rule).ToDictionary(g => g.Key, g => g.Count());
        var patterns = Graph.Ingest.Patterns.PatternSet.Default.Patterns.Where(p => p.Emits.Any(e => e.Kind == Graph.Ingest.Patterns.EmitKind.Event)).ToList();
        foreach (var pattern in patterns)
        {
            output.WriteLine($"{pattern.Name,-32} {rules.GetValueOrDefault(pattern.Name)}");
        }

        Assert.Equal(Graph.Ingest.Extraction.EventLexicons.Kinds.Order(), patterns.SelectMany(p => p.Emits).Where(e => e.Kind == Graph.Ingest.Patterns.EmitKind.Event).Select(e => e.Type).Distinct().Order());
        Assert.All(patterns, p => Assert.True(rules.GetValueOrDefault(p.Name) > 0, $"no row of events.tsv exercises {p.Name}"));
    }

    [Theory]
    [InlineData("supplies.tsv", RelationType.SUPPLIES, "supplies.")]
    [InlineData("holds-position.tsv", RelationType.HOLDS_POSITION, "holds.")]
    [InlineData("subsidiary.tsv", RelationType.SUBSIDIARY_OF, "subsidiary.")]
    [InlineData("located-in.tsv", RelationType.LOCATED_IN, "located.")]
    [InlineData("invests-in.tsv", RelationType.INVESTS_IN, "invests.")]
    [InlineData("member-of.tsv", RelationType.MEMBER_OF, "member-of.")]
    [InlineData("part-of.tsv", RelationType.PART_OF, "part-of.")]
    public void Every_pattern_of_a_relation_finds_something_in_its_table(string file, RelationType type, string prefix)
    {
        var counts = PhrasingTable.Rows(file).Select(r => new PhrasingRow((string)r[0], (int)r[1], (string)r[2], (string)r[3], (string)r[4]))
            .SelectMany(row => PhrasingTable.Extract(row).Where(r => r.Type == type))
            .GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.Count());
        var patterns = Graph.Ingest.Patterns.PatternSet.Default.Patterns
            .Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal) && p.Emits.Any(e => e.Type == type.ToString())).ToList();
        foreach (var pattern in patterns)
        {
            output.WriteLine($"{pattern.Name,-32} {counts.GetValueOrDefault(pattern.Name)}");
        }

        Assert.All(patterns, p => Assert.True(counts.GetValueOrDefault(p.Name) > 0, $"no row of {file} exercises {p.Name}"));
    }
}
