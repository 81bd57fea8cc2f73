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

    /// <summary>
    /// The path (or, without one, the file name) of a document already written whose text hash or byte hash matches, null when none does:
    /// the same article in another encoding, or the same bytes under another name, is a duplicate.
    /// </summary>
    Task<string?> DuplicateOfAsync(string contentSha256, string? byteSha256, CancellationToken cancellationToken);

    /// <summary>
    /// Documents a user's key names: a document id, a hash, a path, a file name (every document of that name), or a
    /// feed's name (every line of it). Ordered by path.
    /// </summary>
    Task<IReadOnlyList<DocumentInfo>> FindDocumentsAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// A second, read-only handle on the same store for lookups that run while this one writes (SQLite in WAL mode:
    /// its own connection, which sees what was committed before each statement), or null when reads must share this one.
    /// </summary>
    Task<IGraphStore?> OpenReaderAsync(CancellationToken cancellationToken) => Task.FromResult<IGraphStore?>(null);

    /// <summary>False when the store holds no entity yet (a new store), so a run need not look up the names it held before; the default says true.</summary>
    Task<bool> HoldsEntitiesAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// Runs <paramref name="work"/> as one unit: every change it makes through this store (documents with their ledger rows,
    /// merges, event re-keys, relinked edges) is kept all together or, when it fails or the process dies, not at all, so a
    /// restart finds either the whole of it or nothing to repair. A unit inside a unit is part of the outer one. The default
    /// runs the work as it is: a store without transactions across calls keeps each write idempotent with its ledger mark last.
    /// </summary>
    Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) => work(cancellationToken);

    /// <summary>
    /// Notes, durably, what a run has written but not yet settled: its documents, the Districts they brought (the place
    /// hierarchy is relinked around them) and the companies its merges kept (earlier documents naming them are read again).
    /// Written in the unit that writes the documents (before them, so that a store without units never holds a document the
    /// ledger calls done with nothing pending); marks add up until <see cref="SettledAsync"/> clears them.
    /// </summary>
    Task MarkUnsettledAsync(Unsettled work, CancellationToken cancellationToken);

    /// <summary>Everything marked and not yet settled, by any run (empty when every run finished its end-of-run work).</summary>
    Task<Unsettled> UnsettledAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Clears the marks of <paramref name="work"/> (read by <see cref="UnsettledAsync"/>), in the unit that did the settling;
    /// with only <see cref="Unsettled.Unmerged"/>, says that those documents' merges are made.
    /// </summary>
    Task SettledAsync(Unsettled work, CancellationToken cancellationToken);

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

    /// <summary>Relations of every written type (not MENTIONED_IN) with either end among <paramref name="entityIds"/>, with their evidence.</summary>
    Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="RelationsAsync(RelationType, string?, string?, CancellationToken)"/>, with at most <paramref name="maxEvidence"/>
    /// evidence per relation (0: none). A reader that shows facts needs a few sentences of each, not the thousands an edge
    /// between two hubs gathers over an archive; stores read only those (which ones: see <see cref="EvidenceLimit"/>).
    /// </summary>
    async Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, int maxEvidence, CancellationToken cancellationToken) =>
        EvidenceLimit.Trim(await RelationsAsync(type, fromId, toId, cancellationToken), maxEvidence);

    /// <summary>As <see cref="RelationsOfAsync(IReadOnlyCollection{string}, CancellationToken)"/>, with at most <paramref name="maxEvidence"/> evidence per relation.</summary>
    async Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, int maxEvidence, CancellationToken cancellationToken) =>
        EvidenceLimit.Trim(await RelationsOfAsync(entityIds, cancellationToken), maxEvidence);

    /// <summary>
    /// Relations of one type whose <paramref name="end"/> is one of <paramref name="ids"/> (an id merged into another stands
    /// for it), with at most <paramref name="maxEvidence"/> evidence each, ordered by id: what a walk over thousands of nodes
    /// reads. The default asks once per id; stores read a page of ids per statement.
    /// </summary>
    async Task<IReadOnlyList<Relation>> RelationsAtAsync(RelationType type, RelationEnd end, IReadOnlyCollection<string> ids, int maxEvidence,
        CancellationToken cancellationToken)
    {
        var result = new SortedDictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var (from, to) = end == RelationEnd.From ? (id, (string?)null) : (null, id);
            foreach (var relation in await RelationsAsync(type, from, to, maxEvidence, cancellationToken))
            {
                result.TryAdd(relation.Id, relation);
            }
        }

        return [.. result.Values];
    }

    /// <summary>
    /// <paramref name="relations"/> (read without evidence, e.g. by a walk) read again by id with at most
    /// <paramref name="maxEvidence"/> evidence each, keyed by id; those no longer held are left out. The default reads
    /// each by its two ends; stores read a page of ids per statement.
    /// </summary>
    async Task<IReadOnlyDictionary<string, Relation>> WithEvidenceAsync(IEnumerable<Relation> relations, int maxEvidence, CancellationToken cancellationToken)
    {
        // Each edge by both its ends: reading all the edges at a shared end would read a hub's thousands.
        var result = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var edge in relations.DistinctBy(e => e.Id))
        {
            foreach (var read in await RelationsAsync(edge.Type, edge.FromId, edge.ToId, maxEvidence, cancellationToken))
            {
                result[read.Id] = read;
            }
        }

        return result;
    }

    /// <summary>
    /// The edges of every written type (not MENTIONED_IN) with either end among <paramref name="ids"/>, ordered by id, as a
    /// walk needs them: id, type and ends, with no evidence and possibly no attributes (a store with an index of the edges
    /// reads that alone). <see cref="WithEvidenceAsync"/> reads the rest for the edges a walk keeps.
    /// </summary>
    async Task<IReadOnlyList<Relation>> EdgesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await RelationsOfAsync(ids, 0, cancellationToken);

    /// <summary>
    /// Relations of every written type (not MENTIONED_IN) with one end among <paramref name="ids"/> and the other among
    /// <paramref name="others"/>, with at most <paramref name="maxEvidence"/> evidence each, ordered by id: where two walks
    /// meet. The default reads every relation of <paramref name="ids"/>; stores test the far end without reading the rest.
    /// </summary>
    async Task<IReadOnlyList<Relation>> RelationsBetweenAsync(IReadOnlyCollection<string> ids, IReadOnlyCollection<string> others, int maxEvidence,
        CancellationToken cancellationToken)
    {
        var near = new HashSet<string>(ids, StringComparer.Ordinal);
        var far = new HashSet<string>(others, StringComparer.Ordinal);
        return [.. (await RelationsOfAsync(ids, maxEvidence, cancellationToken))
            .Where(r => (near.Contains(r.FromId) && far.Contains(r.ToId)) || (near.Contains(r.ToId) && far.Contains(r.FromId)))];
    }

    /// <summary>As <see cref="EntitiesAsync(IEnumerable{string}, CancellationToken)"/>, with at most <paramref name="maxEvidence"/> evidence per entity.</summary>
    async Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        EvidenceLimit.Trim(await EntitiesAsync(ids, cancellationToken), maxEvidence);

    /// <summary>
    /// Entities by id as rows name them: label, name and attributes, possibly without aliases and never with evidence (an
    /// id merged into another answers with the entity it stands for). A hub's aliases are one row per document that names
    /// it, thousands in an archive: rows that show a name need none of them. The default reads the entities whole.
    /// </summary>
    async Task<IReadOnlyDictionary<string, Entity>> EntitiesWithoutAliasesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        await EntitiesAsync(ids, 0, cancellationToken);

    /// <summary>As <see cref="FindByNameAsync(string, CancellationToken)"/>, with at most <paramref name="maxEvidence"/> evidence per entity.</summary>
    async Task<IReadOnlyList<Entity>> FindByNameAsync(string name, int maxEvidence, CancellationToken cancellationToken) =>
        [.. (await FindByNameAsync(name, cancellationToken)).Select(e => EvidenceLimit.Trim(e, maxEvidence))];

    /// <summary>
    /// Entities with a name or alias whose <see cref="NameKey"/> contains that of <paramref name="text"/>, best first:
    /// an exact name, then a prefix, then any part; shorter names first within each; at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<Entity>> SearchAsync(string text, int max, CancellationToken cancellationToken);

    /// <summary>The entities a document mentions, as (document id, entity id), for documents whose id or file name is <paramref name="documentIdOrFileName"/>.</summary>
    Task<IReadOnlyList<(string DocumentId, string EntityId)>> MentionsAsync(string documentIdOrFileName, CancellationToken cancellationToken);

    /// <summary>Entities by id.</summary>
    Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    /// <summary>Every entity of <paramref name="label"/> with its aliases: what the next batch resolves short names against.</summary>
    Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken);

    /// <summary>
    /// Held entities one of whose names, aliases or resolution keys has one of <paramref name="keys"/> (already
    /// <see cref="NameKey"/>-normalised) as its key: indexed lookups, never a scan of every name.
    /// </summary>
    Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="LookupNamesAsync(IReadOnlyCollection{string}, CancellationToken)"/>, only entities of <paramref name="labels"/>:
    /// a word that names thousands of entities of another label (a project's "该项目") is not read back for each lookup.
    /// </summary>
    async Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, IReadOnlySet<NodeLabel> labels,
        CancellationToken cancellationToken) =>
        [.. (await LookupNamesAsync(keys, cancellationToken)).Where(m => labels.Contains(m.Label))];

    /// <summary>For those of <paramref name="ids"/> that were merged into another entity: the id and name they now stand for.</summary>
    Task<IReadOnlyDictionary<string, (string Id, string Name)>> RedirectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="fromId"/> one with <paramref name="intoId"/>: its relations (re-keyed on the new endpoints),
    /// aliases, resolution keys, mentions and evidence move, each still with its document; the old id stays as a redirect
    /// that reads by id follow.
    /// </summary>
    Task MergeAsync(string fromId, string intoId, CancellationToken cancellationToken);

    /// <summary>Adds (or joins) relations between held entities; each belongs to the documents its evidence names.</summary>
    Task AddRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken);

    /// <summary>Removes relations (by type and id), with their evidence.</summary>
    Task RemoveRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken);

    /// <summary>Every document of the ledger, ordered by id.</summary>
    IAsyncEnumerable<DocumentInfo> DocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Every entity (ids merged into another left out) with the files of the documents that mention it, ordered by id.</summary>
    IAsyncEnumerable<StoredEntity> AllEntitiesAsync(CancellationToken cancellationToken);

    /// <summary>Every relation of every type with its evidence, ordered by id.</summary>
    IAsyncEnumerable<Relation> AllRelationsAsync(CancellationToken cancellationToken);

    /// <summary>How many nodes per label and relationships per type the store holds.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Reads with a bounded number of evidence sentences per entity or relation. Which ones a store keeps is its own
/// deterministic choice (SQLite: the first in the order of its evidence key, i.e. by document id; the default: the
/// first in file and offset order); either way they come back in file and offset order.
/// </summary>
public static class EvidenceLimit
{
    /// <summary>Sentences the analyst's desk shows for one fact (an entity, a relation): a hub's thousands would bury the answer.</summary>
    public const int PerFact = 50;

    public static IReadOnlyList<Relation> Trim(IReadOnlyList<Relation> relations, int max) =>
        relations.All(r => r.Evidence.Length <= max) ? relations : [.. relations.Select(r => r.Evidence.Length <= max ? r : r with { Evidence = [.. r.Evidence.Take(max)] })];

    public static Entity Trim(Entity entity, int max) =>
        entity.Evidence.Length <= max ? entity : entity with { Evidence = [.. entity.Evidence.Take(max)] };

    public static IReadOnlyDictionary<string, Entity> Trim(IReadOnlyDictionary<string, Entity> entities, int max) =>
        entities.Values.All(e => e.Evidence.Length <= max) ? entities : entities.ToDictionary(e => e.Key, e => Trim(e.Value, max), StringComparer.Ordinal);
}

/// <summary>Which end of a relation a lookup by many ids matches.</summary>
public enum RelationEnd
{
    From,
    To,
}

/// <summary>Rows one write wrote (inserted, or changed), per label and type: an upsert that changes nothing counts 0.</summary>
public sealed record WriteResult(
    string DocumentId,
    IReadOnlyDictionary<NodeLabel, int> Nodes,
    IReadOnlyDictionary<RelationType, int> Relationships);

/// <summary>
/// End-of-run work not yet done (<see cref="IGraphStore.MarkUnsettledAsync"/>): the documents written, the Districts they
/// brought and the companies merges kept (each marked before its merge). Ordered by id as a store reads them back.
/// </summary>
public sealed record Unsettled(IReadOnlyList<string> Documents, IReadOnlyList<string> Districts, IReadOnlyList<string> Merged)
{
    public static Unsettled None { get; } = new([], [], []);

    /// <summary>
    /// Documents (among <see cref="Documents"/>) whose transaction has not finished its merges: marked with the documents and
    /// cleared once the merges are made, so only a store without units, killed in between, holds any.
    /// </summary>
    public IReadOnlyList<string> Unmerged { get; init; } = [];

    public bool IsEmpty => Documents.Count == 0 && Districts.Count == 0 && Merged.Count == 0 && Unmerged.Count == 0;
}

/// <summary>A held entity found under <paramref name="Key"/> (a name, alias or resolution key).</summary>
public sealed record NameMatch(string Key, string EntityId, NodeLabel Label, string Name);

/// <summary>An entity as a store holds it, with the base names of the files of the documents that mention it.</summary>
public sealed record StoredEntity(Entity Entity, IReadOnlyList<string> Files);

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
    : UserFacingException($"no document '{key}' in the store (give a file name, its path or a document id)");

/// <summary>Thrown when a name given to retract fits several documents: the candidates are listed, none is chosen.</summary>
public sealed class AmbiguousDocumentException(string key, IReadOnlyList<DocumentInfo> candidates)
    : UserFacingException($"'{key}' names {candidates.Count} documents; retract one by its path or id: "
        + string.Join("; ", candidates.Select(c => $"{c.Path ?? c.FileName} ({c.Id})")))
{
    public IReadOnlyList<DocumentInfo> Candidates { get; } = candidates;
}

/// <summary>How a retraction key picks documents, the same in both stores.</summary>
public static class DocumentKeys
{
    /// <summary>The lines of a feed are named <c>feed.jsonl#L12</c>: retracting <c>feed.jsonl</c> takes them all.</summary>
    public const string LineSeparator = "#L";

    /// <summary>
    /// The documents to retract for <paramref name="key"/>: one, or every line of one feed; several distinct files
    /// of the same name are ambiguous.
    /// </summary>
    public static IReadOnlyList<DocumentInfo> Choose(string key, IReadOnlyList<DocumentInfo> candidates)
    {
        if (candidates.Count == 0)
        {
            throw new DocumentNotFoundException(key);
        }

        var files = candidates.Select(c => FileOf(c.Path ?? c.FileName)).Distinct(StringComparer.Ordinal).Count();
        if (candidates.Count > 1 && files > 1)
        {
            throw new AmbiguousDocumentException(key, candidates);
        }

        return candidates;
    }

    /// <summary>
    /// Retracts every document <paramref name="key"/> names (see <see cref="Choose"/>), one by one, and sums what
    /// each retraction removed: the one loop both stores share.
    /// </summary>
    public static async Task<RetractResult> RetractEachAsync(string key, IReadOnlyList<DocumentInfo> candidates,
        Func<string, CancellationToken, Task<RetractResult>> retractOne, CancellationToken cancellationToken)
    {
        var results = new List<RetractResult>();
        foreach (var document in Choose(key, candidates))
        {
            results.Add(await retractOne(document.Id, cancellationToken));
        }

        return new RetractResult(string.Join(", ", results.Select(r => r.DocumentId)), results.Sum(r => r.EntitiesRemoved),
            results.Sum(r => r.RelationsRemoved), results.Sum(r => r.RelationsKept));
    }

    /// <summary>The file a document came from: a feed line's path without its #L suffix.</summary>
    public static string FileOf(string pathOrName)
    {
        var at = pathOrName.LastIndexOf(LineSeparator, StringComparison.Ordinal);
        return at > 0 && int.TryParse(pathOrName.AsSpan(at + LineSeparator.Length), out _) ? pathOrName[..at] : pathOrName;
    }
}
