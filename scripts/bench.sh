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

# One run of "$@" with stdin from $1: prints "wall_us cpu_us max_rss_kb". CPU time (user + system,
# from wait4) is what one core spent; on a shared, loaded machine it is steadier than wall time.
run_once() {
  python3 - "$@" <<'PY'
import os, sys, time
stdin = os.open(sys.argv[1], os.O_RDONLY)
devnull = os.open(os.devnull, os.O_WRONLY)
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(stdin, 0); os.dup2(devnull, 1)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t0
if status != 0:
    sys.exit(f"bench: {' '.join(sys.argv[2:])} failed (status {status})")
print(int(wall * 1e6), int((usage.ru_utime + usage.ru_stime) * 1e6), usage.ru_maxrss)
PY
}

# Medians over RUNS runs: prints "wall_seconds cpu_seconds max_rss_kb".
measure() {
  local input=$1; shift
  local i
  : > "$tmp/runs"
  for ((i = 0; i < RUNS; i++)); do run_once "$input" "$@" >> "$tmp/runs"; done
  local n k
  n=$(wc -l < "$tmp/runs"); k=$(( (n + 1) / 2 ))
  echo "$(cut -d' ' -f1 "$tmp/runs" | sort -n | sed -n "${k}p") $(cut -d' ' -f2 "$tmp/runs" | sort -n | sed -n "${k}p") $(cut -d' ' -f3 "$tmp/runs" | sort -n | tail -1)" \
    | awk '{ printf "%.6f %.6f %d\n", $1 / 1e6, $2 / 1e6, $3 }'
}

printf '%-8s %-32s %-20s %9s %9s %9s %10s\n' stage command input "MB/s" "MB/s CPU" "CPU net" "peak RSS"
echo "Start-up." > "$tmp/tiny.txt"
startup=$(measure "$tmp/tiny.txt" "$SLANT" split -)
startup_cpu=$(echo "$startup" | awk '{ print $2 }')

# One table row: STAGE LABEL INPUT_FILE INPUT_LABEL COMMAND... (the command reads stdin).
# MB/s: input size over median wall time. MB/s CPU: over median CPU time (user + system).
# CPU net: leaves out the CPU time of a one-sentence run (loading the binary and lexicons).
row() {
  local stage=$1 label=$2 input=$3 input_label=$4; shift 4
  local size
  size=$(stat -c %s "$input")
  measure "$input" "$@" | tee "$tmp/last" | awk -v st="$stage" -v l="$label" -v il="$input_label" -v s="$size" -v u="$startup_cpu" '{
    net = ($2 - u > 0.0005) ? s / 1e6 / ($2 - u) : 0
    printf "%-8s %-32s %-20s %9.1f %9.1f %9.1f %7.1f MB\n", st, l, il, s / 1e6 / $1, s / 1e6 / $2, net, $3 / 1024 }'
}

# The median CPU seconds of the last row less a start-up (default: slant split's), at least 1 us.
last_net_cpu() { awk -v u="${1:-$startup_cpu}" '{ printf "%.6f", ($2 - u > 0.000001) ? $2 - u : 0.000001 }' "$tmp/last"; }

row split "slant split" "$NEWS" "news-10mb.txt" "$SLANT" split -
split_cpu=$(last_net_cpu)
row split "slant split --format jsonl" "$NEWS" "news-10mb.txt" "$SLANT" split --format jsonl -
split_jsonl_cpu=$(last_net_cpu)

if [ "${BENCH_STREAM:-1}" != 0 ]; then
  # Streaming: a 1 GB file built by repeating the 10 MB one, deleted afterwards.
  big=$(mktemp /tmp/slant-bench-1gb.XXXXXX.txt)
  trap 'rm -rf "$tmp" "$big"' EXIT
  for ((i = 0; i < 100; i++)); do cat "$NEWS"; done > "$big"
  RUNS=1 row split "slant split, 1 GB (1 run)" "$big" "news-10mb.txt x100" "$SLANT" split -
  rm -f "$big"
fi
# The whole analysis (issues 5 and 6): one article of 10 MB scored with its JSON, and the same
# text's sentences classified one per line (as `slant classify` takes them).
# Their start-up (loading the lexicons) is measured on one sentence and left out of the ratios.
score_startup=$(measure "$tmp/tiny.txt" "$SLANT" score --format json - | awk '{ print $2 }')
classify_startup=$(measure "$tmp/tiny.txt" "$SLANT" classify --format jsonl - | awk '{ print $2 }')
row analyze "slant score --format json" "$NEWS" "news-10mb.txt" "$SLANT" score --format json -
score_cpu=$(last_net_cpu "$score_startup")
"$SLANT" split --format jsonl "$NEWS" | python3 -c '
import json, sys
for line in sys.stdin:
    print(json.loads(line)["text"].replace("\n", " "))' > "$tmp/sentences.txt"
row analyze "slant classify --format jsonl" "$tmp/sentences.txt" "news-10mb sentences" "$SLANT" classify --format jsonl -
classify_cpu=$(last_net_cpu "$classify_startup")
awk -v s="$split_cpu" -v sj="$split_jsonl_cpu" -v a="$score_cpu" -v c="$classify_cpu" -v su="$score_startup" -v cu="$classify_startup" 'BEGIN {
  printf "analysis over splitting (median CPU, each command'"'"'s start-up left out: score %.3fs, classify %.3fs):\n", su, cu
  printf "  slant score --format json costs %.0f%% more than slant split;", (a - s) / s * 100
  printf " slant classify --format jsonl %.0f%% more than slant split --format jsonl\n", (c - sj) / sj * 100
  print "  the stages apart (tokenize, score, classify; no output): make bench-loaded" }'

echo "$RUNS runs a row (medians); start-up CPU ${startup_cpu}s; one core: slant split is single-threaded."
