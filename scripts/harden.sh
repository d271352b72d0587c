#!/usr/bin/env bash
# The CI hardening job (README "Testing"), sized to keep .ci/run well under 15 minutes on 2 cores:
# one clang 14 build, -O1, AddressSanitizer + UndefinedBehaviorSanitizer (any undefined behaviour
# aborts; leaks reported), mimalloc off, holding
#   - the engine library, the `contraste` CLI and the libFuzzer harnesses of fuzz/;
#   - the ctest suites labelled "hardening" (tests/CMakeLists.txt: the seed corpus and the golden
#     reports in process, the pathological-cost tests, the fuzz regressions and bad input through
#     the CLI, the rule examples, check, diff, the SQLite store and the service) and `rules test`;
# then runs every harness for FUZZ_SECONDS (10 by default), two at a time, on its seed corpus, with
# a fixed seed (FUZZ_SEED, 1 by default): CI explores the same inputs on every run, so a red build
# means the change broke something, not that this run drew a new input. The exploration that finds
# new inputs is scripts/fuzz.sh without a seed, run by hand (README "Testing").
# Not covered here (scripts/sanitize.sh covers them, by hand: 13 min): the other suites, PostgreSQL,
# tools/ and bench/. A crash, leak, UB, timeout or broken invariant fails the job; a fuzzer's input
# is left in build-harden/fuzz-run/artifacts/ (CI keeps it as an artefact).
#
#   scripts/harden.sh                       # build-harden/
#   FUZZ_SECONDS=60 scripts/harden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HARDEN_BUILD:-build-harden}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DCONTRASTE_FUZZ=ON -DCONTRASTE_MIMALLOC=OFF -DCONTRASTE_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j 2 --target hardening_suites fuzzers
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j 2 -L hardening
FUZZ_SEED=${FUZZ_SEED:-1} FUZZ_BUILD="$build" FUZZ_JOBS=2 bash scripts/fuzz.sh "${FUZZ_SECONDS:-10}"
