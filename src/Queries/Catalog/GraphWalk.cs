using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// The walks several questions share, over the store interface: a district with every sub-district and zone
/// beneath it, a cluster with its PART_OF sub-clusters, and names of entities by id (read once per query).
/// </summary>
public sealed class GraphWalk(IGraphStore store)
{
    /// <summary>Deepest tree walked: country → province → city → county → town/zone → village is five steps.</summary>
    public const int MaxDepth = 8;

    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    public IGraphStore Store => store;

    /// <summary>Entities by id (names, labels, attributes: no aliases, no evidence), cached for the query's lifetime.</summary>
    public async Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !_entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, entity) in await store.EntitiesWithoutAliasesAsync(missing, cancellationToken))
            {
                _entities[id] = entity;
            }
        }

        return _entities;
    }

    public async Task<string> NameAsync(string id, CancellationToken cancellationToken) =>
        (await EntitiesAsync([id], cancellationToken)).TryGetValue(id, out var entity) ? entity.Name : id;

    /// <summary>
    /// The district and every District LOCATED_IN it, transitively, each with its chain up to the root
    /// (平湖市 → 平湖经济技术开发区 with chain [平湖经济技术开发区, 平湖市]).
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DistrictTreeAsync(string districtId, CancellationToken cancellationToken) =>
        TreeAsync(districtId, RelationType.LOCATED_IN, [NodeLabel.District], cancellationToken);

    /// <summary>The cluster and every cluster PART_OF it, transitively, with the chain up to the root.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ClusterTreeAsync(string clusterId, CancellationToken cancellationToken) =>
        TreeAsync(clusterId, RelationType.PART_OF, [NodeLabel.Cluster, NodeLabel.Organization], cancellationToken);

    /// <summary>
    /// The members of a local chain: a cluster's MEMBER_OF firms (with its sub-clusters'), or the enterprises
    /// located anywhere in a district's tree. Each member with how it is known (the relation that makes it one, without evidence).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Relation>> MembersAsync(Entity scope, CancellationToken cancellationToken)
    {
        var members = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var (tree, type) = scope.Label == NodeLabel.District
            ? (await DistrictTreeAsync(scope.Id, cancellationToken), RelationType.LOCATED_IN)
            : (await ClusterTreeAsync(scope.Id, cancellationToken), RelationType.MEMBER_OF);
        var into = await IntoAsync(type, tree.Keys, cancellationToken);
        foreach (var node in tree.Keys)
        {
            foreach (var edge in into.GetValueOrDefault(node, []))
            {
                if (type != RelationType.LOCATED_IN || IsA(edge.FromId, NodeLabel.Enterprise))
                {
                    members.TryAdd(edge.FromId, edge);
                }
            }
        }

        return members;
    }

    /// <summary>The rows a query shows, each given the evidence of its edge (read once, for these rows only).</summary>
    public async Task<List<Row>> RowsWithEvidenceAsync(IReadOnlyList<(Relation Edge, Row Row)> shown, CancellationToken cancellationToken)
    {
        var evidence = await WithEvidenceAsync(shown.Select(r => r.Edge), cancellationToken);
        foreach (var (edge, row) in shown)
        {
            row["evidence"] = EvidenceRow.Of(evidence.GetValueOrDefault(edge.Id, edge).Evidence);
        }

        return [.. shown.Select(r => r.Row)];
    }

    /// <summary>
    /// The edges a query shows, read again with their evidence (at most <see cref="EvidenceLimit.PerFact"/> each): walks
    /// read edges without evidence, and only the rows that survive the query's limit need their sentences.
    /// </summary>
    public Task<IReadOnlyDictionary<string, Relation>> WithEvidenceAsync(IEnumerable<Relation> edges, CancellationToken cancellationToken) =>
        store.WithEvidenceAsync(edges, EvidenceLimit.PerFact, cancellationToken);

    /// <summary>True when the stable id is of an entity of <paramref name="label"/>.</summary>
    public static bool IsA(string id, NodeLabel label) => id.StartsWith(IdPrefix(label), StringComparison.Ordinal);

    private static string IdPrefix(NodeLabel label) => StableId.ForEntity(label, "x").Split('-')[0] + "-";

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TreeAsync(string rootId, RelationType type, NodeLabel[] labels,
        CancellationToken cancellationToken)
    {
        var chains = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [rootId] = [rootId] };
        var frontier = new List<string> { rootId };
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            var into = await IntoAsync(type, frontier, cancellationToken);
            foreach (var parent in frontier)
            {
                foreach (var child in into.GetValueOrDefault(parent, []))
                {
                    if (labels.Any(l => IsA(child.FromId, l)) && !chains.ContainsKey(child.FromId))
                    {
                        chains[child.FromId] = [child.FromId, .. chains[parent]];
                        next.Add(child.FromId);
                    }
                }
            }

            frontier = next;
        }

        return chains;
    }

    /// <summary>The relations of <paramref name="type"/> into each of <paramref name="ids"/> (no evidence), each node's in id order: one read for all.</summary>
    private async Task<Dictionary<string, List<Relation>>> IntoAsync(RelationType type, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var into = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var edge in await store.RelationsAtAsync(type, RelationEnd.To, [.. ids], 0, cancellationToken))
        {
            if (!into.TryGetValue(edge.ToId, out var list))
            {
                into[edge.ToId] = list = [];
            }

            list.Add(edge);
        }

        return into;
    }
}
