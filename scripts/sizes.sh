#!/usr/bin/env bash
# Prints the size of each kind of file in a build (wasm, JS, CSS, HTML and the rest), raw and
# gzip (-9), and the total a first visit loads.
set -euo pipefail
dist="${1:-dist}"
[[ -d "$dist" ]] || { echo "sizes: no build at $dist" >&2; exit 1; }
gz() { gzip -9 -c "$1" | wc -c; }
printf '\n%-6s %10s %10s\n' "kind" "raw" "gzip"
total_raw=0
total_gz=0
for kind in wasm js css html other; do
  raw=0
  packed=0
  while IFS= read -r -d '' file; do
    case "$file" in
      *.wasm) k=wasm ;; *.js) k=js ;; *.css) k=css ;; *.html) k=html ;; *) k=other ;;
    esac
    [[ "$k" == "$kind" ]] || continue
    raw=$((raw + $(wc -c <"$file")))
    packed=$((packed + $(gz "$file")))
  done < <(find "$dist" -type f -print0)
  printf '%-6s %10s %10s\n' "$kind" "$raw B" "$packed B"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + packed))
done
printf '%-6s %10s %10s\n' "total" "$total_raw B" "$total_gz B"
