#!/usr/bin/env bash
# `contraste report` through the command line, on one and on two threads: MB per CPU second (per
# core) and MB per wall second, the median of three runs each, on two corpora: the seed articles
# copied 400 times and the generated 50 MiB corpus (contraste-bench --write). Also checks that the
# two-thread report is byte-identical to the one-thread one. A floor is timed in the same run over
# the same files: `cat` of every file (reading them) and `grep -c` of a word (reading and scanning
# them), CPU seconds, so that the report's cost is also given as a multiple of it.
#
#   bash bench/report_cli.sh [BUILD_DIR] [WORK_DIR]      # defaults: build, /tmp/contraste-report-bench
set -euo pipefail
build=${1:-build}
work=${2:-/tmp/contraste-report-bench}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
if [ ! -d "$work/seed-copies" ]; then
  for i in $(seq -w 1 400); do
    mkdir -p "$work/seed-copies/c$i"
    cp "$src"/corpus/*.txt "$src"/corpus/manifest.yaml "$work/seed-copies/c$i/"
  done
fi
[ -d "$work/generated-50" ] || "$build/bench/contraste-bench" --megabytes 50 --write "$work/generated-50" >/dev/null
median() { sort -g | sed -n 2p; }
floor() {  # CPU seconds of a command over the corpus's files, the median of three runs
  local corpus=$1; shift
  local runs=()
  for run in 1 2 3; do
    /usr/bin/time -o "$work/time" -f '%U %S' bash -c "find '$work/$corpus' -name '*.txt' -print0 | xargs -0 $* >/dev/null || true" 2>/dev/null
    read -r user sys <"$work/time"
    runs+=("$(echo "$user + $sys" | bc -l)")
  done
  printf '%s\n' "${runs[@]}" | median | awk '{print ($1 < 0.01 ? 0.01 : $1)}'  # time counts in 0.01 s
}
for corpus in seed-copies generated-50; do
  bytes=$(find "$work/$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  cat_cpu=$(floor "$corpus" cat)
  grep_cpu=$(floor "$corpus" grep -c -F millones)
  printf '%-12s floor: cat %.2f s CPU, grep -c %.2f s CPU\n' "$corpus" "$cat_cpu" "$grep_cpu"
  for jobs in 1 2; do
    cpu=() wall=()
    for run in 1 2 3; do
      /usr/bin/time -o "$work/time" -f '%U %S %e' "$build/contraste" report "$work/$corpus" --format json \
        --jobs "$jobs" -o "$work/report-$jobs.json" 2>/dev/null
      read -r user sys elapsed <"$work/time"
      cpu+=("$(echo "$user + $sys" | bc -l)")
      wall+=("$elapsed")
    done
    c=$(printf '%s\n' "${cpu[@]}" | median)
    w=$(printf '%s\n' "${wall[@]}" | median)
    printf '%-12s %6.1f MB  jobs %d: CPU %6.2f s (%5.1f MB/s per core, %3.0fx cat, %3.0fx grep)  wall %6.2f s (%5.1f MB/s)  runs: cpu %s wall %s\n' \
      "$corpus" "$(echo "$bytes / 1000000" | bc -l)" "$jobs" "$c" "$(echo "$bytes / 1000000 / $c" | bc -l)" \
      "$(echo "$c / $cat_cpu" | bc -l)" "$(echo "$c / $grep_cpu" | bc -l)" "$w" "$(echo "$bytes / 1000000 / $w" | bc -l)" "${cpu[*]}" "${wall[*]}"
  done
  cmp -s "$work/report-1.json" "$work/report-2.json" && echo "$corpus: jobs 1 and 2 reports identical" \
    || echo "$corpus: jobs 1 and 2 reports DIFFER"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
