// Everything known about one entity: its name (first mentions), aliases, attributes, and every relationship in or
// out with the other end, the relationship's attributes and the sentences and documents that state it.
// Browser: drag this file into Favorites; on the :param line, replace the placeholder '实体名称' with any entity's name,
// then run.
:param entity => '实体名称';

MATCH (n:Enterprise|Cluster|District|Official|Organization|Project|Event|Product)
WHERE ($entity IN n.aliasKeys OR $entity = n.name OR $entity IN n.aliases)
CALL (n) {
  RETURN 0 AS rank, 'name' AS fact, n.name AS value, labels(n)[0] AS details, coalesce(n.evidence, [])[0..3] AS evidence
  UNION ALL
  UNWIND coalesce(n.aliases, []) AS alias
  RETURN 1 AS rank, 'alias' AS fact, alias AS value, '' AS details,
         [e IN coalesce(n.evidence, []) WHERE e CONTAINS alias][0..1] AS evidence
  UNION ALL
  UNWIND coalesce(n.attrKeys, []) AS key
  RETURN 2 AS rank, 'attribute' AS fact, key + '=' + toString(coalesce(n[key], n['attr_' + key])) AS value, '' AS details,
         coalesce(n.evidence, [])[0..1] AS evidence
  UNION ALL
  MATCH (n)-[r]-(other)
  WHERE type(r) <> 'MENTIONED_IN'
  RETURN 3 AS rank, CASE WHEN startNode(r) = n THEN type(r) + ' →' ELSE '← ' + type(r) END AS fact, other.name AS value,
         reduce(s = '', key IN coalesce(r.attrKeys, []) |
           s + CASE WHEN s = '' THEN '' ELSE ', ' END + key + '=' + toString(coalesce(r[key], r['attr_' + key]))) AS details,
         r.evidence AS evidence
}
RETURN fact, value, details, evidence
ORDER BY rank, fact, value
LIMIT 100;
