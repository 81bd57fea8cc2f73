// Everything one entity is linked to, with the documents that mention it.
:param name => '华为'

MATCH (n)
WHERE $name IN n.aliasKeys OR $name = n.name OR $name IN n.aliases
MATCH path = (n)-[]-(other)
RETURN path
LIMIT 100;
