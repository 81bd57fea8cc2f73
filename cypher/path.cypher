// The shortest connections between two entities: every shortest path of at most 4 hops over every relationship
// type but MENTIONED_IN, in either direction; one row per edge, with its evidence.
MATCH (a:Enterprise|Cluster|District|Official|Organization|Project|Event|Product)
WHERE $from IN a.aliasKeys
MATCH (b:Enterprise|Cluster|District|Official|Organization|Project|Event|Product)
WHERE $to IN b.aliasKeys AND b <> a
MATCH p = allShortestPaths((a)-[:SUPPLIES|LOCATED_IN|INVESTS_IN|MEMBER_OF|PART_OF|SUBSIDIARY_OF|HOLDS_POSITION|PRODUCES|PARTICIPATES_IN|COOPERATES_WITH|FINANCES*..4]-(b))
WITH p, reduce(key = '', r IN relationships(p) |
       key + CASE WHEN key = '' THEN '' ELSE '|' END + startNode(r).name + '→' + endNode(r).name) AS key
ORDER BY key
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS i
UNWIND range(0, length(paths[i]) - 1) AS step
WITH i, step, relationships(paths[i])[step] AS r
RETURN i + 1 AS path, step + 1 AS step, startNode(r).name AS `from`, type(r) AS relation, endNode(r).name AS `to`,
       r.evidence AS evidence
ORDER BY path, step
LIMIT $limit;
