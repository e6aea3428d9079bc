#!/usr/bin/env bash
# Validates apigw-lint's SARIF with Microsoft's SARIF Multitool (the validator behind GitHub's pre-flight
# check), rule kinds Sarif and Gh: the SARIF spec rules and GitHub's ingestion rules. Runs on the examples'
# output and on the whole shared corpus. Fails on any "error" line; warnings and notes are printed.
# Usage: scripts/sarif-multitool.sh [corpus-dir]   (default: ../shared/corpus, else /work/shared/corpus)
# The multitool (npm @microsoft/sarif-multitool, a self-contained .NET binary) is installed on first use
# into node_modules/.cache/sarif-multitool; DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 spares it libicu.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="${1:-}"
if [ -z "$corpus" ]; then
  for candidate in ../shared/corpus /work/shared/corpus; do [ -d "$candidate" ] && corpus="$candidate" && break; done
fi
tooldir="$root/node_modules/.cache/sarif-multitool"
binary="$tooldir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$binary" ]; then
  mkdir -p "$tooldir"
  (cd "$tooldir" && [ -f package.json ] || echo '{"private":true}' > package.json)
  # Exit 3 (not 1) when the tool itself cannot be had, so callers can tell that from invalid SARIF.
  (cd "$tooldir" && npm install --no-audit --no-fund --silent @microsoft/sarif-multitool@5.7.0 >/dev/null) || { echo "sarif-multitool could not be installed"; exit 3; }
  chmod u+x "$binary" || { echo "sarif-multitool could not be installed"; exit 3; }
fi
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
[ -f dist/src/cli/main.js ] || npx tsc -p tsconfig.json
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cli="$root/dist/src/cli/main.js"

# 1. The examples, from the project folder (relative URIs under %SRCROOT%).
if [ -d examples ]; then
  node "$cli" -f sarif -o "$out/examples.sarif" examples || [ $? -le 1 ]
fi
# 2. The corpus, folder by folder (one run per folder keeps each log readable).
if [ -n "$corpus" ]; then
  for dir in "$corpus"/*/; do
    name="$(basename "$dir")"
    (cd "$dir" && node "$cli" --no-config-lookup -f sarif -o "$out/corpus-$name.sarif" . 2>/dev/null) || true
  done
fi
# 3. Suppressions, baselines and input errors (tool execution notifications) in one log.
printf 'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: { type: HTTP, uri: "https://x.test", httpMethod: GET, timeoutInMillis: 99999 }\n' > "$out/edge.yaml"
printf '{"a":' > "$out/broken.json"
(cd "$out" && node "$cli" --no-config-lookup -f sarif -o "$out/edge.sarif" edge.yaml broken.json 2>/dev/null) || true

status=0
for log in "$out"/*.sarif; do
  [ -s "$log" ] || { echo "missing or empty: $log"; status=1; continue; }
  # Each rule kind separately: with "Sarif;Gh" in one call, 5.7.0 was seen to run only one of them.
  report="$( { "$binary" validate --rule-kind Sarif --level "Error;Warning;Note" "$log"; "$binary" validate --rule-kind Gh --level "Error;Warning;Note" "$log"; } 2>&1 || true)"
  errors="$(grep -c ': error ' <<<"$report" || true)"
  warnings="$(grep -c ': warning ' <<<"$report" || true)"
  notes="$(grep -c ': note ' <<<"$report" || true)"
  echo "$(basename "$log"): $errors errors, $warnings warnings, $notes notes"
  if [ "$errors" != "0" ]; then status=1; grep ': error ' <<<"$report" | sort | uniq -c | sort -rn | head -20; fi
  grep -oE ': (warning|note) [A-Z]+[0-9]+' <<<"$report" | sort | uniq -c | sort -rn || true
done
exit $status
