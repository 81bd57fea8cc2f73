using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Investments in a place or by (and in) a firm, largest first. For a district: every INVESTS_IN into the
/// district or any district beneath it, and into projects located there. For an enterprise or body: what it
/// invests in and what is invested in it. Amount and date come from the edge, else from the project.
/// </summary>
public sealed class InvestmentsInQuery : CannedQuery
{
    public override string Name => "investments-in";

    public override string Description => "Projects and investments in a district's tree (or of a firm), with amounts and dates, largest first";

    public override IReadOnlyList<string> Columns { get; } = ["investor", "target", "amount", "date", "place", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("place", "A district (its whole tree), or an enterprise or body", NodeLabel.District, NodeLabel.Enterprise, NodeLabel.Organization),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var root = input.Entity("place");
        var edges = new Dictionary<string, Relation>(StringComparer.Ordinal);
        void Add(IEnumerable<Relation> relations)
        {
            foreach (var relation in relations)
            {
                edges.TryAdd(relation.Id, relation);
            }
        }

        Add(await store.RelationsAsync(RelationType.INVESTS_IN, root.Id, null, EvidenceLimit.PerFact, cancellationToken));
        Add(await store.RelationsAsync(RelationType.INVESTS_IN, null, root.Id, EvidenceLimit.PerFact, cancellationToken));
        if (root.Label == NodeLabel.District)
        {
            foreach (var district in (await walk.DistrictTreeAsync(root.Id, cancellationToken)).Keys)
            {
                Add(await store.RelationsAsync(RelationType.INVESTS_IN, null, district, EvidenceLimit.PerFact, cancellationToken));
                foreach (var located in await store.RelationsAsync(RelationType.LOCATED_IN, null, district, 0, cancellationToken))
                {
                    if (GraphWalk.IsA(located.FromId, NodeLabel.Project))
                    {
                        Add(await store.RelationsAsync(RelationType.INVESTS_IN, null, located.FromId, EvidenceLimit.PerFact, cancellationToken));
                    }
                }
            }
        }

        var places = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var target in edges.Values.Select(e => e.ToId).Distinct(StringComparer.Ordinal))
        {
            places[target] = GraphWalk.IsA(target, NodeLabel.District)
                ? [target]
                : [.. (await store.RelationsAsync(RelationType.LOCATED_IN, target, null, 0, cancellationToken)).Select(r => r.ToId)];
        }

        var entities = await walk.EntitiesAsync(edges.Values.SelectMany(e => new[] { e.FromId, e.ToId }).Concat(places.Values.SelectMany(p => p)), cancellationToken);
        return edges.Values
            .Select(e =>
            {
                var target = entities[e.ToId];
                var amount = e.Attributes.GetValueOrDefault("amount") ?? target.Attributes.GetValueOrDefault("amount");
                return new Row
                {
                    ["investor"] = entities[e.FromId].Name,
                    ["target"] = target.Name,
                    ["amount"] = amount,
                    ["date"] = e.Attributes.GetValueOrDefault("date") ?? target.Attributes.GetValueOrDefault("date"),
                    ["place"] = string.Join("、", places[e.ToId].Select(id => entities[id].Name).Order(StringComparer.Ordinal)),
                    ["evidence"] = EvidenceRow.Of(e.Evidence),
                };
            })
            .OrderByDescending(r => Amount.Yuan(r.Text("amount")) ?? -1)
            .ThenBy(r => r.Text("investor"), StringComparer.Ordinal).ThenBy(r => r.Text("target"), StringComparer.Ordinal)
            .ToList();
    }
}
