#!/usr/bin/env bash
# Worst-case cost per input byte (README "Testing", issue 19): the hostile inputs that once cost more
# than linear time or memory, each at two sizes four times apart, through `contraste report --format
# json` as a user runs it, timed with /usr/bin/time -v (CPU seconds, peak RSS). One line per run:
#
#   case  size  bytes  claims  cpu_s  us_per_byte  peak_rss_mib
#
# and, per case, the growth of CPU time and of peak RSS from the small to the large size (4.0 is
# linear; 16 is quadratic). The inputs are generated in a temporary directory.
#
#   scripts/hostile-cost.sh                       # build/contraste
#   CONTRASTE_BIN=build-x/contraste scripts/hostile-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CONTRASTE_BIN:-build/contraste}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One article: a header, then `piece` ({} numbered from 1000) repeated n times, joined by `sep`.
repeat() {
  local piece=$1 n=$2 sep=$3
  printf -- '---\npublished: 2024-06-20\n---\n'
  awk -v piece="$piece" -v n="$n" -v sep="$sep" 'BEGIN {
    for (i = 0; i < n; i++) { p = piece; sub(/\{\}/, 1000 + i, p); printf "%s%s", p, sep }
    printf "\n" }'
}

# n articles, one per file, each `piece` with {} numbered from 10.
articles() {
  local dir=$1 piece=$2 n=$3
  mkdir -p "$dir"
  awk -v piece="$piece" -v n="$n" -v dir="$dir" 'BEGIN {
    for (i = 0; i < n; i++) { p = piece; sub(/\{\}/, 10 + i, p)
      f = sprintf("%s/a%06d.txt", dir, i); printf "---\npublished: 2024-06-19\n---\n%s\n", p > f; close(f) } }'
}

# One article of about `mib` MiB: the seed corpus' bodies, over and over (paragraphs kept).
big_article() {
  local mib=$1 out=$2 bytes=$(($1 * 1048576))
  local body="$work/body.txt"
  for f in corpus/*.txt; do awk 'NR == 1 && /^---$/ { fm = 1; next } fm && /^---$/ { fm = 0; next } !fm' "$f"; done >"$body"
  local copies=$((bytes / $(stat -c %s "$body") + 1))
  { printf -- '---\npublished: 2024-06-20\n---\n'; for ((i = 0; i < copies; i++)); do cat "$body"; done; } | head -c "$bytes" >"$out"
  printf '\n' >>"$out"
}

declare -A cpu rss
measure() {
  local name=$1 size=$2 path=$3
  local log="$work/time.log" bytes claims
  bytes=$(du -sb --apparent-size "$path" | cut -f1)
  /usr/bin/time -v "$bin" report --format json "$path" >"$work/out.json" 2>"$log" || true
  claims=$(grep -o '"claims": *[0-9]*' "$work/out.json" | head -1 | grep -o '[0-9]*$' || echo 0)
  local user sys peak
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  peak=$(awk -F': ' '/Maximum resident/ {print $2}' "$log")
  local c
  c=$(echo "$user + $sys" | bc -l)
  cpu[$name.$size]=$c
  rss[$name.$size]=$peak
  printf '%-28s %6s %11d %7s %8.2f %11.3f %10.0f\n' "$name" "$size" "$bytes" "$claims" "$c" \
    "$(echo "1000000 * $c / $bytes" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
  grep -m1 -E 'larger than|refused' "$log" | sed 's/^/    stderr: /' || true
}
growth() {
  local name=$1 small=$2 large=$3
  printf '%-28s growth %s -> %s: cpu x%.1f, peak RSS x%.1f\n' "$name" "$small" "$large" \
    "$(echo "${cpu[$name.$large]} / (${cpu[$name.$small]} + 0.001)" | bc -l)" \
    "$(echo "${rss[$name.$large]} / ${rss[$name.$small]}" | bc -l)"
}

# One case at two sizes: `make SIZE PATH` writes the input, then both are measured and compared.
two_sizes() {
  local name=$1 small=$2 large=$3 make=$4
  for n in "$small" "$large"; do
    "$make" "$n" "$work/${name}_$n"
    measure "$name" "$n" "$work/${name}_$n"
  done
  growth "$name" "$small" "$large"
}
durations() { repeat "dos horas, " "$1" "" >"$2"; }
dates() { repeat "el 19 de julio de 2000, " "$1" "" >"$2"; }
numbers() { repeat "{} soldados, " "$1" "" >"$2"; }
distinct() { repeat "Putin y Kim se reunieron durante {} minutos." "$1" $'\n' >"$2"; }
event_durations() { articles "$2" "La reunión entre Vladímir Putin y Kim Jong Un en Pionyang duró {} minutos." "$1"; }
event_more_than() { articles "$2" "La reunión entre Vladímir Putin y Kim Jong Un en Pionyang duró más de {} minutos." "$1"; }
# n articles giving a toll that grows over two days (the first half published on the 30th).
toll_two_days() {
  local n=$1 dir=$2
  mkdir -p "$dir"
  awk -v n="$n" -v dir="$dir" 'BEGIN {
    for (i = 0; i < n; i++) { f = sprintf("%s/a%06d.txt", dir, i)
      printf "---\npublished: 2024-10-%d\n---\nLa DANA deja %d muertos en Paiporta.\n", (i < n / 2 ? 30 : 31), 10 + i > f
      close(f) } }'
}
event_about() { articles "$2" "La reunión entre Vladímir Putin y Kim Jong Un en Pionyang duró unos {} minutos." "$1"; }
event_one_source() {
  articles "$2" "La reunión entre Vladímir Putin y Kim Jong Un en Pionyang duró {} minutos, según la agencia TASS." "$1"
}

printf '%-28s %6s %11s %7s %8s %11s %10s\n' case size bytes claims cpu_s us_per_byte rss_mib
two_sizes durations_one_sentence 4000 16000 durations
two_sizes dates_one_sentence 4000 16000 dates
two_sizes numbers_nouns_one_sentence 4000 16000 numbers
two_sizes distinct_values_one_doc 2000 8000 distinct
two_sizes one_event_durations 2500 10000 event_durations
two_sizes one_event_more_than 2500 10000 event_more_than
two_sizes one_event_about 2500 10000 event_about
two_sizes one_event_one_source 2500 10000 event_one_source
two_sizes toll_two_days 2500 10000 toll_two_days
two_sizes one_big_article_mib 1 4 big_article
big_article 100 "$work/big_100.txt"
measure one_100MB_article 100MiB "$work/big_100.txt"
