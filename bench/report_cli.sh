#!/usr/bin/env bash
# `contraste report` through the command line, on one and on two threads: MB per CPU second (per
# core) and MB per wall second, the median of three runs each, on two corpora: the seed articles
# copied 400 times and the generated 50 MiB corpus (contraste-bench --write). Also checks that the
# two-thread report is byte-identical to the one-thread one.
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
for corpus in seed-copies generated-50; do
  bytes=$(find "$work/$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
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
    printf '%-12s %6.1f MB  jobs %d: CPU %6.2f s (%5.1f MB/s per core)  wall %6.2f s (%5.1f MB/s)  runs: cpu %s wall %s\n' \
      "$corpus" "$(echo "$bytes / 1000000" | bc -l)" "$jobs" "$c" "$(echo "$bytes / 1000000 / $c" | bc -l)" \
      "$w" "$(echo "$bytes / 1000000 / $w" | bc -l)" "${cpu[*]}" "${wall[*]}"
  done
  cmp -s "$work/report-1.json" "$work/report-2.json" && echo "$corpus: jobs 1 and 2 reports identical" \
    || echo "$corpus: jobs 1 and 2 reports DIFFER"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
