// What one article contributed: the entities it mentions and the relationships it is a source of.
:param file => 'page-1.txt'

MATCH (d:Document)
WHERE d.fileName = $file OR d.id = $file
MATCH (n)-[:MENTIONED_IN]->(d)
OPTIONAL MATCH (n)-[r]->(m)
WHERE d.id IN r.sources
RETURN n.name AS entity, labels(n)[0] AS label, type(r) AS relation, m.name AS other, r.evidence AS evidence
ORDER BY entity;
