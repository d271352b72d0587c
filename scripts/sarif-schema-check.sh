#!/usr/bin/env bash
# Validates contraste's SARIF output against the SARIF 2.1.0 JSON schema (OASIS, the schemastore
# copy "sarif-2.1.0-rtm.5.json", draft-04), as code-scanning services and SARIF viewers expect it:
# `report` and `check` over the seed corpus and the test drafts, at every severity, and a report
# whose corpus has a file to skip (a run notification). A log broken on
# purpose (a level SARIF does not have) must be refused, so a validator that accepts everything
# cannot pass. ctest runs it (tests/CMakeLists.txt: sarif_schema_test).
#
#   bash scripts/sarif-schema-check.sh build/contraste
#
# The schema is not in the repository: it comes from the npm registry inside the package
# @microsoft/jest-sarif (pinned version, checked by its SHA-256) and is cached in
# ${CONTRASTE_CACHE:-$HOME/.cache/contraste}. The validator is Debian's python3-jsonschema
# (scripts/setup.sh). CONTRASTE_SKIP_SARIF_SCHEMA=1 skips the test (exit 77) where the registry
# cannot be reached; without it an unreachable registry is a failure, never a silent pass.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/contraste}
if [ "${CONTRASTE_SKIP_SARIF_SCHEMA:-0}" = 1 ]; then
  echo "sarif-schema-check: skipped (CONTRASTE_SKIP_SARIF_SCHEMA=1)"
  exit 77
fi
package=@microsoft/jest-sarif@1.0.0-beta.0
member=package/lib/schemas/sarif-2.1.0-rtm.5.json
sha256=2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8
cache=${CONTRASTE_CACHE:-$HOME/.cache/contraste}
schema=$cache/sarif-2.1.0-rtm.5.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! echo "$sha256  $schema" | sha256sum --check --status 2>/dev/null; then
  mkdir -p "$cache"
  (cd "$work" && npm pack "$package" --silent >/dev/null) || { echo "sarif-schema-check: npm pack $package failed"; exit 1; }
  tar -xzf "$work"/*.tgz -C "$work" "$member"
  echo "$sha256  $work/$member" | sha256sum --check --status || { echo "sarif-schema-check: $member: SHA-256 differs"; exit 1; }
  cp "$work/$member" "$schema"
fi
out=$work/out
mkdir -p "$out"
"$bin" report corpus --format sarif --min-severity note -o "$out/report.sarif"
"$bin" report corpus --format sarif -o "$out/report-errors.sarif"
# A corpus with a file that must be skipped: the log's invocation notifications.
mkdir -p "$out/corpus"
cp corpus/*.txt corpus/manifest.yaml "$out/corpus/"
printf 'Texto con un byte inv\xc3(lido\n' > "$out/corpus/roto.txt"
"$bin" report "$out/corpus" --format sarif -o "$out/report-skipped.sarif" 2>/dev/null || [ $? -eq 3 ]
"$bin" check tests/data/drafts/cumbre_con_errores.md tests/data/drafts/cumbre_coherente.md --format sarif \
  --min-severity note -o "$out/check.sarif" || [ $? -eq 1 ]
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import jsonschema" 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "sarif-schema-check: no python3 with jsonschema (scripts/setup.sh installs python3-jsonschema)"; exit 1; }
"$python" - "$schema" "$out" <<'PY'
import copy, json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema)
failed = 0
for name in ["report.sarif", "report-errors.sarif", "report-skipped.sarif", "check.sarif"]:
    log = json.load(open(f"{sys.argv[2]}/{name}"))
    errors = list(validator.iter_errors(log))
    results = sum(len(run["results"]) for run in log["runs"])
    print(f"{name}: {results} results, {len(errors)} schema errors")
    for e in errors[:10]:
        print("  at", "/".join(str(p) for p in e.absolute_path), ":", e.message[:300])
    failed += bool(errors) or results == 0
skipped = json.load(open(f"{sys.argv[2]}/report-skipped.sarif"))["runs"][0]["invocations"][0]["toolExecutionNotifications"]
print(f"report-skipped.sarif: {len(skipped)} notification(s)")
failed += len(skipped) != 1
broken = copy.deepcopy(json.load(open(f"{sys.argv[2]}/report.sarif")))
broken["runs"][0]["results"][0]["level"] = "fatal"
if validator.is_valid(broken):
    print("a log with level 'fatal' was accepted: the validator checks nothing")
    failed += 1
print("sarif schema:", "FAILED" if failed else "valid")
sys.exit(1 if failed else 0)
PY
