# Slant: `make demo` scores the bundled sample, `make test` runs the tests.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
SAMPLE := Tests/Fixtures/articles/sputnikglobe-2024-07-25-asean-summit.txt
RELEASE := .build/release/slant
SHARED ?= ../shared/data

.PHONY: all deps build release demo test eval bench install clean

all: release

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product slant

demo: release
	@echo "== slant score $(SAMPLE)"
	@$(RELEASE) score $(SAMPLE)

# Swift Testing prints every test; keep failures, issues and the summary, and close with
# the plain "N passed, N failed" line.
test: deps
	@set -o pipefail; $(SWIFT) test --disable-xctest 2>&1 | tee .build-test.log \
	  | grep -vE '^(◇ |↳ |✔ Test [^r])' ; status=$$?; \
	  scripts/test-summary.sh .build-test.log; exit $$status

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/slant

clean:
	rm -rf .build .build-test.log

# Speed and memory on ../shared/data/bench (a table; says so when the data is absent).
bench: release
	@scripts/bench.sh
