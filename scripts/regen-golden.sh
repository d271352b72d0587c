#!/usr/bin/env bash
# Regenerates the golden reports of the seed corpus. Review `git diff reports/` and list the
# findings that appeared or disappeared in the commit message.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CONTRASTE_BIN:-build/contraste}
"$bin" report corpus --format json -o reports/seed.json
"$bin" report corpus --format md -o reports/seed.md
git diff --stat -- reports/ || true
