// Entities by any alias or part of a name, ranked: exact name, then prefix, then contains; shorter names first.
// Browser: drag this file into Favorites; on the :param line, replace the placeholder '名称片段' with a name or part of
// one (any alias the articles use), then run.
:param text => '名称片段';

MATCH (n)
WHERE any(k IN coalesce(n.aliasKeys, []) WHERE k CONTAINS $text)
WITH n, [k IN n.aliasKeys WHERE k CONTAINS $text] AS keys
WITH n, CASE WHEN $text IN keys THEN 0 WHEN any(k IN keys WHERE k STARTS WITH $text) THEN 1 ELSE 2 END AS rank,
     reduce(shortest = 1000000, k IN keys | CASE WHEN size(k) < shortest THEN size(k) ELSE shortest END) AS size
RETURN n.name AS name, labels(n)[0] AS label,
       CASE rank WHEN 0 THEN 'exact' WHEN 1 THEN 'prefix' ELSE 'contains' END AS matched,
       reduce(s = '', a IN coalesce(n.aliases, []) | s + CASE WHEN s = '' THEN '' ELSE '、' END + a) AS aliases,
       coalesce(n.evidence, [])[0..1] AS evidence
ORDER BY rank, size, n.id
LIMIT 100;
