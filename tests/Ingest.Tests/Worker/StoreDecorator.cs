using Graph.Model;
using Graph.Store;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// A store that hands every call, default members included, to <paramref name="inner"/>'s own implementation, and lets a
/// test see each call by its method's name before it runs (<see cref="Before"/>) or wrap it (<see cref="AroundAsync"/>).
/// </summary>
public abstract class StoreDecorator(IGraphStore inner) : IGraphStore
{
    private IGraphStore I => inner;

    /// <summary>Runs before every call, synchronously: a crash thrown here is thrown by the call.</summary>
    protected virtual void Before(string method)
    {
    }

    /// <summary>Wraps every call that returns a task (void calls as a task of <c>true</c>).</summary>
    protected virtual Task<T> AroundAsync<T>(string method, Func<Task<T>> call) => call();

    private Task<T> Call<T>(string method, Func<Task<T>> call)
    {
        Before(method);
        return AroundAsync(method, call);
    }

    private Task Call(string method, Func<Task> call)
    {
        Before(method);
        return AroundAsync(method, async () =>
        {
            await call();
            return true;
        });
    }

    private IAsyncEnumerable<T> Stream<T>(string method, Func<IAsyncEnumerable<T>> call)
    {
        Before(method);
        return call();
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Call("EnsureSchemaAsync", () => I.EnsureSchemaAsync(cancellationToken));
    public Task<bool> HasDocumentAsync(string contentSha256, CancellationToken cancellationToken) => Call("HasDocumentAsync", () => I.HasDocumentAsync(contentSha256, cancellationToken));
    public Task<string?> DuplicateOfAsync(string contentSha256, string? byteSha256, CancellationToken cancellationToken) =>
        Call("DuplicateOfAsync", () => I.DuplicateOfAsync(contentSha256, byteSha256, cancellationToken));
    public Task<IReadOnlyList<DocumentInfo>> FindDocumentsAsync(string key, CancellationToken cancellationToken) => Call("FindDocumentsAsync", () => I.FindDocumentsAsync(key, cancellationToken));
    public virtual Task<IGraphStore?> OpenReaderAsync(CancellationToken cancellationToken) => Call("OpenReaderAsync", () => I.OpenReaderAsync(cancellationToken));
    public Task<bool> HoldsEntitiesAsync(CancellationToken cancellationToken) => Call("HoldsEntitiesAsync", () => I.HoldsEntitiesAsync(cancellationToken));
    public virtual Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) => Call("AtomicallyAsync", () => I.AtomicallyAsync(work, cancellationToken));
    public Task MarkUnsettledAsync(Unsettled work, CancellationToken cancellationToken) => Call("MarkUnsettledAsync", () => I.MarkUnsettledAsync(work, cancellationToken));
    public Task<Unsettled> UnsettledAsync(CancellationToken cancellationToken) => Call("UnsettledAsync", () => I.UnsettledAsync(cancellationToken));
    public Task SettledAsync(Unsettled work, CancellationToken cancellationToken) => Call("SettledAsync", () => I.SettledAsync(work, cancellationToken));
    public Task<WriteResult> WriteAsync(DocumentGraph graph, CancellationToken cancellationToken) => Call("WriteAsync", () => I.WriteAsync(graph, cancellationToken));
    public Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken) => Call("WriteAsync", () => I.WriteAsync(graphs, cancellationToken));
    public Task<RetractResult> RetractAsync(string documentIdOrFileName, CancellationToken cancellationToken) => Call("RetractAsync", () => I.RetractAsync(documentIdOrFileName, cancellationToken));
    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) => Call("FindByNameAsync", () => I.FindByNameAsync(name, cancellationToken));
    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, int maxEvidence, CancellationToken cancellationToken) => Call("FindByNameAsync", () => I.FindByNameAsync(name, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<string>> SimilarNamesAsync(string name, int max, CancellationToken cancellationToken) => Call("SimilarNamesAsync", () => I.SimilarNamesAsync(name, max, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, CancellationToken cancellationToken) =>
        Call("RelationsAsync", () => I.RelationsAsync(type, fromId, toId, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, int maxEvidence, CancellationToken cancellationToken) =>
        Call("RelationsAsync", () => I.RelationsAsync(type, fromId, toId, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) => Call("RelationsOfAsync", () => I.RelationsOfAsync(entityIds, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, int maxEvidence, CancellationToken cancellationToken) =>
        Call("RelationsOfAsync", () => I.RelationsOfAsync(entityIds, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAtAsync(RelationType type, RelationEnd end, IReadOnlyCollection<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        Call("RelationsAtAsync", () => I.RelationsAtAsync(type, end, ids, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Relation>> WithEvidenceAsync(IEnumerable<Relation> relations, int maxEvidence, CancellationToken cancellationToken) =>
        Call("WithEvidenceAsync", () => I.WithEvidenceAsync(relations, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> EdgesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Call("EdgesOfAsync", () => I.EdgesOfAsync(ids, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsBetweenAsync(IReadOnlyCollection<string> ids, IReadOnlyCollection<string> others, int maxEvidence, CancellationToken cancellationToken) =>
        Call("RelationsBetweenAsync", () => I.RelationsBetweenAsync(ids, others, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        Call("EntitiesAsync", () => I.EntitiesAsync(ids, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesWithoutAliasesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        Call("EntitiesWithoutAliasesAsync", () => I.EntitiesWithoutAliasesAsync(ids, cancellationToken));
    public Task<IReadOnlyList<Entity>> SearchAsync(string text, int max, CancellationToken cancellationToken) => Call("SearchAsync", () => I.SearchAsync(text, max, cancellationToken));
    public Task<IReadOnlyList<(string DocumentId, string EntityId)>> MentionsAsync(string documentIdOrFileName, CancellationToken cancellationToken) =>
        Call("MentionsAsync", () => I.MentionsAsync(documentIdOrFileName, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) => Call("EntitiesAsync", () => I.EntitiesAsync(ids, cancellationToken));
    public Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken) => Call("NamesAsync", () => I.NamesAsync(label, cancellationToken));
    public Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Call("LookupNamesAsync", () => I.LookupNamesAsync(keys, cancellationToken));
    public Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, IReadOnlySet<NodeLabel> labels, CancellationToken cancellationToken) =>
        Call("LookupNamesAsync", () => I.LookupNamesAsync(keys, labels, cancellationToken));
    public Task<IReadOnlyDictionary<string, (string Id, string Name)>> RedirectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Call("RedirectsAsync", () => I.RedirectsAsync(ids, cancellationToken));
    public Task MergeAsync(string fromId, string intoId, CancellationToken cancellationToken) => Call("MergeAsync", () => I.MergeAsync(fromId, intoId, cancellationToken));
    public Task AddRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken) => Call("AddRelationsAsync", () => I.AddRelationsAsync(relations, cancellationToken));
    public Task RemoveRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken) => Call("RemoveRelationsAsync", () => I.RemoveRelationsAsync(relations, cancellationToken));
    public IAsyncEnumerable<DocumentInfo> DocumentsAsync(CancellationToken cancellationToken) => Stream("DocumentsAsync", () => I.DocumentsAsync(cancellationToken));
    public IAsyncEnumerable<StoredEntity> AllEntitiesAsync(CancellationToken cancellationToken) => Stream("AllEntitiesAsync", () => I.AllEntitiesAsync(cancellationToken));
    public IAsyncEnumerable<Relation> AllRelationsAsync(CancellationToken cancellationToken) => Stream("AllRelationsAsync", () => I.AllRelationsAsync(cancellationToken));
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken) => Call("CountAsync", () => I.CountAsync(cancellationToken));
    public virtual ValueTask DisposeAsync() => inner.DisposeAsync();
}
