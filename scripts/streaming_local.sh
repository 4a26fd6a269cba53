#!/usr/bin/env bash
# The Hadoop streaming jobs of docs/streaming.md, run the way Hadoop streaming
# runs them but with local processes: each job's input is cut into MAPPERS
# pieces at line boundaries, one mapper process per piece (in parallel); a job
# with a reducer sorts all map output by the text before the first tab
# (LC_ALL=C sort -t$'\t' -k1,1, Hadoop's shuffle) and pipes it through one
# reducer. Hadoop itself is not run (not installable here); the mappers and
# reducers are the exact commands of docs/streaming.md.
#
# usage: [PAIR_FLAGS="--shard-documents N"] scripts/streaming_local.sh SONGNGU PAGES.jsonl OUT [MAPPERS]
#   PAGES.jsonl: {"id": PATH, "path": PATH, "lang": "vi"|"en"} per line
#   OUT/features, OUT/candidates, OUT/pairs, OUT/records, OUT/links: part files per job;
#   OUT/corpus.tsv: the links' sentence pairs, each once.
set -euo pipefail
songngu=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pages=$2
out=$3
mappers=${4:-3}
here=$(cd "$(dirname "$0")" && pwd)
B="$songngu --quiet"
mkdir -p "$out"

# job NAME MAPPER REDUCER INPUT...   (REDUCER "" = map-only)
job() {
  local name=$1 mapper=$2 reducer=$3
  shift 3
  local dir=$out/$name
  rm -rf "$dir" && mkdir -p "$dir/split" "$dir/map"
  cat "$@" > "$dir/split/input"
  (cd "$dir/split" && split -n l/"$mappers" -d -a 5 input in- && rm input)
  local pids=() piece k
  for piece in "$dir"/split/in-*; do
    k=${piece##*-}
    bash -c "$mapper" < "$piece" > "$dir/map/part-$k" 2>> "$dir/stderr" &
    pids+=($!)
  done
  for k in "${pids[@]}"; do wait "$k"; done
  if [[ -n $reducer ]]; then
    cat "$dir"/map/part-* | LC_ALL=C sort -t$'\t' -k1,1 | bash -c "$reducer" > "$dir/part-00000" 2>> "$dir/stderr"
  else
    for piece in "$dir"/map/part-*; do mv "$piece" "$dir/"; done
  fi
  rm -rf "$dir/split" "$dir/map"
}

# 1. features (map-only)
job features "$B features --stdin --no-sentences" "" "$pages"
# 2. candidates: the shuffle by date shard (one reducer: undated pages go to every shard)
P="${PAIR_FLAGS:-}"
job candidates "$B pair --stdin --route $P" "$B pair --stdin --candidates $P" "$out"/features/part-*
# 3. the one-to-one choice over the candidates of all shards and the pile's features (identity mapper)
job pairs "cat" "$B pair --stdin --choose $P" "$out"/candidates/part-* "$out"/features/part-*
# 4. pairs -> align records (map-only), 5. align (map-only)
job records "python3 $here/pairs_to_align.py" "" "$out"/pairs/part-*
job links "$B align --stdin" "" "$out"/records/part-*

# The corpus: each sentence pair once (tabs and line breaks in a sentence become spaces).
cat "$out"/links/part-* | python3 -c '
import json, sys
seen = set()
for line in sys.stdin:
    r = json.loads(line)
    if "error" in r:
        continue
    pair = tuple(r[k].replace("\t", " ").replace("\n", " ").replace("\r", " ") for k in ("vi", "en"))
    if pair not in seen:
        seen.add(pair)
        print("%s\t%s" % pair)
' > "$out/corpus.tsv"
cat "$out"/*/stderr >&2 2>/dev/null || true
