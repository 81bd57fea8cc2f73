#!/usr/bin/env python3
"""Regenerates cypher/guide/graph-guide.html (a Neo4j Browser :play guide) from cypher/browser/*.cypher."""
import html
from pathlib import Path

root = Path(__file__).resolve().parents[2] / "cypher"
slides = [
    ("find-entity", "Find an entity by any name", "Every entity's name and aliases are in the <code>entity_names</code> fulltext index (CJK analyzer), so a fragment such as 华为 finds 华为技术有限公司."),
    ("suppliers-of", "Suppliers of a company", "Set the company (any alias works), then run the query: supplier, product, share, the evidence sentences and the source documents."),
    ("customers-of", "Customers of a company, as a graph", "Click a SUPPLIES relationship to read its <code>evidence</code> (JSON, one entry per sentence) and <code>sources</code> (document ids)."),
    ("neighbourhood", "Everything around one entity", "All relationships of one entity, including MENTIONED_IN links to the articles that name it."),
    ("document-facts", "What one article contributed", "The entities an article mentions and the relationships it is a source of: what <code>retract</code> would shrink or remove."),
]


def parts(name):
    lines = (root / "browser" / f"{name}.cypher").read_text(encoding="utf8").splitlines()
    param = next(l for l in lines if l.startswith(":param"))
    query = "\n".join(l for l in lines if not l.startswith("//") and not l.startswith(":")).strip()
    return param, query


out = ['<article class="guide">', '  <carousel class="deck container-fluid">',
       '    <slide class="row-fluid">', '      <div class="col-sm-12">',
       '        <h3>Graph: industry news as a knowledge graph</h3>',
       '        <p>Nodes carry <code>name</code>, <code>aliases</code> and <code>aliasKeys</code> (normalised names); relationships carry <code>evidence</code> and <code>sources</code>. Each slide sets a parameter, then runs one canned question. Click a block to put it in the editor, then run it.</p>',
       '        <p>Apply the style: drag <code>cypher/style.grass</code> onto Browser. The same queries are in <code>cypher/browser/</code> for Favorites.</p>',
       '      </div>', '    </slide>']
for name, title, text in slides:
    param, query = parts(name)
    out += ['    <slide class="row-fluid">', '      <div class="col-sm-12">', f'        <h3>{html.escape(title)}</h3>', f'        <p>{text}</p>',
            f'        <pre mode="cypher" class="pre-scrollable code runnable">{html.escape(param)}</pre>',
            f'        <pre mode="cypher" class="pre-scrollable code runnable">{html.escape(query)}</pre>',
            '      </div>', '    </slide>']
out += ['  </carousel>', '</article>']
(root / "guide" / "graph-guide.html").write_text("\n".join(out) + "\n", encoding="utf8")
