#!/usr/bin/env bash
# The TargetLedger benchmark: builds a synthetic corpus of MB megabytes (default 200) from
# Corpus/, runs the release binary over it cold on all cores, warm, and cold on one core, times
# each stage, runs the Python reference pipeline (lxml + jieba + re) and `xmllint --html` in the
# same session, and writes the figures with their ratios to BENCHMARKS.md.
#
#   Benchmarks/run.sh            # 200 MB, about 5 minutes on 2 cores
#   Benchmarks/run.sh 20         # a quick look
#
# Environment: SCRATCH (SwiftPM scratch folder, default .build), BIN (a release binary already
# built; skips the build), BENCH_DIR (work folder, default /tmp/target-ledger-bench), PY_MB
# (Python sample, default 10), STAGE_MB (stage sample, default 10), SPEEDUP_MB (the corpus on which
# 1 core and 2 cores are compared, the first SPEEDUP_MB of the same generated sequence, default 40),
# COLD_RUNS (cold runs over the whole corpus, default 3: the report's figure is their median,
# because a shared VM's speed drifts from one run to the next).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
SCRATCH=${SCRATCH:-.build}
WORK=${BENCH_DIR:-/tmp/target-ledger-bench}
PY_MB=${PY_MB:-10}
STAGE_MB=${STAGE_MB:-10}
SPEEDUP_MB=${SPEEDUP_MB:-40}
COLD_RUNS=${COLD_RUNS:-3}
RESULTS="$WORK/results.jsonl"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

COMMAND="Benchmarks/run.sh $*"
# The settings that change what is measured go into the report with the command.
for v in COLD_RUNS PY_MB STAGE_MB SPEEDUP_MB TARGET_LEDGER_RULES; do
  if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done
if [ -n "${BIN:-}" ]; then
  COMMAND="BIN=$BIN $COMMAND"
else
  echo "== release build" >&2
  # In a working tree others edit, a build can fail with "modified during the build": retry.
  for attempt in 1 2 3 4 5; do
    if swift build -c release --scratch-path "$SCRATCH" >&2; then break; fi
    [ "$attempt" -eq 5 ] && { echo "release build failed" >&2; exit 1; }
    sleep 20
  done
  BIN="$SCRATCH/release/target-ledger"
fi

echo "== references: xmllint (apt libxml2-utils), lxml + jieba (PyPI, in a virtualenv)" >&2
command -v xmllint >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libxml2-utils >/dev/null; }
[ -x "$WORK/venv/bin/python" ] || python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q lxml jieba >&2

echo "== corpus: $MB MB" >&2
rm -rf "$WORK/corpus" "$WORK/corpus-speedup" "$WORK"/out-* "$RESULTS" "$WORK/stages"
mkdir -p "$WORK"
"$BIN" --version > "$WORK/version"
"$BIN" bench make-corpus --from Corpus --mb "$MB" "$WORK/corpus" > "$WORK/corpus.json"
"$BIN" bench make-corpus --from Corpus --mb "$SPEEDUP_MB" "$WORK/corpus-speedup" > "$WORK/corpus-speedup.json"
# Every run starts with the corpus written out and in the page cache, so the first one is charged
# neither for the disk nor for the kernel still flushing the 200 MB just written beside it.
sync
find "$WORK/corpus" "$WORK/corpus-speedup" -type f -exec cat {} + > /dev/null

M="python3 Benchmarks/measure.py $RESULTS"
# Other work on the machine skews every figure: the load averages go into the report.
cat /proc/loadavg > "$WORK/load-before"
echo "== target-ledger" >&2
$M cold-all-cores -- "$BIN" run "$WORK/corpus" --out "$WORK/out-all" --quiet --json
# More cold runs, each into a new folder (so with an empty cache, like the first).
for n in $(seq 2 "$COLD_RUNS"); do
  $M "cold-all-cores-$n" -- "$BIN" run "$WORK/corpus" --out "$WORK/out-cold-$n" --quiet --json
  rm -rf "$WORK/out-cold-$n"
done
$M warm-all-cores -- "$BIN" run "$WORK/corpus" --out "$WORK/out-all" --quiet --json
# An analyst's day: one document changes, every other result comes from the cache.
printf '\n附：本文件有一处修改。\n' >> "$(find "$WORK/corpus" -name '*.txt' | sort | head -1)"
$M one-changed -- "$BIN" run "$WORK/corpus" --out "$WORK/out-all" --quiet --json
# The speed-up: the same smaller corpus on one core (pinned with taskset) and on both.
$M speedup-one-core -- taskset -c 0 "$BIN" run "$WORK/corpus-speedup" --out "$WORK/out-one" --jobs 1 --quiet --json --no-cache
$M speedup-all-cores -- "$BIN" run "$WORK/corpus-speedup" --out "$WORK/out-two" --jobs 2 --quiet --json --no-cache
$M stages -- "$BIN" bench stages "$WORK/corpus" --mb "$STAGE_MB" --scratch "$WORK/stages"

echo "== references" >&2
$M python-reference -- "$WORK/venv/bin/python" Benchmarks/reference/pipeline.py "$WORK/corpus" --mb "$PY_MB" --out "$WORK/python.jsonl"
find "$WORK/corpus" -name '*.html' -printf '%s\n' | awk '{s+=$1} END {print s}' > "$WORK/html-bytes"
$M xmllint-html -- sh -c "find '$WORK/corpus' -name '*.html' -print0 | xargs -0 -n 200 xmllint --html --noout >/dev/null 2>&1; true"

cat /proc/loadavg > "$WORK/load-after"
python3 Benchmarks/report.py "$WORK" "$COMMAND" > "${REPORT:-BENCHMARKS.md}"
echo "== written ${REPORT:-BENCHMARKS.md}" >&2
