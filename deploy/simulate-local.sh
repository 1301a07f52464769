#!/usr/bin/env bash
# Runs the nightly job's steps on this machine exactly as the cluster would — SHARDS shard
# processes, each given its index the way Kubernetes (JOB_COMPLETION_INDEX) and Slurm
# (SLURM_ARRAY_TASK_ID) give it, then the merge — and checks the merge against one whole run.
#
#   deploy/simulate-local.sh CORPUS_DIR WORK_DIR [SHARDS]
set -euo pipefail
CORPUS=${1:?corpus folder}
WORK=${2:?work folder}
SHARDS=${3:-4}
BIN=${TARGET_LEDGER_BIN:-target-ledger}
mkdir -p "$WORK/shards"
pids=()
for ((i = 0; i < SHARDS; i++)); do
  # The Indexed Job's container command, with JOB_COMPLETION_INDEX set as Kubernetes sets it.
  JOB_COMPLETION_INDEX=$i SHARDS=$SHARDS sh -c \
    '"$0" run "$1" --out "$2/shards/$JOB_COMPLETION_INDEX" --shard "$JOB_COMPLETION_INDEX/$SHARDS" --quiet; s=$?; [ $s -eq 2 ] && exit 0; exit $s' \
    "$BIN" "$CORPUS" "$WORK" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
dirs=(); for ((i = 0; i < SHARDS; i++)); do dirs+=("$WORK/shards/$i"); done
"$BIN" merge "${dirs[@]}" --out "$WORK/nightly" --quiet || [ $? -eq 2 ]
"$BIN" run "$CORPUS" --out "$WORK/whole" --quiet || [ $? -eq 2 ]
for f in ledger.jsonl targets.csv errors.jsonl; do
  cmp "$WORK/nightly/$f" "$WORK/whole/$f"
done
echo "merge of $SHARDS shards == one run ($(grep -c '"record":"document"' "$WORK/whole/ledger.jsonl") documents)"
