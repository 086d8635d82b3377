#!/usr/bin/env bash
# Store benchmarks (issue 7): ingest throughput and `slant outlets` over 100,000 articles.
# Usage: scripts/bench-store.sh [path/to/slant]   (default .build/release/slant)
# Needs ../shared/data/bench (not in the repository); works in a temporary directory.
set -euo pipefail
SLANT=${1:-.build/release/slant}
SHARED=${SHARED:-../shared/data}
BENCH=$SHARED/bench/news-10mb.txt
MANIFEST=$SHARED/bench/MANIFEST-news-10mb.tsv
if [ ! -f "$BENCH" ]; then echo "bench-store: $BENCH is absent; skipping the store benchmarks" >&2; exit 0; fi
WORK=${TMPDIR:-/tmp}/slant-bench-store
rm -rf "$WORK"; mkdir -p "$WORK"

# news-10mb.txt: one paragraph a line, articles separated by blank lines; the manifest gives
# each article's outlet in order. One JSON Lines record per article.
python3 - "$BENCH" "$MANIFEST" "$WORK/news.jsonl" <<'PY'
import json, sys
text, manifest, out = sys.argv[1:]
outlets = [line.split('\t')[1] for line in open(manifest, encoding='utf-8').read().splitlines()[1:]]
articles = [a.strip('\n') for a in open(text, encoding='utf-8').read().split('\n\n') if a.strip()]
with open(out, 'w', encoding='utf-8') as f:
    for i, body in enumerate(articles):
        outlet = outlets[i] if i < len(outlets) else 'unknown'
        f.write(json.dumps({'outlet': outlet, 'url': f'https://example.org/{i}', 'text': body}, ensure_ascii=False) + '\n')
print(f'bench-store: {len(articles)} articles, {sum(len(a.encode()) for a in articles)/1e6:.1f} MB of text', file=sys.stderr)
PY
BYTES=$(python3 -c "import json,sys;print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$WORK/news.jsonl")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== ingest news-10mb as JSON Lines, --jobs 2 (fresh database each run, median of 3)"
# Wall time is what a user waits; CPU time (user + sys) shows what the work costs when the
# shared machine is busy (wall / CPU on 2 cores approaches 0.5 when it is idle).
times=(); cpus=()
for run in 1 2 3; do
  rm -f "$WORK"/ingest.db*
  # The input just written and the last run's database are still being written back to disk;
  # flush them first, so the run is timed on its own work.
  sync
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$SLANT" ingest "$WORK/news.jsonl" --db "$WORK/ingest.db" --jobs 2 2>"$WORK/ingest.log"
  read -r wall user sys < "$WORK/time.txt"
  times+=("$wall"); cpus+=("$(echo "$user + $sys" | bc -l)")
done
t=$(printf '%s\n' "${times[@]}" | median)
c=$(printf '%s\n' "${cpus[@]}" | median)
printf 'ingest: %.1f MB of article text in %.2f s wall = %.1f MB/s (target >= 20 MB/s); CPU %.2f s = %.1f MB per CPU-second\n' \
  "$(echo "$BYTES/1000000" | bc -l)" "$t" "$(echo "$BYTES/1000000/$t" | bc -l)" "$c" "$(echo "$BYTES/1000000/$c" | bc -l)"
tail -1 "$WORK/ingest.log"
uptime

echo "== re-ingest the same file (idempotent: everything already stored)"
start=$(date +%s.%N); "$SLANT" ingest "$WORK/news.jsonl" --db "$WORK/ingest.db" --jobs 2 2>&1 | tail -1; end=$(date +%s.%N)
printf 'rerun: %.2f s\n' "$(echo "$end - $start" | bc -l)"

echo "== slant outlets over 100,000 articles (synthetic: the ingested articles copied under 50 outlets)"
cp "$WORK/ingest.db" "$WORK/big.db"
sqlite3 "$WORK/big.db" >/dev/null <<'SQL'
PRAGMA journal_mode = WAL;
BEGIN;
INSERT OR IGNORE INTO outlets(name) SELECT 'outlet-' || printf('%02d', value) FROM generate_series(0, 49);
CREATE TEMP TABLE copies AS SELECT value AS k FROM generate_series(1, 60);
CREATE TEMP TABLE base AS SELECT * FROM articles;
CREATE TEMP TABLE basehits AS SELECT * FROM loaded_hits;
CREATE TEMP TABLE basesources AS SELECT * FROM sources;
INSERT INTO articles (outlet_id, lexicon_version_id, content_hash, text_sha256, url, date, month, title, author, provenance,
  extra, origin, text, sentences, words, outlet_voice_words, quoted_words, factual, attributed, editorial,
  loaded_outlet_voice, loaded_score, loaded_quoted, headline_words, headline_loaded, body_words, body_loaded, wire,
  wire_evidence, simhash, band0, band1, band2, band3, duplicate_of)
SELECT (SELECT id FROM outlets WHERE name = 'outlet-' || printf('%02d', (b.id * 7 + c.k) % 50)), b.lexicon_version_id,
  b.content_hash || '-' || c.k, b.text_sha256, b.url, printf('2020-%02d-01', 1 + (b.id + c.k) % 12), printf('2020-%02d', 1 + (b.id + c.k) % 12),
  b.title, b.author, b.provenance, b.extra, 'copy-of:' || b.id, '', b.sentences, b.words, b.outlet_voice_words, b.quoted_words,
  b.factual, b.attributed, b.editorial, b.loaded_outlet_voice, b.loaded_score, b.loaded_quoted, b.headline_words,
  b.headline_loaded, b.body_words, b.body_loaded, NULL, NULL, b.simhash, b.band0, b.band1, b.band2, b.band3, NULL
FROM base b, copies c;
COMMIT;
SQL
# Copy hits and sources for the new articles so the top-terms and who-is-quoted queries see 100k articles' worth.
sqlite3 "$WORK/big.db" <<'SQL'
BEGIN;
CREATE TEMP TABLE map AS SELECT id AS new_id, CAST(substr(origin, 9) AS INTEGER) AS old_id FROM articles WHERE origin LIKE 'copy-of:%';
INSERT INTO loaded_hits (sentence_id, article_id, start, "end", text, term, category, weight, score, in_quote, speaker, target, lexicon, steps)
SELECT h.sentence_id, m.new_id, h.start, h."end", h.text, h.term, h.category, h.weight, h.score, h.in_quote, h.speaker, h.target, h.lexicon, h.steps
FROM map m JOIN loaded_hits h ON h.article_id = m.old_id;
INSERT INTO sources (sentence_id, article_id, start, "end", text, kind, resolved)
SELECT -(m.new_id * 100000 + s.id % 100000), m.new_id, s.start, s."end", s.text, s.kind, s.resolved
FROM map m JOIN sources s ON s.article_id = m.old_id;
COMMIT;
SQL
echo "articles: $(sqlite3 "$WORK/big.db" 'SELECT COUNT(*) FROM articles')"
times=(); cpus=()
for run in 1 2 3; do
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$SLANT" outlets --db "$WORK/big.db" --format json >"$WORK/outlets.json"
  read -r wall user sys < "$WORK/time.txt"
  times+=("$wall"); cpus+=("$(echo "$user + $sys" | bc -l)")
done
printf 'outlets: %.2f s wall, %.2f s CPU for %s articles (median of 3; target < 2 s)\n' "$(printf '%s\n' "${times[@]}" | median)" \
  "$(printf '%s\n' "${cpus[@]}" | median)" "$(sqlite3 "$WORK/big.db" 'SELECT COUNT(*) FROM articles')"
uptime
