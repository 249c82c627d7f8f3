#!/bin/sh
# Builds the VM fuzzer with clang's libFuzzer and sanitizers (the core in its
# own CMake build dir, so rebuilding after a fix is incremental) and runs it
# for [seconds] (default 600), one job, under nice, starting from the seed
# corpus, the saved regressions and every conformance program as source text.
#
#   fuzz/vm/run.sh 600            # fuzz for ten minutes
#   FUZZ_VM_PRINT=1 build-fuzz-vm/fuzz_vm crash-...   # show a crash's program
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/build-fuzz-vm}
SECONDS_TO_RUN=${1:-600}
FLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
mkdir -p "$OUT/corpus" "$OUT/artifacts"
cmake -S "$ROOT" -B "$OUT/core" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$FLAGS -fsanitize=fuzzer-no-link" \
  -DINTERLEAVE_APP=OFF -DINTERLEAVE_TESTS=OFF >/dev/null
nice cmake --build "$OUT/core" --target interleave_core -j2
clang++ -std=c++20 $FLAGS -fsanitize=fuzzer -I"$ROOT/core" \
  "$HERE/fuzz_vm.cpp" "$HERE/entry.cpp" "$HERE/generator.cpp" \
  "$OUT/core/core/libinterleave_core.a" -o "$OUT/fuzz_vm"
cp "$HERE"/corpus/* "$HERE"/regressions/* "$OUT/corpus/" 2>/dev/null || true
# Conformance programs as source-text inputs: a first byte of ' ' selects
# the literal mode (see entry.cpp).
for f in "$ROOT"/tests/conformance/*/*.py; do
  name=conf_$(basename "$(dirname "$f")")_$(basename "$f")
  [ -f "$OUT/corpus/$name" ] || { printf ' '; cat "$f"; } > "$OUT/corpus/$name"
done
cd "$OUT"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# The fuzzer's RSS grows by about 100 MB a minute (1.9 GB after 30 minutes;
# not the VM: replaying thousands of inputs natively stays flat), so runs
# longer than ~20 minutes need a higher -rss_limit_mb. A smaller quarantine
# (programs may build objects up to the 64 MB heap limit) helps a little.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=64}
exec nice -n 19 ./fuzz_vm -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=20 \
  -rss_limit_mb=2048 -jobs=1 -workers=1 -print_final_stats=1 -artifact_prefix=artifacts/ \
  -dict="$HERE/python.dict" corpus
