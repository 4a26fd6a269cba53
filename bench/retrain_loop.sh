#!/usr/bin/env bash
# Align -> store -> retrain -> re-align: does a lexicon trained on the TM's own
# aligned units improve alignment? (issue 5). No gold is used for training: the
# TM holds only what `align --store` produced.
#
# usage: bench/retrain_loop.sh [BUILD_DIR]    (default ./build; needs ../shared)
#   SETS="dev2010 tst2012 tst2013"  IWSLT15 sets made comparable by make_comparable.py --seed 1
#
# Per set: round 1 aligns every talk with the shipped lexicon and stores the
# links in a fresh TM; `lexicon train --from-tm` stores a lexicon in that TM;
# round 2 aligns the same talks again, now with the TM's lexicon. Both rounds
# are scored against the gold (strict / lax / pairs F1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shared=${SONGNGU_SHARED_DIR:-$root/../shared}
bin=$build/songngu
score=$shared/eval/score_alignment.py
[ -x "$bin" ] || { echo "retrain_loop: $bin not found; build it first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
f1s() {  # GOLD TEST ... -> "strict F1 / lax F1 / pairs F1"
  python3 "$score" "$@" --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%.3f (P %.3f R %.3f) / %.3f / %.3f" % (r["strict"][2], r["strict"][0], r["strict"][1], r["lax"][2], r["pairs"][2]))'
}
echo "set      round                       strict F1 (P R) / lax F1 / pairs F1"
for set in ${SETS:-dev2010 tst2012 tst2013}; do
  dir=$work/$set
  python3 "$shared/eval/make_comparable.py" "$shared/data/iwslt15-en-vi/IWSLT15.TED.$set.en-vi.vi.xml" \
    "$shared/data/iwslt15-en-vi/IWSLT15.TED.$set.en-vi.en.xml" "$dir" --seed 1 > /dev/null
  tm=$dir/loop.db
  for round in 1 2; do
    args=()
    for g in "$dir"/*.gold.json; do
      talk=${g%.gold.json}
      store=(); [ $round = 1 ] && store=(--store)
      "$bin" --quiet --tm "$tm" align "$talk.vi.txt" "$talk.en.txt" --presegmented --format beads \
        "${store[@]}" > "$talk.r$round.beads"
      args+=("$g" "$talk.r$round.beads")
    done
    label="shipped lexicon, stored"
    [ $round = 2 ] && label="TM-trained lexicon"
    printf '%-8s %-27s %s\n' "$set" "$round: $label" "$(f1s "${args[@]}")"
    if [ $round = 1 ]; then
      "$bin" --quiet --tm "$tm" lexicon train --from-tm
    fi
  done
done
