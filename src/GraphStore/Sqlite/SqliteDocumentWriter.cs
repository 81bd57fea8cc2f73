using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// The SQLite write path: documents' graphs as multi-row upserts through prepared statements that live as long as the
/// connection, and the removal of one document's contribution that touches only that document's rows. Nothing here
/// scans a whole table, so a write costs the same on the millionth document as on the first.
/// </summary>
internal sealed class SqliteDocumentWriter(SqliteConnection connection, int batchSize) : IDisposable
{
    // The ledger rows of a transaction, written together before its other kept rows (WriteDeferredAsync). A document new to
    // the ledger takes the next number (given by the writer: the largest number held when the transaction began, plus one
    // for each new document before it); a re-written one keeps its own (the conflict clause leaves it).
    private static readonly RowStatement Documents = new(
        "INSERT INTO documents(id, file_name, sha256, titles, path, byte_sha256, encoding, date, no)",
        "ON CONFLICT(id) DO UPDATE SET file_name = excluded.file_name, titles = excluded.titles, path = excluded.path, "
        + "byte_sha256 = excluded.byte_sha256, encoding = excluded.encoding, date = excluded.date", 9);

    /// <summary>The ledger numbers of a JSON array of document ids that the ledger holds.</summary>
    private const string HeldNumbersSql = "SELECT d.id, d.no FROM json_each($ids) j JOIN documents d ON d.id = j.value";

    // An upsert that changes nothing writes nothing: the WHERE keeps unchanged rows out of RETURNING, which gives the id and
    // label (type) of each row written. The entities (relations) of every document of a transaction are written together
    // (WriteUpsertsAsync), in statements where each id appears once, so that the id returned names the document that wrote it.
    private static readonly RowStatement Entities = new(
        "INSERT INTO entities(id, label, name, attrs)",
        "ON CONFLICT(id) DO UPDATE SET attrs = json_patch(entities.attrs, excluded.attrs) WHERE json_patch(entities.attrs, excluded.attrs) IS NOT entities.attrs "
        + "RETURNING id, label", 4);

    // Each new relation gets its ends' numbers (SqliteSchema.EdgeNumbers: the rowids of the entity rows written just before it,
    // one seek of the entities' id index each), which key the edge indexes; an upsert of a held relation keeps its own.
    private static readonly RowStatement Relations = new(
        "INSERT INTO relations(id, type, from_id, to_id, attrs, from_no, to_no)",
        "ON CONFLICT(id) DO UPDATE SET attrs = json_patch(relations.attrs, excluded.attrs) WHERE json_patch(relations.attrs, excluded.attrs) IS NOT relations.attrs "
        + "RETURNING id, type", 5)
    {
        Extra = $"{SqliteSchema.EntityNumber("value ->> 2")}, {SqliteSchema.EntityNumber("value ->> 3")}",
    };

    // The provenance rows of every document of a transaction are written together, in the order of their table's key (the
    // columns given): the keys start with hash ids or names, so one document's rows land at random places of trees larger
    // than the page cache, and rows in key order visit each page once per transaction (one read, one dirty page) where
    // rows in document order read, dirty and spill the same page again for each document that touches it.
    // Alias and evidence rows carry their document's number (SqliteSchema.DocumentNumbers), read from the ledger row written just before.
    // One form per entity, key and document (the first): the unique index also holds the form (SqliteSchema.ProvenanceIndexes).
    // The form is '' when it is the key (SqliteSchema.AliasForm).
    private static readonly RowStatement Aliases = new("INSERT OR IGNORE INTO aliases(entity_id, alias_key, alias, document_id, doc_no)", "", 5, [0, 1, 3])
    {
        Distinct = true,
    };

    // A company's resolution keys are the short forms of its name, the same in every document that names it: one row per
    // (key, entity) of no document (document_id ''), kept as long as the entity is, not a row per document (two random-key
    // trees per mention). Stores written before keep their rows by document, which a re-write or retraction still removes.
    // The key is the whole row, so a row the transaction's documents give again is written once (the rest were ignored
    // inserts, each a seek of the table's random-key tree).
    private static readonly RowStatement NameKeys = new("INSERT OR IGNORE INTO name_keys(key, entity_id, document_id)", "", 3, [0, 1, 2])
    {
        Distinct = true,
    };

    /// <summary>The document of the name key rows: none (the keys belong to the entity).</summary>
    private const string EntityKeys = "";

    // Evidence has no unique index (SqliteSchema.ProvenanceIndexes): a transaction's rows are made distinct by their key here,
    // the first of equal rows kept (a document's rows are its own: a re-write removes the earlier ones first).
    // The sentence is written once per document (sentences), the evidence row naming it by number (column 5: the text until
    // WriteDeferredAsync numbers it).
    // Each row carries its owner's number (column 10: SqliteSchema.OwnerNumber, the rowid of the entity or relation written
    // before it in this transaction), the evidence index's first column, looked up once per distinct owner of the transaction
    // (OwnerNumbersAsync); the rows then go in the index's order (owner number, document number, offset).
    private static readonly RowStatement EvidenceRows = new(
        "INSERT INTO evidence(owner_id, document_id, file_name, start, end, sentence_id, rule, confidence, date, doc_no, owner_no)", "", 11, [0, 1, 3, 6])
    {
        Distinct = true,
    };

    /// <summary>Which column of an evidence row holds its owner's number.</summary>
    private const int OwnerNumberColumn = 10;

    /// <summary>The numbers of a JSON array of owner ids (SqliteSchema.OwnerNumber).</summary>
    private static readonly string OwnerNumbersSql = $"SELECT j.value, {SqliteSchema.OwnerNumber("j.value")} FROM json_each($ids) j";

    // (number, text, document number): appended in number order, numbers above every one the table holds.
    private static readonly RowStatement Sentences = new("INSERT INTO sentences(id, sentence, doc_no)", "", 3);

    /// <summary>Which column of an evidence row holds its sentence, which its document id and which its document number.</summary>
    private const int SentenceColumn = 5, EvidenceDocumentColumn = 1, EvidenceNumberColumn = 9;

    // Order matters: collect what the document touched, drop its provenance, then whatever it alone supported.
    private static readonly string[] Removal =
    [
        "DELETE FROM temp.touched",
        "DELETE FROM temp.gone",
        $"INSERT OR IGNORE INTO temp.touched SELECT owner_id FROM evidence WHERE doc_no = {SqliteSchema.DocumentNumber("$doc")}",
        $"INSERT OR IGNORE INTO temp.touched SELECT entity_id FROM aliases WHERE doc_no = {SqliteSchema.DocumentNumber("$doc")}",
        $"DELETE FROM evidence WHERE doc_no = {SqliteSchema.DocumentNumber("$doc")}",
        $"DELETE FROM sentences WHERE doc_no = {SqliteSchema.DocumentNumber("$doc")}",
        $"DELETE FROM aliases WHERE doc_no = {SqliteSchema.DocumentNumber("$doc")}",
        "DELETE FROM name_keys WHERE document_id = $doc AND document_id <> ''",
        "DELETE FROM relations WHERE id IN (SELECT id FROM temp.touched) "
            + $"AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.owner_no = relations.rowid + {SqliteSchema.RelationNumbers} AND e.owner_id = relations.id)",
        "INSERT OR IGNORE INTO temp.gone SELECT id FROM entities WHERE id IN (SELECT id FROM temp.touched) AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = entities.id)",
        // The relations at either end of what is gone, by the ends' numbers (SqliteSchema.EdgeNumbers) and, for ends not numbered, by id.
        $"INSERT OR IGNORE INTO temp.gone SELECT id FROM relations WHERE from_no IN (SELECT {SqliteSchema.EntityNumber("g.id")} FROM temp.gone g)",
        $"INSERT OR IGNORE INTO temp.gone SELECT id FROM relations WHERE to_no IN (SELECT {SqliteSchema.EntityNumber("g.id")} FROM temp.gone g)",
        "INSERT OR IGNORE INTO temp.gone SELECT id FROM relations INDEXED BY relations_from_unnumbered WHERE from_no IS NULL AND from_id IN (SELECT id FROM temp.gone)",
        "INSERT OR IGNORE INTO temp.gone SELECT id FROM relations INDEXED BY relations_to_unnumbered WHERE to_no IS NULL AND to_id IN (SELECT id FROM temp.gone)",
        // The evidence of what is gone, found by its owners' numbers while their rows are still held.
        $"DELETE FROM evidence WHERE owner_no IN (SELECT {SqliteSchema.OwnerNumber("g.id")} FROM temp.gone g) AND owner_id IN (SELECT id FROM temp.gone)",
        "DELETE FROM entities WHERE id IN (SELECT id FROM temp.gone)",
        "DELETE FROM name_keys WHERE entity_id IN (SELECT id FROM temp.gone)",
        "DELETE FROM relations WHERE id IN (SELECT id FROM temp.gone)",
        "DELETE FROM entities WHERE redirect_to IN (SELECT id FROM temp.gone)",
    ];

    private const string TempTables =
        """
        CREATE TEMP TABLE IF NOT EXISTS touched(id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS gone(id TEXT PRIMARY KEY) WITHOUT ROWID;
        """;

    private readonly Dictionary<RowStatement, SqliteCommand> _inserts = [];
    private readonly ArrayBufferWriter<byte> _json = new(64 * 1024);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<RowStatement, List<object[]>> _deferred = [];

    // The entity and relation rows of the transaction not yet written, with the index of their document (in _nodes and
    // _relationships: what each document wrote, per label and type, counted as the rows are written).
    private readonly Dictionary<RowStatement, List<(int Document, object[] Row)>> _upserts = [];
    private readonly List<Dictionary<NodeLabel, int>> _nodes = [];
    private readonly List<Dictionary<RelationType, int>> _relationships = [];

    // The ledger numbers of the transaction's documents: those held when it began, and those given since (new or re-written).
    private readonly Dictionary<string, object> _ledger = new(StringComparer.Ordinal);
    private long _lastNumber;

    /// <summary>Writes the documents in <paramref name="transaction"/> (the caller commits), each replacing what an earlier write of it contributed.</summary>
    public async Task<IReadOnlyList<WriteResult>> WriteAsync(SqliteTransaction transaction, IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        var results = new List<WriteResult>(graphs.Count);
        try
        {
            await HeldNumbersAsync(transaction, graphs, cancellationToken);
            foreach (var graph in graphs)
            {
                results.Add(await WriteOneAsync(transaction, graph, cancellationToken));
            }

            await WriteDeferredAsync(transaction, cancellationToken);
        }
        finally
        {
            _deferred.Clear();
            _upserts.Clear();
            _nodes.Clear();
            _relationships.Clear();
            _ledger.Clear();
        }

        return results;
    }

    /// <summary>
    /// Reads, once per transaction, which of its documents the ledger holds (with their numbers) and the largest number held:
    /// a document then needs no statement of its own to know whether it is re-written and which number it has.
    /// </summary>
    private async Task HeldNumbersAsync(SqliteTransaction transaction, IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("ledger numbers");
        _ledger.Clear();
        var command = Prepared(transaction, HeldNumbersSql, "$ids");
        foreach (var chunk in graphs.Select(g => g.Document.Id).Distinct(StringComparer.Ordinal).Chunk(Math.Max(1, batchSize)))
        {
            command.Parameters[0].Value = JsonSerializer.Serialize(chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                _ledger[reader.GetString(0)] = reader.IsDBNull(1) ? DBNull.Value : reader.GetInt64(1);
            }
        }

        _lastNumber = await ExecuteLongAsync(transaction, "SELECT coalesce(max(no), 0) FROM documents", cancellationToken);
    }

    /// <summary>
    /// Removes one document's evidence and aliases (its mentions), then the relations and entities nothing else supports,
    /// then relations left without an endpoint: only rows reached from the document, through indexes.
    /// </summary>
    public async Task RemoveContributionAsync(SqliteTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        // Made in the transaction, every time (IF NOT EXISTS): a rolled-back transaction takes with it the tables it made.
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = TempTables;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        using var timing = StoreTiming.Start("remove contribution");
        foreach (var sql in Removal)
        {
            await ExecuteAsync(transaction, sql, documentId, cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var command in _inserts.Values.Concat(_commands.Values))
        {
            command.Dispose();
        }

        _inserts.Clear();
        _commands.Clear();
    }

    private async Task<WriteResult> WriteOneAsync(SqliteTransaction transaction, DocumentGraph graph, CancellationToken cancellationToken)
    {
        var documentId = graph.Document.Id;
        // A re-write (of a document the ledger held, or one written before in this transaction) replaces this document's
        // contribution, so facts it no longer states do not linger; it keeps its number.
        if (!_ledger.TryGetValue(documentId, out var number))
        {
            _ledger[documentId] = number = ++_lastNumber;
        }
        else
        {
            // What counts as still supported includes the rows of the documents before this one.
            await WriteDeferredAsync(transaction, cancellationToken);
            await RemoveContributionAsync(transaction, documentId, cancellationToken);
        }

        var document = graph.Document;
        Defer(Documents,
            [[documentId, document.FileName, document.ContentSha256, JsonSerializer.Serialize(document.Titles),
              Nullable(document.Path), Nullable(document.ByteSha256), Nullable(document.Encoding), Nullable(document.Date), number]]);

        // Every label and type the document holds is counted, 0 when nothing of it was written.
        // Provenance rows carry their document's number (known without a statement: HeldNumbersAsync); evidence of another
        // document (none the extractor writes) takes that document's.
        // The counts are filled as the document's entities and relations are written (WriteUpsertsAsync).
        int index = _nodes.Count;
        var nodes = graph.Entities.Select(e => e.Label).Distinct().ToDictionary(label => label, _ => 0);
        var relationships = graph.Relations.Select(r => r.Type).Distinct().ToDictionary(type => type, _ => 0);
        _nodes.Add(nodes);
        _relationships.Add(relationships);
        DeferUpserts(Entities, index, graph.Entities.Select(e => new object[] { e.Id, e.Label.ToString(), e.Name, JsonSerializer.Serialize(e.Attributes) }));
        DeferUpserts(Relations, index, graph.Relations.Select(r => new object[] { r.Id, r.Type.ToString(), r.FromId, r.ToId, JsonSerializer.Serialize(r.Attributes) }));

        Defer(Aliases, graph.Entities.SelectMany(e => e.Forms.Select(form => AliasRow(e.Id, form, documentId, number))));
        Defer(NameKeys, graph.Entities.SelectMany(e => e.ResolutionKeys.Distinct(StringComparer.Ordinal).Select(key => new object[] { key, e.Id, EntityKeys })));
        var numbers = new Dictionary<string, object>(StringComparer.Ordinal) { [documentId] = number };
        foreach (var other in graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Relations.SelectMany(r => r.Evidence)).Select(e => e.DocumentId))
        {
            if (!numbers.ContainsKey(other))
            {
                numbers[other] = _ledger.TryGetValue(other, out var held) ? held : await DocumentNumberAsync(transaction, other, cancellationToken);
            }
        }

        Defer(EvidenceRows, graph.Entities.SelectMany(e => EvidenceRowsOf(e.Id, e.Evidence, numbers))
            .Concat(graph.Relations.SelectMany(r => EvidenceRowsOf(r.Id, r.Evidence, numbers))));
        return new WriteResult(documentId, nodes, relationships);
    }

    /// <summary>Keeps rows of an insert-or-ignore statement for <see cref="WriteDeferredAsync"/>, in document order.</summary>
    private void Defer(RowStatement statement, IEnumerable<object[]> rows)
    {
        if (!_deferred.TryGetValue(statement, out var list))
        {
            _deferred[statement] = list = [];
        }

        list.AddRange(rows);
    }

    /// <summary>Keeps entity or relation rows of the document of index <paramref name="document"/> for <see cref="WriteUpsertsAsync"/>.</summary>
    private void DeferUpserts(RowStatement statement, int document, IEnumerable<object[]> rows)
    {
        if (!_upserts.TryGetValue(statement, out var list))
        {
            _upserts[statement] = list = [];
        }

        list.AddRange(rows.Select(row => (document, row)));
    }

    /// <summary>
    /// Writes the kept entity (relation) rows of the transaction's documents as multi-row upserts, and counts each row written
    /// for its document. Written as each document's own statement did, in document order, each id's rows in their order: the
    /// first row of every id (in document order, so a new row gets the rowid it got when each document had its own statement),
    /// then the second of every id that has one, and so on. So no statement holds an id twice, and each id it returns (the
    /// rows it inserted or changed) names one document. A row whose attributes (column <paramref name="attributes"/>, JSON
    /// text) are those of the id's row before it is not written: a merge patch applied twice gives what it gave once
    /// (<c>json_patch(json_patch(x, a), a)</c> is <c>json_patch(x, a)</c>, and an inserted <c>a</c> is its own patch:
    /// compact JSON, which SQLite renders back as it reads it), so its upsert would change nothing and count 0. That is
    /// most rows of the places and firms many documents of a transaction name, so most ids are written once: a few
    /// statements of Store:BatchSize rows where each document had one or two statements of its own.
    /// </summary>
    private async Task WriteUpsertsAsync(SqliteTransaction transaction, RowStatement statement, int attributes, Action<int, string> written,
        CancellationToken cancellationToken)
    {
        if (!_upserts.Remove(statement, out var rows) || rows.Count == 0)
        {
            return;
        }

        var seen = new Dictionary<string, (int Met, string Attributes)>(StringComparer.Ordinal);
        var passes = new List<List<(int Document, object[] Row)>>();
        foreach (var row in rows)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, (string)row.Row[0], out bool met);
            var attrs = (string)row.Row[attributes];
            if (met && string.Equals(id.Attributes, attrs, StringComparison.Ordinal))
            {
                continue;
            }

            if (id.Met == passes.Count)
            {
                passes.Add([]);
            }

            passes[id.Met].Add(row);
            id = (id.Met + 1, attrs);
        }

        foreach (var pass in passes)
        {
            var owners = new Dictionary<string, int>(pass.Count, StringComparer.Ordinal);
            foreach (var (document, row) in pass)
            {
                owners[(string)row[0]] = document;
            }

            foreach (var (id, value) in await InsertReturningAsync(transaction, statement, pass.Select(r => r.Row), cancellationToken))
            {
                written(owners[id], value);
            }
        }
    }

    /// <summary>
    /// Writes the kept rows: the ledger rows, the entities and relations (<see cref="WriteUpsertsAsync"/>), then the provenance
    /// rows, each table's in the order of its key (a stable sort: rows with equal keys keep their document order, so that the
    /// first of them is the one kept, as row by row).
    /// </summary>
    private async Task WriteDeferredAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var statement in (RowStatement[])[Documents, Entities, Relations, Aliases, NameKeys, EvidenceRows])
        {
            if (statement == Entities)
            {
                await WriteUpsertsAsync(transaction, statement, 3, (document, label) => _nodes[document][GraphSchema.ParseLabel(label)]++, cancellationToken);
                continue;
            }

            if (statement == Relations)
            {
                await WriteUpsertsAsync(transaction, statement, 4, (document, type) => _relationships[document][GraphSchema.ParseRelation(type)]++, cancellationToken);
                continue;
            }

            if (_deferred.Remove(statement, out var rows) && rows.Count > 0)
            {
                if (statement == EvidenceRows)
                {
                    await WriteSentencesAsync(transaction, rows, cancellationToken);
                }

                if (statement == EvidenceRows)
                {
                    // The first row of each key, found by hashing (not by a sort by key: the rows are sorted once, by the index's order).
                    var distinct = FirstOfEachKey(rows);
                    await OwnerNumbersAsync(transaction, distinct, cancellationToken);
                    await InsertAsync(transaction, statement, distinct.OrderBy(row => row, EvidenceIndexOrder), cancellationToken);
                    continue;
                }

                var ordered = rows.OrderBy(row => row, statement.KeyOrder);
                await InsertAsync(transaction, statement, statement.Distinct ? DistinctByKey(ordered, statement.KeyOrder) : ordered, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Writes the distinct sentences of the evidence rows (per document, in document order) with numbers above the table's
    /// highest, and puts each row's number in place of its text.
    /// </summary>
    private async Task WriteSentencesAsync(SqliteTransaction transaction, List<object[]> evidence, CancellationToken cancellationToken)
    {
        long next = await ExecuteAsync(transaction, "SELECT coalesce(max(id), 0) FROM sentences", "", cancellationToken, scalar: true);
        var numbers = new Dictionary<(string Document, string Sentence), long>();
        var sentences = new List<object[]>();
        foreach (var row in evidence)
        {
            var key = ((string)row[EvidenceDocumentColumn], (string)row[SentenceColumn]);
            if (!numbers.TryGetValue(key, out var number))
            {
                numbers[key] = number = ++next;
                sentences.Add([number, key.Item2, row[EvidenceNumberColumn]]);
            }

            row[SentenceColumn] = number;
        }

        await InsertAsync(transaction, Sentences, sentences, cancellationToken);
    }

    /// <summary>
    /// Evidence rows in the order of the index by owner number: owner number, document number, offset; rows equal in those by
    /// their key (owner id, document id, rule), as when they were sorted by key first.
    /// </summary>
    private static readonly IComparer<object[]> EvidenceIndexOrder = Comparer<object[]>.Create((a, b) =>
    {
        int order = Number(a[OwnerNumberColumn]).CompareTo(Number(b[OwnerNumberColumn]));
        order = order != 0 ? order : Number(a[EvidenceNumberColumn]).CompareTo(Number(b[EvidenceNumberColumn]));
        order = order != 0 ? order : ((int)a[3]).CompareTo((int)b[3]);
        order = order != 0 ? order : string.CompareOrdinal((string)a[0], (string)b[0]);
        order = order != 0 ? order : string.CompareOrdinal((string)a[EvidenceDocumentColumn], (string)b[EvidenceDocumentColumn]);
        return order != 0 ? order : string.CompareOrdinal((string)a[6], (string)b[6]);

        // NULL first, as in SQLite's order.
        static long Number(object value) => value is long number ? number : long.MinValue;
    });

    /// <summary>
    /// Puts each evidence row's owner number in its place (<see cref="OwnerNumberColumn"/>), read once per distinct owner (the
    /// rows of a transaction name about half as many owners as they are), in statements of Store:BatchSize ids.
    /// </summary>
    private async Task OwnerNumbersAsync(SqliteTransaction transaction, List<object[]> rows, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("owner numbers");
        var numbers = new Dictionary<string, object>(StringComparer.Ordinal);
        var command = Prepared(transaction, OwnerNumbersSql, "$ids");
        // In id order (the id indexes' order: each statement's lookups share pages).
        var ids = rows.Select(row => (string)row[0]).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Math.Max(1, batchSize)))
        {
            command.Parameters[0].Value = JsonSerializer.Serialize(chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                numbers[reader.GetString(0)] = reader.IsDBNull(1) ? DBNull.Value : reader.GetInt64(1);
            }
        }

        foreach (var row in rows)
        {
            row[OwnerNumberColumn] = numbers[(string)row[0]];
        }
    }

    /// <summary>The first evidence row (in document order) of each key: owner id, document id, offset and rule.</summary>
    private static List<object[]> FirstOfEachKey(List<object[]> rows)
    {
        var seen = new HashSet<(string Owner, string Document, int Start, string Rule)>(rows.Count);
        var first = new List<object[]>(rows.Count);
        foreach (var row in rows)
        {
            if (seen.Add(((string)row[0], (string)row[EvidenceDocumentColumn], (int)row[3], (string)row[6])))
            {
                first.Add(row);
            }
        }

        return first;
    }

    /// <summary>Rows in key order, the first of each run of equal keys.</summary>
    private static IEnumerable<object[]> DistinctByKey(IEnumerable<object[]> ordered, IComparer<object[]> keyOrder)
    {
        object[]? last = null;
        foreach (var row in ordered)
        {
            if (last is null || keyOrder.Compare(last, row) != 0)
            {
                yield return row;
            }

            last = row;
        }
    }

    private static IEnumerable<object[]> EvidenceRowsOf(string ownerId, ImmutableArray<Evidence> evidence, Dictionary<string, object> numbers) =>
        evidence.Select(e => new object[] { ownerId, e.DocumentId, e.FileName, e.Start, e.End, e.Sentence, e.Rule, e.Confidence, Nullable(e.Date), numbers[e.DocumentId], DBNull.Value });

    /// <summary>An alias row: entity, key, form ('' when it is the key: SqliteSchema.AliasForm), document id and number.</summary>
    private static object[] AliasRow(string entityId, string form, string documentId, object number)
    {
        var key = NameKey.Normalize(form);
        return [entityId, key, string.Equals(form, key, StringComparison.Ordinal) ? "" : form, documentId, number];
    }

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    /// <summary>
    /// Inserts the rows in statements of up to Store:BatchSize rows each; returns the rows written (inserted or changed).
    /// The rows go in as one JSON array bound to one parameter and read back by <c>jsonb_each</c>: one bind per statement
    /// instead of one per value, and one prepared statement per kind of row whatever the row count. <c>jsonb_each</c>, not
    /// <c>json_each</c>: each row (an array) comes out of it in SQLite's binary JSON, which <c>value ->> i</c> reads in place,
    /// where <c>json_each</c> gave each row as text that every column's <c>->></c> parsed again (its cache keeps the parse, but
    /// each column compared and walked the row's text).
    /// </summary>
    private async Task<int> InsertAsync(SqliteTransaction transaction, RowStatement statement, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("insert " + statement.Table);
        var command = Prepared(statement);
        command.Transaction = transaction;
        int written = 0;
        foreach (var chunk in rows.Chunk(Math.Max(1, batchSize)))
        {
            command.Parameters[0].Value = RowsJson(chunk);
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>As <see cref="InsertAsync"/> for a statement ending in <c>RETURNING</c> two text columns (id and label or type): those of the rows written.</summary>
    private async Task<List<(string Id, string Value)>> InsertReturningAsync(SqliteTransaction transaction, RowStatement statement, IEnumerable<object[]> rows,
        CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("insert " + statement.Table);
        var command = Prepared(statement);
        command.Transaction = transaction;
        var written = new List<(string, string)>();
        foreach (var chunk in rows.Chunk(Math.Max(1, batchSize)))
        {
            command.Parameters[0].Value = RowsJson(chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                written.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return written;
    }

    /// <summary>
    /// The rows as one JSON array in UTF-8, bound as a BLOB and read as text (<c>CAST($rows AS TEXT)</c> takes the bytes as they
    /// are): bound as a .NET string, each statement's rows were encoded to UTF-16 and back to UTF-8 on the way in.
    /// </summary>
    private byte[] RowsJson(object[][] rows)
    {
        _json.Clear();
        using (var writer = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case string text:
                            writer.WriteStringValue(text);
                            break;
                        case int number:
                            writer.WriteNumberValue(number);
                            break;
                        case long number:
                            writer.WriteNumberValue(number);
                            break;
                        case double number:
                            writer.WriteNumberValue(number);
                            break;
                        case null or DBNull:
                            writer.WriteNullValue();
                            break;
                        default:
                            throw new ArgumentException($"no JSON form for a {value.GetType().Name} row value");
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return _json.WrittenSpan.ToArray();
    }

    /// <summary>The statement of one kind of row, made and prepared once per connection: <c>INSERT … SELECT value ->> i … FROM jsonb_each(CAST($rows AS TEXT))</c>.</summary>
    private SqliteCommand Prepared(RowStatement statement)
    {
        if (_inserts.TryGetValue(statement, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        var columns = string.Join(", ", Enumerable.Range(0, statement.Columns).Select(c => $"value ->> {c}").Append(statement.Extra).Where(c => c.Length > 0));
        // "WHERE true" keeps SQLite from reading the conflict clause as part of the SELECT's join.
        command.CommandText = $"{statement.Head} SELECT {columns} FROM jsonb_each(CAST($rows AS TEXT)) WHERE true {statement.Tail}";
        command.Parameters.Add(new SqliteParameter { ParameterName = "$rows" });
        _inserts[statement] = command;
        return command;
    }

    /// <summary>The ledger number of a document (a long), or null (DBNull) when the ledger does not hold it.</summary>
    private async Task<object> DocumentNumberAsync(SqliteTransaction transaction, string documentId, CancellationToken cancellationToken) =>
        await Command(transaction, "SELECT no FROM documents WHERE id = $doc", documentId).ExecuteScalarAsync(cancellationToken) ?? DBNull.Value;

    /// <summary>The integer scalar of a statement (of no parameter but an unused <c>$doc</c>), prepared once.</summary>
    private async Task<long> ExecuteLongAsync(SqliteTransaction transaction, string sql, CancellationToken cancellationToken) =>
        Convert.ToInt64(await Command(transaction, sql, "").ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a one-parameter statement (<c>$doc</c>), prepared once; the changed row count, or the scalar.</summary>
    private async Task<int> ExecuteAsync(SqliteTransaction transaction, string sql, string documentId, CancellationToken cancellationToken, bool scalar = false)
    {
        var command = Command(transaction, sql, documentId);
        return scalar
            ? Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)
            : await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A one-parameter statement (<c>$doc</c>), made once per connection, bound to the document.</summary>
    private SqliteCommand Command(SqliteTransaction transaction, string sql, string documentId)
    {
        var command = Prepared(transaction, sql, "$doc");
        command.Parameters[0].Value = documentId;
        return command;
    }

    /// <summary>A statement of one parameter named <paramref name="parameter"/>, made once per connection, in the transaction.</summary>
    private SqliteCommand Prepared(SqliteTransaction transaction, string sql, string parameter)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// An INSERT's head (table and columns) and tail (conflict clause), for any number of value rows; for rows written in
    /// key order, the columns of the table's key.
    /// </summary>
    private sealed record RowStatement(string Head, string Tail, int Columns, int[]? Key = null)
    {
        /// <summary>A last column computed in SQL from the row (<c>value</c>), not given by it; none when empty.</summary>
        public string Extra { get; init; } = "";

        /// <summary>Whether rows of equal key are written once (the first): for a table whose key no unique index holds.</summary>
        public bool Distinct { get; init; }

        /// <summary>Rows by the key columns: text by UTF-16 code unit (SQLite's BINARY order but for characters above the surrogates), numbers by value.</summary>
        public IComparer<object[]> KeyOrder { get; } = Comparer<object[]>.Create((a, b) =>
        {
            foreach (var column in Key ?? [])
            {
                int order = (a[column], b[column]) switch
                {
                    (string x, string y) => string.CompareOrdinal(x, y),
                    (int x, int y) => x.CompareTo(y),
                    var (x, y) => Comparer<object>.Default.Compare(x, y),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        });

        /// <summary>The table written (the word after INTO), for <see cref="StoreTiming"/>.</summary>
        public string Table { get; } = Head.Split(' ')[Array.IndexOf(Head.Split(' '), "INTO") + 1].Split('(')[0];
    }
}
