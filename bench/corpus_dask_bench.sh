#!/usr/bin/env bash
# Corpus building on Dask vs in one process, on a synthesised pile.
#
# PAIRS synthetic Vietnamese-English report pairs (scripts/make_pile.py --dated:
# our own templates, random provinces, people, figures and decision codes,
# publication dates spread over 2015-2025, English 0-3 days later) go
#   1. through scripts/corpus_dask.py on a local Dask cluster with 1 and with
#      2 single-threaded workers: pages per second, seconds per stage, peak RSS
#      per worker (the worker process and the largest songngu it ran), and
#      the scaling ratio (time with 1 worker / time with 2);
#   2. through `songngu corpus build --jobs 2` on PAIRS and on PAIRS/10 pairs:
#      peak RSS of both (memory must not grow with the pile's documents).
# It also checks that all runs give the same corpus. Prints the load average
# before and after: the machine is shared, so numbers are only as quiet as it.
#
# usage: bench/corpus_dask_bench.sh [PAIRS]   (default 10000)
#   BUILDS=0: skip part 2 (corpus build runs); the Dask corpora are then only compared
#   with each other. KEEP=DIR: copy the corpora and stats there before cleaning up.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
songngu=${SONGNGU:-$here/../build/songngu}
py=/usr/bin/python3  # Debian's python, where python3-distributed lives
pairs=${1:-10000}
small=$((pairs / 10))
work=$(mktemp -d /tmp/songngu-dask-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
$py "$here/../scripts/make_pile.py" "$work/pile" --pairs "$pairs" --seed 11 --dated
if [[ ${BUILDS:-1} != 0 ]]; then
  $py "$here/../scripts/make_pile.py" "$work/small" --pairs "$small" --seed 11 --dated
fi
pages=$(($(ls "$work/pile/vi" | wc -l) + $(ls "$work/pile/en" | wc -l)))
echo "pile: $pairs pairs, $pages pages, $(cat "$work"/pile/vi/* | wc -l) Vietnamese lines"

for workers in 1 2; do
  t0=$(date +%s.%N)
  $py "$here/../scripts/corpus_dask.py" --vi-dir "$work/pile/vi" --en-dir "$work/pile/en" \
    --out "$work/dask$workers" --local-workers "$workers" --partition-size 1000 --songngu "$songngu" \
    --formats tsv --stats "$work/stats$workers.json" 2> "$work/dask$workers.err" ||
    { cat "$work/dask$workers.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  $py - "$work/stats$workers.json" "$workers" "$t0" "$t1" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
wall = float(sys.argv[4]) - float(sys.argv[3])
sec = s["seconds"]
print("dask, %s worker(s): %.1f s wall (%.1f s in stages: features %.1f, pair %.1f [choose %.1f], align %.1f, "
      "export %.1f), %.0f pages/s, %d pairs, %d links; tasks %s"
      % (sys.argv[2], wall, sec["total"], sec["features"], sec["pair"], sec["choose"], sec["align"], sec["export"],
         s["pages"] / sec["total"], s["pairs"], s["links"], s["tasks"]))
for address, w in sorted(s["workers"].items()):
    print("  worker %s: %d tasks, peak RSS worker %.0f MB, largest songngu %.0f MB"
          % (address, w["tasks"], w["worker_max_rss_kib"] / 1024, w["child_max_rss_kib"] / 1024))
EOF
done
$py - "$work/stats1.json" "$work/stats2.json" <<'EOF'
import json, sys
one, two = (json.load(open(p))["seconds"] for p in sys.argv[1:3])
print("scaling 1 -> 2 workers: %.2fx overall, features %.2fx, align %.2fx (2.00 would be perfect)"
      % (one["total"] / two["total"], one["features"] / two["features"], one["align"] / two["align"]))
EOF

# What moves between stages: the features shuffled to the pairing task, the
# pairs, the links (pages themselves are read from the filesystem by the tasks).
echo "data between stages: features $(du -sk "$work/dask2/work/features" | cut -f1) KiB" \
  "(shuffled by date shard: $(du -sk "$work/dask2/work/shuffle" | cut -f1) KiB," \
  "candidates $(du -sk "$work/dask2/work/candidates" | cut -f1) KiB)" \
  "($(($(du -sb "$work/dask2/work/features" | cut -f1) / pages)) bytes per page)," \
  "pairs $(du -sk "$work/dask2/work/pairs.jsonl" | cut -f1) KiB, links $(du -sk "$work/dask2/work/links" | cut -f1) KiB;" \
  "pages read by the tasks $(du -sk "$work/pile" | cut -f1) KiB"

if [[ ${BUILDS:-1} != 0 ]]; then
  build() {  # build DIR DB -> prints wall seconds and peak RSS
    /usr/bin/time -f "%e %M" -o "$work/time" "$songngu" --quiet --tm "$2" corpus build --vi-dir "$1/vi" \
      --en-dir "$1/en" --jobs 2
    read -r wall rss < "$work/time"
    echo "$wall s, peak RSS $((rss / 1024)) MB"
  }
  echo "corpus build --jobs 2, $small pairs: $(build "$work/small" "$work/small.db")"
  echo "corpus build --jobs 2, $pairs pairs: $(build "$work/pile" "$work/pile.db")"
  "$songngu" --quiet --tm "$work/pile.db" corpus export --format tsv "$work/one.tsv"
else
  cp "$work/dask1/corpus.tsv" "$work/one.tsv"
fi
ref="corpus build"
[[ ${BUILDS:-1} == 0 ]] && ref="the 1-worker run"
for workers in 1 2; do
  if cmp -s <(sort "$work/one.tsv") <(sort "$work/dask$workers/corpus.tsv"); then
    echo "dask with $workers worker(s) and $ref: same corpus ($(wc -l < "$work/one.tsv") units)"
  else
    echo "dask with $workers worker(s): DIFFERENT corpora" >&2
    exit 1
  fi
done
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP" && cp "$work"/dask1/corpus.tsv "$KEEP/dask1.tsv" && cp "$work"/dask2/corpus.tsv "$KEEP/dask2.tsv" &&
    cp "$work"/stats*.json "$KEEP/"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
