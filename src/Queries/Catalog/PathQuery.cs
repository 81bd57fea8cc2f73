using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// The shortest connections between two entities: every shortest path of at most <see cref="MaxHops"/> hops over
/// <see cref="Followed"/> (every relationship type but MENTIONED_IN, in either direction), found breadth first
/// and stopped once <see cref="VisitBudget"/> nodes have been visited. One row per edge of each path.
/// </summary>
public sealed class PathQuery : CannedQuery
{
    public const int MaxHops = 4;

    /// <summary>Nodes a search may visit before it gives up: hubs (a province, a city) fan out fast.</summary>
    public const int VisitBudget = 5000;

    /// <summary>Relationship types a path may follow; the Cypher file lists the same.</summary>
    public static IReadOnlyList<RelationType> Followed { get; } =
        [.. GraphSchema.RelationTypes.Where(t => t != RelationType.MENTIONED_IN)];

    public override string Name => "path";

    public override string Description => $"Shortest connections between two entities (at most {MaxHops} hops), every edge with its evidence";

    public override IReadOnlyList<string> Columns { get; } = ["path", "step", "from", "relation", "to", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("from", "Where the path starts, by any name", [.. GraphSchema.EntityLabels]),
        QueryArgument.Entity("to", "Where it ends, by any name", [.. GraphSchema.EntityLabels]),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var from = input.Entity("from").Id;
        var to = input.Entity("to").Id;
        if (from == to)
        {
            return [];
        }

        // Breadth first from `from`, keeping every edge that reaches a node at its shortest depth.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var parents = new Dictionary<string, List<(string Parent, Relation Edge)>>(StringComparer.Ordinal);
        var frontier = new List<string> { from };
        for (var hop = 1; hop <= MaxHops && frontier.Count > 0 && !depth.ContainsKey(to) && depth.Count < VisitBudget; hop++)
        {
            var next = new List<string>();
            var near = new HashSet<string>(frontier, StringComparer.Ordinal);
            foreach (var edge in await store.RelationsOfAsync(frontier, cancellationToken))
            {
                foreach (var (here, far) in new[] { (edge.FromId, edge.ToId), (edge.ToId, edge.FromId) })
                {
                    if (!near.Contains(here) || (depth.TryGetValue(far, out var seen) && seen < hop))
                    {
                        continue;
                    }

                    if (depth.TryAdd(far, hop))
                    {
                        next.Add(far);
                    }

                    if (!parents.TryGetValue(far, out var list))
                    {
                        parents[far] = list = [];
                    }

                    list.Add((here, edge));
                }
            }

            frontier = next;
        }

        if (!depth.ContainsKey(to))
        {
            return [];
        }

        var paths = new List<List<Relation>>();
        void Unwind(string node, List<Relation> suffix)
        {
            if (node == from)
            {
                paths.Add(suffix);
                return;
            }

            foreach (var (parent, edge) in parents[node])
            {
                if (paths.Count < input.Limit)
                {
                    Unwind(parent, [edge, .. suffix]);
                }
            }
        }

        Unwind(to, []);
        var entities = await store.EntitiesAsync(paths.SelectMany(p => p).SelectMany(e => new[] { e.FromId, e.ToId }), cancellationToken);
        string NameOf(string id) => entities.TryGetValue(id, out var e) ? e.Name : id;
        var ordered = paths
            .Select(p => (Edges: p, Key: string.Join("|", p.Select(e => NameOf(e.FromId) + "→" + NameOf(e.ToId)))))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return ordered
            .SelectMany((p, number) => p.Edges.Select((edge, step) => new Row
            {
                ["path"] = number + 1,
                ["step"] = step + 1,
                ["from"] = NameOf(edge.FromId),
                ["relation"] = edge.Type.ToString(),
                ["to"] = NameOf(edge.ToId),
                ["evidence"] = EvidenceRow.Of(edge.Evidence),
            }))
            .ToList();
    }
}
