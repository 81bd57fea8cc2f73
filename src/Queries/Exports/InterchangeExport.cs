using Graph.Store;

namespace Graph.Queries.Exports;

/// <summary>
/// JSON in the interchange format of eval/FORMAT.md (entities with aliases and files, relations with evidence and
/// attrs, one per file that states them), through <see cref="StoreInterchange.ToInterchange"/>, the one conversion
/// that <c>eval --store</c> uses too: the export of the whole graph scores with eval/score.py as the store does.
/// </summary>
public sealed class InterchangeExport : GraphExport
{
    public override string Name => "json";

    public override Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken)
    {
        StoreInterchange.ToInterchange(graph.Documents, graph.Stored, graph.Edges).Write(path);
        return Task.FromResult<IReadOnlyList<string>>([path]);
    }
}
