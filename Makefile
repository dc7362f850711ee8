# Candour — build, test, demo and benchmarks.
# `make test` and `make demo` work on a fresh machine that has only the Swift toolchain:
# the `deps` step installs libpcre2-dev (as root, or through sudo) when it is missing.

SWIFT ?= swift
BIN    = .build/release/candour
OUT   ?= out

.PHONY: deps build test demo bench clean

deps:
	@if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libpcre2-dev >/dev/null 2>&1; then \
		echo "Installing libpcre2-dev (needed by the PCRE2 module)..."; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update && $$SUDO apt-get install -y libpcre2-dev; \
	fi

build: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test

demo: build
	@rm -rf $(OUT) && mkdir -p $(OUT)
	$(BIN) redact samples/compliments samples/complaints samples/lgsco --out $(OUT)/redacted --audit $(OUT)/redaction-audit.jsonl
	-$(BIN) scan $(OUT)/redacted > $(OUT)/scan.txt
	$(BIN) cases import samples/cases/case-log.csv --db $(OUT)/candour.db
	$(BIN) cases due --db $(OUT)/candour.db --today 2025-03-31 > $(OUT)/cases-due.txt
	$(BIN) cases list --db $(OUT)/candour.db --format csv > $(OUT)/cases.csv
	$(BIN) lgsco parse samples/lgsco/decision-delayed-assessment.txt --format json > $(OUT)/lgsco-decision.json
	@echo "Demo output is under $(OUT)/: redacted/ (documents), redaction-audit.jsonl, scan.txt, candour.db, cases-due.txt, cases.csv, lgsco-decision.json"

bench: deps
	$(SWIFT) build -c release --scratch-path .build-bench --product candour
	@rm -f .build-bench/bench-summary.tsv
	@status=0; cd Benchmarks && CANDOUR_ROOT="$(CURDIR)" CANDOUR_BIN="$(CURDIR)/.build-bench/release/candour" \
		CANDOUR_BENCH_SUMMARY="$(CURDIR)/.build-bench/bench-summary.tsv" \
		$(SWIFT) package benchmark --no-progress $(BENCH_ARGS) || status=$$?; \
	echo; echo "Candour benchmarks: summary (medians; MB = 10^6 bytes of input; one core; tables above)"; \
	touch "$(CURDIR)/.build-bench/bench-summary.tsv"; \
	sort -s -n -k1,1 "$(CURDIR)/.build-bench/bench-summary.tsv" | awk -F'\t' 'BEGIN { \
		f = "%-40s %9s %-5s  %-14s %-13s %s\n"; printf f, "benchmark", "result", "unit", "target", "", "note"; \
		printf f, "----------------------------------------", "---------", "-----", "--------------", "------------", "----" } \
		{ printf f, $$2, $$3, $$4, $$5, $$6, $$7 }'; \
	exit $$status

clean:
	rm -rf .build $(OUT)
