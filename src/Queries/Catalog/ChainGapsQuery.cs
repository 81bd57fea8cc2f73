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

        // Edges without evidence, read for all members at once (a province's chain has thousands); the rows shown get
        // their evidence once chosen.
        var gaps = new List<Gap>();
        var bought = await store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.To, members, 0, cancellationToken);
        gaps.AddRange(bought.Where(e => !members.Contains(e.FromId)).Select(e => new Gap(0, e, e.ToId)));
        var sold = (await store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.From, members, 0, cancellationToken))
            .Where(e => !members.Contains(e.ToId)).ToList();
        gaps.AddRange(sold.Select(e => new Gap(1, e, e.FromId)));

        // Rivals rank last: read only when upstream and downstream leave room under the limit.
        if (gaps.Count < input.Limit && sold.Count > 0)
        {
            var rivalsOf = (await store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.To, [.. sold.Select(e => e.ToId).Distinct(StringComparer.Ordinal)], 0,
                    cancellationToken))
                .Where(e => !members.Contains(e.FromId))
                .ToLookup(e => e.ToId, StringComparer.Ordinal);
            gaps.AddRange(sold.SelectMany(e => rivalsOf[e.ToId].Select(rival => new Gap(2, rival, e.FromId))));
        }

        // Ordered by kind and product first, which need no names: only the rows up to the limit's (kind, product) are named and sorted.
        var byKind = gaps.OrderBy(g => g.Rank).ThenBy(g => g.Product, StringComparer.Ordinal).ToList();
        if (byKind.Count > input.Limit)
        {
            var last = byKind[input.Limit - 1];
            byKind = [.. byKind.TakeWhile(g => g.Rank < last.Rank || (g.Rank == last.Rank && string.CompareOrdinal(g.Product, last.Product) <= 0))];
        }

        var entities = await walk.EntitiesAsync(byKind.SelectMany(g => new[] { g.Edge.FromId, g.Edge.ToId, g.Member }), cancellationToken);
        string[] kinds = ["upstream", "downstream", "rival"];
        var shown = byKind
            .Select(g => (g, Seller: entities[g.Edge.FromId].Name, Buyer: entities[g.Edge.ToId].Name, Member: entities[g.Member].Name))
            .OrderBy(r => r.g.Rank).ThenBy(r => r.g.Product, StringComparer.Ordinal)
            .ThenBy(r => r.Seller, StringComparer.Ordinal).ThenBy(r => r.Buyer, StringComparer.Ordinal).ThenBy(r => r.Member, StringComparer.Ordinal)
            .ThenBy(r => r.g.Edge.Id, StringComparer.Ordinal).ThenBy(r => r.g.Member, StringComparer.Ordinal)
            .Take(input.Limit)
            .Select(r => (r.g.Edge, Row: new Row
            {
                ["gap"] = kinds[r.g.Rank],
                ["product"] = r.g.Edge.Attributes.GetValueOrDefault("product"),
                ["seller"] = r.Seller,
                ["buyer"] = r.Buyer,
                ["member"] = r.Member,
            }))
            .ToList();
        return [.. await walk.RowsWithEvidenceAsync(shown, cancellationToken)];
    }

    /// <summary>A gap: its kind (0 upstream, 1 downstream, 2 rival), the edge, and the member it concerns.</summary>
    private sealed record Gap(int Rank, Relation Edge, string Member)
    {
        /// <summary>The product as the rows sort it: an edge without one after every product.</summary>
        public string Product { get; } = Edge.Attributes.GetValueOrDefault("product") ?? "\uffff";
    }
}
