using System.Collections.Immutable;
using System.Text.Json;
using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file. Entities and relations are keyed on stable ids;
/// every alias, mention and evidence row carries the document it came from, so a document can be
/// re-written (no change) or retracted (only what no other document supports disappears).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteDocumentWriter _writer;
    private readonly int _batchSize;

    private SqliteGraphStore(SqliteConnection connection, int batchSize)
    {
        _connection = connection;
        _batchSize = batchSize;
        _writer = new SqliteDocumentWriter(connection, batchSize);
    }

    /// <summary>
    /// Opens (and creates, with its folder) the store at <paramref name="path"/>. With <paramref name="mustExist"/>
    /// (the queries) nothing is created or written: the file must already be a graph store.
    /// </summary>
    public static async Task<SqliteGraphStore> OpenAsync(string path, int batchSize, CancellationToken cancellationToken, bool mustExist = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserFacingException($"the store {full} is a folder: give --store (or Store__Path) a file, e.g. data/graph.db");
        }

        if (mustExist && !File.Exists(full))
        {
            throw new UserFacingException($"no store at {full}: ingest something first (dotnet run --project src/Ingest -- ingest seeds) or give --store the store's path");
        }

        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (!mustExist)
        {
            NativeHeap.LimitArenas(); // a writing process: SQLite's blocks from two C-heap arenas, not one per thread
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = mustExist ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = SqliteSchema.ConnectionPragmas + (mustExist ? "" : SqliteSchema.WriterPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        var store = new SqliteGraphStore(connection, batchSize) { _writes = !mustExist };
        try
        {
            var tables = await store.ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", cancellationToken);
            var ledger = await store.ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'", cancellationToken);
            if (ledger == 0 && (mustExist || tables > 0))
            {
                throw new UserFacingException($"{full} is not a graph store (it has no ledger table): give --store the file `ingest` wrote, or a new path");
            }

            if (!mustExist)
            {
                await store.EnsureSchemaAsync(cancellationToken);
            }
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return store;
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var command = NewCommand();
        command.CommandText = SqliteSchema.Ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
        foreach (var (table, column, type) in SqliteSchema.AddedColumns)
        {
            // Table and column names are the schema's own constants, never input.
            if (await ScalarIntAsync(null, $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'", cancellationToken) == 0)
            {
                await ExecuteAsync(null, $"ALTER TABLE {table} ADD COLUMN {column} {type}", cancellationToken);
            }
        }

        await ExecuteAsync(null, SqliteSchema.AddedIndexes, cancellationToken);
        foreach (var sql in SqliteSchema.DocumentNumbers)
        {
            await ExecuteAsync(null, sql, cancellationToken);
        }

        await ExecuteAsync(null, SqliteSchema.Unsettled, cancellationToken);

        // Aliases and evidence keyed by their whole rows (stores written before) are made rowid tables with narrow keys, all
        // or nothing.
        if (await ScalarIntAsync(null, SqliteSchema.ProvenanceKeyed, cancellationToken) > 0)
        {
            await ExecuteAsync(null, SqliteSchema.TempStoreFile, cancellationToken);
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
            foreach (var sql in SqliteSchema.ProvenanceRebuild)
            {
                await ExecuteAsync(transaction, sql, cancellationToken);
            }

            await ExecuteAsync(transaction, SqliteSchema.ProvenanceIndexes, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Evidence rows holding their sentence's text (stores written before the sentences table) name it by number, all or nothing.
        if (await ScalarIntAsync(null, SqliteSchema.EvidenceHoldsText, cancellationToken) > 0)
        {
            await ExecuteAsync(null, SqliteSchema.TempStoreFile, cancellationToken);
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
            foreach (var sql in SqliteSchema.SentenceRebuild)
            {
                await ExecuteAsync(transaction, sql, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _evidenceText = null;
        }

        // (An index missing is made here: a store written by the build before this alias index gets it.)
        await ExecuteAsync(null, SqliteSchema.TempStoreFile, cancellationToken);
        await ExecuteAsync(null, SqliteSchema.ProvenanceIndexes, cancellationToken);

        // Evidence by owner number (stores written before keyed it by owner id): the numbers filled and the index made, all
        // or nothing. After the rebuilds above, whose tables have no such column.
        if (await ScalarIntAsync(null, "SELECT count(*) FROM pragma_table_info('evidence') WHERE name = 'owner_no'", cancellationToken) == 0
            || await ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'evidence_owner_no'", cancellationToken) == 0)
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
            if (await ScalarIntAsync(transaction, "SELECT count(*) FROM pragma_table_info('evidence') WHERE name = 'owner_no'", cancellationToken) == 0)
            {
                await ExecuteAsync(transaction, "ALTER TABLE evidence ADD COLUMN owner_no INTEGER", cancellationToken);
            }

            foreach (var sql in SqliteSchema.OwnerNumbers)
            {
                await ExecuteAsync(transaction, sql, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _evidenceOwner = null;
        }

        // Edge indexes by end numbers (stores written before keyed them by end ids): the numbers filled, the indexes made and the
        // old ones dropped, all or nothing.
        if (await ScalarIntAsync(null, SqliteSchema.HasEdgeNumbers, cancellationToken) == 0)
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
            foreach (var column in (string[])["from_no", "to_no"])
            {
                if (await ScalarIntAsync(transaction, $"SELECT count(*) FROM pragma_table_info('relations') WHERE name = '{column}'", cancellationToken) == 0)
                {
                    await ExecuteAsync(transaction, $"ALTER TABLE relations ADD COLUMN {column} INTEGER", cancellationToken);
                }
            }

            foreach (var sql in SqliteSchema.EdgeNumbers)
            {
                await ExecuteAsync(transaction, sql, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _edgeNumbers = null;
        }

        await ExecuteAsync(null, SqliteSchema.TempStoreMemory, cancellationToken);

        // A search index of two trees (stores written before) is made again as one, from the aliases.
        if (await ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'name_grams'", cancellationToken) == 1
            && await ScalarIntAsync(null, SqliteSchema.NameGramsCurrent, cancellationToken) == 0)
        {
            await ExecuteAsync(null, "DROP TABLE name_grams", cancellationToken);
        }

        await ExecuteAsync(null, SqliteSchema.NameGrams, cancellationToken);
        if (await ScalarIntAsync(null, "SELECT NOT EXISTS (SELECT 1 FROM name_grams) AND EXISTS (SELECT 1 FROM aliases)", cancellationToken) == 1)
        {
            await ExecuteAsync(null, SqliteSchema.NameGramsBackfill + "; DELETE FROM name_grams_pending", cancellationToken);
        }

        // Pairs a writer left pending (it was stopped before it closed) go into the index now.
        await MergeAllPendingGramsAsync(cancellationToken);

        await ExecuteAsync(null, "DROP INDEX IF EXISTS aliases_key", cancellationToken);

        await ExecuteAsync(null, SqliteSchema.NameLabels, cancellationToken);
        if (await ScalarIntAsync(null, "SELECT NOT EXISTS (SELECT 1 FROM name_labels) AND (EXISTS (SELECT 1 FROM aliases) OR EXISTS (SELECT 1 FROM name_keys))",
            cancellationToken) == 1)
        {
            await ExecuteAsync(null, SqliteSchema.NameLabelsBackfill, cancellationToken);
        }
    }

    /// <summary>
    /// A read-only connection to the same file with a small page cache (16 MB): the ingest's name and ledger lookups. None
    /// inside a unit (<see cref="AtomicallyAsync"/>): lookups must then see what the unit has written so far, as they would
    /// had each step committed.
    /// </summary>
    public async Task<IGraphStore?> OpenReaderAsync(CancellationToken cancellationToken)
    {
        if (_unit is not null)
        {
            return null;
        }

        var reader = await OpenAsync(_connection.DataSource, _batchSize, cancellationToken, mustExist: true);
        await reader.ExecuteAsync(null, "PRAGMA cache_size = -16384; PRAGMA query_only = 1;", cancellationToken);
        return reader;
    }

    public async Task<bool> HoldsEntitiesAsync(CancellationToken cancellationToken) =>
        await ScalarIntAsync(null, "SELECT EXISTS (SELECT 1 FROM entities)", cancellationToken) == 1;

    public async Task<bool> HasDocumentAsync(string contentSha256, CancellationToken cancellationToken) =>
        await DuplicateOfAsync(contentSha256, null, cancellationToken) is not null;

    public async Task<string?> DuplicateOfAsync(string contentSha256, string? byteSha256, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("duplicate of");
        await using var command = Command(null, "SELECT coalesce(path, file_name) FROM documents WHERE sha256 = $sha OR byte_sha256 = $bytes ORDER BY file_name LIMIT 1",
            [("$sha", contentSha256), ("$bytes", (object?)byteSha256 ?? DBNull.Value)]);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<DocumentInfo>> FindDocumentsAsync(string key, CancellationToken cancellationToken)
    {
        var full = System.IO.Path.GetFullPath(key);
        await using var command = Command(null,
            """
            SELECT id, file_name, sha256, titles, path, byte_sha256, encoding, date FROM documents
            WHERE id = $key OR sha256 = $key OR path = $full OR substr(path, -length($suffix)) = $suffix
               OR ($bare = 1 AND file_name = $key)
               OR substr(file_name, 1, length($lines)) = $lines OR substr(path, 1, length($fullLines)) = $fullLines
            ORDER BY path, id
            """,
            [("$key", key), ("$full", full), ("$suffix", "/" + key.TrimStart('.', '/')), ("$bare", key.Contains('/') ? 0 : 1),
             ("$lines", key + DocumentKeys.LineSeparator), ("$fullLines", full + DocumentKeys.LineSeparator)]);
        var result = new List<DocumentInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadDocument(reader));
        }

        return result;
    }

    public async Task<WriteResult> WriteAsync(DocumentGraph graph, CancellationToken cancellationToken) =>
        (await WriteAsync([graph], cancellationToken))[0];

    /// <summary>Writes the documents in one transaction (that of the unit around it, if any), each with its ledger row.</summary>
    public async Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        IReadOnlyList<WriteResult> results;
        using (StoreTiming.Start("write (all)"))
        {
            await using var unit = await BeginAsync(cancellationToken);
            results = await _writer.WriteAsync(unit.Transaction, graphs, cancellationToken);
            using (StoreTiming.Start("write commit"))
            {
                await unit.CommitAsync(cancellationToken);
            }
        }

        // Once committed (inside a unit, when the unit has): the pending pairs of the search index, if as many as the cap wait.
        await MergePendingGramsAsync(PendingCap, cancellationToken);

        StoreTiming.Transaction(graphs.Count);
        return results;
    }

    public async Task<RetractResult> RetractAsync(string documentIdOrFileName, CancellationToken cancellationToken) =>
        await DocumentKeys.RetractEachAsync(documentIdOrFileName, await FindDocumentsAsync(documentIdOrFileName, cancellationToken),
            RetractOneAsync, cancellationToken);

    private async Task<RetractResult> RetractOneAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var unit = await BeginAsync(cancellationToken);
        var transaction = unit.Transaction;
        var relationsBefore = await ScalarIntAsync(transaction, "SELECT count(*) FROM relations", cancellationToken);
        var entitiesBefore = await ScalarIntAsync(transaction, "SELECT count(*) FROM entities", cancellationToken);
        var touched = await ScalarIntAsync(transaction,
            $"SELECT count(DISTINCT owner_id) FROM evidence e JOIN relations r ON r.id = e.owner_id WHERE e.doc_no = {SqliteSchema.DocumentNumber("$doc")}",
            cancellationToken, ("$doc", documentId));
        await _writer.RemoveContributionAsync(transaction, documentId, cancellationToken);
        await ExecuteAsync(transaction, "DELETE FROM documents WHERE id = $doc", cancellationToken, ("$doc", documentId));
        var relationsAfter = await ScalarIntAsync(transaction, "SELECT count(*) FROM relations", cancellationToken);
        var entitiesAfter = await ScalarIntAsync(transaction, "SELECT count(*) FROM entities", cancellationToken);
        await unit.CommitAsync(cancellationToken);
        var removed = relationsBefore - relationsAfter;
        return new RetractResult(documentId, entitiesBefore - entitiesAfter, removed, touched - removed);
    }

    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        FindByNameAsync(name, int.MaxValue, cancellationToken);

    public async Task<IReadOnlyList<Entity>> FindByNameAsync(string name, int maxEvidence, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using (var command = NewCommand())
        {
            command.CommandText = await ExactNameSqlAsync(cancellationToken);
            command.Parameters.AddWithValue("$key", NameKey.Normalize(name));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        var entities = await EntitiesAsync(ids, maxEvidence, cancellationToken);
        return ids.Where(entities.ContainsKey).Select(id => entities[id]).ToList();
    }

    public async Task<IReadOnlyList<string>> SimilarNamesAsync(string name, int max, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(name);
        var candidates = new List<string>();
        await using (var command = NewCommand())
        {
            command.CommandText = $"SELECT DISTINCT {SqliteSchema.AliasForm()} FROM aliases";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add(reader.GetString(0));
            }
        }

        return candidates
            .Select(c => (Name: c, Score: NameSimilarity.Score(key, NameKey.Normalize(c))))
            .Where(c => c.Score > 0.3)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max).Select(c => c.Name).ToList();
    }

    public Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, CancellationToken cancellationToken) =>
        RelationsAsync(type, fromId, toId, int.MaxValue, cancellationToken);

    public async Task<IReadOnlyList<Relation>> RelationsAsync(RelationType type, string? fromId, string? toId, int maxEvidence, CancellationToken cancellationToken)
    {
        var relations = new List<(string Id, string From, string To, string Attrs)>();
        await using (var command = NewCommand())
        {
            // One statement per shape, so that each uses its index: "$from IS NULL OR from_id = $from" would read every row of the type.
            // An id merged into another stands for it (the redirect read in the same statement).
            // By the edge index of the end given (SqliteSchema.EdgeNumbers: the end's number, or its id for edges whose end has no
            // number), the other end tested by its id, which the index holds.
            var to = toId is null ? "" : " AND to_id = " + CurrentIdSql("$to");
            command.CommandText = "SELECT id, from_id, to_id, attrs FROM relations WHERE type = $type" + (fromId, toId, await EdgeNumbersAsync(cancellationToken)) switch
            {
                (not null, _, true) => $" AND from_no = {SqliteSchema.EntityNumber(CurrentIdSql("$from"))}{to}"
                    + $" UNION ALL SELECT id, from_id, to_id, attrs FROM relations INDEXED BY relations_from_unnumbered WHERE type = $type AND from_no IS NULL AND from_id = {CurrentIdSql("$from")}{to}",
                (null, not null, true) => $" AND to_no = {SqliteSchema.EntityNumber(CurrentIdSql("$to"))}"
                    + $" UNION ALL SELECT id, from_id, to_id, attrs FROM relations INDEXED BY relations_to_unnumbered WHERE type = $type AND to_no IS NULL{to}",
                _ => (fromId is null ? "" : " AND from_id = " + CurrentIdSql("$from")) + to,
            } + " ORDER BY id";
            command.Parameters.AddWithValue("$type", type.ToString());
            if (fromId is not null)
            {
                command.Parameters.AddWithValue("$from", fromId);
            }

            if (toId is not null)
            {
                command.Parameters.AddWithValue("$to", toId);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                relations.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var evidence = await EvidenceAsync(relations.Select(r => r.Id).ToList(), cancellationToken, maxEvidence);
        return relations.Select(r => new Relation(r.Id, type, r.From, r.To, ParseAttributes(r.Attrs), evidence.GetValueOrDefault(r.Id, []))).ToList();
    }

    public Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        RelationsOfAsync(entityIds, int.MaxValue, cancellationToken);

    public async Task<IReadOnlyList<Relation>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, int maxEvidence, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("relations of");
        var rows = new Dictionary<string, (string Type, string From, string To, string Attrs)>(StringComparer.Ordinal);
        var redirects = await RedirectsAsync(entityIds, cancellationToken);
        var sql = AtEitherEnd(await EdgeNumbersAsync(cancellationToken), "r.id, r.type, {from}, {to}, r.attrs");
        foreach (var chunk in entityIds.Select(id => redirects.TryGetValue(id, out var t) ? t.Id : id).Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            // Indexed lookups per id by either end's edge index rather than one OR that scans; a page of ids per statement.
            await ReadRelationRowsAsync(rows, sql, [("$ids", JsonSerializer.Serialize(chunk))], cancellationToken);
        }

        return await WrittenRelationsAsync(rows, maxEvidence, cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> SearchAsync(string text, int max, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(text);
        if (key.Length == 0 || max < 1)
        {
            return [];
        }

        bool grams = key.Length >= 2 && await HasNameGramsAsync(cancellationToken);
        var ids = grams ? await SearchByGramsAsync(key, max, cancellationToken) : await SearchByScanAsync(key, max, cancellationToken);
        var entities = await EntitiesAsync(ids, EvidenceLimit.PerFact, cancellationToken);
        return ids.Where(entities.ContainsKey).Select(id => entities[id]).ToList();
    }

    /// <summary>
    /// Search through the bigram index, rank by rank, each rank ordered by (shortest matching name, id): exact names by
    /// the alias index; prefixes by a range of the key's first bigram; the rest by that bigram's rows in length order,
    /// read only until <paramref name="max"/> entities are found.
    /// </summary>
    private async Task<List<string>> SearchByGramsAsync(string key, int max, CancellationToken cancellationToken)
    {
        var gram = key[..2];
        var found = new List<string>(await ListAsync(await ExactNameSqlAsync(cancellationToken), cancellationToken, ("$key", key)));
        var seen = new HashSet<string>(found, StringComparer.Ordinal);
        // The pairs not in the bigram index yet (SqliteSchema.PendingInsert), read whole: (entity, size, prefix or not), in (size, id) order.
        var pending = await PendingMatchesAsync(key, cancellationToken);
        if (found.Count < max)
        {
            // The size of an entity is that of its shortest name containing the text, prefix or not.
            var prefixed = (await ListAsync(SqliteSchema.PrefixEntities, cancellationToken, ("$gram", gram), ("$key", key)))
                .Concat(pending.Where(p => p.Prefix).Select(p => p.Id)).Where(seen.Add).ToList();
            if (prefixed.Count > 0)
            {
                var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var p in pending)
                {
                    sizes.TryAdd(p.Id, p.Size); // the first of an entity is its shortest
                }

                await using var command = Command(null,
                    """
                    SELECT entity_id, MIN(size) FROM name_grams
                    WHERE gram = $gram AND instr(alias_key, $key) > 0 AND entity_id IN (SELECT value FROM json_each($ids)) GROUP BY entity_id
                    """, [("$gram", gram), ("$key", key), ("$ids", JsonSerializer.Serialize(prefixed))]);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    sizes[reader.GetString(0)] = Math.Min(reader.GetInt32(1), sizes.GetValueOrDefault(reader.GetString(0), int.MaxValue));
                }

                found.AddRange(prefixed.OrderBy(id => sizes.GetValueOrDefault(id, int.MaxValue)).ThenBy(id => id, StringComparer.Ordinal));
            }
        }

        if (found.Count < max)
        {
            // In (length, id) order, an entity's first row is at its shortest matching name: stop once enough are found.
            await using var command = Command(null,
                """
                SELECT entity_id, size FROM name_grams WHERE gram = $gram AND instr(alias_key, $key) > 0
                ORDER BY size, entity_id
                """, [("$gram", gram), ("$key", key)]);
            // The pending pairs are read in the same (length, id) order, the two streams merged.
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            int next = 0;
            while (found.Count < max && await reader.ReadAsync(cancellationToken))
            {
                var (size, id) = (reader.GetInt32(1), reader.GetString(0));
                for (; next < pending.Count && found.Count < max && ComparePending(pending[next], size, id) < 0; next++)
                {
                    if (seen.Add(pending[next].Id))
                    {
                        found.Add(pending[next].Id);
                    }
                }

                if (found.Count < max && seen.Add(id))
                {
                    found.Add(id);
                }
            }

            for (; next < pending.Count && found.Count < max; next++)
            {
                if (seen.Add(pending[next].Id))
                {
                    found.Add(pending[next].Id);
                }
            }
        }

        return found.Count > max ? found[..max] : found;
    }

    private static int ComparePending((string Id, int Size, bool Prefix) pending, int size, string id) =>
        pending.Size != size ? pending.Size.CompareTo(size) : string.CompareOrdinal(pending.Id, id);

    /// <summary>
    /// The pairs waiting for the bigram index (<see cref="SqliteSchema.PendingInsert"/>) whose key contains <paramref name="key"/>
    /// and whose alias rows the store still holds, in (key length, id) order: one read of the table, which holds at most
    /// <see cref="PendingCap"/> pairs (and none once a writer has closed).
    /// </summary>
    private async Task<List<(string Id, int Size, bool Prefix)>> PendingMatchesAsync(string key, CancellationToken cancellationToken)
    {
        var result = new List<(string Id, int Size, bool Prefix)>();
        if (!await HasPendingGramsAsync(cancellationToken))
        {
            return result;
        }

        await using var command = Command(null,
            $"""
            SELECT q.entity_id, length(q.alias_key), substr(q.alias_key, 1, length($key)) = $key FROM name_grams_pending q
            WHERE instr(q.alias_key, $key) > 0 AND {SqliteSchema.PendingLive}
            """, [("$key", key)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2) == 1));
        }

        result.Sort((a, b) => ComparePending(a, b.Size, b.Id));
        return result;
    }

    /// <summary>
    /// The statement of the entities an alias name key <c>$key</c> names, in id order: the name index by label, the pairs only
    /// a name key holds (not an alias) left out; a store written before that index (opened read-only) reads the bigram index's
    /// or the aliases' rows of the key.
    /// </summary>
    private async Task<string> ExactNameSqlAsync(CancellationToken cancellationToken) =>
        await HasPendingGramsAsync(cancellationToken)
            ? "SELECT DISTINCT n.entity_id FROM name_labels n WHERE n.key = $key "
                + "AND EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = n.entity_id AND a.alias_key = n.key) ORDER BY n.entity_id"
            : await HasNameGramsAsync(cancellationToken)
                ? $"SELECT DISTINCT entity_id FROM {SqliteSchema.AliasKeyRows("$key")} ORDER BY entity_id"
                : "SELECT DISTINCT entity_id FROM aliases WHERE alias_key = $key ORDER BY entity_id";

    /// <summary>Search over every alias row: a one-character text, or a store opened read-only before the bigram index existed.</summary>
    private async Task<List<string>> SearchByScanAsync(string key, int max, CancellationToken cancellationToken) =>
        await ListAsync(
            // instr, not LIKE: the text needs no escaping, and no character of it is a wildcard.
            """
            SELECT entity_id FROM (
                SELECT entity_id,
                       MIN(CASE WHEN alias_key = $key THEN 0 WHEN substr(alias_key, 1, length($key)) = $key THEN 1 ELSE 2 END) AS rank,
                       MIN(length(alias_key)) AS size
                FROM aliases
                WHERE instr(alias_key, $key) > 0
                GROUP BY entity_id
                ORDER BY rank, size, entity_id
                LIMIT $max)
            """, cancellationToken, ("$key", key), ("$max", max));

    private async Task<List<string>> ListAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var result = new List<string>();
        await using var command = Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public async Task<IReadOnlyList<(string DocumentId, string EntityId)>> MentionsAsync(string documentIdOrFileName, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("mentions");
        var result = new List<(string, string)>();
        await using var command = NewCommand();
        // A store opened read-only before documents had numbers is read by document id.
        command.CommandText = await HasDocumentNumbersAsync(cancellationToken)
            ? """
            SELECT DISTINCT m.document_id, m.entity_id FROM documents d JOIN aliases m ON m.doc_no = d.no
            WHERE d.id = $key OR d.file_name = $key
            ORDER BY m.document_id, m.entity_id
            """
            : """
            SELECT DISTINCT m.document_id, m.entity_id FROM documents d JOIN aliases m ON m.document_id = d.id
            WHERE d.id = $key OR d.file_name = $key
            ORDER BY m.document_id, m.entity_id
            """;
        command.Parameters.AddWithValue("$key", documentIdOrFileName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    /// <summary>Entities by id; an id merged into another answers with the entity it now stands for.</summary>
    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        EntitiesAsync(ids, int.MaxValue, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, int maxEvidence, CancellationToken cancellationToken) =>
        EntitiesAsync(ids, maxEvidence, withAliases: true, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> EntitiesWithoutAliasesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        EntitiesAsync(ids, 0, withAliases: false, cancellationToken);

    private async Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, int maxEvidence, bool withAliases,
        CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("entities");
        var asked = ids.Distinct(StringComparer.Ordinal).ToList();
        var redirects = await RedirectsAsync(asked, cancellationToken);
        var held = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var chunk in asked.Select(id => redirects.TryGetValue(id, out var t) ? t.Id : id).Distinct(StringComparer.Ordinal).Chunk(ReadPage))
        {
            foreach (var stored in await LoadEntitiesAsync(chunk, withFiles: false, cancellationToken, maxEvidence, withAliases))
            {
                held[stored.Entity.Id] = stored.Entity;
            }
        }

        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var id in asked)
        {
            if (held.TryGetValue(redirects.TryGetValue(id, out var t) ? t.Id : id, out var entity))
            {
                result[id] = entity;
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)>> NamesAsync(NodeLabel label, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = NewCommand();
        command.CommandText =
            $"""
            SELECT e.name, {SqliteSchema.AliasForm("a.")} AS form FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
            WHERE e.label = $label AND e.redirect_to IS NULL ORDER BY e.name, form
            """;
        command.Parameters.AddWithValue("$label", label.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            if (!names.TryGetValue(name, out var aliases))
            {
                names[name] = aliases = [];
            }

            if (!reader.IsDBNull(1) && reader.GetString(1) != name && !aliases.Contains(reader.GetString(1)))
            {
                aliases.Add(reader.GetString(1));
            }
        }

        return names.Select(n => (n.Key, (IReadOnlyList<string>)n.Value)).ToList();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<NodeLabel, int>();
        var relationships = new Dictionary<RelationType, int>();
        await using (var command = NewCommand())
        {
            command.CommandText = "SELECT label, count(*) FROM entities WHERE redirect_to IS NULL GROUP BY label";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                nodes[GraphSchema.ParseLabel(reader.GetString(0))] = reader.GetInt32(1);
            }
        }

        await using (var command = NewCommand())
        {
            command.CommandText = "SELECT type, count(*) FROM relations GROUP BY type";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                relationships[GraphSchema.ParseRelation(reader.GetString(0))] = reader.GetInt32(1);
            }
        }

        var documents = await ScalarIntAsync(null, "SELECT count(*) FROM documents", cancellationToken);
        return new GraphCounts(documents, nodes, relationships);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writes && _unit is null)
        {
            try
            {
                // What the run left pending goes into the search index as the writer closes: one merge, not one per transaction.
                await MergeAllPendingGramsAsync(CancellationToken.None);
            }
            catch (SqliteException)
            {
                // Left pending: searched as it is, merged by the next writer that opens the store.
            }
        }

        StoreTiming.Report();
        _writer.Dispose();
        await _connection.DisposeAsync();
        StoreTiming.Memory("store closed");
    }

    /// <summary>
    /// The most pairs left pending for the search index before they are merged after a write's commit (<see cref="SqliteSchema.PendingMerge"/>):
    /// a search reads the pending pairs whole, and a merge sorts their grams (about eight per pair) in memory.
    /// </summary>
    internal int PendingCap { get; set; } = 65_536;

    private bool _writes;

    /// <summary>Merges every pending pair of the search index into it (between transactions, see <see cref="MergePendingGramsAsync"/>).</summary>
    private Task MergeAllPendingGramsAsync(CancellationToken cancellationToken) => MergePendingGramsAsync(1, cancellationToken);

    /// <summary>
    /// Merges the pending pairs of the search index into it once at least <paramref name="atLeast"/> wait: never inside a
    /// transaction, one statement of its own (SQLite's autocommit). Inside a transaction SQLite keeps a statement journal for
    /// the INSERT (the page images it changes, so that the statement alone can be undone), and with <c>temp_store = MEMORY</c>
    /// that journal is in memory: at 100k generated articles it held 150–300 MB of the bigram tree's pages per 16,384 pairs —
    /// the ingest's closing peak (docs/history/performance.md: "The closing peak"). On its own, a statement needs no such journal, and
    /// one statement for all the pairs writes each page of the tree it changes once (in slices of 16,384 pairs, each slice
    /// committed on its own, the same pages were written to the WAL once per slice: docs/history/performance.md, "The search index's
    /// merge in one statement"). Its sort (about eight grams per pair) is held in memory: about 30 MB for the 65,536 pairs of
    /// <see cref="PendingCap"/>. The pairs are emptied once merged; a kill before leaves them pending, and merging them again
    /// changes nothing (INSERT OR IGNORE). The C heap's free pages go back to the system after the merge.
    /// </summary>
    private async Task MergePendingGramsAsync(int atLeast, CancellationToken cancellationToken)
    {
        if (_unit is not null)
        {
            return; // the unit merges them once it has committed (AtomicallyAsync)
        }

        var last = await ScalarIntAsync(null, SqliteSchema.PendingCount, cancellationToken);
        if (last >= atLeast)
        {
            using var timing = StoreTiming.Start("merge pending grams");
            StoreTiming.Memory($"merging {last} pending pairs");
            await ExecuteAsync(null, SqliteSchema.PendingMerge, cancellationToken, ("$last", last));
            NativeHeap.ReturnFreeMemory();
            StoreTiming.Memory($"merged {last} pending pairs");
            await ExecuteAsync(null, SqliteSchema.PendingClear, cancellationToken);
        }
    }

    /// <summary>
    /// Whether the store has the search index as this build writes it (a store opened read-only before it existed has not, and
    /// keeps aliases_key; one opened read-only before it was one tree is read without it too, until opened for writing).
    /// </summary>
    private async Task<bool> HasNameGramsAsync(CancellationToken cancellationToken) =>
        _nameGrams ??= await ScalarIntAsync(null, SqliteSchema.NameGramsCurrent, cancellationToken) == 1;

    private bool? _nameGrams;

    /// <summary>Whether the store has the pending pairs of the search index (<see cref="SqliteSchema.HasPendingGrams"/>): written by this build.</summary>
    private async Task<bool> HasPendingGramsAsync(CancellationToken cancellationToken) =>
        _pendingGrams ??= await ScalarIntAsync(null, SqliteSchema.HasPendingGrams, cancellationToken) == 1;

    private bool? _pendingGrams;

    /// <summary>Whether aliases carry their document's number (<see cref="SqliteSchema.DocumentNumbers"/>): not in a store opened read-only before they did.</summary>
    private async Task<bool> HasDocumentNumbersAsync(CancellationToken cancellationToken) =>
        _documentNumbers ??= await ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'aliases_doc_no'", cancellationToken) == 1;

    private bool? _documentNumbers;

    /// <summary>
    /// The key evidence is read by: 2 when by owner number (<see cref="SqliteSchema.OwnerNumbers"/>), 1 when by owner id and
    /// document number (<see cref="SqliteSchema.ProvenanceIndexes"/> of the builds before), 0 when by neither (older still):
    /// a store opened read-only is read by the key it has.
    /// </summary>
    private async Task<int> EvidenceOwnerKeyAsync(CancellationToken cancellationToken) =>
        _evidenceOwner ??= await ScalarIntAsync(null,
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'evidence_owner_no') THEN 2 "
            + "WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'evidence_owner') THEN 1 ELSE 0 END", cancellationToken);

    private int? _evidenceOwner;

    /// <summary>
    /// Whether the edge indexes are keyed by end numbers (<see cref="SqliteSchema.EdgeNumbers"/>): a store written before, opened
    /// read-only, is read through its indexes by end id.
    /// </summary>
    private async Task<bool> EdgeNumbersAsync(CancellationToken cancellationToken) =>
        _edgeNumbers ??= await ScalarIntAsync(null, SqliteSchema.HasEdgeNumbers, cancellationToken) == 1;

    private bool? _edgeNumbers;

    /// <summary>Whether evidence rows hold their sentence's text (<see cref="SqliteSchema.EvidenceHoldsText"/>): a store written before, opened read-only.</summary>
    private async Task<bool> EvidenceHoldsTextAsync(CancellationToken cancellationToken) =>
        _evidenceText ??= await ScalarIntAsync(null, SqliteSchema.EvidenceHoldsText, cancellationToken) == 1;

    private bool? _evidenceText;

    /// <summary>The id an entity id stands for now (its redirect's target when it was merged), as an SQL expression over a parameter.</summary>
    private static string CurrentIdSql(string parameter) =>
        $"coalesce((SELECT r.redirect_to FROM entities r JOIN entities t ON t.id = r.redirect_to WHERE r.id = {parameter} AND r.redirect_to IS NOT NULL), {parameter})";

    /// <summary>Attribute objects repeat across rows ({"title":"董事长"}, {"basis":"stated"}): parsed once each, up to a bound.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableSortedDictionary<string, string>> ParsedAttributes =
        new(StringComparer.Ordinal);

    private static ImmutableSortedDictionary<string, string> ParseAttributes(string json)
    {
        if (json == "{}")
        {
            return ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        if (ParsedAttributes.TryGetValue(json, out var parsed))
        {
            return parsed;
        }

        parsed = (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
        if (ParsedAttributes.Count < 20_000)
        {
            ParsedAttributes.TryAdd(json, parsed);
        }

        return parsed;
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction ?? _unit;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private async Task ExecuteAsync(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> ScalarIntAsync(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(transaction, sql, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
