// Customers of a company, whatever name the articles use for it (full name, short form, brand).
// Browser: drag this file into Favorites; on the :param line, replace the placeholder '企业名称' with a company's name
// (any alias the articles use), then run.
:param name => '企业名称';

MATCH (supplier:Enterprise|Organization|District|Cluster)
WHERE ($name IN supplier.aliasKeys OR $name = supplier.name OR $name IN supplier.aliases)
MATCH (supplier)-[s:SUPPLIES]->(customer)
RETURN supplier.name AS supplier, customer.name AS customer, s.product AS product, s.share AS share, s.evidence AS evidence
ORDER BY customer
LIMIT 100;
