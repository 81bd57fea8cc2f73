// Suppliers of a company, whatever name the articles use for it (full name, short form, brand).
// Browser: drag this file into Favorites; on the :param line, replace the placeholder '企业名称' with a company's name
// (any alias the articles use), then run.
:param name => '企业名称';

MATCH (customer:Enterprise|Organization|District|Project)
WHERE ($name IN customer.aliasKeys OR $name = customer.name OR $name IN customer.aliases)
MATCH (supplier)-[s:SUPPLIES]->(customer)
RETURN supplier.name AS supplier, customer.name AS customer, s.product AS product, s.share AS share, s.evidence AS evidence
ORDER BY supplier
LIMIT 100;
