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
	@echo "Demo output is under $(OUT)/: redacted/ (documents), redaction-audit.jsonl, scan.txt, candour.db, cases-due.txt, cases.csv"

bench: deps
	@echo "No benchmarks yet."

clean:
	rm -rf .build $(OUT)
