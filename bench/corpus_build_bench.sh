#!/usr/bin/env bash
# corpus build benchmark: 1,000 Vietnamese-English document pairs made by
# recombining IWSLT15 TED talks (dev2010, tst2012, tst2013), built into a
# fresh TM with `songngu corpus build --jobs 2`. Prints the wall time, the
# time per stage (from the build summary), a rerun (everything skipped) and
# an export. Target: < 60 s on 2 cores. Generated files go to a temporary
# folder that is removed at the end.
#
# The pile comes from `bench/pair_piles.py --recombined`: each document = 3
# runs of 8-15 consecutive segments from 3 random talks, the same runs on both
# sides, after a first line with a document number ("Văn bản số 1123/TB-BENCH"
# / "Document No. 1123/TB-BENCH") as news items have. Runs from the same
# talks recur across documents, so pairing meets near-duplicates.
#
# usage: bench/corpus_build_bench.sh [PAIRS] [JOBS]   (defaults 1000 2)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
songngu=${SONGNGU:-$here/../build/songngu}
shared=${SONGNGU_SHARED:-$here/../../shared}
pairs=${1:-1000}
jobs=${2:-2}
work=$(mktemp -d /tmp/songngu-corpus-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$here/pair_piles.py" --shared "$shared" --recombined "$pairs" --seed 7 --write-only "$work"
nvi=$(ls "$work/vi" | wc -l)
sents=$(cat "$work"/vi/* | wc -l)
echo "pile: $nvi Vietnamese + $(ls "$work/en" | wc -l) English documents, $sents Vietnamese lines"

run() {  # prints wall seconds, keeps stderr in $work/err
  local t0 t1
  t0=$(date +%s.%N)
  "$@" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 -c "print('%.2f' % ($t1 - $t0))"
}

wall=$(run "$songngu" --tm "$work/bench.db" corpus build --vi-dir "$work/vi" --en-dir "$work/en" --jobs "$jobs")
echo "corpus build --jobs $jobs: $wall s wall (target < 60 s for 1000 pairs on 2 cores)"
sed 's/^/  /' "$work/err"
wall=$(run "$songngu" --tm "$work/bench.db" corpus build --vi-dir "$work/vi" --en-dir "$work/en" --jobs "$jobs")
echo "rerun (all stored, skipped): $wall s"
sed 's/^/  /' "$work/err"
wall=$(run "$songngu" --tm "$work/bench.db" corpus export --format moses --dedup --split dev=0.02,test=0.02 "$work/out")
echo "corpus export moses --dedup --split dev=0.02,test=0.02: $wall s"
sed 's/^/  /' "$work/err"
