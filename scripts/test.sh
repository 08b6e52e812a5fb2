#!/usr/bin/env bash
# Every test, from a fresh clone: installs what is missing, then type-checks, runs the unit
# tests, builds both browsers, lints the Firefox build, checks the store zips, and drives the
# built extension in Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test/output

if [ ! -x node_modules/.bin/wxt ]; then
  echo "== installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "== type-check"
npx tsc --noEmit

echo "== unit tests"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$PWD/test/output/unit.json" || unit_status=$?

echo "== build (Chrome MV3 and Firefox MV2)"
npx wxt build
npx wxt build -b firefox

echo "== web-ext lint (Firefox build)"
node scripts/lint-firefox.mjs

echo "== store zips, and the Firefox sources zip rebuilds the same package"
npx wxt zip >/dev/null
npx wxt zip -b firefox >/dev/null
node scripts/check-sources-zip.mjs

e2e_status=0
if [ "${CROSSLINE_SKIP_E2E:-}" != "1" ]; then
  echo "== browser tests (npm run test:e2e: the built extension in /usr/bin/chromium and /usr/bin/firefox-esr)"
  npm run test:e2e -- --reporter=default --reporter=json --outputFile.json="$PWD/test/output/e2e.json" || e2e_status=$?
fi

node scripts/summarize-tests.mjs test/output/unit.json test/output/e2e.json
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
