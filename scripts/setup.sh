#!/usr/bin/env bash
# Installs the Debian 12 packages contraste builds against. Safe to run again: apt-get skips what is there.
set -euo pipefail
packages=(
  cmake g++ ninja-build pkg-config
  ccache               # compiler cache: CI and rebuilds after a small change reuse unchanged objects
  libboost-graph-dev   # claim graph: adjacency_list, filtered_graph, connected_components
  libicu-dev           # NFC normalization, case/accent folding, sentence segmentation
  libfmt-dev           # message and report formatting
  libyaml-cpp-dev      # rule and language files (with line/column marks for errors)
  nlohmann-json3-dev   # JSON report and claims output
  libcli11-dev         # command-line parsing for the sub-commands
  libmimalloc-dev      # faster malloc/free for the programs (core/allocator.h)
  doctest-dev          # unit tests
  libsqlite3-dev       # the claims store (engine/store/: ingest, report --store, check --store)
  libcpp-httplib-dev   # the HTTP service (engine/serve/: contraste serve) and tools/loadgen
  libpqxx-dev          # the PostgreSQL claims store (--store postgresql://...)
  postgresql           # a throwaway server for the store tests in CI (scripts/test-postgres.sh)
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # Markdown articles and drafts: front matter, markers, links and HTML are not claims' text
  iso-codes            # ISO 3166 countries/subdivisions with parents and Spanish names (places.yaml); ISO 4217 currencies (measures.yaml)
  chromium             # headless browser for the HTML report test (tests/browser)
  clang-14 libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes for fuzz/ (scripts/fuzz.sh)
  python3-jsonschema   # validates the SARIF output against its schema (scripts/sarif-schema-check.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# npm fetches the SARIF schema for scripts/sarif-schema-check.sh (from a registry package); a
# machine whose Node.js already brings npm keeps it (Debian's npm would conflict with it).
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
