// Customers of a company, whatever name the articles use for it (full name, short form, brand).
// $name is the name normalised as the product does (NFKC, white space removed); names match whole, never as substrings.
MATCH (supplier:Enterprise|Organization|District|Cluster)
WHERE $name IN supplier.aliasKeys
MATCH (supplier)-[s:SUPPLIES]->(customer)
RETURN supplier.name AS supplier, customer.name AS customer, s.product AS product, s.share AS share, s.evidence AS evidence
ORDER BY customer
LIMIT $limit;
