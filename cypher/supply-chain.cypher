// Tiers of a company's supply chain: suppliers up to $up tiers, customers down to $down tiers (at most 4 each).
// Each firm once, at its nearest tier, with the path that reaches it and the evidence of its own edge on that path.
MATCH (root:Enterprise|Organization|District|Cluster|Project)
WHERE $enterprise IN root.aliasKeys
CALL (root) {
  MATCH p = (firm)-[:SUPPLIES*1..4]->(root)
  WHERE length(p) <= $up AND firm <> root
  RETURN 'up' AS direction, firm, p, relationships(p)[0] AS edge
  UNION
  MATCH p = (root)-[:SUPPLIES*1..4]->(firm)
  WHERE length(p) <= $down AND firm <> root
  RETURN 'down' AS direction, firm, p, last(relationships(p)) AS edge
}
WITH direction, firm, p, edge
ORDER BY length(p)
WITH direction, firm, collect({tier: length(p), nodes: nodes(p), edge: edge})[0] AS best
RETURN direction, best.tier AS tier, firm.name AS firm, best.edge.product AS product,
       reduce(path = '', n IN best.nodes | path + CASE WHEN path = '' THEN '' ELSE ' → ' END + n.name) AS path,
       best.edge.evidence AS evidence
ORDER BY direction DESC, tier, firm
LIMIT $limit;
