#!/usr/bin/env bash
# The README's map/reduce recipe: shards built by several processes (GNU parallel when present,
# else background jobs), then `relgraph merge`, must equal a single-process build byte for byte.
# Usage: map_reduce.sh RELGRAPH SOURCE_DIR WORK_DIR
set -euo pipefail
bin=$1 src=$2 work=$3/map-reduce
rm -rf "$work" && mkdir -p "$work/shards"
# a corpus of JSON Lines: the bundled article and sentences made up here, each a new document
python3 - "$src/samples/putin-xi.txt" "$work/corpus.jsonl" <<'PY'
import json, sys
article = open(sys.argv[1], encoding="utf-8").read()
states = ["Germany", "France", "Japan", "Brazil", "Kenya", "Canada", "India", "Egypt", "Chile", "Peru"]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(600):
        if i % 50 == 0:
            text = article
        else:
            a, b, c = states[i % 10], states[(i * 3 + 1) % 10], states[(i * 7 + 2) % 10]
            text = f"{a} urged {b} to act. {c} criticised {a} on Monday. Talks between {b} and {c} resumed."
        out.write(json.dumps({"id": f"doc{i}", "text": text, "date": f"2024-01-{i % 28 + 1:02d}"}) + "\n")
PY
"$bin" build --jsonl "$work/corpus.jsonl" -f json -o - --quiet --threads 1 > "$work/single.json"
if command -v parallel >/dev/null; then
  parallel --will-cite --pipepart -a "$work/corpus.jsonl" --block 20k \
    "$bin build --jsonl - -f json -o - --quiet > $work/shards/{#}.json"
else
  echo "map_reduce: GNU parallel not found; using background jobs" >&2
  split -n l/4 -d "$work/corpus.jsonl" "$work/shards/part-"
  for p in "$work"/shards/part-*; do "$bin" build --jsonl - -f json -o - --quiet < "$p" > "$p.json" & done
  wait
fi
n=$(ls "$work"/shards/*.json | wc -l)
[ "$n" -ge 2 ] || { echo "map_reduce: expected several shards, got $n" >&2; exit 1; }
"$bin" merge "$work"/shards/*.json -o "$work/merged.json"
cmp "$work/single.json" "$work/merged.json"
# merge is associative and commutative: another order and grouping gives the same bytes
files=("$work"/shards/*.json)
"$bin" merge "${files[@]:1}" -o "$work/rest.json"
"$bin" merge "$work/rest.json" "${files[0]}" -o "$work/regrouped.json"
cmp "$work/single.json" "$work/regrouped.json"
echo "map_reduce: $n shards merged equal the single build"
