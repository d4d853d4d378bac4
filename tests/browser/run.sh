#!/usr/bin/env bash
# CTest's browser_page test: builds the sample's interactive page with the real binary and
# drives it in Debian's headless Chromium (page.test.js). playwright-core is installed with
# `npm ci` into BUILD_DIR/browser-test at test time; it never downloads a browser.
# Usage: run.sh RELGRAPH_BINARY BUILD_DIR
# Exits 77 (CTest: skipped) with the reason when Chromium, Node.js >= 20 or npm is missing or
# playwright-core cannot be installed; any other failure fails.
set -euo pipefail

binary=${1:?usage: run.sh RELGRAPH_BINARY BUILD_DIR}
build_dir=${2:?usage: run.sh RELGRAPH_BINARY BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

skip() {
  echo "SKIPPED browser test: $*" >&2
  exit 77
}

chromium=${RELGRAPH_CHROMIUM:-}
if [ -z "$chromium" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then chromium=$candidate; break; fi
  done
fi
[ -n "$chromium" ] && [ -x "$chromium" ] ||
  skip "Chromium not found (install Debian's 'chromium' package: bash scripts/setup.sh)"
command -v node >/dev/null 2>&1 || skip "node not found (install Node.js 20+: bash scripts/setup.sh)"
command -v npm >/dev/null 2>&1 || skip "npm not found (bash scripts/setup.sh)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || skip "playwright-core needs Node.js 20 or later, found $(node --version)"

work="$build_dir/browser-test"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/page.test.js" "$work/"
# Reinstall only when the lock file changed since the last install.
if [ ! -d "$work/node_modules/playwright-core" ] || ! cmp -s "$here/package-lock.json" "$work/.installed-lock"; then
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) ||
    skip "cannot install playwright-core with npm ci (is the npm registry reachable?)"
  cp "$here/package-lock.json" "$work/.installed-lock"
fi

artifacts="$build_dir/test-artifacts"
mkdir -p "$artifacts"
"$binary" build "$root/samples/putin-xi.txt" -f html -o "$artifacts"
cd "$work"
node page.test.js "$artifacts/putin-xi.html" "$artifacts/page.png" "$chromium"
