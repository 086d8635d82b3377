#!/bin/bash
# Instruction counts of one ingest (callgrind, `--jobs 1`, exact on a shared machine where wall
# time is noise): prints the total and the ingest's main parts, inclusive.
# usage: scripts/dev/callgrind-ingest.sh BINARY INPUT.jsonl NAME   (writes /tmp/cgi-NAME.*)
# The SHA-256 of article texts takes a slow portable path under valgrind only: ignore its share.
set -euo pipefail
B=$1; IN=$2; N=$3
strip -g "$B" -o "/tmp/cgi-$N"
rm -f "/tmp/cgi-$N.db"*
valgrind --tool=callgrind --callgrind-out-file="/tmp/cgi-$N.out" "/tmp/cgi-$N" ingest "$IN" \
  --db "/tmp/cgi-$N.db" --jobs 1 >/dev/null 2>"/tmp/cgi-$N.err"
callgrind_annotate --inclusive=yes "/tmp/cgi-$N.out" 2>/dev/null |
  grep -E "PROGRAM TOTALS|PreparedArticleV6outlet|AnalyzerV7analyze|cuesJSON|simhash|Store.*write" | head -12 | cut -c1-160
