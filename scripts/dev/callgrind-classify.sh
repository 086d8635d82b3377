#!/bin/bash
# Instruction count of classification alone (the sentence context and the classifier) over a
# text, from `slant lexicon bench`, with callgrind (exact on a shared machine).
# usage: scripts/dev/callgrind-classify.sh BINARY TEXT OUT   (e.g. the first 200 KB of news-1mb)
set -euo pipefail
B=$1; T=$2; O=$3
strip --strip-debug "$B" -o "$B-s"
# The classifier's entry point: its specialised copy when the compiler made one (the plain
# symbol is then a thunk that calls it; toggling both would switch collection off inside),
# else the plain symbol, which then holds the whole body.
CLASSIFY=$(nm "$B-s" | grep -o '$s9SlantCore15ClaimClassifierV8classify_8speakers[A-Za-z0-9_]*' | sort -u | sort -r | head -1)
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$O" \
  --toggle-collect='*15SentenceContextV6source8sentence*' --toggle-collect="$CLASSIFY" \
  "$B-s" lexicon bench "$T" --runs 1 2>&1 | grep -E "I\s+refs|classify-ms"
