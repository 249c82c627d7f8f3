#!/bin/sh
# Builds the core/text unit tests with Emscripten and runs them under Node,
# proving that float printing, parsing, pow, random, hashing ... give the
# same bits in wasm as natively (the expectations are the same files).
#
#   tests/text/run_wasm_tests.sh [build-dir [doctest options]]
#
# Needs em++ (Emscripten 3.1.6 here) and node. Debian's emscripten looks
# for acorn in NODE_PATH; Node 18+ must not use fetch() on a file path.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-/tmp/interleave-text-wasm}
[ $# -gt 0 ] && shift
mkdir -p "$out/include"
[ -d "$out/include/doctest" ] || cp -r /usr/include/doctest "$out/include/"
NODE_PATH=${NODE_PATH:-/usr/share/nodejs} em++ -std=c++20 -O2 \
  -I"$root/core" -I"$out/include" -DDOCTEST_CONFIG_NO_EXCEPTIONS \
  -DINTERLEAVE_SOURCE_DIR="\"$root\"" \
  -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 \
  "$root"/core/text/*.cpp "$root"/tests/unit/test_text_*.cpp "$root"/tests/unit/main.cpp \
  -o "$out/text_tests.js"
node --no-experimental-fetch "$out/text_tests.js" "$@"
