// The missing links of a local chain (链式招商): members are a cluster's firms with those of its PART_OF sub-clusters
// (and the clusters themselves), or a district's enterprises with its sub-districts'. A gap is a SUPPLIES edge that
// leaves the chain: upstream (a member buys from a non-member), downstream (a member supplies a customer outside),
// rival (a non-member supplies a customer the members also supply).
MATCH (scope:Cluster|District)
WHERE $scope IN scope.aliasKeys
CALL (scope) {
  MATCH (cluster:Cluster|Organization)-[:PART_OF*0..8]->(scope)
  WHERE scope:Cluster
  OPTIONAL MATCH (member)-[:MEMBER_OF]->(cluster)
  RETURN collect(DISTINCT cluster) + collect(DISTINCT member) AS members
  UNION ALL
  MATCH (district:District)-[:LOCATED_IN*0..8]->(scope)
  WHERE scope:District
  MATCH (member:Enterprise)-[:LOCATED_IN]->(district)
  RETURN collect(DISTINCT member) AS members
}
WITH reduce(all = [], part IN collect(members) | all + part) AS members
CALL (members) {
  UNWIND members AS member
  MATCH (seller)-[r:SUPPLIES]->(member)
  WHERE NOT seller IN members
  RETURN 0 AS rank, 'upstream' AS gap, r, member
  UNION ALL
  UNWIND members AS member
  MATCH (member)-[r:SUPPLIES]->(buyer)
  WHERE NOT buyer IN members
  RETURN 1 AS rank, 'downstream' AS gap, r, member
  UNION ALL
  UNWIND members AS member
  MATCH (member)-[:SUPPLIES]->(buyer)<-[r:SUPPLIES]-(seller)
  WHERE NOT buyer IN members AND NOT seller IN members
  RETURN 2 AS rank, 'rival' AS gap, r, member
}
RETURN gap, r.product AS product, startNode(r).name AS seller, endNode(r).name AS buyer, member.name AS member,
       r.evidence AS evidence
ORDER BY rank, product, seller, buyer, member
LIMIT $limit;
