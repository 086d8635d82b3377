#!/bin/bash
# Instruction count of classification alone (the sentence context and the classifier) over a
# text, from `slant lexicon bench`, with callgrind (exact on a shared machine).
# usage: scripts/dev/callgrind-classify.sh BINARY TEXT OUT   (e.g. the first 200 KB of news-1mb)
set -euo pipefail
B=$1; T=$2; O=$3
strip --strip-debug "$B" -o "$B-s"
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$O" \
  --toggle-collect='*15SentenceContextV6source8sentence*' --toggle-collect='*15ClaimClassifierV8classify_8speakers*Tf4nxn_n' \
  "$B-s" lexicon bench "$T" --runs 1 2>&1 | grep -E "I\s+refs|classify-ms"
