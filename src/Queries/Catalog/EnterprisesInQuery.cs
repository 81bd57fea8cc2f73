using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Enterprises located in a district or anywhere beneath it (its towns, streets, zones and parks, through
/// LOCATED_IN), each once at its most specific place, with the chain up to the district asked for.
/// </summary>
public sealed class EnterprisesInQuery : CannedQuery
{
    public override string Name => "enterprises-in";

    public override string Description => "Enterprises in a district, including every sub-district and zone beneath it";

    public override IReadOnlyList<string> Columns { get; } = ["enterprise", "district", "within", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("district", "The district, city, town or zone, by any name", NodeLabel.District),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var tree = await walk.DistrictTreeAsync(input.Entity("district").Id, cancellationToken);
        var located = new List<(Relation Edge, IReadOnlyList<string> Chain)>();
        foreach (var (district, chain) in tree)
        {
            foreach (var edge in await store.RelationsAsync(RelationType.LOCATED_IN, null, district, EvidenceLimit.PerFact, cancellationToken))
            {
                if (GraphWalk.IsA(edge.FromId, NodeLabel.Enterprise))
                {
                    located.Add((edge, chain));
                }
            }
        }

        var entities = await walk.EntitiesAsync(located.SelectMany(l => l.Chain.Append(l.Edge.FromId)), cancellationToken);
        return located
            .GroupBy(l => l.Edge.FromId)
            .Select(g => g.OrderByDescending(l => l.Chain.Count).ThenBy(l => entities[l.Edge.ToId].Name, StringComparer.Ordinal).First())
            .Select(l => new Row
            {
                ["enterprise"] = entities[l.Edge.FromId].Name,
                ["district"] = entities[l.Edge.ToId].Name,
                ["within"] = string.Join(" → ", l.Chain.Select(id => entities[id].Name)),
                ["evidence"] = EvidenceRow.Of(l.Edge.Evidence),
            })
            .OrderBy(r => r.Text("enterprise"), StringComparer.Ordinal)
            .ToList();
    }
}
