#!/usr/bin/env bash
# Prints the plain closing line "tests: N passed, N failed" from a Swift Testing log.
log=$1
total=$(grep -oE 'Test run with [0-9]+ test' "$log" | grep -oE '[0-9]+' | tail -1)
failed=$(grep -cE '^✘ Test [^r].* (failed|recorded)' "$log" || true)
total=${total:-0}
echo "tests: $((total - failed)) passed, $failed failed"
