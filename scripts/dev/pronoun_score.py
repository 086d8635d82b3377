#!/usr/bin/env python3
"""How many pronoun sources a binary resolves right, against the labels of pronoun_cases.py.

A resolution is right when it holds the label's key word (the surname), or is a description
the label's antecedent contains ("the president" for "President Donald Trump"). Prints
right, wrong and unresolved, and precision (right over resolved); -v lists the others.

  python3 scripts/dev/pronoun_score.py --dir /tmp/coref dev [.build/release/slant] [-v]
"""
import argparse, json, os, re, subprocess

ap = argparse.ArgumentParser()
ap.add_argument('--dir', required=True)
ap.add_argument('name'); ap.add_argument('slant', nargs='?', default='.build/release/slant')
ap.add_argument('-v', action='store_true')
a = ap.parse_args()
cases = json.load(open(os.path.join(a.dir, f'{a.name}.cases.json')))
gold = {}
for line in open(os.path.join(a.dir, f'{a.name}.gold.tsv'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    gold[f[0]] = (f[1], f[2].lower(), f[3])
cache, rows = {}, []
right = wrong = unresolved = gone = 0
for c in cases:
    if c['art'] not in cache:
        out = subprocess.run([a.slant, 'score', os.path.join(a.dir, a.name, f"a{c['art']}.txt"), '--format', 'json'],
                             capture_output=True, text=True).stdout
        cache[c['art']] = json.loads(out)['sentences']
    src = cache[c['art']][c['sent']].get('source') or {}
    antecedent, key, _ = gold[c['id']]
    if src.get('start') != c['start'] or src.get('kind') != 'pronoun':
        gone += 1; rows.append(('GONE', c['id'], key, src.get('text'))); continue
    res = src.get('resolved')
    if not res:
        unresolved += 1; rows.append(('UNRESOLVED', c['id'], key, src.get('note'))); continue
    low = res.lower().replace('’', "'")
    ok = key != '-' and (re.search(r'(?<!\w)' + re.escape(key) + r'(?!\w)', low) is not None or key in res.lower())
    bare = re.sub(r'^(the|a|an) ', '', res.lower())
    ok = ok or (len(bare) > 3 and bare in antecedent.lower())
    if ok: right += 1
    else: wrong += 1; rows.append(('WRONG', c['id'], key, res, src.get('note')))
print(f"{a.name}: {len(cases)} cases, right {right}, wrong {wrong}, unresolved {unresolved}, gone {gone}; "
      f"precision {right / max(1, right + wrong):.3f}, right of all {right / len(cases):.3f}")
if a.v:
    for r in rows: print('  ', r)
