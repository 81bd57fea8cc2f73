using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// Every Cypher text the Neo4j store sends. Shapes are constant; labels and types come from the closed
/// enums only; every value is a parameter. <see cref="All"/> enumerates them so CI lints each one.
/// </summary>
public static class Neo4jStatements
{
    /// <summary>Separates document id, name key and form inside one <c>aliasSources</c> entry.</summary>
    public const string AliasSourceSeparator = "\u001F";

    public const string MergeDocument =
        """
        MERGE (d:Document {id: $doc})
        SET d.fileName = $fileName, d.sha256 = $sha256, d.titles = $titles, d.complete = false,
            d.path = $path, d.byteSha256 = $byteSha256, d.encoding = $encoding, d.date = $date
        """;

    /// <summary>The ledger mark, sent last: a document counts as written only once every other statement succeeded.</summary>
    public const string CompleteDocument =
        """
        MATCH (d:Document {id: $doc})
        SET d.complete = true
        RETURN count(d) AS marked
        """;

    /// <summary>
    /// Notes end-of-run work not yet settled on the ledger: every document of <c>$docs</c> is flagged <c>unsettled</c> (a node
    /// is made for one not yet written: marks go before the write), those of <c>$unmerged</c> also <c>unmerged</c>, and the
    /// Districts and merged companies are added to the first document's lists.
    /// </summary>
    public const string MarkUnsettled =
        """
        UNWIND $docs AS doc
        MERGE (d:Document {id: doc})
        SET d.unsettled = true, d.unmerged = (doc IN $unmerged OR coalesce(d.unmerged, false))
        WITH d
        WHERE d.id = $first
        SET d.unsettledDistricts = coalesce(d.unsettledDistricts, []) + [x IN $districts WHERE NOT x IN coalesce(d.unsettledDistricts, [])],
            d.unsettledMerged = coalesce(d.unsettledMerged, []) + [x IN $merged WHERE NOT x IN coalesce(d.unsettledMerged, [])]
        """;

    /// <summary>Every document flagged unsettled, with the Districts and merged companies its marks noted.</summary>
    public const string Unsettled =
        """
        MATCH (d:Document)
        WHERE d.unsettled = true
        RETURN d.id AS id, coalesce(d.unmerged, false) AS unmerged, coalesce(d.unsettledDistricts, []) AS districts,
               coalesce(d.unsettledMerged, []) AS merged
        ORDER BY id
        """;

    /// <summary>The merges of the documents' transaction are made.</summary>
    public const string Merged =
        """
        UNWIND $docs AS doc
        MATCH (d:Document {id: doc})
        SET d.unmerged = false
        """;

    /// <summary>Clears the marks of settled documents; a node made by a mark for a document never written goes.</summary>
    public const string Settled =
        """
        UNWIND $docs AS doc
        MATCH (d:Document {id: doc})
        REMOVE d.unsettled, d.unmerged, d.unsettledDistricts, d.unsettledMerged
        WITH d
        WHERE d.complete IS NULL
        DETACH DELETE d
        """;

    public const string HasDocument =
        """
        MATCH (d:Document)
        WHERE (d.sha256 = $sha256 OR d.byteSha256 = $byteSha256) AND d.complete = true
        RETURN count(d) AS done, min(coalesce(d.path, d.fileName)) AS fileName
        """;

    public const string FindDocument =
        """
        MATCH (d:Document)
        WHERE d.id = $key OR d.sha256 = $key OR d.path = $full OR d.path ENDS WITH $suffix
           OR ($bare AND d.fileName = $key) OR d.fileName STARTS WITH $lines OR d.path STARTS WITH $fullLines
        RETURN d.id AS id, d.fileName AS fileName, d.sha256 AS sha256, d.path AS path
        ORDER BY path, id
        """;

    /// <summary>Shrinks the evidence and sources of relationships the document supports; deletes those left with none.</summary>
    public const string RetractRelations =
        """
        MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(n)-[r]-()
        WHERE $doc IN r.sources
        WITH DISTINCT r
        WITH r, [i IN range(0, size(coalesce(r.evidenceDocs, [])) - 1) WHERE r.evidenceDocs[i] <> $doc] AS keep
        SET r.sources = [s IN r.sources WHERE s <> $doc],
            r.evidence = [i IN keep | r.evidence[i]],
            r.evidenceDocs = [i IN keep | r.evidenceDocs[i]]
        WITH r, size(r.sources) = 0 AS unsupported
        FOREACH (x IN CASE WHEN unsupported THEN [1] ELSE [] END | DELETE r)
        RETURN count(CASE WHEN unsupported THEN 1 END) AS removed, count(CASE WHEN NOT unsupported THEN 1 END) AS kept
        """;

    /// <summary>Drops the document's aliases and evidence from the nodes it mentions and recomputes their name lists.</summary>
    public const string RetractEntityProvenance =
        """
        MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(n)
        WITH n,
             [s IN coalesce(n.aliasSources, []) WHERE NOT s STARTS WITH $docPrefix] AS sources,
             [i IN range(0, size(coalesce(n.evidenceDocs, [])) - 1) WHERE n.evidenceDocs[i] <> $doc] AS keep
        SET n.aliasSources = sources,
            n.evidence = [i IN keep | n.evidence[i]],
            n.evidenceDocs = [i IN keep | n.evidenceDocs[i]],
            n.aliases = reduce(acc = [], s IN sources |
                CASE WHEN split(s, $separator)[2] = n.name OR split(s, $separator)[2] IN acc THEN acc ELSE acc + split(s, $separator)[2] END),
            n.aliasKeys = reduce(acc = [], s IN sources |
                CASE WHEN split(s, $separator)[1] IN acc THEN acc ELSE acc + split(s, $separator)[1] END)
        WITH n
        SET n.aliasText = reduce(text = n.name, a IN n.aliases | text + ' ' + a),
            n.keyText = reduce(text = ' ', k IN n.aliasKeys + coalesce(n.lookupKeys, []) | text + k + ' ')
        RETURN count(n) AS touched
        """;

    /// <summary>Removes the document's mentions, then every node no document mentions any more.</summary>
    public const string RetractMentions =
        """
        MATCH (:Document {id: $doc})<-[m:MENTIONED_IN]-(n)
        DELETE m
        WITH n
        WHERE NOT EXISTS { (n)-[:MENTIONED_IN]->(:Document) }
        WITH collect(n) AS orphans
        FOREACH (o IN orphans | DETACH DELETE o)
        RETURN size(orphans) AS removed
        """;

    public const string DeleteDocument =
        """
        MATCH (d:Document {id: $doc})
        DETACH DELETE d
        """;

    public const string FindByNameKey =
        """
        MATCH (n)
        WHERE $key IN n.aliasKeys
        RETURN DISTINCT n.id AS id
        ORDER BY id
        """;

    public const string AllNames =
        """
        MATCH (n)
        WHERE n.aliasKeys IS NOT NULL
        RETURN n.name AS name, n.aliases AS aliases
        """;

    /// <summary>Names and aliases of every node of one label.</summary>
    public static string NamesOf(NodeLabel label) =>
        $"""
        MATCH (n:{label})
        RETURN n.name AS name, n.aliases AS aliases
        """;

    /// <summary>Every document the ledger marks complete.</summary>
    public const string AllDocuments =
        """
        MATCH (d:Document)
        WHERE d.complete = true
        RETURN d.id AS id, d.fileName AS fileName, d.sha256 AS sha256, d.path AS path
        ORDER BY id
        """;

    /// <summary>Every node of one label with the files of the documents that mention it.</summary>
    public static string EntitiesWithFiles(NodeLabel label) =>
        $$"""
        MATCH (n:{{Label(label)}})
        OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
        WITH n, collect(DISTINCT d.fileName) AS files
        RETURN n.id AS id, properties(n) AS props, files
        ORDER BY id
        """;

    /// <summary>
    /// Held entities under any of the name keys: the <c>entity_keys</c> fulltext index (whitespace analyzer over the
    /// space-separated keys, so a term is a whole key) finds the candidates, the exact test keeps the right ones.
    /// </summary>
    /// <summary>The fulltext index of name keys and former ids (cypher/schema.cypher).</summary>
    public const string KeysIndex = "entity_keys";

    public const string LookupNames =
        """
        CALL db.index.fulltext.queryNodes($index, $query) YIELD node
        UNWIND [k IN $keys WHERE k IN coalesce(node.aliasKeys, []) OR k IN coalesce(node.lookupKeys, [])] AS key
        RETURN key, node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS label, node.name AS name
        ORDER BY key, id
        """;

    /// <summary>Entities that ids merged into them name among their former ids (the same fulltext index, field formerIdText).</summary>
    public const string Redirects =
        """
        CALL db.index.fulltext.queryNodes($index, $query) YIELD node
        UNWIND [i IN $ids WHERE i IN coalesce(node.formerIds, [])] AS former
        RETURN former, node.id AS id, node.name AS name
        """;

    /// <summary>The relationships of a node about to be merged into another: id, type and both ends.</summary>
    public static string RelationshipsOfNode(NodeLabel label) =>
        $$"""
        MATCH (o:{{Label(label)}} {id: $from})-[r]-()
        WHERE type(r) <> $provenance
        RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId
        """;

    /// <summary>Re-creates relationships on new ends (new ids), joining sources, evidence and attributes (the held one wins), and deletes the old.</summary>
    public static string MoveRelations(RelationType type)
    {
        var (from, to) = GraphSchema.Endpoints[type];
        return
            $$"""
            UNWIND $rows AS row
            MATCH ()-[old:{{Type(type)}} {id: row.old}]->()
            MATCH (a:{{string.Join('|', from.Select(Label))}} {id: row.from})
            MATCH (b:{{string.Join('|', to.Select(Label))}} {id: row.to})
            WITH old, a, b, row, properties(old) AS p
            MERGE (a)-[r:{{Type(type)}} {id: row.id}]->(b)
            WITH old, r, p, properties(r) AS mine
            SET r += p
            SET r += mine
            WITH old, r, p, mine,
                 [i IN range(0, size(coalesce(p.evidence, [])) - 1) WHERE NOT p.evidence[i] IN coalesce(mine.evidence, [])] AS fresh
            SET r.sources = coalesce(mine.sources, []) + [s IN coalesce(p.sources, []) WHERE NOT s IN coalesce(mine.sources, [])],
                r.attrKeys = coalesce(mine.attrKeys, []) + [k IN coalesce(p.attrKeys, []) WHERE NOT k IN coalesce(mine.attrKeys, [])],
                r.evidence = coalesce(mine.evidence, []) + [i IN fresh | p.evidence[i]],
                r.evidenceDocs = coalesce(mine.evidenceDocs, []) + [i IN fresh | p.evidenceDocs[i]]
            DELETE old
            RETURN count(r) AS moved
            """;
    }

    /// <summary>Deletes relationships of one type by id.</summary>
    public static string DeleteRelations(RelationType type) =>
        $$"""
        UNWIND $ids AS id
        MATCH ()-[r:{{Type(type)}} {id: id}]->()
        DELETE r
        RETURN count(*) AS removed
        """;

    /// <summary>The documents that mention the merged node now mention the node it became.</summary>
    public static string MoveMentions(NodeLabel label) =>
        $$"""
        MATCH (o:{{Label(label)}} {id: $from})-[:MENTIONED_IN]->(d:Document)
        MATCH (n:{{Label(label)}} {id: $into})
        MERGE (n)-[:MENTIONED_IN]->(d)
        RETURN count(d) AS moved
        """;

    /// <summary>The node a merge joins into, made (with the merged node's name) when it is not held yet: an event re-keyed on new participants.</summary>
    public static string EnsureNode(NodeLabel label) =>
        $$"""
        MATCH (o:{{Label(label)}} {id: $from})
        MERGE (n:{{Label(label)}} {id: $into})
        ON CREATE SET n.name = o.name
        RETURN count(n) AS held
        """;

    /// <summary>
    /// Joins a node into another (the held one's name and attributes win; names, keys, alias sources and evidence are
    /// joined) and deletes it; the survivor lists its id in <c>formerIds</c>, which reads by id follow.
    /// </summary>
    public static string MergeNode(NodeLabel label) =>
        $$"""
        MATCH (o:{{Label(label)}} {id: $from})
        MATCH (n:{{Label(label)}} {id: $into})
        WITH o, n, properties(o) AS p, properties(n) AS mine
        SET n += p
        SET n += mine
        WITH o, n, p, mine,
             [i IN range(0, size(coalesce(p.evidence, [])) - 1) WHERE NOT p.evidence[i] IN coalesce(mine.evidence, [])] AS fresh
        SET n.aliasSources = coalesce(mine.aliasSources, []) + [s IN coalesce(p.aliasSources, []) WHERE NOT s IN coalesce(mine.aliasSources, [])],
            n.aliases = coalesce(mine.aliases, []) + [a IN coalesce(p.aliases, []) + [p.name] WHERE NOT a IN coalesce(mine.aliases, []) AND a <> mine.name],
            n.aliasKeys = coalesce(mine.aliasKeys, []) + [k IN coalesce(p.aliasKeys, []) WHERE NOT k IN coalesce(mine.aliasKeys, [])],
            n.lookupKeys = coalesce(mine.lookupKeys, []) + [k IN coalesce(p.lookupKeys, []) WHERE NOT k IN coalesce(mine.lookupKeys, [])],
            n.attrKeys = coalesce(mine.attrKeys, []) + [k IN coalesce(p.attrKeys, []) WHERE NOT k IN coalesce(mine.attrKeys, [])],
            n.evidence = coalesce(mine.evidence, []) + [i IN fresh | p.evidence[i]],
            n.evidenceDocs = coalesce(mine.evidenceDocs, []) + [i IN fresh | p.evidenceDocs[i]],
            n.formerIds = coalesce(mine.formerIds, []) + [$from] + coalesce(p.formerIds, [])
        WITH o, n
        SET n.aliasText = reduce(text = n.name, a IN n.aliases | text + ' ' + a),
            n.keyText = reduce(text = ' ', k IN n.aliasKeys + n.lookupKeys | text + k + ' '),
            n.formerIdText = reduce(text = ' ', i IN n.formerIds | text + i + ' ')
        DETACH DELETE o
        RETURN count(n) AS merged
        """;

    public const string CountNodes =
        """
        MATCH (n)
        UNWIND labels(n) AS label
        RETURN label, count(*) AS total
        """;

    public const string CountRelationships =
        """
        MATCH ()-[r]->()
        RETURN type(r) AS type, count(*) AS total
        """;

    /// <summary>Upserts one label's entities of a document, appending aliases and evidence without duplicates.</summary>
    public static string MergeEntities(NodeLabel label) =>
        $$"""
        UNWIND $rows AS row
        MERGE (n:{{Label(label)}} {id: row.id})
        ON CREATE SET n.name = row.name
        SET n += row.attrs,
            n.attrKeys = coalesce(n.attrKeys, []) + [k IN row.attrKeys WHERE NOT k IN coalesce(n.attrKeys, [])],
            n.aliasSources = coalesce(n.aliasSources, []) + [s IN row.aliasSources WHERE NOT s IN coalesce(n.aliasSources, [])],
            n.aliases = coalesce(n.aliases, []) + [f IN row.aliases WHERE NOT f IN coalesce(n.aliases, []) AND f <> n.name],
            n.aliasKeys = coalesce(n.aliasKeys, []) + [k IN row.aliasKeys WHERE NOT k IN coalesce(n.aliasKeys, [])],
            n.lookupKeys = coalesce(n.lookupKeys, []) + [k IN row.lookupKeys WHERE NOT k IN coalesce(n.lookupKeys, [])]
        WITH n, [e IN row.evidence WHERE NOT e.json IN coalesce(n.evidence, [])] AS fresh
        SET n.evidence = coalesce(n.evidence, []) + [e IN fresh | e.json],
            n.evidenceDocs = coalesce(n.evidenceDocs, []) + [e IN fresh | e.doc],
            n.aliasText = reduce(text = n.name, a IN n.aliases | text + ' ' + a),
            n.keyText = reduce(text = ' ', k IN n.aliasKeys + n.lookupKeys | text + k + ' ')
        WITH n
        MATCH (d:Document {id: $doc})
        MERGE (n)-[:MENTIONED_IN]->(d)
        RETURN count(n) AS written
        """;

    /// <summary>Upserts one type's relationships of a document between existing nodes; sources and evidence are appended once.</summary>
    public static string MergeRelations(RelationType type)
    {
        var (from, to) = GraphSchema.Endpoints[type];
        return
            $$"""
            UNWIND $rows AS row
            MATCH (a:{{string.Join('|', from.Select(Label))}} {id: row.from})
            MATCH (b:{{string.Join('|', to.Select(Label))}} {id: row.to})
            MERGE (a)-[r:{{Type(type)}} {id: row.id}]->(b)
            SET r += row.attrs,
                r.attrKeys = coalesce(r.attrKeys, []) + [k IN row.attrKeys WHERE NOT k IN coalesce(r.attrKeys, [])],
                r.sources = coalesce(r.sources, []) + [s IN [$doc] WHERE NOT s IN coalesce(r.sources, [])]
            WITH r, [e IN row.evidence WHERE NOT e.json IN coalesce(r.evidence, [])] AS fresh
            SET r.evidence = coalesce(r.evidence, []) + [e IN fresh | e.json],
                r.evidenceDocs = coalesce(r.evidenceDocs, []) + [e IN fresh | e.doc]
            RETURN count(r) AS written
            """;
    }

    /// <summary>Entities of one label by id.</summary>
    public static string EntitiesById(NodeLabel label) =>
        $$"""
        UNWIND $ids AS id
        MATCH (n:{{Label(label)}} {id: id})
        RETURN n.id AS id, properties(n) AS props
        """;

    /// <summary>Relationships of one type, optionally from or to one node.</summary>
    public static string RelationsOfType(RelationType type) =>
        $$"""
        MATCH (a)-[r:{{Type(type)}}]->(b)
        WHERE ($from IS NULL OR a.id = $from) AND ($to IS NULL OR b.id = $to)
        RETURN r.id AS id, a.id AS fromId, b.id AS toId, properties(r) AS props
        ORDER BY id
        """;

    /// <summary>The entities the documents of one id or file name mention.</summary>
    public const string MentionsOf =
        """
        MATCH (d:Document)
        WHERE d.fileName = $key OR d.id = $key
        MATCH (n)-[:MENTIONED_IN]->(d)
        RETURN d.id AS doc, n.id AS id
        ORDER BY doc, id
        """;

    /// <summary>Entities whose name keys contain $key, best first: exact, prefix, any part; shorter names first.</summary>
    public const string SearchNames =
        """
        MATCH (n)
        WHERE any(k IN coalesce(n.aliasKeys, []) WHERE k CONTAINS $key)
        WITH n, [k IN n.aliasKeys WHERE k CONTAINS $key] AS keys
        WITH n,
             CASE WHEN $key IN keys THEN 0 WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1 ELSE 2 END AS rank,
             reduce(shortest = 1000000, k IN keys | CASE WHEN size(k) < shortest THEN size(k) ELSE shortest END) AS size
        RETURN n.id AS id
        ORDER BY rank, size, id
        LIMIT $max
        """;

    /// <summary>Relationships of every written type touching nodes of one label, by id.</summary>
    public static string RelationsOf(NodeLabel label) =>
        $$"""
        MATCH (n:{{Label(label)}})
        WHERE n.id IN $ids
        MATCH (n)-[r:{{string.Join('|', WritableTypes.Select(Type))}}]-()
        RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS props
        ORDER BY id
        """;

    /// <summary>Relationship types a document's relations may have (MENTIONED_IN is provenance, written per entity).</summary>
    public static IEnumerable<RelationType> WritableTypes => GraphSchema.RelationTypes.Where(t => t != RelationType.MENTIONED_IN);

    /// <summary>Every statement text the store can send, named for export (schema statements live in cypher/schema.cypher).</summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        yield return ("merge-document", MergeDocument);
        yield return ("complete-document", CompleteDocument);
        yield return ("has-document", HasDocument);
        yield return ("mark-unsettled", MarkUnsettled);
        yield return ("unsettled", Unsettled);
        yield return ("settled", Settled);
        yield return ("merged", Merged);
        yield return ("find-document", FindDocument);
        yield return ("retract-relations", RetractRelations);
        yield return ("retract-entity-provenance", RetractEntityProvenance);
        yield return ("retract-mentions", RetractMentions);
        yield return ("delete-document", DeleteDocument);
        yield return ("find-by-name-key", FindByNameKey);
        yield return ("all-names", AllNames);
        yield return ("all-documents", AllDocuments);
        yield return ("lookup-names", LookupNames);
        yield return ("redirects", Redirects);
        yield return ("count-nodes", CountNodes);
        yield return ("count-relationships", CountRelationships);
        yield return ("search-names", SearchNames);
        yield return ("mentions-of", MentionsOf);
        foreach (var label in GraphSchema.EntityLabels)
        {
            yield return ($"merge-entities-{label}", MergeEntities(label));
            yield return ($"entities-by-id-{label}", EntitiesById(label));
            yield return ($"names-{label}", NamesOf(label));
            yield return ($"relations-of-{label}", RelationsOf(label));
            yield return ($"entities-with-files-{label}", EntitiesWithFiles(label));
            yield return ($"relationships-of-node-{label}", RelationshipsOfNode(label));
            yield return ($"ensure-node-{label}", EnsureNode(label));
            yield return ($"move-mentions-{label}", MoveMentions(label));
            yield return ($"merge-node-{label}", MergeNode(label));
        }

        foreach (var type in WritableTypes)
        {
            yield return ($"merge-relations-{type}", MergeRelations(type));
            yield return ($"move-relations-{type}", MoveRelations(type));
            yield return ($"delete-relations-{type}", DeleteRelations(type));
        }

        foreach (var type in GraphSchema.RelationTypes)
        {
            yield return ($"relations-of-type-{type}", RelationsOfType(type));
        }
    }

    // Names reach Cypher from the enums only; the switch through GraphSchema rejects anything else.
    private static string Label(NodeLabel label) => GraphSchema.ParseLabel(label.ToString()).ToString();

    private static string Type(RelationType type) => GraphSchema.ParseRelation(type.ToString()).ToString();
}
