#!/bin/bash
# Fingerprints of a slant binary's outputs, for speed work that must not change a byte:
# md5 of `slant classify` over news-1mb's sentences, of `slant score --format json` over the
# sample articles and ten PolNeAR dev texts, and of `slant eval attribution` on PolNeAR dev.
# Run it with the binary before and after a change; the three lines must be the same.
# usage: scripts/dev/same-output.sh BINARY   (SHARED defaults to ../shared/data)
set -euo pipefail
B=$1
SHARED=${SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data}
SENTS=${TMPDIR:-/tmp}/slant-same-output-sentences.txt
[ -f "$SENTS" ] || "$B" split "$SHARED/bench/news-1mb.txt" --format jsonl |
  python3 -c "import sys,json;[print(json.loads(l)['text'].replace(chr(10),' ')) for l in sys.stdin]" > "$SENTS"
echo "classify $("$B" classify "$SENTS" --format jsonl | md5sum)"
for f in "$SHARED"/articles/* $(ls "$SHARED"/attribution/polnear/dev/text/* | head -10); do
  "$B" score "$f" --format json 2>&1
done | md5sum | sed 's/^/score /'
"$B" eval attribution --gold "$SHARED/attribution/polnear/dev" --format row 2>&1 | md5sum | sed 's/^/eval /'
