#!/usr/bin/env bash
# End-to-end throughput of `relgraph build` (extraction + graph + JSON and DOT export).
# Usage: bench/run.sh TEXT_DIR [SIZES_MB...]   (default sizes: 10 100)
# Makes a JSON Lines corpus of each size from the .txt files under TEXT_DIR (repeated, each copy
# a new document id), then builds it with 1 and 2 threads and reports MB/s, documents/s,
# words/s and peak RSS (/usr/bin/time -v). Not a test: numbers depend on the machine.
# BENCH_FLAGS adds build options, e.g. BENCH_FLAGS=--no-parse for the token rules alone;
# BENCH_BIN times another binary (default build/relgraph), e.g. an older build to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?usage: bench/run.sh TEXT_DIR [SIZES_MB...]}
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
bin=${BENCH_BIN:-build/relgraph}
[ -x "$bin" ] || { echo "bench: build first (bash scripts/setup.sh)" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/relgraph-bench}
mkdir -p "$work"
printf '%-8s %-7s %9s %9s %10s %11s %9s\n' size threads seconds MB/s docs/s words/s peakMB
for mb in "${sizes[@]}"; do
  corpus="$work/corpus-${mb}MB.jsonl"
  if [ ! -f "$corpus" ]; then
    python3 - "$src" "$mb" "$corpus" <<'PY'
import json, pathlib, sys
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))]
if not texts:
    sys.exit("bench: no .txt files under " + sys.argv[1])
target, size, i = int(sys.argv[2]) * 1_000_000, 0, 0
with open(sys.argv[3], "w", encoding="utf-8") as out:
    while size < target:
        t = texts[i % len(texts)]
        out.write(json.dumps({"id": f"bench-{i}", "text": t}) + "\n")
        size += len(t.encode("utf-8"))
        i += 1
PY
  fi
  read -r docs words bytes < <(python3 - "$corpus" <<'PY'
import json, sys
d = w = b = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)["text"]
    d += 1; w += len(t.split()); b += len(t.encode("utf-8"))
print(d, w, b)
PY
)
  for threads in 1 2; do
    # shellcheck disable=SC2086
    /usr/bin/time -v "$bin" build --jsonl "$corpus" --threads "$threads" -f json,dot -o "$work/out" --name bench --quiet ${BENCH_FLAGS:-} \
      2> "$work/time.txt"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
    awk -v mb="$mb" -v t="$threads" -v s="$secs" -v d="$docs" -v w="$words" -v b="$bytes" -v r="$rss" \
      'BEGIN {printf "%-8s %-7s %9.2f %9.2f %10.0f %11.0f %9d\n", mb "MB", t, s, b/1e6/s, d/s, w/s, r}'
  done
done
