// Any name or alias, even a fragment, through the CJK fulltext index over names and aliases.
:param text => '华为'

CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20;
