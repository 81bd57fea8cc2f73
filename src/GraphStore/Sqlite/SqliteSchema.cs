namespace Graph.Store.Sqlite;

/// <summary>Tables of the embedded store. Every provenance row names its document, which is what retraction keys on.</summary>
internal static class SqliteSchema
{
    public const string Ddl =
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            titles TEXT NOT NULL DEFAULT '[]'
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
        );
        CREATE INDEX IF NOT EXISTS aliases_key ON aliases(alias_key);
        CREATE TABLE IF NOT EXISTS mentions (
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, document_id)
        );
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
        CREATE TABLE IF NOT EXISTS evidence (
            owner_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY (owner_id, document_id, start, rule)
        );
        CREATE INDEX IF NOT EXISTS evidence_document ON evidence(document_id);
        """;
}
