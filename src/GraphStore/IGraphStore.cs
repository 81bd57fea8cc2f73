using Graph.Model;

namespace Graph.Store;

/// <summary>
/// Writes documents' graphs and reads them back. Both backends (embedded SQLite, Neo4j over HTTP)
/// write nodes before relationships in batches and keep provenance per document, so that a document
/// can be written twice without change and retracted without losing what other documents support.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates tables, constraints and indexes if they are missing. Idempotent.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>The ledger: true when a document with this content hash has been written completely.</summary>
    Task<bool> HasDocumentAsync(string contentSha256, CancellationToken cancellationToken);

    /// <summary>Upserts one document's entities and relations by their stable ids, and marks the document done.</summary>
    Task<WriteResult> WriteAsync(DocumentGraph graph, CancellationToken cancellationToken);

    /// <summary>
    /// Writes several documents in one transaction where the store has them (Store:DocumentsPerTransaction); each
    /// document is still written whole with its ledger row. The default writes them one by one.
    /// </summary>
    async Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        var results = new List<WriteResult>(graphs.Count);
        foreach (var graph in graphs)
        {
            results.Add(await WriteAsync(graph, cancellationToken));
        }

        return results;
    }

    /// <summary>Removes what one document contributed; facts that other documents support stay.</summary>
    Task<RetractResult> RetractAsync(string documentIdOrFileName, CancellationToken cancellationToken);

    /// <summary>Entities whose name or alias equals <paramref name="name"/> under <see cref="NameKey"/>.</summary>
    Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Names of entities that look like <paramref name="name"/>, for "did you mean" messages.</summary>
    Task<IReadOnlyList<string>> SimilarNamesAsync(string name, int max, CancellationToken cancellationToken);

    /// <summary>Relations of one type, optionally restricted to an endpoint, with their evidence.</summary>
    Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, CancellationToken cancellationToken);

    /// <summary>Entities by id.</summary>
    Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    /// <summary>Every entity of <paramref name="label"/> with its aliases: what the next batch resolves short names against.</summary>
    Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken);

    /// <summary>How many nodes per label and relationships per type the store holds.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);
}

/// <summary>Rows one write wrote (inserted, or changed), per label and type: an upsert that changes nothing counts 0.</summary>
public sealed record WriteResult(
    string DocumentId,
    IReadOnlyDictionary<NodeLabel, int> Nodes,
    IReadOnlyDictionary<RelationType, int> Relationships);

/// <summary>What a retraction removed or shrank.</summary>
public sealed record RetractResult(string DocumentId, int EntitiesRemoved, int RelationsRemoved, int RelationsKept);

/// <summary>Totals in a store.</summary>
public sealed record GraphCounts(
    int Documents,
    IReadOnlyDictionary<NodeLabel, int> Nodes,
    IReadOnlyDictionary<RelationType, int> Relationships)
{
    public int NodeTotal => Nodes.Values.Sum();

    public int RelationshipTotal => Relationships.Values.Sum();
}

/// <summary>Thrown when a document to retract is not in the store.</summary>
public sealed class DocumentNotFoundException(string key)
    : Exception($"no document '{key}' in the store (give a file name or a document id)");
