// Suppliers of a company, whatever name the articles use for it (full name, short form, brand).
// $name is the name normalised as the product does (NFKC, white space removed); names match whole, never as substrings.
MATCH (customer:Enterprise|Organization|District|Project)
WHERE $name IN customer.aliasKeys
MATCH (supplier)-[s:SUPPLIES]->(customer)
RETURN supplier.name AS supplier, customer.name AS customer, s.product AS product, s.share AS share, s.evidence AS evidence
ORDER BY supplier
LIMIT $limit;
