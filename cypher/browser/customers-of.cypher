// Whom a company supplies, as a graph: click a relationship to read its evidence.
:param name => '华为'

MATCH (supplier)
WHERE $name IN supplier.aliasKeys OR $name = supplier.name OR $name IN supplier.aliases
MATCH path = (supplier)-[:SUPPLIES]->(customer)
RETURN path;
