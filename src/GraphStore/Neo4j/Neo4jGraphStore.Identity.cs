using System.Text;
using System.Text.Json;
using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// Identity across documents on Neo4j: name keys and former ids found through the <c>entity_keys</c> fulltext index,
/// merges that move a node's relationships (re-keyed), mentions, names and evidence onto another node and delete it
/// (the survivor lists the old id in <c>formerIds</c>), and the relationships the place hierarchy adds or drops.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>Terms per fulltext query: well under Lucene's default limit of 1024 clauses.</summary>
    private const int TermsPerQuery = 200;

    public async Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new List<NameMatch>();
        foreach (var chunk in keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Chunk(TermsPerQuery))
        {
            var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.LookupNames,
                ("index", Neo4jStatements.KeysIndex), ("query", FulltextQuery("keyText", chunk)), ("keys", chunk.ToList()),
                ("labels", GraphSchema.EntityLabels.Select(l => l.ToString()).ToList())), cancellationToken);
            for (var i = 0; i < found.Rows.Count; i++)
            {
                if (GraphSchema.TryParseLabel(found.Value(i, "label").GetString() ?? "", out var label))
                {
                    result.Add(new NameMatch(found.Value(i, "key").GetString()!, found.Value(i, "id").GetString()!, label,
                        found.Value(i, "name").GetString() ?? ""));
                }
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, (string Id, string Name)>> RedirectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, (string Id, string Name)>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(TermsPerQuery))
        {
            var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.Redirects,
                ("index", Neo4jStatements.KeysIndex), ("query", FulltextQuery("formerIdText", chunk)), ("ids", chunk.ToList())), cancellationToken);
            for (var i = 0; i < found.Rows.Count; i++)
            {
                result[found.Value(i, "former").GetString()!] = (found.Value(i, "id").GetString()!, found.Value(i, "name").GetString() ?? "");
            }
        }

        return result;
    }

    public async Task MergeAsync(string fromId, string intoId, CancellationToken cancellationToken)
    {
        if (fromId == intoId || !LabelsByIdPrefix.TryGetValue(IdPrefix(fromId), out var label))
        {
            return;
        }

        var held = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.RelationshipsOfNode(label), ("from", fromId), ("provenance", nameof(RelationType.MENTIONED_IN))), cancellationToken);
        var moves = new List<(RelationType Type, Dictionary<string, object?> Row)>();
        var loops = new List<(RelationType Type, string Id)>();
        for (var i = 0; i < held.Rows.Count; i++)
        {
            if (!GraphSchema.TryParseRelation(held.Value(i, "type").GetString() ?? "", out var type))
            {
                continue;
            }

            var id = held.Value(i, "id").GetString()!;
            var from = held.Value(i, "fromId").GetString() == fromId ? intoId : held.Value(i, "fromId").GetString()!;
            var to = held.Value(i, "toId").GetString() == fromId ? intoId : held.Value(i, "toId").GetString()!;
            if (from == to)
            {
                loops.Add((type, id));
            }
            else
            {
                moves.Add((type, new Dictionary<string, object?>
                {
                    ["old"] = id, ["id"] = StableId.ForRelation(type, from, to), ["from"] = from, ["to"] = to,
                }));
            }
        }

        var statements = new List<Neo4jStatement> { Neo4jStatement.Of(Neo4jStatements.EnsureNode(label), ("from", fromId), ("into", intoId)) };
        foreach (var group in moves.GroupBy(m => m.Type))
        {
            statements.Add(Neo4jStatement.Of(Neo4jStatements.MoveRelations(group.Key), ("rows", group.Select(m => m.Row).ToList())));
        }

        foreach (var group in loops.GroupBy(l => l.Type))
        {
            statements.Add(Neo4jStatement.Of(Neo4jStatements.DeleteRelations(group.Key), ("ids", group.Select(l => l.Id).ToList())));
        }

        statements.Add(Neo4jStatement.Of(Neo4jStatements.MoveMentions(label), ("from", fromId), ("into", intoId)));
        statements.Add(Neo4jStatement.Of(Neo4jStatements.MergeNode(label), ("from", fromId), ("into", intoId)));
        await client.RunBatchAsync(statements, cancellationToken);
    }

    public async Task AddRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken)
    {
        // A relationship belongs to the documents its evidence names: one merge per (document, type), as a write does.
        var statements = relations
            .SelectMany(r => r.Evidence.GroupBy(e => e.DocumentId, StringComparer.Ordinal).Select(g => (Doc: g.Key, Relation: r with { Evidence = [.. g] })))
            .GroupBy(x => (x.Doc, x.Relation.Type))
            .SelectMany(g => g.Select(x => x.Relation).Chunk(batchSize).Select(chunk => Neo4jStatement.Of(Neo4jStatements.MergeRelations(g.Key.Type),
                ("doc", g.Key.Doc), ("rows", chunk.Select(Neo4jWritePlan.RelationRow).ToList()))))
            .ToList();
        if (statements.Count > 0)
        {
            await client.RunBatchAsync(statements, cancellationToken);
        }
    }

    public async Task RemoveRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken)
    {
        var statements = relations.GroupBy(r => r.Type)
            .Select(g => Neo4jStatement.Of(Neo4jStatements.DeleteRelations(g.Key), ("ids", g.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList())))
            .ToList();
        if (statements.Count > 0)
        {
            await client.RunBatchAsync(statements, cancellationToken);
        }
    }

    /// <summary>
    /// A Lucene query for whole terms of one field: <c>field:("a" OR "b")</c>, each term quoted with its quotes and
    /// backslashes escaped, so no character of a name is read as query syntax.
    /// </summary>
    public static string FulltextQuery(string field, IEnumerable<string> terms)
    {
        var query = new StringBuilder(field).Append(":(");
        var first = true;
        foreach (var term in terms)
        {
            query.Append(first ? "\"" : " OR \"").Append(term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            first = false;
        }

        return query.Append(')').ToString();
    }

    private async Task<string?> CurrentIdAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is null || !LabelsByIdPrefix.TryGetValue(IdPrefix(id), out var label))
        {
            return id;
        }

        var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.EntitiesById(label), ("ids", new List<string> { id })), cancellationToken);
        if (found.Rows.Count > 0)
        {
            return id;
        }

        return (await RedirectsAsync([id], cancellationToken)).TryGetValue(id, out var target) ? target.Id : id;
    }
}
