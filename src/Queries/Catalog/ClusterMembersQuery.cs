using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Members of a cluster and of the clusters PART_OF it: each with how it is known — stated (a sentence says
/// it belongs) or implied (read from context, MEMBER_OF with basis implied) — its role and its evidence.
/// </summary>
public sealed class ClusterMembersQuery : CannedQuery
{
    public override string Name => "cluster-members";

    public override string Description => "Members of a cluster (and of its sub-clusters), stated or implied, with evidence";

    public override IReadOnlyList<string> Columns { get; } = ["member", "label", "known", "role", "cluster", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("cluster", "The cluster (or alliance), by any name", [.. GraphSchema.Endpoints[RelationType.MEMBER_OF].To]),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var tree = await walk.ClusterTreeAsync(input.Entity("cluster").Id, cancellationToken);
        var edges = new List<Relation>();
        foreach (var cluster in tree.Keys)
        {
            edges.AddRange(await store.RelationsAsync(RelationType.MEMBER_OF, null, cluster, EvidenceLimit.PerFact, cancellationToken));
        }

        var entities = await walk.EntitiesAsync(edges.SelectMany(e => new[] { e.FromId, e.ToId }), cancellationToken);
        return edges
            .Select(e => new Row
            {
                ["member"] = entities[e.FromId].Name,
                ["label"] = entities[e.FromId].Label.ToString(),
                ["known"] = e.Attributes.GetValueOrDefault("basis") == "implied" ? "implied" : "stated",
                ["role"] = e.Attributes.GetValueOrDefault("role"),
                ["cluster"] = entities[e.ToId].Name,
                ["evidence"] = EvidenceRow.Of(e.Evidence),
            })
            .OrderBy(r => r.Text("cluster"), StringComparer.Ordinal).ThenBy(r => r.Text("member"), StringComparer.Ordinal)
            .ToList();
    }
}
