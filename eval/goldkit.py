"""Hand-written gold for a set of invented articles (eval/FORMAT.md), shared by the sets' make_gold.py scripts.

A script calls art(FILE) for each article, then E(...) for its entities and R(...) for its relations, and write(notes)
at the end, run from the set's folder. Every name and alias must occur in the article, every relation's evidence is the
sentence holding a given substring, and every relation's ends must be entities of the gold: a slip fails loudly.
"""
import json, re
from collections import Counter

ents = []; rels = []; cur = None; text = ''
I = 'implied'; G = 'gazetteer'; N = 'name'   # attrs.basis of a LOCATED_IN / MEMBER_OF


def art(f):
    """The article the entities and relations after this call come from."""
    global cur, text
    cur = f; text = open(f).read()


def E(id, t, name, aliases=(), **attrs):
    assert name in text or any(a in text for a in aliases), (cur, name)
    for a in aliases: assert a in text, (cur, a)
    e = {"id": id, "type": t, "name": name, "aliases": list(aliases), "files": [cur]}
    if attrs: e["attrs"] = attrs
    ents.append(e)


def also(id):
    """An entity of an earlier article (one per real-world thing across the set) is also named in the current one."""
    e = next(e for e in ents if e['id'] == id)
    assert e['name'] in text or any(a in text for a in e['aliases']), (cur, e['name'])
    if cur not in e['files']: e['files'].append(cur)


def sent(sub):
    """The sentence (or line) of the current article that holds sub."""
    for s in re.split(r'(?<=[。！？])|\n', text):
        if sub in s: return s.strip()
    raise Exception((cur, sub))


def R(t, a, b, ev, **attrs):
    r = {"type": t, "from": a, "to": b, "file": cur, "evidence": sent(ev)}
    if attrs: r["attrs"] = attrs
    rels.append(r)


def write(notes):
    """Checks ids and relation ends, writes gold.json and prints the counts."""
    ids = {e['id'] for e in ents}; assert len(ids) == len(ents)
    for r in rels: assert r['from'] in ids and r['to'] in ids, r
    g = {"schema_version": 1, "notes": notes, "entities": ents, "relations": rels}
    json.dump(g, open('gold.json', 'w'), ensure_ascii=False, indent=1)
    print(len(ents), len(rels), Counter(e['type'] for e in ents), Counter(r['type'] for r in rels))
