// Investments in a district's tree (into the district or a district beneath it, or into projects located there),
// or by and in an enterprise or body: largest amount first. Amounts as written (约16亿元, 超百亿元) are ranked in yuan.
MATCH (root:District|Enterprise|Organization)
WHERE $place IN root.aliasKeys
CALL (root) {
  MATCH (root)-[r:INVESTS_IN]-()
  RETURN r
  UNION
  MATCH (district:District)-[:LOCATED_IN*0..8]->(root)
  MATCH ()-[r:INVESTS_IN]->(district)
  RETURN r
  UNION
  MATCH (district:District)-[:LOCATED_IN*0..8]->(root)
  MATCH (project:Project)-[:LOCATED_IN]->(district)
  MATCH ()-[r:INVESTS_IN]->(project)
  RETURN r
}
WITH DISTINCT r
WITH r, startNode(r) AS investor, endNode(r) AS target
OPTIONAL MATCH (target)-[:LOCATED_IN]->(place:District)
WITH r, investor, target, place
ORDER BY place.name
WITH r, investor, target, collect(place.name) AS located
WITH r, investor, target, CASE WHEN target:District THEN [target.name] ELSE located END AS places,
     coalesce(r.amount, target.amount) AS amount
WITH r, investor, target, places, amount,
     reduce(digits = '', c IN split(coalesce(amount, ''), '') |
       digits + CASE WHEN c IN ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'] THEN c ELSE '' END) AS digits
WITH r, investor, target, places, amount,
     coalesce(toFloatOrNull(digits),
       CASE WHEN amount CONTAINS '千' THEN 1000.0 WHEN amount CONTAINS '百' THEN 100.0 WHEN amount CONTAINS '十' THEN 10.0 END)
     * CASE WHEN amount CONTAINS '亿' THEN 100000000.0 WHEN amount CONTAINS '万' THEN 10000.0 ELSE 1.0 END AS yuan
RETURN investor.name AS investor, target.name AS target, amount, coalesce(r.date, target.date) AS date,
       reduce(s = '', p IN places | s + CASE WHEN s = '' THEN '' ELSE '、' END + p) AS place,
       r.evidence AS evidence
ORDER BY coalesce(yuan, -1.0) DESC, investor, target
LIMIT $limit;
