namespace Graph.Store.Sqlite;

/// <summary>
/// Tables of the embedded store. Every provenance row names its document, which is what retraction keys on.
/// Indexes are those the read paths use: names by key (the first bigram's rows of <c>name_grams</c>, one per distinct name,
/// and <c>name_labels</c>), relations by either end and type (the
/// queries), entities by label (counts), and each provenance table by document (re-write and retract touch only
/// that document's rows). Every index keyed by an id is paid on every write at a random place of its tree (ids are hashes),
/// so none is kept that no read path uses, and those kept are narrow (<see cref="ProvenanceIndexes"/>).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// Per connection: in WAL mode a commit without an fsync is still atomic and durable against a crash of the
    /// process (NORMAL); 64 MB of page cache keeps the upper levels of every index in memory; temp tables in memory.
    /// </summary>
    public const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

    /// <summary>
    /// Temporary tables and sorts in files while a store is rebuilt (<see cref="ProvenanceRebuild"/>): sorting the keys of a
    /// 100k-article store's aliases and evidence in memory took its peak past 1 GB. <see cref="TempStoreMemory"/> sets it back.
    /// </summary>
    public const string TempStoreFile = "PRAGMA temp_store = FILE;";

    public const string TempStoreMemory = "PRAGMA temp_store = MEMORY;";

    /// <summary>
    /// A connection that writes holds up to 256 MB of pages (allocated as they are used): the keys of a document's rows
    /// land at random places of their indexes, so a transaction of many documents dirties many pages, and each page
    /// evicted before the commit is written twice (spilled, then committed). Held in memory, the pages that several
    /// documents of one transaction touch are written once (`bench graph`, docs/history/performance.md).
    /// Its commits checkpoint the WAL into the file once the WAL holds 1 GB (262,144 pages), not 4 MB: a checkpoint
    /// copies each page once however many commits since the last one wrote it, and a page of a random-key index is
    /// written by most of them, so each commit no longer copies and syncs all it wrote (bench write, 20,000 articles at
    /// 1,024 documents per transaction: bytes written 8.3 -> 5.7 GB, read 5.2 -> 2.6 GB). Once checkpointed, the WAL file
    /// is cut back to 64 MB, so a long-running worker does not keep a gigabyte of it.
    /// </summary>
    public const string WriterPragmas = "PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = 262144; PRAGMA journal_size_limit = 67108864;";

    public const string Ddl =
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            titles TEXT NOT NULL DEFAULT '[]',
            path TEXT,
            byte_sha256 TEXT,
            encoding TEXT,
            date TEXT
        );
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            name TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX IF NOT EXISTS entities_label ON entities(label);
        -- Aliases and evidence are rowid tables, their rows appended in write order; their keys are narrow indexes
        -- (ProvenanceIndexes). Stores written before keyed them by their whole rows (ProvenanceRebuild).
        CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            alias TEXT NOT NULL,
            document_id TEXT NOT NULL,
            doc_no INTEGER
        );
        -- By document: aliases_doc_no, over the document's number (added columns), not its hash id.
        CREATE TABLE IF NOT EXISTS name_keys (
            key TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (key, entity_id, document_id)
        ) WITHOUT ROWID;
        -- A row of document '' is an entity's own key (written once, removed with the entity); rows of a document are
        -- those of stores written before, removed with their document.
        -- Only rows of a document are read by document: the entity's own keys (most rows) stay out of that index.
        CREATE INDEX IF NOT EXISTS name_keys_entity ON name_keys(entity_id);
        DROP INDEX IF EXISTS name_keys_document;
        CREATE INDEX IF NOT EXISTS name_keys_of_document ON name_keys(document_id) WHERE document_id <> '';
        -- Which documents mention an entity is which documents gave it an alias row (every entity's forms include its
        -- name): a separate mentions table (stores written before had one) was a second random-key tree per mention.
        DROP TABLE IF EXISTS mentions;
        -- from_no and to_no: the rowids of the two ends' entity rows (EdgeNumbers), what the edge indexes are keyed by.
        CREATE TABLE IF NOT EXISTS relations (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            from_no INTEGER,
            to_no INTEGER
        );
        -- The edge indexes (one per end) are made by EdgeNumbers. (Stores written before had (type, end) and (end) for each
        -- end, then (end, type), then (end id, type, other end id, id).)
        DROP INDEX IF EXISTS relations_to;
        DROP INDEX IF EXISTS relations_from;
        DROP INDEX IF EXISTS relations_from_any;
        DROP INDEX IF EXISTS relations_to_any;
        DROP INDEX IF EXISTS relations_from_type;
        DROP INDEX IF EXISTS relations_to_type;
        -- A sentence's text is held once (sentences), however many evidence rows read it: a row names it by number. Stores
        -- written before held the text in every evidence row (SentenceRebuild).
        CREATE TABLE IF NOT EXISTS evidence (
            owner_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence_id INTEGER NOT NULL,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            date TEXT,
            doc_no INTEGER,
            owner_no INTEGER
        );
        CREATE TABLE IF NOT EXISTS sentences (
            id INTEGER PRIMARY KEY,
            doc_no INTEGER,
            sentence TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sentences_doc_no ON sentences(doc_no);
        """;

    /// <summary>
    /// End-of-run work a run has not settled yet (<see cref="IGraphStore.MarkUnsettledAsync"/>): one row per document written
    /// ('document'), District it brought ('district') and company a merge kept ('merged'), inserted in the transaction of the
    /// documents and deleted in the one that settles them (and per document whose merges are not made yet, 'unmerged',
    /// deleted when they are). Empty between runs; stores written before get it when opened.
    /// </summary>
    public const string Unsettled =
        """
        CREATE TABLE IF NOT EXISTS unsettled (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;
        """;

    /// <summary>Columns added after the first release: (table, column, type), added to older stores when missing.</summary>
    public static readonly (string Table, string Column, string Type)[] AddedColumns =
    [
        ("documents", "path", "TEXT"),
        ("documents", "byte_sha256", "TEXT"),
        ("documents", "encoding", "TEXT"),
        ("documents", "date", "TEXT"),
        ("evidence", "date", "TEXT"),
        ("entities", "redirect_to", "TEXT"),
        ("documents", "no", "INTEGER"),
        ("aliases", "doc_no", "INTEGER"),
        ("evidence", "doc_no", "INTEGER"),
    ];

    /// <summary>
    /// Documents by number: each document gets the next number when first written (<c>documents.no</c>), and its alias and
    /// evidence rows carry it (<c>doc_no</c>), so that the indexes that find a document's rows (re-write, retract, mentions)
    /// grow at their end, in write order, instead of taking each row at a random place by the document's hash id (two
    /// random-key trees per row, grown past the page cache: the write cost per document grew with the store). A store written
    /// before gets its numbers once, in ledger order, when opened for writing; a row whose number is missing (written by an
    /// older build) gets it on the next open, found through the index.
    /// </summary>
    public static readonly string[] DocumentNumbers =
    [
        "UPDATE documents SET no = (SELECT coalesce(max(no), 0) FROM documents) + rowid WHERE no IS NULL",
        "CREATE UNIQUE INDEX IF NOT EXISTS documents_no ON documents(no)",
        "UPDATE evidence SET doc_no = (SELECT d.no FROM documents d WHERE d.id = evidence.document_id) WHERE doc_no IS NULL",
        "CREATE INDEX IF NOT EXISTS evidence_doc_no ON evidence(doc_no)",
        "DROP INDEX IF EXISTS evidence_document",
        "UPDATE aliases SET doc_no = (SELECT d.no FROM documents d WHERE d.id = aliases.document_id) WHERE doc_no IS NULL",
        "CREATE INDEX IF NOT EXISTS aliases_doc_no ON aliases(doc_no)",
        "DROP INDEX IF EXISTS aliases_document",
    ];

    /// <summary>
    /// The keys of the provenance rows, narrow: an alias row is found by (entity, key, document number, form) and evidence by
    /// (owner, document number, offset); the rows themselves are appended in write order. The alias index holds the form so
    /// that an entity's names and files are read from it alone (a hub has an alias row per document: read from the table,
    /// they were a random page each; stores written by the build before had (entity, key, document number), aliases_entity). Stores written before kept
    /// each table as the tree of its whole key (aliases WITHOUT ROWID by entity, key and document id; evidence with a unique
    /// index of owner, document id, offset and rule): those trees took each row at a random place by hash id and were two
    /// to three times as wide (document ids and rule names in every entry), so they outgrew the page cache first and the
    /// write cost per document grew with the store (bench graph and bench write, docs/history/performance.md). Evidence and
    /// aliases are kept unique by their writers (a document's rows are distinct by owner, offset and rule, and by entity and
    /// key, before they are written; merges drop the moved evidence the target already has).
    /// </summary>
    public const string ProvenanceIndexes =
        """
        DROP INDEX IF EXISTS aliases_entity;
        CREATE UNIQUE INDEX IF NOT EXISTS aliases_by_entity ON aliases(entity_id, alias_key, doc_no, alias);
        """;

    /// <summary>
    /// The number of owner <c>P</c> (an SQL expression of an entity or relation id) in write order: the rowid of its entity row,
    /// or of its relation row above 2^32 (relation ids start with "r-", entity ids never do). Rows get their rowid when first
    /// written (the largest so far plus one) and keep it through upserts, merges (the merged row stays, redirected) and VACUUM
    /// is never run by the store (it may renumber rowids of tables without an INTEGER PRIMARY KEY: <see cref="OwnerNumbers"/>
    /// would then be stale). Null when no such row is held.
    /// </summary>
    public static string OwnerNumber(string id) =>
        $"CASE WHEN substr({id}, 1, 2) = 'r-' THEN (SELECT rowid + {RelationNumbers} FROM relations WHERE id = {id}) ELSE (SELECT rowid FROM entities WHERE id = {id}) END";

    /// <summary>
    /// The edge indexes, keyed by the numbers of the relation's ends (<c>from_no</c>, <c>to_no</c>: the rowid of each end's entity
    /// row, which a row gets when first written and keeps through upserts and merges) instead of their hash ids: one per end,
    /// the type second, then the other end's id and the relation's id, so that a walk over a hub's thousands of edges reads the
    /// index alone (the near end's id is the one asked for). Keyed by hash ids, each new relation's entries landed at random
    /// pages of two trees larger than the page cache at 100k articles (12.9k of a 1,024-document commit's ~48k changed pages);
    /// keyed by numbers in write order, the edges of the entities a transaction makes go to the trees' right ends together, and
    /// each entry is an integer instead of a 20-character id narrower. A number is NULL when no entity row has the end's id
    /// (a relation written before its end, or whose end was removed: <c>entities_edges_delete</c>); such edges are found by
    /// the partial indexes of unnumbered ends, empty in practice. Stores written before had (from_id, type, to_id, id) and
    /// (to_id, type, from_id, id) (relations_from_edges, relations_to_edges): opened for writing, they get their numbers and
    /// these indexes in one transaction; opened read-only, they are read through the old indexes.
    /// </summary>
    public static readonly string[] EdgeNumbers =
    [
        "UPDATE relations SET from_no = (SELECT rowid FROM entities WHERE id = relations.from_id), to_no = (SELECT rowid FROM entities WHERE id = relations.to_id)",
        "CREATE INDEX IF NOT EXISTS relations_from_no ON relations(from_no, type, to_id, id)",
        "CREATE INDEX IF NOT EXISTS relations_to_no ON relations(to_no, type, from_id, id)",
        "CREATE INDEX IF NOT EXISTS relations_from_unnumbered ON relations(from_id) WHERE from_no IS NULL",
        "CREATE INDEX IF NOT EXISTS relations_to_unnumbered ON relations(to_id) WHERE to_no IS NULL",
        "DROP INDEX IF EXISTS relations_from_edges",
        "DROP INDEX IF EXISTS relations_to_edges",
        """
        CREATE TRIGGER IF NOT EXISTS entities_edges_delete AFTER DELETE ON entities
        BEGIN
            UPDATE relations SET from_no = NULL WHERE from_no = OLD.rowid;
            UPDATE relations SET to_no = NULL WHERE to_no = OLD.rowid;
        END
        """,
    ];

    /// <summary>Whether the store's edge indexes are keyed by end numbers (<see cref="EdgeNumbers"/>).</summary>
    public const string HasEdgeNumbers = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'relations_from_no'";

    /// <summary>The number of entity <c>P</c> (an SQL expression of its id): its row's rowid, null when no row has the id.</summary>
    public static string EntityNumber(string id) => $"(SELECT rowid FROM entities WHERE id = {id})";

    /// <summary>What a relation's rowid is offset by in its owner number (2^32), above every entity's.</summary>
    public const long RelationNumbers = 4294967296;

    /// <summary>
    /// Evidence by owner number (<see cref="OwnerNumber"/>), document number and offset: the rows of a new entity or relation
    /// (about half of a transaction's owners at 90k generated articles) go to the right end of the tree, where one transaction's
    /// rows share pages, instead of a random page each by the owner's hash id, and each entry is about half as wide (an integer
    /// instead of a 20-character id). Stores written before had <c>evidence_owner</c> (owner id, document number, offset):
    /// opened for writing, their rows get their owner's number (through the entities' and relations' id indexes) and the index
    /// is made again; opened read-only they are read through the old index.
    /// </summary>
    public static readonly string[] OwnerNumbers =
    [
        $"UPDATE evidence SET owner_no = {OwnerNumber("evidence.owner_id")} WHERE owner_no IS NULL",
        "CREATE INDEX IF NOT EXISTS evidence_owner_no ON evidence(owner_no, doc_no, start)",
        "DROP INDEX IF EXISTS evidence_owner",
    ];

    /// <summary>Whether the store keys aliases or evidence by a primary key (stores written before <see cref="ProvenanceIndexes"/>).</summary>
    public const string ProvenanceKeyed =
        "SELECT (SELECT count(*) FROM pragma_index_list('aliases') WHERE origin = 'pk') + (SELECT count(*) FROM pragma_index_list('evidence') WHERE origin = 'pk')";

    /// <summary>
    /// Makes the aliases and evidence of a store written before <see cref="ProvenanceIndexes"/> rowid tables in document order
    /// (run in one transaction, after <see cref="DocumentNumbers"/>; the triggers on aliases go with the old table and are made
    /// again by <see cref="NameGrams"/> and <see cref="NameLabels"/>, as are those of name_keys, which read aliases). The rows
    /// are copied in the order of the document-number indexes (no sort); the indexes' sorts spill to temporary files
    /// (<see cref="TempStoreFile"/>), not memory.
    /// </summary>
    public static readonly string[] ProvenanceRebuild =
    [
        // The triggers of name_keys read aliases: a table they name missing, the rename would fail (they are made again too).
        "DROP TRIGGER IF EXISTS name_keys_labels_insert",
        "DROP TRIGGER IF EXISTS name_keys_labels_delete",
        "DROP TRIGGER IF EXISTS name_keys_labels_update",
        "DROP TABLE IF EXISTS aliases_rows",
        "CREATE TABLE aliases_rows (entity_id TEXT NOT NULL, alias_key TEXT NOT NULL, alias TEXT NOT NULL, document_id TEXT NOT NULL, doc_no INTEGER)",
        "INSERT INTO aliases_rows(entity_id, alias_key, alias, document_id, doc_no) SELECT entity_id, alias_key, alias, document_id, doc_no FROM aliases ORDER BY doc_no",
        "DROP TABLE aliases",
        "ALTER TABLE aliases_rows RENAME TO aliases",
        "DROP TABLE IF EXISTS evidence_rows",
        """
        CREATE TABLE evidence_rows (owner_id TEXT NOT NULL, document_id TEXT NOT NULL, file_name TEXT NOT NULL, start INTEGER NOT NULL,
            end INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL, date TEXT, doc_no INTEGER)
        """,
        """
        INSERT INTO evidence_rows(owner_id, document_id, file_name, start, end, sentence, rule, confidence, date, doc_no)
        SELECT owner_id, document_id, file_name, start, end, sentence, rule, confidence, date, doc_no FROM evidence ORDER BY doc_no, rowid
        """,
        "DROP TABLE evidence",
        "ALTER TABLE evidence_rows RENAME TO evidence",
        "CREATE INDEX IF NOT EXISTS aliases_doc_no ON aliases(doc_no)",
        "CREATE INDEX IF NOT EXISTS evidence_doc_no ON evidence(doc_no)",
    ];

    /// <summary>Whether evidence rows hold their sentence's text (stores written before <see cref="SentenceRebuild"/>).</summary>
    public const string EvidenceHoldsText = "SELECT count(*) FROM pragma_table_info('evidence') WHERE name = 'sentence'";

    /// <summary>
    /// Makes the evidence of a store written before the sentences table name its sentence by number (run in one transaction,
    /// after <see cref="ProvenanceRebuild"/>, with temporary files for the sorts): each document's distinct sentences once, in
    /// write order, then the evidence copied in its own order with the number of its sentence (found through a temporary
    /// index of the sentences by document and text, dropped after). The evidence indexes go with the old table and are made
    /// again by <see cref="ProvenanceIndexes"/> and <see cref="EvidenceByDocument"/>.
    /// </summary>
    public static readonly string[] SentenceRebuild =
    [
        "DELETE FROM sentences",
        "INSERT INTO sentences(doc_no, sentence) SELECT doc_no, sentence FROM evidence GROUP BY doc_no, sentence ORDER BY min(rowid)",
        "CREATE INDEX sentences_text ON sentences(doc_no, sentence)",
        "DROP TABLE IF EXISTS evidence_rows",
        """
        CREATE TABLE evidence_rows (owner_id TEXT NOT NULL, document_id TEXT NOT NULL, file_name TEXT NOT NULL, start INTEGER NOT NULL,
            end INTEGER NOT NULL, sentence_id INTEGER NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL, date TEXT, doc_no INTEGER)
        """,
        """
        INSERT INTO evidence_rows(owner_id, document_id, file_name, start, end, sentence_id, rule, confidence, date, doc_no)
        SELECT e.owner_id, e.document_id, e.file_name, e.start, e.end, (SELECT s.id FROM sentences s WHERE s.doc_no IS e.doc_no AND s.sentence = e.sentence),
            e.rule, e.confidence, e.date, e.doc_no FROM evidence e ORDER BY e.rowid
        """,
        "DROP TABLE evidence",
        "ALTER TABLE evidence_rows RENAME TO evidence",
        "DROP INDEX sentences_text",
        EvidenceByDocument,
    ];

    /// <summary>The index of a document's evidence rows (re-write, retract).</summary>
    public const string EvidenceByDocument = "CREATE INDEX IF NOT EXISTS evidence_doc_no ON evidence(doc_no)";

    /// <summary>
    /// The form of an alias row (<c>P</c>: the table's alias in the query, with its dot): written as '' when it is its name key
    /// (all but a few rows: the index by entity holds the form, so each entry is a name shorter), read back as the key. Rows of
    /// stores written before hold the form itself and read the same.
    /// </summary>
    public static string AliasForm(string table = "") => $"CASE {table}alias WHEN '' THEN {table}alias_key ELSE {table}alias END";

    /// <summary>The number of document <c>P</c> (an SQL expression of its id), through the ledger's id index.</summary>
    public static string DocumentNumber(string id) => $"(SELECT no FROM documents WHERE id = {id})";

    /// <summary>Positions 1..128 as a JSON array: what the gram triggers split a name key by (SQLite triggers take no CTE).</summary>
    private const string Positions = "'[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,"
        + "41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,"
        + "89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128]'";

    /// <summary>The grams of a name key <c>K</c> (an SQL expression): each pair of adjacent characters, or the key itself when it is one character.</summary>
    private static string Grams(string key) =>
        $"SELECT substr({key}, p.value, 2) AS gram FROM json_each({Positions}) p WHERE p.value <= max(1, length({key}) - 1)";

    /// <summary>
    /// The search index: every (name key, entity) pair of the aliases once per character bigram of the key, so that
    /// "names containing X" reads the rows of X's first bigram instead of every alias row of every document. Triggers on
    /// aliases keep it: a pair enters with its first alias row (through <c>name_grams_pending</c>, see <see cref="PendingInsert"/>)
    /// and leaves with its last (retract, merge). One tree, in the
    /// order search reads it (gram, then the key's length: shortest names first, read until enough are found); a key is
    /// found by (gram, length, key). Stores written before had a second tree by (gram, length(key), entity) beside a key of
    /// (gram, key, entity): each new name's rows went to random places of both, the most rows a document writes.
    /// </summary>
    public static readonly string NameGrams =
        $"""
        CREATE TABLE IF NOT EXISTS name_grams (
            gram TEXT NOT NULL,
            size INTEGER NOT NULL,
            alias_key TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (gram, size, alias_key, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS name_grams_pending (
            entity_id TEXT NOT NULL,
            alias_key TEXT NOT NULL
        );
        DROP TRIGGER IF EXISTS aliases_grams_delete;
        DROP TRIGGER IF EXISTS aliases_grams_update;
        CREATE TRIGGER aliases_grams_delete AFTER DELETE ON aliases
        WHEN NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.alias_key)
        BEGIN
            DELETE FROM name_grams WHERE gram IN ({Grams("OLD.alias_key")}) AND size = length(OLD.alias_key) AND alias_key = OLD.alias_key
                AND entity_id = OLD.entity_id;
        END;
        CREATE TRIGGER aliases_grams_update AFTER UPDATE OF entity_id, alias_key ON aliases
        BEGIN
            DELETE FROM name_grams WHERE gram IN ({Grams("OLD.alias_key")}) AND size = length(OLD.alias_key) AND alias_key = OLD.alias_key
                AND entity_id = OLD.entity_id AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.alias_key);
            {PendingInsert};
        END;
        """;

    /// <summary>Whether the store's search index is the one tree of <see cref="NameGrams"/> (stores written before had no size column).</summary>
    public const string NameGramsCurrent = "SELECT count(*) FROM pragma_table_info('name_grams') WHERE name = 'size'";

    /// <summary>
    /// A new (entity, name key) pair of the aliases waits in <c>name_grams_pending</c>, appended in write order (no index), until
    /// <see cref="PendingMerge"/> enters its grams in <c>name_grams</c> in the index's key order. Entered one by one, a pair's
    /// grams (about eight) went to random places of the largest tree of the store, so each write transaction rewrote more of
    /// it the larger the store: at 20k generated articles the grams were a quarter of the writer's CPU and all of its growth
    /// per document (bench write; docs/history/performance.md). A pending pair may be stale (its alias rows since removed or
    /// merged away): readers and the merge keep only pairs the aliases still hold (<see cref="PendingLive"/>).
    /// </summary>
    private const string PendingInsert = "INSERT INTO name_grams_pending(entity_id, alias_key) VALUES (NEW.entity_id, NEW.alias_key)";

    /// <summary>The pending pairs (table alias <c>q</c>) whose alias rows the store still holds: a seek of the alias index each.</summary>
    public const string PendingLive = "EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = q.entity_id AND a.alias_key = q.alias_key)";

    /// <summary>Whether the store has the pending pairs' table (a store written before it, opened read-only, has not).</summary>
    public const string HasPendingGrams = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'name_grams_pending'";

    /// <summary>How many pairs wait (the table is only appended to and emptied whole, so its last rowid counts them).</summary>
    public const string PendingCount = "SELECT coalesce(max(rowid), 0) FROM name_grams_pending";

    /// <summary>
    /// Enters the grams of the live pending pairs of rowid up to $last in the search index, sorted in its key order (each page
    /// of the tree is read and written once per merge, not once per transaction; the sort is held in memory, about 8 MB per
    /// 16k pairs). A pair's positions are counted up to its own length (not joined with the 128 of <see cref="Positions"/>,
    /// each tested for every pair).
    /// </summary>
    public static readonly string PendingMerge =
        $"""
        WITH RECURSIVE k(entity_id, alias_key) AS (
            SELECT DISTINCT q.entity_id, q.alias_key FROM name_grams_pending q WHERE q.rowid <= $last AND {PendingLive}),
        g(entity_id, alias_key, n) AS (
            SELECT entity_id, alias_key, 1 FROM k
            UNION ALL SELECT entity_id, alias_key, n + 1 FROM g WHERE n < min(128, length(alias_key) - 1))
        INSERT OR IGNORE INTO name_grams(gram, size, alias_key, entity_id)
        SELECT substr(alias_key, n, 2), length(alias_key), alias_key, entity_id FROM g
        ORDER BY 1, 2, 3, 4
        """;

    /// <summary>Empties the pending pairs once merged (a DELETE of every row: the table is cut, not read).</summary>
    public const string PendingClear = "DELETE FROM name_grams_pending";

    /// <summary>
    /// The rows of name key <c>K</c> (an SQL expression) in the search index: a key's first bigram is always one of its grams,
    /// so (first bigram, length, key) seeks its distinct (key, entity) pairs. This replaced an index of aliases by key (stores
    /// written before had <c>aliases_key</c>, dropped once the search index is filled), which every alias row paid for once
    /// per document at a random place.
    /// </summary>
    public static string AliasKeyRows(string key) => $"name_grams WHERE gram = substr({key}, 1, 2) AND size = length({key}) AND alias_key = {key}";

    /// <summary>
    /// The entities of the search index's rows whose key starts with <c>$key</c>, of gram <c>$gram</c> (its first bigram): one
    /// seek of (gram, length, key range) per length the key can have (the grams are cut up to 128 characters: longer keys by range).
    /// </summary>
    public static readonly string PrefixEntities =
        $"""
        SELECT g.entity_id FROM json_each({Positions}) n
        CROSS JOIN name_grams g ON g.gram = $gram AND g.size = n.value AND g.alias_key >= $key AND g.alias_key < $key || char(1114111)
        WHERE n.value >= length($key)
        UNION SELECT entity_id FROM name_grams WHERE gram = $gram AND size > 128 AND alias_key >= $key AND alias_key < $key || char(1114111)
        """;

    /// <summary>Fills the search index of a store written before it existed (run when it is empty and aliases are not), in its key order.</summary>
    public static readonly string NameGramsBackfill =
        $"""
        INSERT OR IGNORE INTO name_grams(gram, size, alias_key, entity_id)
        SELECT substr(k.alias_key, p.value, 2) AS gram, length(k.alias_key) AS size, k.alias_key, k.entity_id
        FROM (SELECT DISTINCT entity_id, alias_key FROM aliases) k CROSS JOIN json_each({Positions}) p
        WHERE p.value <= max(1, length(k.alias_key) - 1)
        ORDER BY 1, 2, 3, 4
        """;

    /// <summary>
    /// The name index by label: each (name key, label, entity) once, whether the key is an alias's or a resolution key's,
    /// so that a lookup of the firms named X seeks (X, Enterprise) in a tree of distinct names (a fraction of the alias and
    /// key rows, which repeat per document) and never reads the thousands of projects that answer to "该项目". Triggers on
    /// aliases and name_keys keep it: a pair enters with its first row in either table and leaves with its last.
    /// </summary>
    public static readonly string NameLabels =
        $"""
        CREATE TABLE IF NOT EXISTS name_labels (
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (key, label, entity_id)
        ) WITHOUT ROWID;
        -- A pair's first alias row enters it in both indexes: one trigger, one test of whether it is the first (stores written
        -- before had a trigger per index, each testing).
        DROP TRIGGER IF EXISTS aliases_grams_insert;
        DROP TRIGGER IF EXISTS aliases_labels_insert;
        DROP TRIGGER IF EXISTS aliases_names_insert;
        CREATE TRIGGER aliases_names_insert AFTER INSERT ON aliases
        WHEN (SELECT count(*) FROM (SELECT 1 FROM aliases WHERE entity_id = NEW.entity_id AND alias_key = NEW.alias_key LIMIT 2)) = 1
        BEGIN
            {PendingInsert};
            INSERT OR IGNORE INTO name_labels(key, label, entity_id) SELECT NEW.alias_key, label, id FROM entities WHERE id = NEW.entity_id;
        END;
        CREATE TRIGGER IF NOT EXISTS name_keys_labels_insert AFTER INSERT ON name_keys
        WHEN (SELECT count(*) FROM (SELECT 1 FROM name_keys WHERE key = NEW.key AND entity_id = NEW.entity_id LIMIT 2)) = 1
        BEGIN
            INSERT OR IGNORE INTO name_labels(key, label, entity_id) SELECT NEW.key, label, id FROM entities WHERE id = NEW.entity_id;
        END;
        CREATE TRIGGER IF NOT EXISTS aliases_labels_delete AFTER DELETE ON aliases
        WHEN NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.alias_key)
            AND NOT EXISTS (SELECT 1 FROM name_keys WHERE key = OLD.alias_key AND entity_id = OLD.entity_id)
        BEGIN
            DELETE FROM name_labels WHERE key = OLD.alias_key AND entity_id = OLD.entity_id;
        END;
        CREATE TRIGGER IF NOT EXISTS name_keys_labels_delete AFTER DELETE ON name_keys
        WHEN NOT EXISTS (SELECT 1 FROM name_keys WHERE key = OLD.key AND entity_id = OLD.entity_id)
            AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.key)
        BEGIN
            DELETE FROM name_labels WHERE key = OLD.key AND entity_id = OLD.entity_id;
        END;
        CREATE TRIGGER IF NOT EXISTS aliases_labels_update AFTER UPDATE OF entity_id, alias_key ON aliases
        BEGIN
            DELETE FROM name_labels WHERE key = OLD.alias_key AND entity_id = OLD.entity_id
                AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.alias_key)
                AND NOT EXISTS (SELECT 1 FROM name_keys WHERE key = OLD.alias_key AND entity_id = OLD.entity_id);
            INSERT OR IGNORE INTO name_labels(key, label, entity_id) SELECT NEW.alias_key, label, id FROM entities WHERE id = NEW.entity_id;
        END;
        CREATE TRIGGER IF NOT EXISTS name_keys_labels_update AFTER UPDATE OF key, entity_id ON name_keys
        BEGIN
            DELETE FROM name_labels WHERE key = OLD.key AND entity_id = OLD.entity_id
                AND NOT EXISTS (SELECT 1 FROM name_keys WHERE key = OLD.key AND entity_id = OLD.entity_id)
                AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.key);
            INSERT OR IGNORE INTO name_labels(key, label, entity_id) SELECT NEW.key, label, id FROM entities WHERE id = NEW.entity_id;
        END;
        """;

    /// <summary>Fills the name index by label of a store written before it existed (run when it is empty and aliases are not).</summary>
    public const string NameLabelsBackfill =
        """
        INSERT OR IGNORE INTO name_labels(key, label, entity_id)
        SELECT k.key, e.label, e.id FROM (SELECT alias_key AS key, entity_id FROM aliases UNION SELECT key, entity_id FROM name_keys) k
        JOIN entities e ON e.id = k.entity_id
        """;

    /// <summary>Indexes over the added columns, created after they exist.</summary>
    public const string AddedIndexes =
        """
        CREATE INDEX IF NOT EXISTS documents_byte_sha256 ON documents(byte_sha256);
        CREATE INDEX IF NOT EXISTS documents_file_name ON documents(file_name);
        CREATE INDEX IF NOT EXISTS entities_redirect ON entities(redirect_to) WHERE redirect_to IS NOT NULL;
        -- Whether ids read back are merged ones: a probe per id into the few merged rows, not into every entity.
        CREATE INDEX IF NOT EXISTS entities_redirect_of ON entities(id, redirect_to) WHERE redirect_to IS NOT NULL;
        """;
}
