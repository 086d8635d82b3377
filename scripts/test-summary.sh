#!/usr/bin/env bash
# Prints the plain closing line "tests: N passed, N failed" from a Swift Testing log.
# -a: a log just written may look to grep like a file with holes, which it takes for binary
# ("binary file matches", and the count came out 0).
log=$1
total=$(grep -aoE 'Test run with [0-9]+ test' "$log" | grep -oE '[0-9]+' | tail -1)
failed=$(grep -acE '^✘ Test [^r].* (failed|recorded)' "$log" || true)
total=${total:-0}
echo "tests: $((total - failed)) passed, $failed failed"
