#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (clang 14, ASan + UBSan, mimalloc off), writes their seed
# corpora and dictionaries, and runs each for a bounded time. A crash, leak, timeout or broken
# invariant fails the script; libFuzzer saves the input as <out>/artifacts/<harness>-crash-*.
#
#   scripts/fuzz.sh                    # every harness, 20 s each, in build-fuzz/
#   scripts/fuzz.sh 300 fuzz_article   # one harness for 5 minutes
#   FUZZ_BUILD=/tmp/bf scripts/fuzz.sh 60
#   FUZZ_SEED=1 scripts/fuzz.sh 10     # the same mutations every run (CI): a prefix of a longer run
#
# Prints one line per harness: executions, wall and CPU seconds, corpus size. Single process each (the
# machine is shared); FUZZ_JOBS=2 runs two harnesses at once.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
build=${FUZZ_BUILD:-build-fuzz}
jobs=${FUZZ_JOBS:-1}
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(fuzz_article fuzz_articles fuzz_check fuzz_language fuzz_metadata fuzz_report_json fuzz_rules fuzz_request fuzz_store_row)

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONTRASTE_FUZZ=ON \
    -DCONTRASTE_MIMALLOC=OFF -DCONTRASTE_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j 2 --target fuzzers

out="$build/fuzz-run"
mkdir -p "$out/artifacts"
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{article,articles,check,language,metadata,report_json,rules,request,store_row}

# Seeds. Articles: the seed corpus, the test data, the development corpus when ../shared is there.
articles=()
while IFS= read -r -d '' f; do articles+=("$f"); done < <(
  find corpus tests/data -type f \( -name '*.txt' -o -name '*.md' \) ! -name README.md -size -64k -print0 | sort -z)
if [ -d ../shared/corpus-dev ]; then
  while IFS= read -r -d '' f; do articles+=("$f"); done < <(
    find ../shared/corpus-dev -type f \( -name '*.txt' -o -name '*.md' \) ! -name README.md -size -64k -print0 | sort -z | head -z -n 200)
fi
n=0
for f in "${articles[@]}"; do cp "$f" "$seeds/article/$n.txt"; n=$((n + 1)); done
# Sets of articles: neighbours joined by a line "===", as fuzz_articles splits them.
for ((k = 0; k + 2 < ${#articles[@]} && k < 120; k += 2)); do
  { cat "${articles[k]}"; printf '\n===\n'; cat "${articles[k + 1]}"; printf '\n===\n'; cat "${articles[k + 2]}"; } > "$seeds/articles/$k.txt"
done
cp tests/data/drafts/* "$seeds/check/" 2>/dev/null || true
for f in corpus/0*.txt; do cp "$f" "$seeds/check/"; done
# Language files: the first byte picks the file of rules/es (sorted), as fuzz_language reads it.
k=0
for f in $(ls rules/es | sort); do
  { printf "\\x$(printf %02x "$k")"; cat "rules/es/$f"; } > "$seeds/language/$k.yaml"
  k=$((k + 1))
done
cp rules/common/comparison/*.yaml "$seeds/rules/"
cp reports/seed.json "$seeds/report_json/"
find tests -name '*.json' -size -256k -exec cp {} "$seeds/report_json/" \;
cp corpus/manifest.yaml "$seeds/metadata/"
for f in $(ls corpus/*.txt tests/data/*/*.md 2>/dev/null | head -40); do cp "$f" "$seeds/metadata/"; done
# Requests: a draft to check, a document to add, then the findings (the first byte of each request
# picks its route, as fuzz_request reads it: 0 check, 1 add, 2 remove, 3 findings).
k=0
for f in corpus/0*.txt; do
  body=$(perl -0777 -pe 's/\\/\\\\/g; s/"/\\"/g; s/\n/\\n/g; s/\t/\\t/g' "$f")
  printf '\x00{"text": "%s"}\n===\n\x01{"id": "d%d", "text": "%s", "published": "2024-06-20"}\n===\n\x03kind=conflict&limit=5' \
    "$body" "$k" "$body" > "$seeds/request/$k.txt"
  k=$((k + 1))
done
printf '\x03story=a&event=b&slot=c&limit=10000' > "$seeds/request/query.txt"
printf '\x02d0' > "$seeds/request/remove.txt"
# Stored rows: what the store keeps for each seed article (the harness writes them).
FUZZ_STORE_ROW_SEEDS="$seeds/store_row" "$build/fuzz/fuzz_store_row"
if [ -d tests/data/fuzz-regressions ]; then
  cp tests/data/fuzz-regressions/*.txt "$seeds/article/" 2>/dev/null || true
  cp tests/data/fuzz-regressions/*.json "$seeds/report_json/" 2>/dev/null || true
fi

# Dictionaries: the words of the Spanish data (hedges, numbers, calendar, units, time, frames).
dict="$out/es.dict"
LC_ALL=C.UTF-8 grep -hv '^[[:space:]]*#' rules/es/{hedges,numbers,number_forms,calendar,units,time,date_periods,ranges,frames,attribution}.yaml |
  LC_ALL=C.UTF-8 grep -oE "[[:alpha:]]{2,}( [[:alpha:]]{2,})?" | LC_ALL=C sort -u |
  perl -ne 'chomp; s/([^\x20-\x7e]|["\\])/sprintf("\\x%02X", ord($1))/ge; print "\"$_\"\n"' > "$dict"
printf '"---\\x0Apublished: 2024-06-20\\x0A---\\x0A"\n"\\x0A===\\x0A"\n"hace"\n"1e999"\n"99999999999"\n' >> "$dict"
json_dict="$out/json.dict"
printf '%s\n' '"\"schema\""' '"\"contraste.report/1\""' '"\"findings\""' '"\"claims\""' '"\"id\""' '"\"line\""' \
  '"\"column\""' '"\"side\""' '"\"kind\""' '"\"conflict\""' '"1e400"' '"null"' '"[]"' '"{}"' > "$json_dict"
cat "$dict" "$json_dict" > "$out/request.dict"
printf '%s\n' '"\"text\""' '"\"published\""' '"\"language\""' '"\"locale\""' '"limit="' '"kind="' '"story="' >> "$out/request.dict"

dict_for() {
  case "$1" in
    fuzz_report_json) echo "$json_dict" ;;
    fuzz_rules | fuzz_language | fuzz_metadata | fuzz_store_row) echo "" ;;
    fuzz_request) echo "$out/request.dict" ;;
    *) echo "$dict" ;;
  esac
}

status=0
run() {
  local h=$1 corpus="$out/corpus/${1#fuzz_}" log="$out/$1.log"
  mkdir -p "$corpus"
  local d
  d=$(dict_for "$h")
  local args=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
              -artifact_prefix="$out/artifacts/$h-")
  [ -n "$d" ] && args+=(-dict="$d")
  [ -n "${FUZZ_SEED:-}" ] && args+=(-seed="$FUZZ_SEED")
  local t0 t1 failed=0
  t0=$(date +%s)
  { TIMEFORMAT='%U %S'; time "$build/fuzz/$h" "${args[@]}" "$corpus" "$seeds/${h#fuzz_}" >"$log" 2>&1; } 2>"$out/$h.cpu" || failed=1
  if [ "$failed" = 1 ]; then
    echo "$h: FAILED (see $log; input saved under $out/artifacts/)"
    tail -30 "$log"
    return 1
  fi
  t1=$(date +%s)
  local execs cpu
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$out/$h.cpu")
  echo "$h: ${execs} executions in $((t1 - t0)) s ($cpu CPU s), corpus $(ls "$corpus" | wc -l) inputs"
}
running=0
for h in "${harnesses[@]}"; do
  if [ "$jobs" -gt 1 ]; then
    run "$h" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || status=1; running=$((running - 1)); fi
  else
    run "$h" || status=1
  fi
done
while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
exit "$status"
