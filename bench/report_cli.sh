#!/usr/bin/env bash
# `contraste report` through the command line, on one and on two threads, beside a floor timed over
# the same files in the same rounds, on two corpora: the seed articles copied 400 times and the
# generated 50 MiB corpus (contraste-bench --write).
#
#   bash bench/report_cli.sh [BUILD_DIR] [WORK_DIR]      # defaults: build, /tmp/contraste-report-bench
#   ROUNDS=5 BEFORE=/tmp/contraste-old bash bench/report_cli.sh build   # interleave an older binary
#   CORPORA=seed-copies bash bench/report_cli.sh                        # one corpus only
#
# Each round times, one after the other: the floor (`grep -c -F` of a word and `iconv` from UTF-8
# to UTF-16 of every file, through xargs: reading and scanning the bytes), then `report --format
# json` with --jobs 1 and --jobs 2 of the binary (and of BEFORE, when given, alternated with it).
# Rounds interleave so that a shared machine's load falls on every command alike; the medians over
# the rounds are printed: CPU (user + sys) and MB per CPU second (per core), the CPU as a multiple
# of the floor's, wall seconds, the two-thread speed-up (wall of one thread / wall of two) and peak
# RSS, with the load average before and after. Reports of one and two threads (and of BEFORE) are
# compared byte for byte.
set -euo pipefail
build=${1:-build}
work=${2:-/tmp/contraste-report-bench}
rounds=${ROUNDS:-3}
corpora=${CORPORA:-seed-copies generated-50}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
if [ ! -d "$work/seed-copies" ]; then
  for i in $(seq -w 1 400); do
    mkdir -p "$work/seed-copies/c$i"
    cp "$src"/corpus/*.txt "$src"/corpus/manifest.yaml "$work/seed-copies/c$i/"
  done
fi
[ -d "$work/generated-50" ] || "$build/bench/contraste-bench" --megabytes 50 --write "$work/generated-50" >/dev/null
binaries=("after=$build/contraste")
[ -n "${BEFORE:-}" ] && binaries=("before=$BEFORE" "${binaries[@]}")
times="$work/times.tsv"  # corpus, what, round, cpu s, wall s, peak KiB
: >"$times"
timed() {  # timed CORPUS WHAT ROUND COMMAND...: one line of $times
  local corpus=$1 what=$2 round=$3; shift 3
  /usr/bin/time -o "$work/time" -f '%U %S %e %M' "$@" >/dev/null 2>&1 || true
  read -r user sys elapsed kib <"$work/time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$what" "$round" "$(echo "$user + $sys" | bc -l)" "$elapsed" "$kib" >>"$times"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for corpus in $corpora; do
  files="$work/$corpus.files"
  find "$work/$corpus" -name '*.txt' -print0 | sort -z >"$files"
  for round in $(seq 1 "$rounds"); do
    timed "$corpus" grep "$round" bash -c "xargs -0 grep -c -F millones <'$files' || true"
    timed "$corpus" iconv "$round" bash -c "xargs -0 iconv -f UTF-8 -t UTF-16 <'$files' || true"
    for jobs in 1 2; do
      for b in "${binaries[@]}"; do
        name=${b%%=*} bin=${b#*=}
        timed "$corpus" "$name-j$jobs" "$round" "$bin" report "$work/$corpus" --format json --jobs "$jobs" \
          -o "$work/report-$name-$jobs.json"
      done
    done
  done
  for b in "${binaries[@]}"; do
    name=${b%%=*}
    cmp -s "$work/report-$name-1.json" "$work/report-$name-2.json" && echo "$corpus: $name: jobs 1 and 2 reports identical" \
      || echo "$corpus: $name: jobs 1 and 2 reports DIFFER"
  done
  if [ -n "${BEFORE:-}" ]; then
    cmp -s "$work/report-before-1.json" "$work/report-after-1.json" && echo "$corpus: before and after reports identical" \
      || echo "$corpus: before and after reports DIFFER"
  fi
  bytes=$(xargs -0 stat -c %s <"$files" | awk '{s+=$1} END {print s}')
  awk -F'\t' -v corpus="$corpus" -v mb="$(echo "$bytes / 1000000" | bc -l)" -v rounds="$rounds" '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    $1 == corpus { cpu[$2] = cpu[$2] " " $4; wall[$2] = wall[$2] " " $5; rss[$2] = rss[$2] " " $6; seen[$2] = 1 }
    END {
      g = median(cpu["grep"]); i = median(cpu["iconv"]); if (g < 0.01) g = 0.01; if (i < 0.01) i = 0.01
      printf "%s: %.1f MB, %d rounds; floor (CPU): grep -c %.2f s, iconv %.2f s\n", corpus, mb, rounds, g, i
      for (w in seen) {
        if (w == "grep" || w == "iconv") continue
        c = median(cpu[w])
        printf "%s %-10s CPU %6.2f s  %5.1f ms/MB  %5.1f MB/s per core  %4.0fx grep  %4.1fx iconv  wall %6.2f s  peak %4.0f MiB\n",
          corpus, w, c, 1000 * c / mb, mb / c, c / g, c / i, median(wall[w]), median(rss[w]) / 1024
      }
      for (w in seen) {
        if (w !~ /-j1$/) continue
        v = substr(w, 1, length(w) - 3)
        if ((v "-j2") in seen) printf "%s %-7s two threads: wall %.2f -> %.2f s, speed-up %.2fx (median of rounds: %s)\n",
          corpus, v, median(wall[v "-j1"]), median(wall[v "-j2"]), median(wall[v "-j1"]) / median(wall[v "-j2"]), rounds
      }
    }' "$times" | sort
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "every time: $times"
