using Graph.Model;
using Graph.Store;

namespace Graph.Ingest.Tests.Worker;

/// <summary>What a kill looks like to the code that was running: it stops, and nothing may catch it and go on.</summary>
public sealed class SimulatedCrash(int call) : OperationCanceledException($"simulated crash before store call {call}");

/// <summary>
/// A store that dies before its <paramref name="crashAt"/>-th call (counting every call, reads and writes, from 1): what
/// a SIGKILL between two store calls leaves, deterministically. Every call, default members included, goes to
/// <paramref name="inner"/>'s own implementation; a unit (<see cref="IGraphStore.AtomicallyAsync"/>) that the crash
/// interrupts is rolled back by the inner store, as a killed process's open transaction is.
/// </summary>
public sealed class CrashingStore(IGraphStore inner, int crashAt) : IGraphStore
{
    private int _calls;

    /// <summary>The calls made so far (the one that crashed included).</summary>
    public int Calls => _calls;

    public bool Crashed { get; private set; }

    private void Step()
    {
        var call = Interlocked.Increment(ref _calls);
        if (call >= crashAt)
        {
            Crashed = true;
            throw new SimulatedCrash(call);
        }
    }

    private Task<T> Call<T>(Func<Task<T>> call)
    {
        Step();
        return call();
    }

    private async Task Call(Func<Task> call)
    {
        Step();
        await call();
    }

    private IAsyncEnumerable<T> Stream<T>(Func<IAsyncEnumerable<T>> call)
    {
        Step();
        return call();
    }

    private IGraphStore I => inner;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Call(() => I.EnsureSchemaAsync(cancellationToken));
    public Task<bool> HasDocumentAsync(string contentSha256, CancellationToken cancellationToken) => Call(() => I.HasDocumentAsync(contentSha256, cancellationToken));
    public Task<string?> DuplicateOfAsync(string contentSha256, string? byteSha256, CancellationToken cancellationToken) =>
        Call(() => I.DuplicateOfAsync(contentSha256, byteSha256, cancellationToken));
    public Task<IReadOnlyList<DocumentInfo>> FindDocumentsAsync(string key, CancellationToken cancellationToken) => Call(() => I.FindDocumentsAsync(key, cancellationToken));
    public Task<IGraphStore?> OpenReaderAsync(CancellationToken cancellationToken) => Call(() => I.OpenReaderAsync(cancellationToken));
    public Task<bool> HoldsEntitiesAsync(CancellationToken cancellationToken) => Call(() => I.HoldsEntitiesAsync(cancellationToken));
    public Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) => Call(() => I.AtomicallyAsync(work, cancellationToken));
    public Task<WriteResult> WriteAsync(DocumentGraph graph, CancellationToken cancellationToken) => Call(() => I.WriteAsync(graph, cancellationToken));
    public Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken) => Call(() => I.WriteAsync(graphs, cancellationToken));
    public Task<RetractResult> RetractAsync(string documentIdOrFileName, CancellationToken cancellationToken) => Call(() => I.RetractAsync(documentIdOrFileName, cancellationToken));
    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) => Call(() => I.FindByNameAsync(name, cancellationToken));
    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, int maxEvidence, CancellationToken cancellationToken) => Call(() => I.FindByNameAsync(name, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<string>> SimilarNamesAsync(string name, int max, CancellationToken cancellationToken) => Call(() => I.SimilarNamesAsync(name, max, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, CancellationToken cancellationToken) =>
        Call(() => I.RelationsAsync(type, fromId, toId, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.RelationsAsync(type, fromId, toId, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) => Call(() => I.RelationsOfAsync(entityIds, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.RelationsOfAsync(entityIds, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsAtAsync(RelationType type, RelationEnd end, IReadOnlyCollection<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.RelationsAtAsync(type, end, ids, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Relation>> WithEvidenceAsync(IEnumerable<Relation> relations, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.WithEvidenceAsync(relations, maxEvidence, cancellationToken));
    public Task<IReadOnlyList<Relation>> EdgesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Call(() => I.EdgesOfAsync(ids, cancellationToken));
    public Task<IReadOnlyList<Relation>> RelationsBetweenAsync(IReadOnlyCollection<string> ids, IReadOnlyCollection<string> others, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.RelationsBetweenAsync(ids, others, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        Call(() => I.EntitiesAsync(ids, maxEvidence, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesWithoutAliasesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        Call(() => I.EntitiesWithoutAliasesAsync(ids, cancellationToken));
    public Task<IReadOnlyList<Entity>> SearchAsync(string text, int max, CancellationToken cancellationToken) => Call(() => I.SearchAsync(text, max, cancellationToken));
    public Task<IReadOnlyList<(string DocumentId, string EntityId)>> MentionsAsync(string documentIdOrFileName, CancellationToken cancellationToken) =>
        Call(() => I.MentionsAsync(documentIdOrFileName, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) => Call(() => I.EntitiesAsync(ids, cancellationToken));
    public Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken) => Call(() => I.NamesAsync(label, cancellationToken));
    public Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Call(() => I.LookupNamesAsync(keys, cancellationToken));
    public Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, IReadOnlySet<NodeLabel> labels, CancellationToken cancellationToken) =>
        Call(() => I.LookupNamesAsync(keys, labels, cancellationToken));
    public Task<IReadOnlyDictionary<string, (string Id, string Name)>> RedirectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Call(() => I.RedirectsAsync(ids, cancellationToken));
    public Task MergeAsync(string fromId, string intoId, CancellationToken cancellationToken) => Call(() => I.MergeAsync(fromId, intoId, cancellationToken));
    public Task AddRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken) => Call(() => I.AddRelationsAsync(relations, cancellationToken));
    public Task RemoveRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken) => Call(() => I.RemoveRelationsAsync(relations, cancellationToken));
    public IAsyncEnumerable<DocumentInfo> DocumentsAsync(CancellationToken cancellationToken) => Stream(() => I.DocumentsAsync(cancellationToken));
    public IAsyncEnumerable<StoredEntity> AllEntitiesAsync(CancellationToken cancellationToken) => Stream(() => I.AllEntitiesAsync(cancellationToken));
    public IAsyncEnumerable<Relation> AllRelationsAsync(CancellationToken cancellationToken) => Stream(() => I.AllRelationsAsync(cancellationToken));
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken) => Call(() => I.CountAsync(cancellationToken));
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
