#!/usr/bin/env bash
# Nightly TargetLedger run on Slurm: a job array of SHARDS tasks, one slice each, then a merge
# job that starts only when every array task has ended well (afterok).
#
#   CORPUS=/shared/corpus OUT=/shared/ledger SHARDS=8 deploy/slurm/nightly.sh
#
# The script submits both jobs and prints their ids; it does not wait.
set -euo pipefail
CORPUS=${CORPUS:?set CORPUS to the corpus folder on the shared file system}
OUT=${OUT:?set OUT to the output folder on the shared file system}
SHARDS=${SHARDS:-8}
BIN=${TARGET_LEDGER_BIN:-target-ledger}
mkdir -p "$OUT/shards" "$OUT/logs"

array_id=$(sbatch --parsable \
  --job-name=target-ledger-shards --array=0-$((SHARDS - 1)) \
  --cpus-per-task=2 --mem=1G --time=06:00:00 \
  --output="$OUT/logs/shard-%a.log" \
  --export=ALL,CORPUS="$CORPUS",OUT="$OUT",SHARDS="$SHARDS",BIN="$BIN" \
  "$(dirname "$0")/shard.sbatch")

merge_id=$(sbatch --parsable \
  --job-name=target-ledger-merge --dependency=afterok:"$array_id" \
  --cpus-per-task=1 --mem=2G --time=01:00:00 \
  --output="$OUT/logs/merge.log" \
  --export=ALL,OUT="$OUT",SHARDS="$SHARDS",BIN="$BIN" \
  "$(dirname "$0")/merge.sbatch")

echo "shards: job $array_id (array 0-$((SHARDS - 1))); merge: job $merge_id (after all shards)"
