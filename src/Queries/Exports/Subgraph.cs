using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Exports;

/// <summary>
/// What an export writes: entities (each with the files of the documents that mention it) and the relations between
/// them, ordered by id. Closed by construction: a relation whose end is not among the nodes is left out, so every
/// format's edges join existing nodes.
/// </summary>
public sealed record Subgraph
{
    private Subgraph(IReadOnlyList<StoredEntity> stored, IReadOnlyList<Relation> edges, IReadOnlyList<string> documents)
    {
        Stored = stored;
        Nodes = [.. stored.Select(s => s.Entity)];
        Edges = edges;
        Documents = documents;
    }

    public IReadOnlyList<Entity> Nodes { get; }

    /// <summary>The nodes with the files of the documents that mention them (the interchange format's <c>files</c>).</summary>
    public IReadOnlyList<StoredEntity> Stored { get; }

    public IReadOnlyList<Relation> Edges { get; }

    /// <summary>The files of the documents the subgraph was read from.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>What the subgraph is, in words (a title for the page, a comment in the script).</summary>
    public string Description { get; init; } = "Graph";

    /// <summary>
    /// A subgraph of entities whose files are those of their evidence (what a store returns for a part of the
    /// graph); its documents are the files of its nodes' and edges' evidence.
    /// </summary>
    public static Subgraph Of(IEnumerable<Entity> nodes, IEnumerable<Relation> edges)
    {
        var stored = nodes.Select(n => new StoredEntity(n, [.. n.Evidence.Select(e => e.FileName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])).ToList();
        return Of(stored, edges, null);
    }

    public static Subgraph Of(IEnumerable<StoredEntity> nodes, IEnumerable<Relation> edges, IEnumerable<string>? documents)
    {
        var byId = new SortedDictionary<string, StoredEntity>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Entity.Id, node);
        }

        var kept = edges
            .Where(e => e.Type != RelationType.MENTIONED_IN && byId.ContainsKey(e.FromId) && byId.ContainsKey(e.ToId))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var files = documents?.ToList()
            ?? [.. byId.Values.SelectMany(s => s.Files).Concat(kept.SelectMany(e => e.Evidence.Select(v => v.FileName)))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new Subgraph([.. byId.Values], kept, files);
    }
}
