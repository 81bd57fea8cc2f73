using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Officials of a body, firm or district, with their titles. For a district, also the officials of the bodies
/// located in it (南湖区委 is LOCATED_IN 南湖区, read off its name): the district's own people come first.
/// </summary>
public sealed class OfficialsOfQuery : CannedQuery
{
    public override string Name => "officials-of";

    public override string Description => "Officials of an organisation, enterprise or district (for a district, also of the bodies located in it)";

    public override IReadOnlyList<string> Columns { get; } = ["official", "title", "body", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("body", "An organisation, enterprise or district, by any name", [.. GraphSchema.Endpoints[RelationType.HOLDS_POSITION].To]),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var root = input.Entity("body");
        var bodies = new List<string> { root.Id };
        if (root.Label == NodeLabel.District)
        {
            bodies.AddRange((await store.RelationsAsync(RelationType.LOCATED_IN, null, root.Id, 0, cancellationToken))
                .Select(r => r.FromId).Where(id => GraphWalk.IsA(id, NodeLabel.Organization)));
        }

        var positions = new List<Relation>();
        foreach (var body in bodies.Distinct(StringComparer.Ordinal))
        {
            positions.AddRange(await store.RelationsAsync(RelationType.HOLDS_POSITION, null, body, EvidenceLimit.PerFact, cancellationToken));
        }

        var entities = await walk.EntitiesAsync(positions.SelectMany(p => new[] { p.FromId, p.ToId }), cancellationToken);
        return positions
            .Select(p => (Own: p.ToId == root.Id, Row: new Row
            {
                ["official"] = entities[p.FromId].Name,
                ["title"] = p.Attributes.GetValueOrDefault("title"),
                ["body"] = entities[p.ToId].Name,
                ["evidence"] = EvidenceRow.Of(p.Evidence),
            }))
            .OrderBy(p => p.Own ? 0 : 1)
            .ThenBy(p => p.Row.Text("body"), StringComparer.Ordinal).ThenBy(p => p.Row.Text("official"), StringComparer.Ordinal)
            .Select(p => p.Row)
            .ToList();
    }
}
