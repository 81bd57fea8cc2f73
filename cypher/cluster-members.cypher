// Members of a cluster and of the clusters PART_OF it: stated (a sentence says so) or implied (read from context).
MATCH (root:Cluster|Organization)
WHERE $cluster IN root.aliasKeys
MATCH (cluster:Cluster|Organization)-[:PART_OF*0..8]->(root)
WITH DISTINCT cluster
MATCH (member)-[m:MEMBER_OF]->(cluster)
RETURN member.name AS member, labels(member)[0] AS label,
       CASE WHEN m.basis = 'implied' THEN 'implied' ELSE 'stated' END AS known,
       m.role AS role, cluster.name AS cluster, m.evidence AS evidence
ORDER BY cluster, member
LIMIT $limit;
