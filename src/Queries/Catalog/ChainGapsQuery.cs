using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// The missing links of a local chain (链式招商 / 补链强链). Members are a cluster's firms with those of its PART_OF
/// sub-clusters (and the clusters themselves, when an article says a cluster supplies), or the enterprises of a
/// district and its sub-districts. A gap is a SUPPLIES edge that leaves the chain:
/// <list type="bullet">
/// <item><c>upstream</c>: a member buys from a non-member (what to attract from outside);</item>
/// <item><c>downstream</c>: a member supplies a customer outside (where the chain's output goes);</item>
/// <item><c>rival</c>: a non-member supplies a customer the members also supply (a product the chain could make).</item>
/// </list>
/// A product a member buys with no supplier named is not in the graph: articles state supply as an edge.
/// </summary>
public sealed class ChainGapsQuery : CannedQuery
{
    public override string Name => "chain-gaps";

    public override string Description => "Missing links of a cluster's or district's chain: bought from, sold to, or supplied by outsiders";

    public override IReadOnlyList<string> Columns { get; } = ["gap", "product", "seller", "buyer", "member", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("scope", "A cluster or a district, by any name", NodeLabel.Cluster, NodeLabel.District),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var scope = input.Entity("scope");
        var members = new HashSet<string>((await walk.MembersAsync(scope, cancellationToken)).Keys, StringComparer.Ordinal);
        if (scope.Label == NodeLabel.Cluster)
        {
            members.UnionWith((await walk.ClusterTreeAsync(scope.Id, cancellationToken)).Keys);
        }

        // Edges without evidence first (a province's chain has thousands); the rows shown get theirs once chosen.
        var gaps = new List<(string Gap, Relation Edge, string Member)>();
        var suppliersOf = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        foreach (var member in members.Order(StringComparer.Ordinal))
        {
            foreach (var bought in await store.RelationsAsync(RelationType.SUPPLIES, null, member, 0, cancellationToken))
            {
                if (!members.Contains(bought.FromId))
                {
                    gaps.Add(("upstream", bought, member));
                }
            }

            foreach (var sold in await store.RelationsAsync(RelationType.SUPPLIES, member, null, 0, cancellationToken))
            {
                if (members.Contains(sold.ToId))
                {
                    continue;
                }

                gaps.Add(("downstream", sold, member));
                if (!suppliersOf.TryGetValue(sold.ToId, out var rivals))
                {
                    suppliersOf[sold.ToId] = rivals = await store.RelationsAsync(RelationType.SUPPLIES, null, sold.ToId, 0, cancellationToken);
                }

                foreach (var rival in rivals)
                {
                    if (!members.Contains(rival.FromId))
                    {
                        gaps.Add(("rival", rival, member));
                    }
                }
            }
        }

        var entities = await walk.EntitiesAsync(gaps.SelectMany(g => new[] { g.Edge.FromId, g.Edge.ToId, g.Member }), cancellationToken);
        string[] order = ["upstream", "downstream", "rival"];
        var shown = gaps
            .Select(g => (g.Edge, Row: new Row
            {
                ["gap"] = g.Gap,
                ["product"] = g.Edge.Attributes.GetValueOrDefault("product"),
                ["seller"] = entities[g.Edge.FromId].Name,
                ["buyer"] = entities[g.Edge.ToId].Name,
                ["member"] = entities[g.Member].Name,
            }))
            .OrderBy(r => Array.IndexOf(order, r.Row.Text("gap")))
            .ThenBy(r => r.Row.Text("product") ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Row.Text("seller"), StringComparer.Ordinal).ThenBy(r => r.Row.Text("buyer"), StringComparer.Ordinal)
            .ThenBy(r => r.Row.Text("member"), StringComparer.Ordinal)
            .Take(input.Limit)
            .ToList();
        return [.. await walk.RowsWithEvidenceAsync(shown, cancellationToken)];
    }
}
