#!/usr/bin/env python3
"""Pronoun sources to label by hand, for measuring how "he"/"she"/"they" are resolved.

Not part of `make eval` (no licensed gold exists for it). Splits news-10mb.txt into its
articles (blank-line separated), scores articles START..END with `slant score --format json`,
and samples N of the he/she/they sources, writing for each its article (SET/aART.txt), the six
sentences before it and its sentence with the pronoun marked [[he]] (SET.txt), and the cases
(SET.cases.json). Label them in SET.gold.tsv (ID, antecedent as written, one key word such as
the surname, sure/likely/unclear; UNNAMED when the article never names the referent) and run
pronoun_score.py. The texts are third-party: keep the sets and labels out of the repository.

  python3 scripts/dev/pronoun_cases.py --text ../shared/data/bench/news-10mb.txt --out /tmp/coref dev 0 170 130 1
"""
import argparse, json, os, random, subprocess

ap = argparse.ArgumentParser()
ap.add_argument('--text', required=True)
ap.add_argument('--out', required=True)
ap.add_argument('--slant', default='.build/release/slant')
ap.add_argument('name'); ap.add_argument('start', type=int); ap.add_argument('end', type=int)
ap.add_argument('n', type=int); ap.add_argument('seed', type=int)
a = ap.parse_args()
arts = [t for t in open(a.text, encoding='utf-8').read().split('\n\n') if t.strip()]
os.makedirs(os.path.join(a.out, a.name), exist_ok=True)
cases = []
for i in range(a.start, min(a.end, len(arts))):
    path = os.path.join(a.out, a.name, f'a{i}.txt')
    open(path, 'w', encoding='utf-8').write(arts[i])
    ss = json.loads(subprocess.run([a.slant, 'score', path, '--format', 'json'], capture_output=True, text=True).stdout)['sentences']
    for j, s in enumerate(ss):
        src = s.get('source')
        if src and src.get('kind') == 'pronoun' and src['text'].lower() in ('he', 'she', 'they') \
                and s['start'] <= src['start'] and src['end'] <= s['end']:
            x, y = src['start'] - s['start'], src['end'] - s['start']
            cases.append(dict(id=f'{a.name}-{i}-{j}', art=i, sent=j, start=src['start'], pronoun=src['text'],
                              ctx=[t['text'] for t in ss[max(0, j - 6):j]],
                              target=s['text'][:x] + '[[' + s['text'][x:y] + ']]' + s['text'][y:]))
random.seed(a.seed)
sample = sorted(random.sample(cases, min(a.n, len(cases))), key=lambda c: (c['art'], c['sent']))
json.dump(sample, open(os.path.join(a.out, f'{a.name}.cases.json'), 'w'), indent=1)
with open(os.path.join(a.out, f'{a.name}.txt'), 'w', encoding='utf-8') as f:
    for c in sample:
        f.write(f"=== {c['id']}\n" + ''.join('   ' + t + '\n' for t in c['ctx']) + '>> ' + c['target'] + '\n\n')
print(f'{len(cases)} pronoun sources, {len(sample)} sampled')
