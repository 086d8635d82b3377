#!/bin/bash
# Instruction count of the loaded-language scorer alone (`LoadedLanguageScorer.score`, with all
# it calls: the walk, lookups, explanations, targets) over a text, from `slant lexicon bench`,
# with callgrind (exact on a shared machine). With `--runs 1` the bench scores each sentence
# three times: the score pass over tokens made beforehand, the in-place pass (each sentence
# scored right after it is tokenized) and the whole pipeline (`analyze-ms`).
# usage: scripts/dev/callgrind-score.sh BINARY TEXT OUT   (e.g. the first 200 KB of news-1mb)
# Then: callgrind_annotate --inclusive=yes OUT | head -40
set -euo pipefail
B=$1; T=$2; O=$3
strip --strip-debug "$B" -o "$B-s"
# The scorer's body: the variant with the matcher lent by the caller, which the analyzer and
# the bench (through `score(..., matchers:)`) both call. The plain `score(source:tokens:...)`
# calls it too.
SCORE=$(nm "$B-s" | grep -o '$s9SlantCore20LoadedLanguageScorerV5score6source6tokens7inQuote11scareQuotes7matcher[A-Za-z0-9_]*tF$' | sort -u | head -1)
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$O" \
  --toggle-collect="$SCORE" \
  "$B-s" lexicon bench "$T" --runs 1 --entries 0 2>&1 | grep -E "I\s+refs|score-ms|score-in-place-ms|bench-input"
