using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// Reading many rows: entities, relations and their evidence in pages of <see cref="ReadPage"/> ids, each page's
/// aliases, files and evidence fetched by one statement (the ids passed as one JSON array), never one query per row.
/// </summary>
public sealed partial class SqliteGraphStore
{
    private const int ReadPage = 500;
    private const string ReadPageText = "500";

    public async IAsyncEnumerable<DocumentInfo> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(null, "SELECT id, file_name, sha256, titles, path, byte_sha256, encoding, date FROM documents ORDER BY id", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadDocument(reader);
        }
    }

    public async IAsyncEnumerable<StoredEntity> AllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var ids = await IdsAfterAsync(EntityPageSql, after, cancellationToken);
            if (ids.Count == 0)
            {
                yield break;
            }

            foreach (var stored in await LoadEntitiesAsync(ids, withFiles: true, cancellationToken))
            {
                yield return stored;
            }

            after = ids[^1];
        }
    }

    public async IAsyncEnumerable<Relation> AllRelationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var rows = new List<(string Id, string Type, string From, string To, string Attrs)>();
            await using (var command = Command(null,
                "SELECT id, type, from_id, to_id, attrs FROM relations WHERE id > $after ORDER BY id LIMIT " + ReadPageText, [("$after", after)]))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
                }
            }

            if (rows.Count == 0)
            {
                yield break;
            }

            var evidence = await EvidenceAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
            foreach (var r in rows)
            {
                yield return new Relation(r.Id, GraphSchema.ParseRelation(r.Type), r.From, r.To, ParseAttributes(r.Attrs), evidence.GetValueOrDefault(r.Id, []));
            }

            after = rows[^1].Id;
        }
    }

    public async Task<IReadOnlyList<Relation>> RelationsAtAsync(RelationType type, RelationEnd end, IReadOnlyCollection<string> ids, int maxEvidence,
        CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("relations at");
        // A page of ids per statement, each page one walk of the edge index of that end (number, type: AtEnd): a district's
        // thousands of firms are a few statements, not one each.
        var sql = AtEnd(await EdgeNumbersAsync(cancellationToken), end, "r.id, {from}, {to}, r.attrs", "AND r.type = $type");
        var rows = new List<(string Id, string From, string To, string Attrs)>();
        var redirects = await RedirectsAsync(ids, cancellationToken);
        foreach (var chunk in ids.Select(id => redirects.TryGetValue(id, out var t) ? t.Id : id).Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            await using var command = Command(null, sql, [("$type", type.ToString()), ("$ids", JsonSerializer.Serialize(chunk))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var evidence = await EvidenceAsync(rows.ConvertAll(r => r.Id), cancellationToken, maxEvidence);
        return rows.ConvertAll(r => new Relation(r.Id, type, r.From, r.To, ParseAttributes(r.Attrs), evidence.GetValueOrDefault(r.Id, [])));
    }

    public async Task<IReadOnlyDictionary<string, Relation>> WithEvidenceAsync(IEnumerable<Relation> relations, int maxEvidence,
        CancellationToken cancellationToken)
    {
        var asked = relations.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var held = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in asked.Keys.Chunk(ReadPage))
        {
            await using var command = Command(null, "SELECT id, attrs FROM relations WHERE id IN (SELECT value FROM json_each($ids))",
                [("$ids", JsonSerializer.Serialize(chunk))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                held[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var evidence = await EvidenceAsync([.. held.Keys], cancellationToken, maxEvidence);
        return held.ToDictionary(h => h.Key, h => asked[h.Key] with { Attributes = ParseAttributes(h.Value), Evidence = evidence.GetValueOrDefault(h.Key, []) },
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Relation>> EdgesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (string Type, string From, string To, string Attrs)>(StringComparer.Ordinal);
        var redirects = await RedirectsAsync(ids, cancellationToken);
        var sql = AtEitherEnd(await EdgeNumbersAsync(cancellationToken), "r.id, r.type, {from}, {to}, '{}'");
        foreach (var chunk in ids.Select(id => redirects.TryGetValue(id, out var t) ? t.Id : id).Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            // No attributes: both ends' statements read the edge indexes alone, never the table.
            await ReadRelationRowsAsync(rows, sql, [("$ids", JsonSerializer.Serialize(chunk))], cancellationToken);
        }

        return await WrittenRelationsAsync(rows, 0, cancellationToken);
    }

    public async Task<IReadOnlyList<Relation>> RelationsBetweenAsync(IReadOnlyCollection<string> ids, IReadOnlyCollection<string> others, int maxEvidence,
        CancellationToken cancellationToken)
    {
        var redirects = await RedirectsAsync([.. ids, .. others], cancellationToken);
        string Current(string id) => redirects.TryGetValue(id, out var t) ? t.Id : id;
        var far = JsonSerializer.Serialize(others.Select(Current).Distinct(StringComparer.Ordinal));
        var rows = new Dictionary<string, (string Type, string From, string To, string Attrs)>(StringComparer.Ordinal);
        // The near ends drive (CROSS JOIN keeps json_each the outer loop), each one's edges read by its end's edge index; the far
        // end is only tested ("+" keeps its list from driving one lookup per far node), so a hub's edges that lead elsewhere
        // never reach .NET.
        var numbered = await EdgeNumbersAsync(cancellationToken);
        var sql = AtEnd(numbered, RelationEnd.From, "r.id, r.type, {from}, {to}, r.attrs", "AND +r.to_id IN (SELECT value FROM json_each($far))")
            + "\nUNION ALL\n"
            + AtEnd(numbered, RelationEnd.To, "r.id, r.type, {from}, {to}, r.attrs", "AND +r.from_id IN (SELECT value FROM json_each($far))");
        foreach (var chunk in ids.Select(Current).Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            await ReadRelationRowsAsync(rows, sql, [("$ids", JsonSerializer.Serialize(chunk)), ("$far", far)], cancellationToken);
        }

        return await WrittenRelationsAsync(rows, maxEvidence, cancellationToken);
    }

    /// <summary>
    /// A statement reading <paramref name="columns"/> (of relation <c>r</c>, its ends written <c>{from}</c> and <c>{to}</c>) of the
    /// relations whose <paramref name="end"/> is one of the entity ids of the JSON array <c>$ids</c> (distinct), filtered by
    /// <paramref name="where"/> (<c>AND …</c> about <c>r</c>). With <paramref name="numbered"/> edge indexes
    /// (<see cref="SqliteSchema.EdgeNumbers"/>): each id's number read from the entities' id index, its edges from its end's edge
    /// index, the near end's id the one asked for (so that columns of the index alone never read the table); edges whose end has
    /// no number by a scan of that end's partial index of unnumbered edges (empty in practice: "+" keeps the list of ids from
    /// driving a seek per id, and SQLite reads the list only when a row needs it). A store written before, opened read-only: by
    /// its index of that end's ids.
    /// </summary>
    private static string AtEnd(bool numbered, RelationEnd end, string columns, string where = "")
    {
        var (near, nearNo) = end == RelationEnd.From ? ("from_id", "from_no") : ("to_id", "to_no");
        string Columns(string nearValue) => end == RelationEnd.From
            ? columns.Replace("{from}", nearValue, StringComparison.Ordinal).Replace("{to}", "r.to_id", StringComparison.Ordinal)
            : columns.Replace("{from}", "r.from_id", StringComparison.Ordinal).Replace("{to}", nearValue, StringComparison.Ordinal);
        return numbered
            ? $"""
              SELECT {Columns("n.value")} FROM json_each($ids) n CROSS JOIN entities e ON e.id = n.value CROSS JOIN relations r ON r.{nearNo} = e.rowid
              WHERE true {where}
              UNION ALL
              SELECT {Columns("r." + near)} FROM relations r INDEXED BY relations_{(end == RelationEnd.From ? "from" : "to")}_unnumbered WHERE r.{nearNo} IS NULL AND +r.{near} IN (SELECT value FROM json_each($ids)) {where}
              """
            : $"SELECT {Columns("r." + near)} FROM json_each($ids) n CROSS JOIN relations r ON r.{near} = n.value WHERE true {where}";
    }

    /// <summary>As <see cref="AtEnd"/> for the relations with either end among <c>$ids</c> (a relation between two of them read twice).</summary>
    private static string AtEitherEnd(bool numbered, string columns, string where = "") =>
        AtEnd(numbered, RelationEnd.From, columns, where) + "\nUNION ALL\n" + AtEnd(numbered, RelationEnd.To, columns, where);

    /// <summary>Adds the rows of a statement reading (id, type, from_id, to_id, attrs) to <paramref name="rows"/>, once per id.</summary>
    private async Task ReadRelationRowsAsync(Dictionary<string, (string Type, string From, string To, string Attrs)> rows, string sql,
        (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.TryAdd(reader.GetString(0), (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
    }

    /// <summary>Relation rows as relations ordered by id, with at most <paramref name="maxEvidence"/> evidence each; MENTIONED_IN left out.</summary>
    private async Task<IReadOnlyList<Relation>> WrittenRelationsAsync(Dictionary<string, (string Type, string From, string To, string Attrs)> rows,
        int maxEvidence, CancellationToken cancellationToken)
    {
        var ids = rows.Keys.ToList();
        ids.Sort(StringComparer.Ordinal);
        var evidence = await EvidenceAsync(ids, cancellationToken, maxEvidence);
        var result = new List<Relation>(ids.Count);
        foreach (var id in ids)
        {
            var (type, from, to, attrs) = rows[id];
            if (GraphSchema.TryParseRelation(type, out var relationType) && relationType != RelationType.MENTIONED_IN)
            {
                result.Add(new Relation(id, relationType, from, to, ParseAttributes(attrs), evidence.GetValueOrDefault(id, [])));
            }
        }

        return result;
    }

    /// <summary>The next page of entity ids after <c>$after</c>: held entities only, never redirects.</summary>
    private const string EntityPageSql = "SELECT id FROM entities WHERE id > $after AND redirect_to IS NULL ORDER BY id LIMIT " + ReadPageText;

    private async Task<List<string>> IdsAfterAsync(string sql, string after, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var command = Command(null, sql, [("$after", after)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Entities by id (ids not held are left out), with evidence, aliases (unless not asked) and, when asked, files: four statements a page.</summary>
    private async Task<List<StoredEntity>> LoadEntitiesAsync(IReadOnlyList<string> ids, bool withFiles, CancellationToken cancellationToken,
        int maxEvidence = int.MaxValue, bool withAliases = true)
    {
        var json = JsonSerializer.Serialize(ids);
        var rows = new List<(string Id, string Label, string Name, string Attrs)>();
        await using (var command = Command(null,
            "SELECT id, label, name, attrs FROM entities WHERE id IN (SELECT value FROM json_each($ids)) AND redirect_to IS NULL ORDER BY id", [("$ids", json)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var aliases = withAliases
            ? await PairsAsync(
                $"SELECT DISTINCT entity_id, {SqliteSchema.AliasForm()} AS form FROM aliases WHERE entity_id IN (SELECT value FROM json_each($ids)) ORDER BY entity_id, form",
                json, cancellationToken)
            : [];
        // The files by the alias rows' document numbers, read from their index, not from every row of a hub (a store opened
        // read-only before numbers joins by document id).
        var files = withFiles
            ? await PairsAsync(
                $"""
                SELECT DISTINCT m.entity_id, d.file_name FROM aliases m
                JOIN documents d ON {(await HasDocumentNumbersAsync(cancellationToken) ? "d.no = m.doc_no" : "d.id = m.document_id")}
                WHERE m.entity_id IN (SELECT value FROM json_each($ids)) ORDER BY m.entity_id, d.file_name
                """, json, cancellationToken)
            : [];
        var evidence = await EvidenceAsync(ids, cancellationToken, maxEvidence);
        return rows.Select(r => new StoredEntity(
            new Entity(r.Id, GraphSchema.ParseLabel(r.Label), r.Name,
                [.. aliases.GetValueOrDefault(r.Id, []).Where(a => a != r.Name)], ParseAttributes(r.Attrs), evidence.GetValueOrDefault(r.Id, [])),
            files.GetValueOrDefault(r.Id, []))).ToList();
    }

    private async Task<Dictionary<string, List<string>>> PairsAsync(string sql, string ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = Command(null, sql, [("$ids", ids)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return result;
    }

    /// <summary>
    /// The evidence of every owner (entity or relation) in <paramref name="ownerIds"/>, in file, offset, rule order; with
    /// <paramref name="maxPerOwner"/>, only the first that many of each in the order of the evidence key (document number,
    /// offset), read through the key's index so that a hub's thousands of rows are never visited.
    /// </summary>
    private async Task<Dictionary<string, ImmutableArray<Evidence>>> EvidenceAsync(IReadOnlyList<string> ownerIds, CancellationToken cancellationToken,
        int maxPerOwner = int.MaxValue)
    {
        var result = new Dictionary<string, ImmutableArray<Evidence>.Builder>(StringComparer.Ordinal);
        if (maxPerOwner <= 0)
        {
            return [];
        }

        // The order of the evidence key: owner, document number, offset (a store opened read-only before that key keeps the
        // one it has: owner, document id, offset, rule).
        // By owner number (this build), each row's owner id checked too (a number names one row of entities or relations).
        var ownerKey = await EvidenceOwnerKeyAsync(cancellationToken);
        var evidenceKey = ownerKey switch { 2 => "owner_no, doc_no, start, rowid", 1 => "owner_id, doc_no, start, rowid", _ => "owner_id, document_id, start, rule" };
        string OfOwner(string table) => ownerKey == 2
            ? $"{table}owner_no = {SqliteSchema.OwnerNumber("j.value")} AND {table}owner_id = j.value"
            : $"{table}owner_id = j.value";
        // The sentence by its number (a store written before the sentences table, opened read-only, holds it in the row).
        var sentence = await EvidenceHoldsTextAsync(cancellationToken) ? "e.sentence" : "(SELECT s.sentence FROM sentences s WHERE s.id = e.sentence_id)";
        foreach (var chunk in ownerIds.Chunk(ReadPage))
        {
            await using var command = maxPerOwner == int.MaxValue
                ? Command(null,
                    $"""
                    SELECT e.owner_id, e.document_id, e.file_name, e.start, e.end, {sentence}, e.rule, e.confidence, e.date
                    FROM (SELECT DISTINCT value FROM json_each($ids)) j JOIN evidence e ON {OfOwner("e.")}
                    ORDER BY e.owner_id, e.file_name, e.start, e.rule
                    """, [("$ids", JsonSerializer.Serialize(chunk))])
                : Command(null,
                    $"""
                    SELECT e.owner_id, e.document_id, e.file_name, e.start, e.end, {sentence}, e.rule, e.confidence, e.date
                    FROM json_each($ids) j JOIN evidence e ON e.rowid IN (
                        SELECT rowid FROM evidence WHERE {OfOwner("")} ORDER BY {evidenceKey} LIMIT $max)
                    ORDER BY e.owner_id, e.file_name, e.start, e.rule
                    """, [("$ids", JsonSerializer.Serialize(chunk)), ("$max", maxPerOwner)]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var owner = reader.GetString(0);
                if (!result.TryGetValue(owner, out var list))
                {
                    result[owner] = list = ImmutableArray.CreateBuilder<Evidence>();
                }

                list.Add(new Evidence(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.GetString(5), reader.GetString(6), reader.GetDouble(7)) { Date = reader.IsDBNull(8) ? null : reader.GetString(8) });
            }
        }

        return result.ToDictionary(e => e.Key, e => e.Value.ToImmutable(), StringComparer.Ordinal);
    }

    private static DocumentInfo ReadDocument(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), [.. JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []])
        {
            Path = reader.IsDBNull(4) ? null : reader.GetString(4),
            ByteSha256 = reader.IsDBNull(5) ? null : reader.GetString(5),
            Encoding = reader.IsDBNull(6) ? null : reader.GetString(6),
            Date = reader.IsDBNull(7) ? null : reader.GetString(7),
        };
}
