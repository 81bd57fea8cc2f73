// What one article contributed: the entities it mentions and the relationships it is a source of — what
// `retract` would shrink or remove. $file is a file name or a document id.
MATCH (d:Document)
WHERE d.fileName = $file OR d.id = $file
MATCH (n)-[:MENTIONED_IN]->(d)
OPTIONAL MATCH (n)-[r]->(other)
WHERE d.id IN r.sources
WITH d, n, r, other, [e IN coalesce(n.evidence, []) WHERE e CONTAINS d.id][0..1] AS own
RETURN n.name AS entity, labels(n)[0] AS label, type(r) AS relation, other.name AS other,
       CASE
         WHEN r IS NOT NULL THEN r.evidence
         WHEN size(own) > 0 THEN own
         ELSE [(n)<-[i]-() WHERE d.id IN i.sources | i.evidence[0]][0..1]
       END AS evidence
ORDER BY entity, relation, other
LIMIT $limit;
