#!/usr/bin/env bash
# Installs the Debian packages relgraph needs (only those missing), then configures and builds
# into build/. Safe to run again. Run as root on Debian 12 (or with sudo available).
# Usage: bash scripts/setup.sh [--tests]   (--tests adds what the test suite, the sanitizer
# build and the fuzzers use: Chromium and Node.js for the browser test, GNU parallel, clang)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz
          catch2 libicu-dev iso-codes)
if [ "${1:-}" = "--tests" ]; then
  packages+=(python3 libxml2-utils chromium nodejs npm parallel jq clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  # A Node.js from elsewhere (NodeSource) brings its own npm and conflicts with Debian's.
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build_type=${RELGRAPH_BUILD_TYPE:-Release}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j"$(nproc)"
