#!/bin/sh
# Builds the parser fuzzer with clang's libFuzzer and sanitizers, and runs it
# for [seconds] (default 600) on 2 cores at most, starting from the corpus
# (every conformance case and error case of tests/parser).
#
#   fuzz/parser/run.sh 600
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/build-fuzz-parser}
SECONDS_TO_RUN=${1:-600}
mkdir -p "$OUT/corpus"
SOURCES=$(ls "$ROOT"/core/lang/*.cpp | grep -v -E '/(compiler|code)[^/]*\.cpp$')
clang++ -std=c++20 -g -O1 -fno-exceptions -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=undefined -I"$ROOT/core" \
  "$HERE/fuzz_parser.cpp" $SOURCES -o "$OUT/fuzz_parser"
cp "$ROOT"/tests/parser/cases/*.py "$ROOT"/tests/parser/errors/*.py \
   "$ROOT"/tests/parser/symtable/*.py "$ROOT"/tests/parser/compile_errors/*.py \
   "$HERE"/corpus/* "$OUT/corpus/" 2>/dev/null || true
cd "$OUT"
./fuzz_parser -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 \
  -rss_limit_mb=2048 -dict="$HERE/python.dict" corpus
