#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer + AddressSanitizer) of everything that takes user bytes.
#
#   scripts/fuzz.sh [TARGET...]       build and run each target (default: all) for FUZZ_SECONDS (60)
#   FUZZ_BUILD_ONLY=1 scripts/fuzz.sh build the fuzzers only; FUZZ_NO_BUILD=1 runs the ones built
#
# Targets (entry points in Fuzz/<target>.swift): pipeline, split, html, lexicon, audit.
# Why not SwiftPM: `swift build --sanitize fuzzer` also builds the plugin tool slant-embed with
# -parse-as-library (its top-level code then fails to compile), and -Xswiftc -sanitize=fuzzer makes
# every executable link libFuzzer's main. So SwiftPM builds the plain dependencies (Yams, the
# slant-embed tool) and this script compiles Slant's own modules with swiftc, instrumented, in
# dependency order, then links one fuzzer per target.
# Corpora grow in .build-fuzz/corpus/<target> (seeded from Tests/Fixtures); crashes are written to
# .build-fuzz/crashes/<target>/. A crash worth keeping becomes Tests/Fixtures/fuzz/<target>/<name>,
# which FuzzRegressionTests replays in `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
OUT=$ROOT/.build-fuzz
ALL_TARGETS=(pipeline split html lexicon audit)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
for t in "${TARGETS[@]}"; do
  [ -f "Fuzz/$t.swift" ] || { echo "fuzz: unknown target '$t' (known: ${ALL_TARGETS[*]})" >&2; exit 2; }
done

SWIFTC=${SWIFTC:-swiftc}
FLAGS=(-swift-version 6 -O -g -sanitize=fuzzer,address -parse-as-library)
MODS=$OUT/modules
mkdir -p "$MODS" "$OUT/bin"

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
echo "== dependencies (swift build)"
swift build --target SlantAudit >/dev/null
swift build --product slant-embed >/dev/null
DEBUG=$(swift build --show-bin-path)
cp -R "$DEBUG/Modules/Yams.swiftmodule" "$MODS/"
YAMS_OBJECTS=$(find "$DEBUG/Yams.build" "$DEBUG/CYaml.build" -name '*.o' ! -name '*.swiftmodule.o' | sort)
CYAML_MAP=$(find "$ROOT/.build/checkouts/Yams/Sources/CYaml/include" -name module.modulemap | head -1)

echo "== generated resources"
(cd "$ROOT" && find $(ls -d Lexicons Reports 2>/dev/null) -type f ! -name '.*' | LC_ALL=C sort) > "$OUT/resources.txt"
"$DEBUG/slant-embed" "$OUT/GeneratedResources.swift" "$ROOT" $(cat "$OUT/resources.txt" | tr '\n' ' ')

# The C target CSlantSHA (SHA-256 with the CPU's SHA instructions): a module map for swiftc and
# an object file (not instrumented: its input is checked against the Swift code by the tests).
echo "== CSlantSHA"
SHA_MAP=$OUT/CSlantSHA.modulemap
printf 'module CSlantSHA {\n  header "%s"\n  export *\n}\n' "$ROOT/Sources/CSlantSHA/include/CSlantSHA.h" > "$SHA_MAP"
mkdir -p "$OUT/obj"
clang -O2 -c "$ROOT/Sources/CSlantSHA/sha256.c" -I "$ROOT/Sources/CSlantSHA/include" -o "$OUT/obj/CSlantSHA.o"

# Compiles one module of ours into $MODS (swiftmodule) and $OUT/lib<Module>.a, instrumented.
module() {
  local name=$1; shift
  echo "== $name (instrumented)"
  local objdir=$OUT/obj/$name
  rm -rf "$objdir"; mkdir -p "$objdir"
  (cd "$objdir" && "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$MODS/$name.swiftmodule" \
    -emit-object -wmo -I "$MODS" -I "$ROOT/Sources/CLibXML2" -I "$ROOT/Sources/CZlib" -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file="$CYAML_MAP" -Xcc -fmodule-map-file="$SHA_MAP" "$@")
  rm -f "$OUT/lib$name.a"
  ar rcs "$OUT/lib$name.a" "$objdir"/*.o
}
module SlantCore $(find "$ROOT/Sources/SlantCore" -name '*.swift' | sort)
module SlantResources $(find "$ROOT/Sources/SlantResources" -name '*.swift' | sort) "$OUT/GeneratedResources.swift"
module SlantIO $(find "$ROOT/Sources/SlantIO" -name '*.swift' | sort)
module SlantAudit $(find "$ROOT/Sources/SlantAudit" -name '*.swift' | sort)

for t in "${TARGETS[@]}"; do
  echo "== link fuzz-$t"
  (cd "$OUT/obj" && "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_$t" -I "$MODS" -I "$ROOT/Sources/CLibXML2" \
    -I "$ROOT/Sources/CZlib" -Xcc -I/usr/include/libxml2 -Xcc -fmodule-map-file="$CYAML_MAP" \
    -Xcc -fmodule-map-file="$SHA_MAP" "$ROOT/Fuzz/Support.swift" "$ROOT/Fuzz/$t.swift" \
    -L "$OUT" -lSlantAudit -lSlantIO -lSlantResources -lSlantCore "$OUT/obj/CSlantSHA.o" $YAMS_OBJECTS -lxml2 -lz \
    -o "$OUT/bin/fuzz-$t")
done
fi
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0

# Seeds: the fixtures each target reads (the corpus keeps what libFuzzer found before).
seed() {
  local t=$1 dir=$OUT/corpus/$1
  mkdir -p "$dir"
  case $t in
    pipeline|split) find Tests/Fixtures/articles Tests/Fixtures/eval -type f \( -name '*.txt' -o -name '*.tsv' \) ;;
    html) find Tests/Fixtures/html -type f -name '*.html' ;;
    lexicon) find Lexicons -type f -name '*.tsv' ;;
    audit) find Tests/Fixtures/audit -type f \( -name '*.yml' -o -name '*.yaml' \) ;;
  esac | while read -r f; do
    # lexicon inputs start with a selector byte (Fuzz/lexicon.swift): seed them as overlays (0).
    if [ "$t" = lexicon ]; then { printf '\0'; head -c 20000 "$f"; } > "$dir/seed-$(basename "$f")"
    else head -c 50000 "$f" > "$dir/seed-$(echo "$f" | tr '/' '_')"; fi
  done
  [ -d "Tests/Fixtures/fuzz/$t" ] && cp Tests/Fixtures/fuzz/$t/* "$dir/" 2>/dev/null || true
}

status=0
for t in "${TARGETS[@]}"; do
  seed "$t"
  mkdir -p "$OUT/crashes/$t"
  echo "== fuzz $t for ${SECONDS_PER_TARGET}s"
  dict=(); [ -f "Fuzz/$t.dict" ] && dict=(-dict="Fuzz/$t.dict")
  if ! "$OUT/bin/fuzz-$t" "$OUT/corpus/$t" "${dict[@]}" -max_total_time="$SECONDS_PER_TARGET" \
      -max_len="${FUZZ_MAX_LEN:-8192}" -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$OUT/crashes/$t/" 2> "$OUT/$t.log"; then
    echo "fuzz $t: FAILED, see $OUT/$t.log and $OUT/crashes/$t/"; status=1
    grep -E "ERROR:|Fatal error|#[0-9]+ 0x" "$OUT/$t.log" | head -20
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$OUT/$t.log" | tr '\n' ' '; echo
done
exit $status
