#!/usr/bin/env bash
# Installs whatever the project needs and this machine lacks, from the package registries only.
# Each tool is checked first, so a second run takes seconds. `--browser` adds the three engines the
# tests drive and their drivers: Chromium with ChromeDriver, Firefox ESR with geckodriver (from
# crates.io, pinned), WebKitGTK's MiniBrowser with WebKitWebDriver, Xvfb for WebKit's window, and
# pdftotext to read what Firefox prints.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: '$*' needs root; run it as root or install the package yourself" >&2
    exit 1
  fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  echo "setup: Rust (cargo and rustup) is needed: see https://rustup.rs" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  step "Installing Node.js and npm"
  apt_install nodejs npm
fi
if ! command -v python3 >/dev/null; then
  step "Installing Python 3 (the static server)"
  apt_install python3
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  step "Adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  step "Installing trunk $TRUNK_VERSION (about 9 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # Not --locked: its lock file pins a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]]; then
  step "Installing npm packages (wasm-opt, Playwright)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >node_modules/.lock-hash
fi

if $want_browser && { [[ ! -x "$CHROMIUM" ]] || [[ ! -x "$CHROMEDRIVER" ]] || [[ ! -x "$FIREFOX" ]] \
  || [[ ! -x "$WEBKIT_DRIVER" ]] || [[ ! -x "$MINIBROWSER" ]] || ! command -v xvfb-run >/dev/null \
  || ! command -v xauth >/dev/null || ! command -v pdftotext >/dev/null; }; then
  step "Installing the browser engines: Chromium, Firefox ESR, WebKitGTK, and Xvfb"
  apt_install chromium chromium-driver firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth poppler-utils
fi
if $want_browser && [[ "$("$GECKODRIVER" --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  step "Installing geckodriver $GECKODRIVER_VERSION (about 3 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi
exit 0
