#!/usr/bin/env bash
# Validity check for the per-outlet figures (issue 7): ingest the AllSides-labelled articles and
# the PolNeAR training articles, then print each outlet's figures beside the AllSides and MBFC
# labels, and check wire detection against PolNeAR's `wire` column.
# Usage: scripts/validity.sh [path/to/slant]   (default .build/release/slant)
set -euo pipefail
SLANT=${1:-.build/release/slant}
SHARED=${SHARED:-../shared/data}
ALLSIDES=$SHARED/outlets/allsides-articles/media-valid.jsonl
POLNEAR=$SHARED/attribution/polnear
MBFC=$SHARED/outlets/mbfc-news-media-reliability
if [ ! -f "$ALLSIDES" ] || [ ! -d "$POLNEAR/train" ]; then
  echo "validity: $SHARED is absent; skipping the outlet validity check" >&2; exit 0
fi
WORK=${TMPDIR:-/tmp}/slant-validity
mkdir -p "$WORK"
rm -f "$WORK"/allsides.db* "$WORK"/polnear.db*

# ingest ARGS...: slant ingest, its summary line and any records it could not read (status 2:
# those are reported and the rest stored, so the check goes on); any other failure stops.
ingest() {
  local rc=0
  "$SLANT" ingest "$@" > "$WORK/ingest.log" 2>&1 || rc=$?
  { grep -v '^ingested ' "$WORK/ingest.log" || true; } | head -5 >&2
  grep '^ingested ' "$WORK/ingest.log" >&2 || true
  if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then echo "validity: slant ingest failed (status $rc)" >&2; exit $rc; fi
}
echo "== slant ingest $ALLSIDES (outlet: the URL's registrable domain)" >&2
ingest "$ALLSIDES" --db "$WORK/allsides.db"
echo "== slant ingest $POLNEAR/train/text --metadata $POLNEAR/metadata.tsv" >&2
ingest "$POLNEAR/train/text" --metadata "$POLNEAR/metadata.tsv" --db "$WORK/polnear.db"
"$SLANT" outlets --db "$WORK/allsides.db" --format json > "$WORK/allsides.json"
"$SLANT" outlets --db "$WORK/polnear.db" --format json > "$WORK/polnear.json"
"$SLANT" outlets --db "$WORK/polnear.db" --format json --scope syndicated > "$WORK/polnear-syndicated.json"

python3 - "$WORK" "$ALLSIDES" "$MBFC" <<'PY'
import collections, json, sqlite3, sys
from urllib.parse import urlparse
work, allsides_path, mbfc_dir = sys.argv[1:]

# MBFC labels by domain (acl2020 first, emnlp18 where acl2020 has none).
mbfc = {}
for name in ('emnlp18', 'acl2020'):
    lines = open(f'{mbfc_dir}/{name}/corpus.tsv', encoding='utf-8').read().splitlines()
    header = lines[0].split('\t')
    for line in lines[1:]:
        row = dict(zip(header, line.split('\t')))
        mbfc[row['source_url_normalized'].lower()] = (row['bias'], row['fact'])

# AllSides labels: the records' own labels, by the domain slant uses as the outlet.
def domain(url):
    host = urlparse(url).netloc.lower().split(':')[0]
    parts = host.split('.')
    return '.'.join(parts[-2:]) if len(parts) >= 2 else host
allsides = collections.defaultdict(collections.Counter)
for line in open(allsides_path, encoding='utf-8'):
    r = json.loads(line)
    allsides[domain(r['url'])][r['bias_text']] += 1
def allsides_label(outlet):
    c = allsides.get(outlet)
    if not c: return '-'
    total = sum(c.values())
    return ' '.join(f'{k} {100*v//total}%' for k, v in c.most_common())

# PolNeAR publishers and their domains (for MBFC).
polnear_domains = {'breitbart': 'breitbart.com', 'huff-post': 'huffingtonpost.com', 'nyt': 'nytimes.com',
                   'politico': 'politico.com', 'usa-today': 'usatoday.com', 'wash-post': 'washingtonpost.com',
                   'west-journal': 'westernjournal.com'}

# slant outlets writes null for a figure with nothing to divide by (all wire copy, no words).
def pct(x): return '-' if x is None else f'{100*x:.1f}'
def ci(i): return '-' if i is None else f'{100*i[0]:.1f}-{100*i[1]:.1f}'
def dens(x): return '-' if x is None else f'{x:.2f}'
def row(f, label_domain, allsides_text):
    bias, fact = mbfc.get(label_domain, ('-', '-'))
    s, c = f['share'], f['share_ci95']
    return (f"{f['outlet']:<22} {f['articles']:>5} {pct(s['FACTUAL']):>5} ({ci(c['FACTUAL']):>11}) {pct(s['ATTRIBUTED']):>5} ({ci(c['ATTRIBUTED']):>11}) "
            f"{pct(s['EDITORIAL']):>5} ({ci(c['EDITORIAL']):>11}) {dens(f['loaded_per_1k_words']):>6} ({'-' if f['loaded_per_1k_words_ci95'] is None else dens(f['loaded_per_1k_words_ci95'][0]) + '-' + dens(f['loaded_per_1k_words_ci95'][1])})"
            f"{'  *few' if f['too_few_articles'] else '      '}  {allsides_text:<24} {bias:<13} {fact}")
header = (f"{'outlet':<22} {'n':>5} {'FACT%':>5} {'(95% CI)':>13} {'ATTR%':>5} {'(95% CI)':>13} {'EDIT%':>5} {'(95% CI)':>13} "
          f"{'loaded/1k (95% CI)':>19}        {'AllSides (articles)':<24} {'MBFC bias':<13} MBFC fact")

print('\n## AllSides-labelled articles (media-valid.jsonl), own reporting')
print(header)
for f in json.load(open(f'{work}/allsides.json')):
    print(row(f, f['outlet'], allsides_label(f['outlet'])))
print('\n## PolNeAR train (7 publishers), own reporting (wire copy counted apart)')
print(header)
for f in json.load(open(f'{work}/polnear.json')):
    d = polnear_domains.get(f['outlet'], f['outlet'])
    print(row(f, d, allsides_label(d)) + f"   wire {f['wire_articles']}, dup {f['near_duplicate_articles']}")

# Wire detection against PolNeAR's `wire` column (None/NA = not wire).
db = sqlite3.connect(f'{work}/polnear.db')
rows = db.execute("SELECT wire, wire_evidence, json_extract(extra, '$.wire') FROM articles").fetchall()
def truth(v): return v not in (None, '', 'None', 'NA')
for name, use in (('any evidence (author field or dateline)', lambda e: True), ('dateline in the text only', lambda e: e and e.startswith('dateline'))):
    tp = sum(1 for w, e, t in rows if w and use(e) and truth(t))
    fp = sum(1 for w, e, t in rows if w and use(e) and not truth(t))
    fn = sum(1 for w, e, t in rows if not (w and use(e)) and truth(t))
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    print(f'\nwire detection vs PolNeAR wire column, {name}: {tp} true, {fp} false, {fn} missed; precision {p:.2f}, recall {r:.2f}')
PY
cat <<'NOTE'

What this shows: each outlet's claim mix and outlet-voice loaded density with 95% intervals
(bootstrap over articles), beside other people's outlet-level ratings. What it does not show:
AllSides and MBFC rate political lean and factual reliability of whole outlets; they are not
labels of these articles, and neither lean nor reliability is the same thing as an editorial
share or loaded-word density. The samples are not matched by topic or period (AllSides: mostly
NYT news 2012-2020; PolNeAR: 2016 campaign coverage), so differences between outlets mix
style with subject matter. Outlets marked *few have too few articles for a stable figure.
NOTE
