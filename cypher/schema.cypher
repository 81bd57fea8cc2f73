// Graph: the Neo4j schema. Every statement is idempotent (IF NOT EXISTS); the store applies them at start.
// Needs Neo4j 5.26+ (relationship uniqueness constraints, label disjunctions in index definitions).

// One node per id, for every label of the closed set (GraphModel NodeLabel).
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// One relationship per id, for every type a document writes (MENTIONED_IN carries no id).
CREATE CONSTRAINT supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT invests_in_id IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT subsidiary_of_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT produces_id IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT finances_id IF NOT EXISTS FOR ()-[r:FINANCES]-() REQUIRE r.id IS UNIQUE;

// Exact lookups by canonical name.
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX cluster_name IF NOT EXISTS FOR (n:Cluster) ON (n.name);
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);

// The ledger and retraction find documents by content hash and file name.
CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);
CREATE INDEX document_file_name IF NOT EXISTS FOR (d:Document) ON (d.fileName);
// End-of-run work a run has not settled yet (place relinking, second reading): documents flagged `unsettled`.
CREATE INDEX document_unsettled IF NOT EXISTS FOR (d:Document) ON (d.unsettled);

// Any name or alias finds its entity: aliasText is the name and every alias, tokenised by the CJK analyzer.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Enterprise|Cluster|District|Official|Organization|Project|Event|Product)
ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Identity across documents: every name key, resolution key (short forms of a full name) and former id of a merged
// node, as whole terms (whitespace analyzer), so resolution and redirects are index lookups, never scans.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS
FOR (n:Enterprise|Cluster|District|Official|Organization|Project|Event|Product)
ON EACH [n.keyText, n.formerIdText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
