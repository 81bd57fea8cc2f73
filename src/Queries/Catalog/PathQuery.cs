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

        // Breadth first from both ends, one level at a time on the side whose frontier is smaller, reading edges without
        // their evidence; every edge that reaches a node at its shortest depth is kept. Once the two sides meet, every
        // shortest path runs through a node both have reached, whose depths add up to the length.
        var forward = new Search(from);
        var backward = new Search(to);
        var meeting = new List<string>();
        while (forward.Depth + backward.Depth < MaxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0
            && forward.Visited + backward.Visited < VisitBudget)
        {
            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var other = side == forward ? backward : forward;

            // The two sides first meet on the other's last level (a node it reached earlier would have met this side
            // earlier), so the edges between the two frontiers are read first: the store tests their far ends without
            // handing the rest to .NET. When there are some, they are all the level's edges that matter (every node they
            // reach is a meeting); when there are none, the whole level is read, unless it is the last one allowed. A
            // frontier holding a hub (a product thousands of firms make) is read whole only when no path of this length exists.
            var between = await store.RelationsBetweenAsync(side.Frontier, other.Frontier, 0, cancellationToken);
            var last = side.Depth + 1 + other.Depth == MaxHops;
            side.Expand(between.Count > 0 || last ? between : await store.EdgesOfAsync(side.Frontier, cancellationToken));
            meeting = [.. side.Frontier.Where(other.Reached)];
            if (meeting.Count > 0)
            {
                break;
            }
        }

        var paths = new List<List<Relation>>();
        foreach (var middle in meeting.Order(StringComparer.Ordinal))
        {
            foreach (var head in forward.PathsTo(middle, input.Limit))
            {
                foreach (var tail in backward.PathsTo(middle, input.Limit))
                {
                    if (paths.Count < input.Limit)
                    {
                        paths.Add([.. head, .. Enumerable.Reverse(tail)]);
                    }
                }
            }
        }

        // The names order the paths; the evidence is read for the edges of the rows shown (the limit counts rows), and only those.
        var entities = await store.EntitiesWithoutAliasesAsync(paths.SelectMany(p => p).SelectMany(e => new[] { e.FromId, e.ToId }), cancellationToken);
        string NameOf(string id) => entities.TryGetValue(id, out var e) ? e.Name : id;
        var shown = paths
            .Select(p => (Edges: p, Key: string.Join("|", p.Select(e => NameOf(e.FromId) + "→" + NameOf(e.ToId)))))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany((p, number) => p.Edges.Select((edge, step) => (edge, new Row
            {
                ["path"] = number + 1,
                ["step"] = step + 1,
                ["from"] = NameOf(edge.FromId),
                ["relation"] = edge.Type.ToString(),
                ["to"] = NameOf(edge.ToId),
            })))
            .Take(input.Limit)
            .ToList();
        return await new GraphWalk(store).RowsWithEvidenceAsync(shown, cancellationToken);
    }

    /// <summary>One side of the search: depth and parent edges of every node reached, and the last level reached.</summary>
    private sealed class Search(string root)
    {
        private readonly Dictionary<string, int> _depth = new(StringComparer.Ordinal) { [root] = 0 };
        private readonly Dictionary<string, List<(string Parent, Relation Edge)>> _parents = new(StringComparer.Ordinal);

        public int Depth { get; private set; }

        public List<string> Frontier { get; private set; } = [root];

        public int Visited => _depth.Count;

        public bool Reached(string node) => _depth.ContainsKey(node);

        /// <summary>
        /// Goes one level further through <paramref name="edges"/> (the frontier's, in id order: all of them, or only those
        /// leading to the other side's frontier) and makes the nodes first reached through them the next frontier.
        /// </summary>
        public void Expand(IReadOnlyList<Relation> edges)
        {
            var hop = Depth + 1;
            var near = new HashSet<string>(Frontier, StringComparer.Ordinal);
            var next = new List<string>();
            foreach (var edge in edges)
            {
                foreach (var (here, far) in new[] { (edge.FromId, edge.ToId), (edge.ToId, edge.FromId) })
                {
                    if (!near.Contains(here) || (_depth.TryGetValue(far, out var seen) && seen < hop))
                    {
                        continue;
                    }

                    if (_depth.TryAdd(far, hop))
                    {
                        next.Add(far);
                    }

                    if (!_parents.TryGetValue(far, out var list))
                    {
                        _parents[far] = list = [];
                    }

                    list.Add((here, edge));
                }
            }

            Depth = hop;
            Frontier = next;
        }

        /// <summary>Shortest paths from the root to <paramref name="node"/> as edges in order from the root, at most <paramref name="max"/>.</summary>
        public List<List<Relation>> PathsTo(string node, int max)
        {
            var paths = new List<List<Relation>>();
            void Unwind(string at, List<Relation> suffix)
            {
                if (at == root)
                {
                    paths.Add(suffix);
                    return;
                }

                foreach (var (parent, edge) in _parents[at])
                {
                    if (paths.Count < max)
                    {
                        Unwind(parent, [edge, .. suffix]);
                    }
                }
            }

            Unwind(node, []);
            return paths;
        }
    }
}
