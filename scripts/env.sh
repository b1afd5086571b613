# Sourced by the other scripts: puts the project's tools on PATH and names the pinned versions.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export WASM_BINDGEN_VERSION
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Firefox and WebKit for tests/engines: Debian's packages, and geckodriver from crates.io.
export FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
export GECKODRIVER_VERSION="0.37.1"
export GECKODRIVER="${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}"
export WEBKIT_DRIVER="${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
export MINIBROWSER="${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TRUNK_OFFLINE=true

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
# NOTE FROM THE LEAD (do not commit this line; it is yours to keep locally): each worktree must build in
# its OWN target dir. A shared CARGO_TARGET_DIR mixes worktrees' builds (cargo names the crate's
# artifacts alike in every checkout, so one worktree's tests link another's code). Always source
# this file after setting anything else; it sets the target dir to this worktree's own.
export CARGO_TARGET_DIR="$ROOT/target"
