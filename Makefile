# Slant: `make demo` scores the bundled sample, `make test` runs the tests.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
SAMPLE := Tests/Fixtures/articles/sputnikglobe-2024-07-25-asean-summit.txt
RELEASE := .build/release/slant
SHARED ?= ../shared/data
DEMO_CORPUS := Tests/Fixtures/corpus/wikinews.jsonl
DEMO_DB := .build/demo.db

.PHONY: all deps build release demo test eval bench bench-store bench-report eval-outlets install clean

all: release

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation are linked in statically: the binary starts faster (no
# dynamic linking of the Swift libraries) and `make install` copies one file that needs only
# the system's libsqlite3, libxml2 and ICU.
release: deps
	$(SWIFT) build -c release --product slant --static-swift-stdlib

demo: release
	@echo "== slant score $(SAMPLE)"
	@$(RELEASE) score $(SAMPLE)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== slant ingest $(DEMO_CORPUS) $(SAMPLE) --db $(DEMO_DB)"
	@$(RELEASE) ingest $(DEMO_CORPUS) $(SAMPLE) --db $(DEMO_DB)
	@echo "== slant outlets --db $(DEMO_DB)"
	@$(RELEASE) outlets --db $(DEMO_DB)
	@echo "== slant report --db $(DEMO_DB) --out out/demo-report"
	@$(RELEASE) report --db $(DEMO_DB) --out out/demo-report

# Swift Testing prints every test; keep failures, issues and the summary, and close with
# the plain "N passed, N failed" line.
# The tests' temporary files go to .build/test-tmp, emptied before each run and removed after
# a passing one, so runs leave nothing in /tmp.
test: deps
	@rm -rf .build/test-tmp && mkdir -p .build/test-tmp; \
	  set -o pipefail; TMPDIR=$(CURDIR)/.build/test-tmp $(SWIFT) test --disable-xctest 2>&1 | tee .build-test.log \
	  | grep -vE '^(◇ |↳ |✔ Test [^r])' ; status=$$?; \
	  scripts/test-summary.sh .build-test.log; \
	  if [ $$status -eq 0 ]; then rm -rf .build/test-tmp; fi; exit $$status

# Accuracy on ../shared/data (absent: says so, exits 0); peers beside Slant when .build-peers exists.
eval: release
	@SHARED=$(SHARED) scripts/eval.sh

# The peers' Python environment for make eval, in .build-peers/ (git-ignored).
.PHONY: eval-peers
eval-peers:
	@scripts/peers/setup.sh

# Store benchmarks (issue 7): ingest MB/s and `slant outlets` over 100,000 articles.
bench-store: release
	@SHARED=$(SHARED) scripts/bench-store.sh $(RELEASE)

# Per-outlet figures beside AllSides and MBFC labels (issue 7): needs $(SHARED).
eval-outlets: release
	@SHARED=$(SHARED) scripts/validity.sh $(RELEASE)

# The HTML report of 1,000 outlets and 100,000 synthetic articles: build the site model and write it.
bench-report: release
	$(RELEASE) bench-report --outlets 1000 --articles 100000

# Analysis speed (issues 5 and 6): loading 10,000 lexicon entries; tokenizing, scoring and
# classifying against splitting, on news-1mb.txt and news-10mb.txt.
.PHONY: bench-loaded
bench-loaded: release
	@test -f $(SHARED)/bench/news-1mb.txt || { echo "bench-loaded: $(SHARED)/bench/news-1mb.txt not found"; exit 2; }
	@$(RELEASE) lexicon bench $(SHARED)/bench/news-1mb.txt --runs 9
	@test ! -f $(SHARED)/bench/news-10mb.txt || { echo "== news-10mb.txt (splitting, tokenizing, scoring, classifying)"; \
	  $(RELEASE) lexicon bench $(SHARED)/bench/news-10mb.txt --runs 3 --entries 0 | grep -v '^lexicon-'; }

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/slant

clean:
	rm -rf .build .build-test.log

# Article-extraction quality on the benchmark in ../shared/data (absent on a fresh clone).
.PHONY: eval-extract
eval-extract: build
	@test -d $(SHARED)/html/extraction-benchmark || { echo "eval-extract: $(SHARED)/html/extraction-benchmark not found"; exit 2; }
	@.build/debug/slant eval extract --benchmark $(SHARED)/html/extraction-benchmark --errors 5

# Coverage-guided fuzzing (libFuzzer + ASan) of everything that reads user bytes; not part of
# make test. FUZZ_SECONDS per target (default 60); FUZZ_TARGETS="split html" for a subset.
.PHONY: fuzz
fuzz: build
	@FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) scripts/fuzz.sh $(FUZZ_TARGETS)

# Speed and memory of every stage (each part says so when ../shared/data is absent):
# splitting and streaming, loaded-language scoring and lexicon loading, ingest and
# `slant outlets`, and writing a report of 1,000 outlets and 100,000 articles.
bench: release
	@scripts/bench.sh
	@$(MAKE) --no-print-directory bench-loaded
	@$(MAKE) --no-print-directory bench-store
	@$(MAKE) --no-print-directory bench-report
