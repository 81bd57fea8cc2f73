import json, sys, os, subprocess, unicodedata, collections, tempfile, shutil, atexit
from concurrent.futures import ThreadPoolExecutor
tsv, build, out = sys.argv[1], sys.argv[2], sys.argv[3]
# --alone: each row is extracted by a process of its own (as the worker meets an article: nothing else in the batch),
# instead of all rows in one batch (where a short name one row uses can be resolved, or made ambiguous, by another row).
alone = '--alone' in sys.argv
rows = [l.rstrip('\n').split('\t') for l in open(tsv, encoding='utf-8') if l.strip() and not l.startswith('#')]
# A folder of its own per run: several engineers (and same-output.sh) score at once.
d = tempfile.mkdtemp(prefix='phrasing-review-')
atexit.register(shutil.rmtree, d, ignore_errors=True)
for i, (t, s, e) in enumerate(rows):
    folder = f'{d}/r{i:03d}' if alone else d
    os.makedirs(folder, exist_ok=True)
    open(f'{folder}/r{i:03d}.txt', 'w', encoding='utf-8').write('测试标题\n\n' + s + '\n')
def extract(folder, target):
    # The built program itself (no `dotnet run` per row): build it first with `dotnet build -c Release src/Ingest`.
    subprocess.run(['dotnet', f'{build}/src/Ingest/bin/Release/net10.0/Graph.Ingest.dll', 'extract', folder, '--out', target],
                   check=True, stdout=subprocess.DEVNULL)
if build and not alone:
    extract(d, out)
elif build:
    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        list(pool.map(lambda i: extract(f'{d}/r{i:03d}', f'{d}/r{i:03d}.json'), range(len(rows))))
    parts = [json.load(open(f'{d}/r{i:03d}.json', encoding='utf-8')) for i in range(len(rows))]
    json.dump({'entities': [x for p in parts for x in p['entities']], 'relations': [r for p in parts for r in p['relations']]},
              open(out, 'w', encoding='utf-8'), ensure_ascii=False)
j = json.load(open(out, encoding='utf-8'))
N = lambda s: unicodedata.normalize('NFKC', s).replace(' ', '')
ents = collections.defaultdict(list)
kinds = {x['id']: x.get('type') for x in j['entities']}
for x in j['entities']:
    ents[x['id']] += [N(x['name'])] + [N(a) for a in x.get('aliases', [])]
byfile = collections.defaultdict(list)
for r in j['relations']:
    byfile[r['file']].append(r)
def m(eid, want):
    forms = ents.get(eid, [])
    w = N(want)
    return any(f == w for f in forms) or any(w in f for f in forms)
stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # pos found, pos total, neg violated, neg total
# precision: of the edges of the row's type made in the row's passage, those that are one of its positive facts
made = collections.defaultdict(lambda: [0, 0])  # correct edges, all edges
verbose = '-v' in sys.argv
for i, (t, s, e) in enumerate(rows):
    rels = [r for r in byfile[f'r{i:03d}.txt'] if r['type'] == t]
    miss = []
    pos = [f.split('>') for f in e.split('|') if not f.startswith('!')]
    # (a district in its city is no edge the row is about)
    edges = {(r['from'], r['to']) for r in rels if kinds.get(r['from']) != 'District'}
    made[t][1] += len(edges)
    made[t][0] += sum(any(m(a_, x) and m(b_, y) for x, y in pos) for a_, b_ in edges)
    for fact in e.split('|'):
        neg = fact.startswith('!')
        a, b = fact.lstrip('!').split('>')
        hit = any(m(r['from'], a) and m(r['to'], b) for r in rels)
        st = stats[t]
        if neg:
            st[3] += 1; st[2] += hit
            if hit: miss.append('FP ' + fact)
        else:
            st[1] += 1; st[0] += hit
            if not hit: miss.append('MISS ' + fact)
    if miss and verbose:
        got = [(ents[r['from']][0], ents[r['to']][0]) for r in rels]
        print(f'{t}\t{s}\t{"; ".join(miss)}\tgot={got}')
for t, (f, n, v, nn) in sorted(stats.items()):
    c, a = made[t]
    prec = f'{c/a:.2f} ({c}/{a})' if a else '- (0/0)'
    print(f'{t:15} pos {f}/{n} = {f/n:.2f}   neg violated {v}/{nn}   precision {prec}')
