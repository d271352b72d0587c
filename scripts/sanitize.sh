#!/usr/bin/env bash
# The sanitizer build: AddressSanitizer + UndefinedBehaviorSanitizer (g++, -O1, mimalloc off), any
# undefined behaviour aborting. Runs every ctest suite (the headless-browser one excepted: it tests
# Chromium's rendering, not our memory) and the rule examples through the CLI.
#
#   scripts/sanitize.sh                 # build-asan/
#   SANITIZE_BUILD=/tmp/asan scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SANITIZE_BUILD:-build-asan}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCONTRASTE_SANITIZE=ON \
  -DCONTRASTE_MIMALLOC=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
CONTRASTE_SKIP_BROWSER=1 ctest --test-dir "$build" --output-on-failure -j 2 -E 'browser_chromium'
"$build/contraste" rules test rules | tail -1
