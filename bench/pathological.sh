#!/usr/bin/env bash
# Time and peak memory of `relgraph build` on degenerate documents that expose any step quadratic
# in a document's tokens or mentions: one word repeated, one known name repeated, one sentence
# with a meeting every seven words, and a long story with a large cast. Usage: bench/pathological.sh [BIN] [TOKENS...]
# (default: build/relgraph; 100000 300000 1000000). Time should grow linearly with the tokens.
# Not a test: numbers depend on the machine (tests/test_cli.cpp only guards against hangs).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/relgraph}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 300000 1000000)
[ -x "$bin" ] || { echo "bench: build first (bash scripts/setup.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %-9s %9s %8s\n' input tokens seconds peakMB
for n in "${sizes[@]}"; do
  python3 - "$work" "$n" <<'PY'
import pathlib, sys
d, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
(d / "words.txt").write_text("word " * n)
(d / "names.txt").write_text("Putin " * n)
parts, words, i = [], 0, 0
while words < n:
    part = "President Vladimir Putin met Xi Jinping and " if i % 7 == 0 else "then "
    parts.append(part)
    words, i = words + len(part.split()), i + 1
(d / "sentence.txt").write_text("".join(parts) + ".")
# a long story with a large cast: every sentence names new people and companies, then refers back
# by surname, "the bank" and "he", so look-ups over earlier actors show
syl = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "bel", "dar", "nik", "or", "es", "ham", "zu"]
def name(k):
    s = ""
    for _ in range(3):
        s += syl[k % len(syl)]
        k //= len(syl)
    return s.capitalize()
out, words, k = [], 0, 0
while words < n:
    a, b, c = name(k), name(k + 7919), name(k + 104729)
    s = (f"Finance Minister {a} {b} met {c} Bank chief executive {b} {c} in Geneva. "
         f"{b} said the bank would lend to {c} Holdings, and he criticised {a} Group. ")
    out.append(s)
    words, k = words + len(s.split()), k + 1
(d / "cast.txt").write_text("".join(out))
PY
  for f in words names sentence cast; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" build "$work/$f.txt" -f json -o "$work/out" --quiet
    read -r secs kb < "$work/time"
    printf '%-10s %-9s %9s %8d\n' "$f" "$n" "$secs" $((kb / 1024))
  done
done
