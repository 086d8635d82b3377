#!/usr/bin/env bash
# Speed and memory of Slant's commands on real news text (../shared/data/bench), as a small table.
# Each row: the median MB/s of RUNS runs and the peak resident memory of the largest run.
# To add a stage, add a `row` line at the end (see the split rows).
#
#   scripts/bench.sh                 # all rows
#   RUNS=7 scripts/bench.sh          # more runs per row
#   BENCH_STREAM=0 scripts/bench.sh  # skip the 1 GB streaming row
set -euo pipefail
cd "$(dirname "$0")/.."
SLANT=${SLANT:-.build/release/slant}
SHARED=${SHARED:-../shared/data}
RUNS=${RUNS:-5}
NEWS="$SHARED/bench/news-10mb.txt"

if [ ! -f "$NEWS" ]; then
  echo "bench: $NEWS is absent (../shared/data is not part of a fresh clone); nothing to measure."
  exit 0
fi
if [ ! -x "$SLANT" ]; then
  echo "bench: $SLANT is not built; run 'make release' first." >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time (GNU time) is missing; install it with 'apt-get install -y time'." >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Wall time in seconds (nanosecond clock) and peak RSS in KB of one run of "$@" on stdin $1.
run_once() {
  local input=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$tmp/rss" "$@" < "$input" > /dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$tmp/rss")"
}

# Median over RUNS runs: prints "median_seconds max_rss_kb".
measure() {
  local input=$1; shift
  local i
  : > "$tmp/runs"
  for ((i = 0; i < RUNS; i++)); do run_once "$input" "$@" >> "$tmp/runs"; done
  sort -n "$tmp/runs" | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.6f %d\n", t[int((NR + 1) / 2)] / 1e6, m }'
}

printf '%-8s %-34s %-22s %10s %10s %10s\n' stage command input "MB/s" "MB/s net" "peak RSS"
echo "Start-up." > "$tmp/tiny.txt"
startup=$(measure "$tmp/tiny.txt" "$SLANT" split -)
startup_s=${startup% *}

# One table row: STAGE LABEL INPUT_FILE INPUT_LABEL COMMAND... (the command reads stdin).
# "MB/s net" leaves out the start-up time of a one-sentence run (loading the binary and lexicons).
row() {
  local stage=$1 label=$2 input=$3 input_label=$4; shift 4
  local size result secs rss
  size=$(stat -c %s "$input")
  result=$(measure "$input" "$@")
  secs=${result% *}; rss=${result#* }
  awk -v st="$stage" -v l="$label" -v il="$input_label" -v s="$size" -v t="$secs" -v u="$startup_s" -v r="$rss" 'BEGIN {
    net = (t - u > 0.0005) ? s / 1e6 / (t - u) : 0
    printf "%-8s %-34s %-22s %10.1f %10.1f %7.1f MB\n", st, l, il, s / 1e6 / t, net, r / 1024 }'
}

row split "slant split" "$NEWS" "news-10mb.txt" "$SLANT" split -
row split "slant split --format jsonl" "$NEWS" "news-10mb.txt" "$SLANT" split --format jsonl -

if [ "${BENCH_STREAM:-1}" != 0 ]; then
  # Streaming: a 1 GB file built by repeating the 10 MB one, deleted afterwards.
  big=$(mktemp /tmp/slant-bench-1gb.XXXXXX.txt)
  trap 'rm -rf "$tmp" "$big"' EXIT
  for ((i = 0; i < 100; i++)); do cat "$NEWS"; done > "$big"
  RUNS=1 row split "slant split (streamed, 1 run)" "$big" "news-10mb.txt x100" "$SLANT" split -
  rm -f "$big"
fi
echo "start-up (one-sentence input): ${startup_s}s; median of $RUNS runs; one core (slant split is single-threaded)."
