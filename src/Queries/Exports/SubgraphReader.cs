using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store;

namespace Graph.Queries.Exports;

/// <summary>
/// Reads the three kinds of subgraph an export takes from a store: an entity and what lies within N hops of it,
/// the whole graph, or what a canned query's answer names.
/// </summary>
public sealed class SubgraphReader(IGraphStore store)
{
    /// <summary>Every entity label an export argument may name.</summary>
    public static readonly IReadOnlyList<NodeLabel> EntityLabels = [.. Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Document)];

    /// <summary>
    /// The entity, every entity within <paramref name="depth"/> relations of it (either direction), and every
    /// relation between two of them.
    /// </summary>
    public async Task<Subgraph> AroundAsync(Entity root, int depth, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var edges = new List<Relation>();
        IReadOnlyCollection<string> frontier = [root.Id];
        for (var hop = 0; hop <= depth && frontier.Count > 0; hop++)
        {
            var relations = await store.RelationsOfAsync(frontier, cancellationToken);
            edges.AddRange(relations);
            if (hop == depth)
            {
                break;
            }

            var next = relations.SelectMany(r => new[] { r.FromId, r.ToId }).Where(visited.Add).ToList();
            frontier = next;
        }

        var entities = await store.EntitiesAsync(visited, cancellationToken);
        return Subgraph.Of(entities.Values, edges) with { Description = $"{root.Name} ({depth} {(depth == 1 ? "hop" : "hops")})" };
    }

    /// <summary>Every entity (each with the files that mention it), every relation and every document the store holds.</summary>
    public async Task<Subgraph> AllAsync(CancellationToken cancellationToken)
    {
        var contents = await store.ReadAllAsync(cancellationToken);
        return Subgraph.Of(contents.Entities, contents.Relations, contents.Documents) with { Description = "the whole graph" };
    }

    /// <summary>
    /// What a query's answer stands on: the entities its arguments name, the entities its cells name (a cell may list
    /// several, joined by →, 、 or ;), and each relation between two of them that states one of the answer's
    /// evidence sentences. An answer without evidence keeps every relation between its entities.
    /// </summary>
    public async Task<Subgraph> OfAnswerAsync(CannedQuery query, QueryInput input, QueryResult result, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in input.Entities.Values)
        {
            entities.TryAdd(entity.Id, entity);
        }

        var names = result.Rows
            .SelectMany(row => row.Where(c => c.Key != "evidence").Select(c => c.Value).OfType<string>())
            .SelectMany(cell => cell.Split(CellSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // Cells hold canonical names: an alias that only resembles one (a product, a title) adds nothing.
            foreach (var entity in await store.FindByNameAsync(name, cancellationToken))
            {
                if (entity.Name == name)
                {
                    entities.TryAdd(entity.Id, entity);
                }
            }
        }

        var stated = result.Rows.SelectMany(r => r.Evidence).Select(e => (e.Sentence, e.Document)).ToHashSet();
        var relations = await store.RelationsOfAsync(entities.Keys, cancellationToken);
        var edges = stated.Count == 0
            ? relations
            : relations.Where(r => r.Evidence.Any(e => stated.Contains((e.Sentence, e.FileName)))).ToList();
        return Subgraph.Of(entities.Values, edges) with
        {
            Description = string.Join(' ', query.Arguments.Select(a => input.Text(a.Name)).Prepend(query.Name)),
        };
    }

    private static readonly string[] CellSeparators = [" → ", "→", "、", ";", "; "];
}
