import json, sys, os, subprocess, unicodedata, collections
tsv, build, out = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [l.rstrip('\n').split('\t') for l in open(tsv, encoding='utf-8') if l.strip() and not l.startswith('#')]
d = f'/tmp/phrasing-review-docs'
os.makedirs(d, exist_ok=True)
for f in os.listdir(d): os.remove(os.path.join(d, f))
for i, (t, s, e) in enumerate(rows):
    open(f'{d}/r{i:03d}.txt', 'w', encoding='utf-8').write('测试标题\n\n' + s + '\n')
if build:
    subprocess.run(['dotnet', 'run', '-c', 'Release', '--no-build', '--project', f'{build}/src/Ingest', '--', 'extract', d, '--out', out], check=True, stdout=subprocess.DEVNULL)
j = json.load(open(out, encoding='utf-8'))
N = lambda s: unicodedata.normalize('NFKC', s).replace(' ', '')
ents = {x['id']: [N(x['name'])] + [N(a) for a in x.get('aliases', [])] for x in j['entities']}
byfile = collections.defaultdict(list)
for r in j['relations']:
    byfile[r['file']].append(r)
def m(eid, want):
    forms = ents.get(eid, [])
    w = N(want)
    return any(f == w for f in forms) or any(w in f for f in forms)
stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # pos found, pos total, neg violated, neg total
verbose = '-v' in sys.argv
for i, (t, s, e) in enumerate(rows):
    rels = [r for r in byfile[f'r{i:03d}.txt'] if r['type'] == t]
    miss = []
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
    print(f'{t:15} pos {f}/{n} = {f/n:.2f}   neg violated {v}/{nn}')
