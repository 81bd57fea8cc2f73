using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Everything known about one entity: its name (with the first sentences that mention it), each alias (with a
/// sentence that uses it), its attributes, and every relation in or out with the other end, the relation's
/// attributes and its evidence.
/// </summary>
public sealed class ProfileQuery : CannedQuery
{
    /// <summary>Sentences shown for the name: the first mentions, not all of them.</summary>
    public const int NameEvidence = 3;

    public override string Name => "profile";

    public override string Description => "Everything known about one entity: names, attributes, each relation with its evidence and document";

    public override IReadOnlyList<string> Columns { get; } = ["fact", "value", "details", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("entity", "Any entity, by any name", [.. GraphSchema.EntityLabels]),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var entity = input.Entity("entity");
        var rows = new List<Row>
        {
            Fact("name", entity.Name, entity.Label.ToString(), entity.Evidence.Take(NameEvidence)),
        };
        rows.AddRange(entity.Aliases.Order(StringComparer.Ordinal)
            .Select(a => Fact("alias", a, "", entity.Evidence.Where(e => e.Sentence.Contains(a, StringComparison.Ordinal)).Take(1))));
        rows.AddRange(entity.Attributes.Select(a => Fact("attribute", $"{a.Key}={a.Value}", "", entity.Evidence.Take(1))));

        var relations = await store.RelationsOfAsync([entity.Id], EvidenceLimit.PerFact, cancellationToken);
        var others = await store.EntitiesAsync(relations.SelectMany(r => new[] { r.FromId, r.ToId }), 0, cancellationToken);
        rows.AddRange(relations
            .Select(r => Fact(r.FromId == entity.Id ? $"{r.Type} →" : $"← {r.Type}",
                others.TryGetValue(r.FromId == entity.Id ? r.ToId : r.FromId, out var other) ? other.Name : "",
                Details(r.Attributes), r.Evidence))
            .OrderBy(r => r.Text("fact"), StringComparer.Ordinal).ThenBy(r => r.Text("value"), StringComparer.Ordinal));
        return rows;
    }

    /// <summary>Attributes as <c>key=value, …</c> in key order (the Cypher file writes them the same way).</summary>
    public static string Details(IReadOnlyDictionary<string, string> attributes) =>
        string.Join(", ", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));

    private static Row Fact(string fact, string value, string details, IEnumerable<Evidence> evidence) => new()
    {
        ["fact"] = fact,
        ["value"] = value,
        ["details"] = details,
        ["evidence"] = EvidenceRow.Of(evidence),
    };
}
