#!/usr/bin/env bash
# Builds the release app into dist/ (wasm optimised by wasm-opt, precompressed copies beside
# each file) and prints the size of each file a first visit loads.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
step "Building the release app into dist/"
trunk build --release
node "$ROOT/scripts/sizes.mjs" dist
