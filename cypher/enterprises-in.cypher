// Enterprises in a district or anywhere beneath it (towns, streets, zones, parks), each once at its most specific
// place, with the chain of places up to the district asked for.
MATCH (root:District)
WHERE $district IN root.aliasKeys
MATCH chain = (district:District)-[:LOCATED_IN*0..8]->(root)
WITH district, chain
ORDER BY length(chain)
WITH district, collect(chain)[0] AS chain
MATCH (firm:Enterprise)-[located:LOCATED_IN]->(district)
WITH firm, located, district, chain
ORDER BY length(chain) DESC, district.name
WITH firm, collect({located: located, district: district, chain: chain})[0] AS best
RETURN firm.name AS enterprise, best.district.name AS district,
       reduce(within = '', n IN nodes(best.chain) | within + CASE WHEN within = '' THEN '' ELSE ' → ' END + n.name) AS within,
       best.located.evidence AS evidence
ORDER BY enterprise
LIMIT $limit;
