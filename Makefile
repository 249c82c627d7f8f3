# Interleave: the commands in README.md. Each target installs what is
# missing first (scripts/setup is idempotent and quick when all is there).
#
#   make run       build the page and serve it (threaded build; prints the URL)
#   make test      build everything and run every test (unit, conformance,
#                  browser, desktop)
#   make cli       the headless command line: build/cli/interleave
#   make desktop   the desktop app: build/web/interleave-desktop
#   make web       both browser builds into build-web/site
#   make wasm-cli  the CLI compiled to wasm for Node.js: build-web/node/cli/interleave.js
#   make bench     the language benchmarks side by side with CPython
#   make bench-asyncio  asyncio tasks, queues and generator sends vs CPython
#   make serve-single   serve without isolation headers (single-threaded build)
JOBS ?= 2
BUILD ?= build
PORT ?= 8000

.PHONY: bench-sim bench-asyncio run test setup setup-native native cli desktop web wasm-cli serve serve-single bench bench-peers clean

run: web
	scripts/serve.py --port $(PORT)

serve:
	scripts/serve.py --port $(PORT)

serve-single:
	scripts/serve.py --port $(PORT) --no-isolation

test: setup native web wasm-cli
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

setup:
	scripts/setup

setup-native:
	scripts/setup --native

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

native: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j$(JOBS)

cli: setup-native $(BUILD)/build.ninja
	cmake --build $(BUILD) --target interleave -j$(JOBS)
	@echo "built $(BUILD)/cli/interleave"

desktop: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) --target interleave_desktop -j$(JOBS)
	@echo "built $(BUILD)/web/interleave-desktop"

web: setup
	JOBS=$(JOBS) scripts/build-web

wasm-cli: setup
	. scripts/env.sh && { [ -f build-web/node/CMakeCache.txt ] || \
	  emcmake cmake -S . -B build-web/node -G Ninja -DCMAKE_BUILD_TYPE=Release -DINTERLEAVE_APP=OFF; } && \
	  cmake --build build-web/node --target interleave -j$(JOBS)
	@echo "built build-web/node/cli/interleave.js (run with: node build-web/node/cli/interleave.js run FILE.py)"

bench-peers:
	cd bench/peers && { [ -d node_modules/pyodide ] || npm ci --no-audit --no-fund --silent; }

bench: cli wasm-cli bench-peers
	python3 bench/run.py --interleave $(BUILD)/cli/interleave

clean:
	rm -rf $(BUILD) build-web

# The simulated machine's figures: simulator vs bare VM, 10,000 threads, trace rate.
bench-sim: cli
	python3 bench/sim.py --interleave $(BUILD)/cli/interleave

bench-asyncio: cli wasm-cli
	python3 bench/asyncio.py --interleave $(BUILD)/cli/interleave
