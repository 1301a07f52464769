#!/usr/bin/env bash
# Compares the CPU time of two builds on a corpus by running them at the same time, each pinned
# to its own core with --jobs 1, swapping the cores every round. This VM drifts by 10-25% from
# minute to minute and has no hardware counters, so builds run one after the other cannot be
# told apart below about 5%; run side by side, both see the same drift.
#
#   Benchmarks/paired.sh ROUNDS BUILD_A BUILD_B [CORPUS]
#
# Prints each round's CPU seconds (user + system) and B/A, then the median of B/A. Run a build
# against itself first to see the spread. Needs 2 free cores, taskset and GNU time.
set -euo pipefail
rounds=$1; a=$2; b=$3; corpus=${4:-/tmp/target-ledger-bench/corpus-speedup}
rules=${TARGET_LEDGER_RULES:-$(cd "$(dirname "$0")/.." && pwd)/Rules}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$rounds"); do
  if [ $((i % 2)) = 1 ]; then ca=0; cb=1; else ca=1; cb=0; fi
  rm -rf "$work/a" "$work/b"
  /usr/bin/time -f "%U %S" -o "$work/ta" taskset -c $ca env TARGET_LEDGER_RULES="$rules" "$a" run "$corpus" --out "$work/a" --no-cache --quiet --no-restart --jobs 1 &
  /usr/bin/time -f "%U %S" -o "$work/tb" taskset -c $cb env TARGET_LEDGER_RULES="$rules" "$b" run "$corpus" --out "$work/b" --no-cache --quiet --no-restart --jobs 1 &
  wait
  echo "$(cat "$work/ta") $(cat "$work/tb")"
done | python3 -c '
import statistics, sys
ratios = []
for line in sys.stdin:
    ua, sa, ub, sb = map(float, line.split())
    ratios.append((ub + sb) / (ua + sa))
    print(f"A {ua + sa:.2f} s  B {ub + sb:.2f} s  B/A {ratios[-1]:.3f}")
print(f"median B/A {statistics.median(ratios):.3f}")
'
