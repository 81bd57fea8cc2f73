using System.Text.Json;
using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// Identity across documents: names looked up through <c>name_labels</c> (or the search index and <c>name_keys</c>), merges that
/// move everything an entity holds to another and leave a redirect row (<c>entities.redirect_to</c>), and the relations
/// the place hierarchy adds or drops.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>Whether the store has the name index by label (<see cref="SqliteSchema.NameLabels"/>); asked once, on the first lookup by label.</summary>
    private bool? _nameLabels;

    public Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        LookupNamesAsync(keys, null, cancellationToken);

    public async Task<IReadOnlyList<NameMatch>> LookupNamesAsync(IReadOnlyCollection<string> keys, IReadOnlySet<NodeLabel>? labels,
        CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("lookup names");
        var result = new List<NameMatch>();
        StoreTiming.Count("lookup names: keys", keys.Count);
        object labelsJson = labels is null ? DBNull.Value : JsonSerializer.Serialize(labels.Select(l => l.ToString()).Order(StringComparer.Ordinal));
        // The name index by label, which holds every alias and resolution key (stores opened read-only before it existed read
        // the alias and key rows).
        _nameLabels ??= await ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'name_labels'", cancellationToken) == 1;
        var byLabel = _nameLabels == true;
        var aliasRows = await HasNameGramsAsync(cancellationToken)
            ? "SELECT g.alias_key AS key, g.entity_id FROM json_each($keys) j CROSS JOIN name_grams g ON g.gram = substr(j.value, 1, 2) AND g.size = length(j.value) "
                + "AND g.alias_key = j.value"
            : "SELECT alias_key AS key, entity_id FROM aliases WHERE alias_key IN (SELECT value FROM json_each($keys))";
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            await using var command = Command(null, byLabel
                ? """
                SELECT n.key, e.id, e.label, e.name FROM name_labels n JOIN entities e ON e.id = n.entity_id
                WHERE n.key IN (SELECT value FROM json_each($keys)) AND ($labels IS NULL OR n.label IN (SELECT value FROM json_each($labels)))
                    AND e.redirect_to IS NULL
                ORDER BY n.key, e.id
                """
                : $"""
                SELECT k.key, e.id, e.label, e.name FROM (
                    {aliasRows}
                    UNION SELECT key, entity_id FROM name_keys WHERE key IN (SELECT value FROM json_each($keys))
                ) k JOIN entities e ON e.id = k.entity_id
                WHERE e.redirect_to IS NULL AND ($labels IS NULL OR e.label IN (SELECT value FROM json_each($labels)))
                ORDER BY k.key, e.id
                """, [("$keys", JsonSerializer.Serialize(chunk)), ("$labels", labelsJson)]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(new NameMatch(reader.GetString(0), reader.GetString(1), GraphSchema.ParseLabel(reader.GetString(2)), reader.GetString(3)));
            }
        }

        StoreTiming.Count("lookup names: matches", result.Count);

        return result;
    }

    public async Task<IReadOnlyDictionary<string, (string Id, string Name)>> RedirectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("redirects");
        var result = new Dictionary<string, (string Id, string Name)>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            await using var command = Command(null,
                """
                SELECT r.id, t.id, t.name FROM entities r JOIN entities t ON t.id = r.redirect_to
                WHERE r.id IN (SELECT value FROM json_each($ids)) AND r.redirect_to IS NOT NULL
                """, [("$ids", JsonSerializer.Serialize(chunk))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        return result;
    }

    public async Task MergeAsync(string fromId, string intoId, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("merge");
        if (fromId == intoId)
        {
            return;
        }

        await using var unit = await BeginAsync(cancellationToken);
        var transaction = unit.Transaction;
        // Into an id not held yet (an event re-keyed on its new participants): the node is made first, then joined.
        await ExecuteAsync(transaction, "INSERT OR IGNORE INTO entities(id, label, name) SELECT $into, label, name FROM entities WHERE id = $from",
            cancellationToken, ("$from", fromId), ("$into", intoId));
        var relations = new List<(string Id, string Type, string From, string To, string Attrs)>();
        await using (var command = Command(transaction, RelationsOfOneSql("$from"), [("$from", fromId)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                relations.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        foreach (var r in relations)
        {
            var from = r.From == fromId ? intoId : r.From;
            var to = r.To == fromId ? intoId : r.To;
            if (from != to)
            {
                var id = StableId.ForRelation(GraphSchema.ParseRelation(r.Type), from, to);
                await ExecuteAsync(transaction, InsertRelationSql, cancellationToken, ("$id", id), ("$type", r.Type), ("$f", from), ("$t", to), ("$attrs", r.Attrs));
                await ExecuteAsync(transaction, MoveEvidence("$old", "$new"), cancellationToken, ("$new", id), ("$old", r.Id));
            }

            await ExecuteAsync(transaction, $"DELETE FROM evidence WHERE {OfOwner("$old")}", cancellationToken, ("$old", r.Id));
            await ExecuteAsync(transaction, "DELETE FROM relations WHERE id = $old", cancellationToken, ("$old", r.Id));
        }

        string[] moves =
        [
            "UPDATE OR IGNORE aliases SET entity_id = $into WHERE entity_id = $from",
            "DELETE FROM aliases WHERE entity_id = $from",
            "UPDATE OR IGNORE name_keys SET entity_id = $into WHERE entity_id = $from",
            "DELETE FROM name_keys WHERE entity_id = $from",
            MoveEvidence("$from", "$into"),
            "UPDATE entities SET attrs = json_patch((SELECT attrs FROM entities WHERE id = $from), attrs) WHERE id = $into",
            "UPDATE entities SET redirect_to = $into WHERE id = $from OR redirect_to = $from",
        ];
        foreach (var sql in moves)
        {
            await ExecuteAsync(transaction, sql, cancellationToken, ("$from", fromId), ("$into", intoId));
        }

        await unit.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Upserts relation ($id, $type, $f, $t, $attrs), its attributes joined with those it has; a new row gets its ends' numbers
    /// (<see cref="SqliteSchema.EdgeNumbers"/>).
    /// </summary>
    private static readonly string InsertRelationSql =
        $"""
        INSERT INTO relations(id, type, from_id, to_id, attrs, from_no, to_no)
        VALUES ($id, $type, $f, $t, $attrs, {SqliteSchema.EntityNumber("$f")}, {SqliteSchema.EntityNumber("$t")})
        ON CONFLICT(id) DO UPDATE SET attrs = json_patch(excluded.attrs, relations.attrs)
        """;

    /// <summary>
    /// The relations (id, type, from_id, to_id, attrs) with either end the entity of id <paramref name="id"/> (an SQL expression),
    /// by the edge indexes by end number and, for ends without one, by id (<see cref="SqliteSchema.EdgeNumbers"/>): a store being
    /// written has the numbers.
    /// </summary>
    private static string RelationsOfOneSql(string id) =>
        $"""
        SELECT id, type, from_id, to_id, attrs FROM relations WHERE from_no = {SqliteSchema.EntityNumber(id)}
        UNION SELECT id, type, from_id, to_id, attrs FROM relations WHERE to_no = {SqliteSchema.EntityNumber(id)}
        UNION SELECT id, type, from_id, to_id, attrs FROM relations INDEXED BY relations_from_unnumbered WHERE from_no IS NULL AND from_id = {id}
        UNION SELECT id, type, from_id, to_id, attrs FROM relations INDEXED BY relations_to_unnumbered WHERE to_no IS NULL AND to_id = {id}
        """;

    /// <summary>
    /// Moves the evidence of owner <paramref name="from"/> to owner <paramref name="into"/> (SQL parameter names), all but the
    /// rows the target already has (same document, offset and rule: evidence is unique by those and its owner), which are
    /// dropped: two statements of one command.
    /// </summary>
    private static string MoveEvidence(string from, string into) =>
        $"""
        DELETE FROM evidence WHERE {OfOwner(from)} AND EXISTS (SELECT 1 FROM evidence n WHERE n.owner_no = {SqliteSchema.OwnerNumber(into)}
            AND n.owner_id = {into} AND n.doc_no = evidence.doc_no AND n.start = evidence.start AND n.rule = evidence.rule AND n.document_id = evidence.document_id);
        UPDATE evidence SET owner_id = {into}, owner_no = {SqliteSchema.OwnerNumber(into)} WHERE {OfOwner(from)};
        """;

    /// <summary>The evidence rows of owner <paramref name="id"/> (an SQL parameter name), through the index by owner number.</summary>
    private static string OfOwner(string id) => $"owner_no = {SqliteSchema.OwnerNumber(id)} AND owner_id = {id}";

    public async Task AddRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("add relations");
        await using var unit = await BeginAsync(cancellationToken);
        var transaction = unit.Transaction;
        foreach (var r in relations)
        {
            await ExecuteAsync(transaction, InsertRelationSql, cancellationToken, ("$id", r.Id), ("$type", r.Type.ToString()), ("$f", r.FromId), ("$t", r.ToId),
                ("$attrs", JsonSerializer.Serialize(r.Attributes)));
            foreach (var e in r.Evidence)
            {
                // The sentence is the document's own when it already holds it (found by the document's few sentences), else added.
                await ExecuteAsync(transaction,
                    $"""
                    INSERT INTO sentences(doc_no, sentence) SELECT {SqliteSchema.DocumentNumber("$doc")}, $sentence
                    WHERE NOT EXISTS (SELECT 1 FROM sentences WHERE doc_no IS {SqliteSchema.DocumentNumber("$doc")} AND sentence = $sentence);
                    INSERT INTO evidence(owner_id, document_id, file_name, start, end, sentence_id, rule, confidence, date, doc_no, owner_no)
                    SELECT $owner, $doc, $file, $start, $end,
                        (SELECT max(id) FROM sentences WHERE doc_no IS {SqliteSchema.DocumentNumber("$doc")} AND sentence = $sentence),
                        $rule, $confidence, $date, {SqliteSchema.DocumentNumber("$doc")}, {SqliteSchema.OwnerNumber("$owner")}
                    WHERE NOT EXISTS (SELECT 1 FROM evidence WHERE {OfOwner("$owner")} AND doc_no = {SqliteSchema.DocumentNumber("$doc")}
                        AND start = $start AND rule = $rule AND document_id = $doc)
                    """, cancellationToken, ("$owner", r.Id), ("$doc", e.DocumentId), ("$file", e.FileName), ("$start", e.Start), ("$end", e.End),
                    ("$sentence", e.Sentence), ("$rule", e.Rule), ("$confidence", e.Confidence), ("$date", (object?)e.Date ?? DBNull.Value));
            }
        }

        await unit.CommitAsync(cancellationToken);
    }

    public async Task RemoveRelationsAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("remove relations");
        await using var unit = await BeginAsync(cancellationToken);
        var transaction = unit.Transaction;
        foreach (var id in relations.Select(r => r.Id))
        {
            await ExecuteAsync(transaction, $"DELETE FROM evidence WHERE {OfOwner("$id")}", cancellationToken, ("$id", id));
            await ExecuteAsync(transaction, "DELETE FROM relations WHERE id = $id", cancellationToken, ("$id", id));
        }

        await unit.CommitAsync(cancellationToken);
    }
}
