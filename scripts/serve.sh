#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves dist/ on 127.0.0.1.
# The port is 8080 unless PORT says otherwise: PORT=9000 scripts/serve.sh
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
port="${PORT:-8080}"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
step "Serving dist/"
echo "PM Compass is running at http://127.0.0.1:$port/  (Ctrl+C stops it)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
