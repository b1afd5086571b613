#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves dist/ on 127.0.0.1, as a host
# should: precompressed files (brotli, gzip), hashed files cached for a year, the page and the
# service worker always checked. The port is 8080 unless PORT says otherwise: PORT=9000 scripts/serve.sh
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
step "Serving dist/"
exec node "$ROOT/scripts/static-server.mjs" dist "${PORT:-8080}"
