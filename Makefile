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
	@mkdir -p $(OUT)
	$(BIN) --version
	$(BIN) --help > $(OUT)/help.txt
	@echo "Demo output is under $(OUT)/"

bench: deps
	@echo "No benchmarks yet."

clean:
	rm -rf .build $(OUT)
