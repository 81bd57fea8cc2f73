#!/usr/bin/env python3
"""Regenerates cypher/guide/graph-guide.html (a Neo4j Browser :play guide) from cypher/browser/*.cypher."""
import html
from pathlib import Path

root = Path(__file__).resolve().parents[2] / "cypher"
slides = [
    ("search", "Find an entity by any name", "Any alias or part of a name: exact names first, then prefixes, then names that contain it."),
    ("suppliers-of", "Suppliers of a company", "Set the company (any alias works), then run the query: supplier, product, share, the evidence sentences and the source documents."),
    ("customers-of", "Customers of a company", "Whom a company supplies, with product, share and evidence."),
    ("supply-chain", "A company's supply chain", "Suppliers of suppliers (<code>up</code> tiers) and customers of customers (<code>down</code> tiers), each with its path."),
    ("cluster-members", "Members of a cluster", "Members of a cluster and its sub-clusters, stated or implied, with evidence."),
    ("enterprises-in", "Enterprises in a district", "Every enterprise in a district, its towns, streets, zones and parks."),
    ("investments-in", "Investments in a district", "Projects and investments in a district's tree (or of a company), largest first."),
    ("officials-of", "Officials of a body or district", "Officials with their titles; for a district, also those of the bodies located in it."),
    ("profile", "Everything about one entity", "Names, attributes and every relationship with its evidence and document."),
    ("peers", "Peers of a company", "Firms supplying the same customers or in the same clusters, ranked by what they share."),
    ("chain-gaps", "Missing links of a local chain", "链式招商: what a cluster's or district's firms buy from outside, sell outside, or what outsiders supply to their customers."),
    ("path", "How two entities connect", "Shortest paths of at most 4 hops, every edge with its evidence."),
    ("timeline", "What happened, when", "Events a company, official or body took part in, or that happened in a district and beneath it, by date, with participants, roles and evidence; set <code>from</code>/<code>to</code> to bound the dates."),
    ("document-facts", "What one article contributed", "The entities an article mentions and the relationships it is a source of: what <code>retract</code> would shrink or remove."),
]


def parts(name):
    lines = (root / "browser" / f"{name}.cypher").read_text(encoding="utf8").splitlines()
    param = "\n".join(l for l in lines if l.startswith(":param"))
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
