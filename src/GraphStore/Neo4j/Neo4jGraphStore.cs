using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Model;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Neo4j;

/// <summary>
/// The production store: Neo4j over its HTTP Query API. Same semantics as the SQLite store: writing a
/// document replaces that document's contribution (in one transaction, or idempotent statement by statement
/// with the ledger mark last), and retracting it removes only what no other document supports.
/// </summary>
public sealed partial class Neo4jGraphStore(Neo4jQueryClient client, int batchSize, ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    private static readonly IReadOnlyDictionary<string, NodeLabel> LabelsByIdPrefix =
        GraphSchema.EntityLabels.ToDictionary(l => IdPrefix(StableId.ForEntity(l, "x")), l => l, StringComparer.Ordinal);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with writes; each is idempotent on its own.
        foreach (var statement in Neo4jSchema.Statements)
        {
            await client.RunAsync(Neo4jStatement.Of(statement), cancellationToken);
        }

        Log.SchemaApplied(logger, Neo4jSchema.Statements.Count);
    }

    public async Task<bool> HasDocumentAsync(string contentSha256, CancellationToken cancellationToken) =>
        await DuplicateOfAsync(contentSha256, null, cancellationToken) is not null;

    public async Task<string?> DuplicateOfAsync(string contentSha256, string? byteSha256, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(
            Neo4jStatement.Of(Neo4jStatements.HasDocument, ("sha256", contentSha256), ("byteSha256", byteSha256)), cancellationToken);
        return result.Scalar("done") > 0 ? result.Value(0, "fileName").GetString() ?? "" : null;
    }

    public async Task<IReadOnlyList<DocumentInfo>> FindDocumentsAsync(string key, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(key);
        var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.FindDocument,
            ("key", key), ("full", full), ("suffix", "/" + key.TrimStart('.', '/')), ("bare", !key.Contains('/')),
            ("lines", key + DocumentKeys.LineSeparator), ("fullLines", full + DocumentKeys.LineSeparator)), cancellationToken);
        return DocumentsOf(found);
    }

    private static List<DocumentInfo> DocumentsOf(Neo4jResult found) =>
        Enumerable.Range(0, found.Rows.Count).Select(i => new DocumentInfo(
            found.Value(i, "id").GetString()!, found.Value(i, "fileName").GetString() ?? "", found.Value(i, "sha256").GetString() ?? "", [])
        {
            Path = found.Value(i, "path").ValueKind == JsonValueKind.String ? found.Value(i, "path").GetString() : null,
        }).ToList();

    internal static Entity EntityOf(Neo4jResult result, int row, NodeLabel label)
    {
        var props = result.Value(row, "props");
        return new Entity(result.Value(row, "id").GetString()!, label, Neo4jProperties.String(props, "name"),
            [.. Neo4jProperties.Strings(props, "aliases").Order(StringComparer.Ordinal)],
            Neo4jProperties.ReadAttributes(props), Neo4jProperties.ReadEvidence(props));
    }

    /// <summary>One explicit transaction held open across the work's requests (see <see cref="Neo4jQueryClient.InOneTransactionAsync"/>).</summary>
    public Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        client.InOneTransactionAsync(work, cancellationToken);

    public async Task<WriteResult> WriteAsync(DocumentGraph graph, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var plan = Neo4jWritePlan.For(graph, batchSize, (relation, reason) =>
            Log.RelationSkipped(logger, relation.Id, relation.Type.ToString(), relation.FromId, relation.ToId));
        var results = await client.RunBatchAsync(plan.Statements, cancellationToken);
        foreach (var (index, type, rows) in plan.RelationBatches)
        {
            var written = results[index].Scalar("written");
            if (written != rows)
            {
                Log.RowsDropped(logger, type.ToString(), graph.Document.Id, rows, written);
            }
        }

        Log.DocumentWritten(logger, graph.Document.Id, plan.Statements.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new WriteResult(graph.Document.Id,
            graph.Entities.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count()),
            plan.Written.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()));
    }

    public async Task<RetractResult> RetractAsync(string documentIdOrFileName, CancellationToken cancellationToken) =>
        await DocumentKeys.RetractEachAsync(documentIdOrFileName, await FindDocumentsAsync(documentIdOrFileName, cancellationToken),
            RetractOneAsync, cancellationToken);

    private async Task<RetractResult> RetractOneAsync(string documentId, CancellationToken cancellationToken)
    {
        var statements = Neo4jWritePlan.RemoveContribution(documentId)
            .Append(Neo4jStatement.Of(Neo4jStatements.DeleteDocument, ("doc", documentId)))
            .ToList();
        var results = await client.RunBatchAsync(statements, cancellationToken);
        var result = new RetractResult(documentId,
            EntitiesRemoved: (int)results[2].Scalar("removed"),
            RelationsRemoved: (int)results[0].Scalar("removed"),
            RelationsKept: (int)results[0].Scalar("kept"));
        Log.Retracted(logger, documentId, result.EntitiesRemoved, result.RelationsRemoved, result.RelationsKept);
        return result;
    }

    public async Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.FindByNameKey, ("key", NameKey.Normalize(name))), cancellationToken);
        var ids = Enumerable.Range(0, result.Rows.Count).Select(i => result.Value(i, "id").GetString()!).ToList();
        var entities = await EntitiesAsync(ids, cancellationToken);
        return ids.Where(entities.ContainsKey).Select(id => entities[id]).ToList();
    }

    public async Task<IReadOnlyList<string>> SimilarNamesAsync(string name, int max, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(name);
        var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.AllNames), cancellationToken);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            candidates.Add(result.Value(i, "name").GetString() ?? "");
            var aliases = result.Value(i, "aliases");
            if (aliases.ValueKind == JsonValueKind.Array)
            {
                candidates.UnionWith(aliases.EnumerateArray().Select(a => a.GetString() ?? ""));
            }
        }

        return candidates
            .Where(c => c.Length > 0)
            .Select(c => (Name: c, Score: NameSimilarity.Score(key, NameKey.Normalize(c))))
            .Where(c => c.Score > 0.3)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max).Select(c => c.Name).ToList();
    }

    public async Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.NamesOf(label)), cancellationToken);
        return Enumerable.Range(0, result.Rows.Count).Select(i =>
        {
            var aliases = result.Value(i, "aliases");
            IReadOnlyList<string> list = aliases.ValueKind == JsonValueKind.Array
                ? aliases.EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 0).ToList()
                : [];
            return (Name: result.Value(i, "name").GetString() ?? "", Aliases: list);
        }).Where(n => n.Name.Length > 0).ToList();
    }

    public async Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, CancellationToken cancellationToken)
    {
        fromId = await CurrentIdAsync(fromId, cancellationToken);
        toId = await CurrentIdAsync(toId, cancellationToken);
        var result = await client.RunAsync(
            Neo4jStatement.Of(Neo4jStatements.RelationsOfType(type), ("from", fromId), ("to", toId)), cancellationToken);
        return Enumerable.Range(0, result.Rows.Count).Select(i =>
        {
            var props = result.Value(i, "props");
            return new Relation(result.Value(i, "id").GetString() ?? "", type,
                result.Value(i, "fromId").GetString()!, result.Value(i, "toId").GetString()!,
                Neo4jProperties.ReadAttributes(props), Neo4jProperties.ReadEvidence(props));
        }).ToList();
    }

    public async Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var relations = new SortedDictionary<string, Relation>(StringComparer.Ordinal);
        var redirects = await RedirectsAsync(entityIds, cancellationToken);
        foreach (var group in ByLabel(entityIds.Select(id => redirects.TryGetValue(id, out var t) ? t.Id : id)))
        {
            var result = await client.RunAsync(
                Neo4jStatement.Of(Neo4jStatements.RelationsOf(group.Key), ("ids", group.ToList())), cancellationToken);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                if (!GraphSchema.TryParseRelation(result.Value(i, "type").GetString() ?? "", out var type))
                {
                    continue;
                }

                var props = result.Value(i, "props");
                var relation = new Relation(result.Value(i, "id").GetString() ?? "", type,
                    result.Value(i, "fromId").GetString()!, result.Value(i, "toId").GetString()!,
                    Neo4jProperties.ReadAttributes(props), Neo4jProperties.ReadEvidence(props));
                relations[relation.Id] = relation;
            }
        }

        return [.. relations.Values];
    }

    public async Task<IReadOnlyList<Entity>> SearchAsync(string text, int max, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(text);
        if (key.Length == 0)
        {
            return [];
        }

        var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.SearchNames, ("key", key), ("max", max)), cancellationToken);
        var ids = Enumerable.Range(0, result.Rows.Count).Select(i => result.Value(i, "id").GetString()!).ToList();
        var entities = await EntitiesAsync(ids, cancellationToken);
        return ids.Where(entities.ContainsKey).Select(id => entities[id]).ToList();
    }

    public async Task<IReadOnlyList<(string DocumentId, string EntityId)>> MentionsAsync(string documentIdOrFileName, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.MentionsOf, ("key", documentIdOrFileName)), cancellationToken);
        return Enumerable.Range(0, result.Rows.Count)
            .Select(i => (result.Value(i, "doc").GetString()!, result.Value(i, "id").GetString()!))
            .ToList();
    }

    /// <summary>Runs one read statement of the catalog (a cypher/*.cypher file) with its parameters.</summary>
    public Task<Neo4jResult> ReadAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(new Neo4jStatement(cypher, parameters), cancellationToken);

    /// <summary>Entities by id; an id merged into another answers with the entity it now stands for.</summary>
    public async Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var asked = ids.Distinct(StringComparer.Ordinal).ToList();
        var entities = await HeldEntitiesAsync(asked, cancellationToken);
        var missing = asked.Where(id => !entities.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var redirects = await RedirectsAsync(missing, cancellationToken);
            var targets = await HeldEntitiesAsync([.. redirects.Values.Select(t => t.Id)], cancellationToken);
            foreach (var (id, target) in redirects)
            {
                if (targets.TryGetValue(target.Id, out var entity))
                {
                    entities[id] = entity;
                }
            }
        }

        return entities;
    }

    private async Task<Dictionary<string, Entity>> HeldEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var group in ByLabel(ids))
        {
            var result = await client.RunAsync(
                Neo4jStatement.Of(Neo4jStatements.EntitiesById(group.Key), ("ids", group.ToList())), cancellationToken);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                var entity = EntityOf(result, i, group.Key);
                entities[entity.Id] = entity;
            }
        }

        return entities;
    }

    public async IAsyncEnumerable<DocumentInfo> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.AllDocuments), cancellationToken);
        foreach (var document in DocumentsOf(found))
        {
            yield return document;
        }
    }

    public async IAsyncEnumerable<StoredEntity> AllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var label in GraphSchema.EntityLabels)
        {
            var result = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.EntitiesWithFiles(label)), cancellationToken);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                var files = result.Value(i, "files");
                yield return new StoredEntity(EntityOf(result, i, label),
                    files.ValueKind == JsonValueKind.Array ? [.. files.EnumerateArray().Select(f => f.GetString() ?? "").Where(f => f.Length > 0).Order(StringComparer.Ordinal)] : []);
            }
        }
    }

    public async IAsyncEnumerable<Relation> AllRelationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var type in Neo4jStatements.WritableTypes)
        {
            foreach (var relation in await RelationsAsync(type, null, null, cancellationToken))
            {
                yield return relation;
            }
        }
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var nodes = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.CountNodes), cancellationToken);
        var relationships = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.CountRelationships), cancellationToken);
        var documents = 0;
        var byLabel = new Dictionary<NodeLabel, int>();
        for (var i = 0; i < nodes.Rows.Count; i++)
        {
            if (GraphSchema.TryParseLabel(nodes.Value(i, "label").GetString() ?? "", out var label))
            {
                var total = nodes.Value(i, "total").GetInt32();
                if (label == NodeLabel.Document)
                {
                    documents = total;
                }
                else
                {
                    byLabel[label] = total;
                }
            }
        }

        var byType = new Dictionary<RelationType, int>();
        for (var i = 0; i < relationships.Rows.Count; i++)
        {
            if (GraphSchema.TryParseRelation(relationships.Value(i, "type").GetString() ?? "", out var type) && type != RelationType.MENTIONED_IN)
            {
                byType[type] = relationships.Value(i, "total").GetInt32();
            }
        }

        return new GraphCounts(documents, byLabel, byType);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string IdPrefix(string id) => id.Split('-', 2)[0];

    // Stable ids carry their label, so lookups by id can use each label's id constraint.
    internal static IEnumerable<IGrouping<NodeLabel, string>> ByLabel(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Found: LabelsByIdPrefix.TryGetValue(IdPrefix(id), out var label), Label: label))
            .Where(x => x.Found)
            .GroupBy(x => x.Label, x => x.Id);
}
