using Graph.Model;

namespace Graph.Queries.Exports;

/// <summary>
/// What an export writes: entities and the relations between them, ordered by id. Closed by construction:
/// a relation whose end is not among the nodes is left out, so every format's edges join existing nodes.
/// </summary>
public sealed record Subgraph
{
    private Subgraph(IReadOnlyList<Entity> nodes, IReadOnlyList<Relation> edges) => (Nodes, Edges) = (nodes, edges);

    public IReadOnlyList<Entity> Nodes { get; }

    public IReadOnlyList<Relation> Edges { get; }

    /// <summary>What the subgraph is, in words (a title for the page, a comment in the script).</summary>
    public string Description { get; init; } = "Graph";

    public static Subgraph Of(IEnumerable<Entity> nodes, IEnumerable<Relation> edges)
    {
        var byId = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        var kept = edges
            .Where(e => e.Type != RelationType.MENTIONED_IN && byId.ContainsKey(e.FromId) && byId.ContainsKey(e.ToId))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new Subgraph([.. byId.Values], kept);
    }
}
