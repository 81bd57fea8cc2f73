using System.Collections.Immutable;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Patterns;

/// <summary>
/// One row of a phrasing table (tests/Ingest.Tests/Patterns/phrasings/*.tsv): invented sentences, the names in them
/// the name rules are assumed to find (<c>ENT:甲乙科技;ORG:星河区委</c>), and the facts of the table's relation type
/// expected from them (<c>A>B attr=value</c>, several joined by <c>|</c>; <c>-</c> for none).
/// </summary>
public sealed record PhrasingRow(string File, int Line, string Text, string Mentions, string Expected)
{
    public override string ToString() => $"{File}:{Line} {Text}";
}

public static class PhrasingTable
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Patterns", "phrasings");

    public static IEnumerable<object[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Folder, file))
            .Select((line, i) => (line, i))
            .Where(x => x.line.Length > 0 && !x.line.StartsWith('#'))
            .Select(x =>
            {
                var fields = x.line.Split('\t');
                return fields.Length == 3
                    ? new object[] { file, x.i + 1, fields[0], fields[1], fields[2] }
                    : throw new InvalidDataException($"{file}:{x.i + 1}: expected sentence <TAB> mentions <TAB> facts");
            });

    private static readonly Dictionary<string, NodeLabel> Labels = new(StringComparer.Ordinal)
    {
        ["ENT"] = NodeLabel.Enterprise,
        ["ORG"] = NodeLabel.Organization,
        ["PLACE"] = NodeLabel.District,
        ["CLUSTER"] = NodeLabel.Cluster,
        ["PROJECT"] = NodeLabel.Project,
    };

    /// <summary>Runs the extraction rules over the row's text, with the row's names added as mentions first.</summary>
    public static IReadOnlyList<RelationCandidate> Extract(PhrasingRow row) =>
        [.. Scopes(row).SelectMany(scope => scope.Relations.Where(r => r.Confidence >= DocumentExtractor.MinimumConfidence
            && GraphSchema.Allows(r.Type, r.From.Label, r.To.Label)))];

    /// <summary>The events of the row's text, one row per participant: who, the event's kind, role, status and rule.</summary>
    public static IReadOnlyList<(string Participant, string Kind, string? Role, string? Status, string Rule)> ExtractEvents(PhrasingRow row) =>
        [.. Scopes(row).SelectMany(scope =>
        {
            var events = scope.AllMentions.Where(m => m.Label == NodeLabel.Event).GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.First());
            return scope.Relations.Where(r => r.Type == RelationType.PARTICIPATES_IN && events.ContainsKey(r.To)).Select(r =>
                (r.From.Name, events[r.To].Attributes["kind"], r.Attributes.GetValueOrDefault("role"), events[r.To].Attributes.GetValueOrDefault("status"), r.Rule));
        })];

    private static List<ArticleScope> Scopes(PhrasingRow row)
    {
        var document = new PageNormalizer().Normalize(SourceDocument.FromText("row.txt", "标题\n\n" + row.Text + "\n"));
        var resolver = AliasResolver.Build([], ExtractionLexicons.Default);
        var places = new PlaceExtractor();
        var placeGraph = places.Extract(document);
        var scopes = new List<ArticleScope>();
        foreach (var article in document.Articles)
        {
            var scope = new ArticleScope(document, article, resolver, placeGraph);
            for (var i = 0; i < scope.Sentences.Count; i++)
            {
                var text = scope.Sentences[i].Text;
                foreach (var (label, name) in Names(row.Mentions))
                {
                    for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                    {
                        scope.TryAdd(i, new Mention(label, name, name, scope.Sentences[i], at, at + name.Length, "row", 1));
                    }
                }
            }

            foreach (var rule in DocumentExtractor.DefaultRules(ExtractionResources.Default, places))
            {
                rule.Apply(scope);
            }

            scopes.Add(scope);
        }

        return scopes;
    }

    private static IEnumerable<(NodeLabel Label, string Name)> Names(string mentions) =>
        mentions == "-" ? [] : mentions.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m =>
        {
            var colon = m.IndexOf(':');
            return (Labels[m[..colon]], m[(colon + 1)..]);
        }).OrderByDescending(n => n.Item2.Length);

    /// <summary>Expected facts: (from, to, attributes).</summary>
    public static IReadOnlyList<(string From, string To, ImmutableDictionary<string, string> Attributes)> Facts(string expected) =>
        expected == "-" ? [] : expected.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(fact =>
        {
            var parts = fact.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ends = parts[0].Split('>');
            var attributes = parts.Skip(1).Select(p => p.Split('=', 2)).ToImmutableDictionary(p => p[0], p => p[1]);
            return (ends[0], ends[1], attributes);
        }).ToList();
}
