namespace Graph.Store.Sqlite;

/// <summary>
/// Tables of the embedded store. Every provenance row names its document, which is what retraction keys on.
/// Indexes are those the read paths use: names by key (<c>aliases_key</c>), relations by type and either end (the
/// queries), entities by label (counts), and each provenance table by document (re-write and retract touch only
/// that document's rows). Aliases and mentions are WITHOUT ROWID: their primary key is the table, no second tree.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// Per connection: in WAL mode a commit without an fsync is still atomic and durable against a crash of the
    /// process (NORMAL); 64 MB of page cache keeps the upper levels of every index in memory; temp tables in memory.
    /// </summary>
    public const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

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
        CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            alias TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias_key, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS aliases_key ON aliases(alias_key);
        CREATE INDEX IF NOT EXISTS aliases_document ON aliases(document_id);
        CREATE TABLE IF NOT EXISTS name_keys (
            key TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (key, entity_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS name_keys_entity ON name_keys(entity_id);
        CREATE INDEX IF NOT EXISTS name_keys_document ON name_keys(document_id);
        CREATE TABLE IF NOT EXISTS mentions (
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
        CREATE TABLE IF NOT EXISTS relations (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX IF NOT EXISTS relations_to ON relations(type, to_id);
        CREATE INDEX IF NOT EXISTS relations_from ON relations(type, from_id);
        -- The catalog's walks (profile, path, peers) follow every type from one node.
        CREATE INDEX IF NOT EXISTS relations_from_any ON relations(from_id);
        CREATE INDEX IF NOT EXISTS relations_to_any ON relations(to_id);
        CREATE TABLE IF NOT EXISTS evidence (
            owner_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            date TEXT,
            PRIMARY KEY (owner_id, document_id, start, rule)
        );
        CREATE INDEX IF NOT EXISTS evidence_document ON evidence(document_id);
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
    ];

    /// <summary>Indexes over the added columns, created after they exist.</summary>
    public const string AddedIndexes =
        """
        CREATE INDEX IF NOT EXISTS documents_byte_sha256 ON documents(byte_sha256);
        CREATE INDEX IF NOT EXISTS documents_file_name ON documents(file_name);
        CREATE INDEX IF NOT EXISTS entities_redirect ON entities(redirect_to) WHERE redirect_to IS NOT NULL;
        """;
}
