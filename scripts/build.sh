#!/usr/bin/env bash
# Builds the release app into dist/ (wasm optimised by wasm-opt) and prints its sizes.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
step "Building the release app into dist/"
trunk build --release
"$ROOT/scripts/sizes.sh" dist
