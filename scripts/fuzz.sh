#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) into
# build-fuzz/ and runs each for SECONDS (default 60) on a copy of tests/fuzz/corpus/.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: text graph_json lexicon)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text graph_json lexicon)
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
# pointer-overflow and builtin: RapidJSON 1.1.0 offsets a null stack pointer (internal/stack.h) and
# passes 0 to clz (internal/diyfp.h) on numbers like "0e-27"; both harmless, fixed upstream
# (clang reads tests/fuzz/ubsan.ignore: no sanitizer checks inside RapidJSON's headers)
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=pointer-overflow,builtin -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -fsanitize-ignorelist=$PWD/tests/fuzz/ubsan.ignore"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DRELGRAPH_FUZZ=ON -DRELGRAPH_TESTS=OFF >/dev/null
for t in "${targets[@]}"; do cmake --build build-fuzz -j"$(nproc)" --target "fuzz_$t" >/dev/null; done
for t in "${targets[@]}"; do
  work="build-fuzz/corpus-$t"
  mkdir -p "$work"
  cp -n tests/fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  echo "fuzz: $t for ${seconds}s"
  UBSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
    "build-fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="build-fuzz/crash-$t-" "$work" 2>"build-fuzz/fuzz-$t.log" || {
    echo "fuzz: $t FAILED; see build-fuzz/fuzz-$t.log and build-fuzz/crash-$t-*" >&2
    tail -n 40 "build-fuzz/fuzz-$t.log" >&2
    exit 1
  }
  grep -E "^#[0-9]+.*DONE|Done [0-9]+ runs" "build-fuzz/fuzz-$t.log" | tail -n 1
done
