// Firms like this one: those supplying the same customers or in the same clusters, ranked by how many they share.
MATCH (root:Enterprise|Organization)
WHERE $enterprise IN root.aliasKeys
CALL (root) {
  MATCH (root)-[:SUPPLIES]->(shared)<-[r:SUPPLIES]-(peer:Enterprise|Organization)
  WHERE peer <> root
  RETURN peer, 'supplies ' + shared.name AS link, r
  UNION
  MATCH (root)-[:MEMBER_OF]->(shared)<-[r:MEMBER_OF]-(peer:Enterprise|Organization)
  WHERE peer <> root
  RETURN peer, 'member of ' + shared.name AS link, r
}
WITH peer, link, r
ORDER BY link
WITH peer, collect(DISTINCT link) AS links, collect(r) AS edges
RETURN peer.name AS peer, size(links) AS shared,
       reduce(s = '', l IN links | s + CASE WHEN s = '' THEN '' ELSE '; ' END + l) AS via,
       reduce(all = [], e IN edges | all + coalesce(e.evidence, [])) AS evidence
ORDER BY shared DESC, peer
LIMIT $limit;
