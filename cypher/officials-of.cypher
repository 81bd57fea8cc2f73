// Officials of an organisation, enterprise or district, with their titles. For a district, also the officials of
// the bodies located in it (a party committee named after the district is LOCATED_IN it): its own people first.
MATCH (root:Enterprise|Organization|District)
WHERE $body IN root.aliasKeys
OPTIONAL MATCH (located:Organization)-[:LOCATED_IN]->(root:District)
WITH root, [root] + collect(DISTINCT located) AS bodies
UNWIND bodies AS b
MATCH (official:Official)-[h:HOLDS_POSITION]->(b)
WITH official, h, b, CASE WHEN b = root THEN 0 ELSE 1 END AS own
RETURN official.name AS official, h.title AS title, b.name AS body, h.evidence AS evidence
ORDER BY own, body, official
LIMIT $limit;
