// Who supplies a company, with the share and the sentences that say so.
// Browser: drag this file into Favorites, change the :param value, run. The name may be any alias.
:param name => '华为'

MATCH (customer)
WHERE $name IN customer.aliasKeys OR $name = customer.name OR $name IN customer.aliases
MATCH (supplier)-[s:SUPPLIES]->(customer)
OPTIONAL MATCH (supplier)-[:PRODUCES]->(product:Product)
WITH supplier, customer, s, collect(DISTINCT product.name) AS products
RETURN supplier.name AS supplier, customer.name AS customer,
       coalesce(s.product, head(products)) AS product,
       s.share AS share, s.evidence AS evidence, s.sources AS documents
ORDER BY supplier;
