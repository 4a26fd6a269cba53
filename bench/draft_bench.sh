#!/usr/bin/env bash
# Issue 14 benchmark: chrF of the drafts of `songngu suggest --draft repair` against a reference
# English, next to two baselines from the same run: `--draft copy` (the best fuzzy match's English
# as stored, as a CAT tool inserts it) and `--draft terms` (the glossary/entity skeleton).
# Data: bench/drafts/ (TM of portal sentences + a follow-up release with references).
#
#   bench/draft_bench.sh [--bin PATH] [--min 70] [--details] [--check] [--no-wordalign]
#                        [--with-news] [--fallback-today]
#
#   --bin PATH        songngu binary (default build/songngu, built if missing)
#   --min N           match threshold passed to suggest; "matched" sentences have a match >= N
#   --details         per-sentence chrF and the three drafts under the reference
#   --check           exit 1 when a goal of the issue is not met (default: print and exit 0)
#   --no-wordalign    skip `songngu tm wordalign` after the import (run by default when the
#                     binary has it: word alignment trained on the TM, which repairs use)
#   --with-news       also import the 242 gold links of bench/news (separately written pages,
#                     same cast): competing, looser units that a repair must not be misled by
#   --fallback-today  LOCAL CHECK ONLY, for a binary without --draft: repair = today's draft,
#                     copy = the best match's English as stored in tm.tsv, terms = the skeleton
#                     rebuilt from the JSON terms and entities. Not the issue's measurement.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/build/songngu"
min=70
details=()
check=0
fallback=0
with_news=0
wordalign=1
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --min) min=$2; shift 2 ;;
    --details) details=(--details); shift ;;
    --check) check=1; shift ;;
    --fallback-today) fallback=1; shift ;;
    --with-news) with_news=1; shift ;;
    --no-wordalign) wordalign=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "draft_bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

data="$root/bench/drafts"
if [ "$bin" = "$root/build/songngu" ] && [ ! -x "$bin" ]; then
  echo "draft_bench: building songngu" >&2
  cmake --build "$root/build" -j2 --target songngu >&2
fi
[ -x "$bin" ] || { echo "draft_bench: no executable songngu at $bin" >&2; exit 2; }

python3 "$root/bench/chrf.py" --self-check >/dev/null ||
  { echo "draft_bench: bench/chrf.py --self-check failed" >&2; exit 2; }

has_draft=0
if "$bin" suggest --help 2>&1 | grep -q -- '--draft'; then has_draft=1; fi
if [ $has_draft = 0 ] && [ $fallback = 0 ]; then
  echo "draft_bench: $bin has no 'suggest --draft repair|copy|terms' (issue 14 drafts are not in" \
       "this binary); build branch drafts and pass --bin, or use --fallback-today for a local" \
       "check of the harness" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One sentence per line; the scorer checks that suggest gives back exactly these sentences.
tail -n +2 "$data/release.tsv" | cut -f1 > "$tmp/release.txt"
"$bin" --quiet --tm "$tmp/tm.db" tm import "$data/tm.tsv" --format tsv
if [ $with_news = 1 ]; then
  # Gold links as units: the link's sentences of each side joined by a space.
  python3 - "$root/bench/news" > "$tmp/news.tsv" <<'PY'
import glob, json, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], "[0-9]*.gold.json"))):
    doc = json.load(open(path, encoding="utf-8"))
    for link in doc["links"]:
        vi = " ".join(doc["vi"][i] for i in link["vi"])
        en = " ".join(doc["en"][j] for j in link["en"])
        print(vi.replace("\t", " ") + "\t" + en.replace("\t", " "))
PY
  "$bin" --quiet --tm "$tmp/tm.db" tm import "$tmp/news.tsv" --format tsv
fi

now() { date +%s%N; }  # nanoseconds, integer arithmetic (no bc)
declare -A secs
wordalign_note="not run (--no-wordalign)"
if [ $wordalign = 1 ]; then
  if "$bin" tm --help 2>&1 | grep -q 'wordalign'; then
    t0=$(now)
    "$bin" --quiet --tm "$tmp/tm.db" tm wordalign > "$tmp/wordalign.log" 2>&1 ||
      { echo "draft_bench: 'songngu tm wordalign' failed: $(head -c 300 "$tmp/wordalign.log")" >&2; exit 2; }
    wordalign_note="$(( ($(now) - t0) / 1000000 )) ms"
  else
    wordalign_note="not in this binary"
  fi
fi
if [ $fallback = 1 ]; then
  echo "FALLBACK (--fallback-today): modes derived from one run of today's suggest, not the" \
       "issue-14 drafts"
  t0=$(now)
  "$bin" --quiet --tm "$tmp/tm.db" suggest "$tmp/release.txt" --format json --min "$min" \
    > "$tmp/today.jsonl"
  secs[today]=$(( ($(now) - t0) / 1000000 ))
  python3 "$root/bench/draft_score.py" "$data/release.tsv" --derive-from-today \
    "$tmp/today.jsonl" "$data/tm.tsv" "$tmp"
else
  for mode in repair copy terms; do
    t0=$(now)
    if ! "$bin" --quiet --tm "$tmp/tm.db" suggest "$tmp/release.txt" --format json --min "$min" \
        --draft "$mode" > "$tmp/$mode.jsonl" 2> "$tmp/$mode.err"; then
      echo "draft_bench: 'songngu suggest --draft $mode' failed: $(head -c 300 "$tmp/$mode.err")" >&2
      exit 2
    fi
    secs[$mode]=$(( ($(now) - t0) / 1000000 ))
  done
fi

echo "binary: $bin"
echo "TM: $(grep -c . "$data/tm.tsv") units (bench/drafts/tm.tsv)$([ $with_news = 1 ] && echo " + $(grep -c . "$tmp/news.tsv") gold links of bench/news"); release: bench/drafts/release.tsv"
echo "tm wordalign: $wordalign_note"
for k in today repair copy terms; do
  if [ -n "${secs[$k]:-}" ]; then printf 'suggest %s: %d ms\n' "$k" "${secs[$k]}"; fi
done
rc=0
python3 "$root/bench/draft_score.py" "$data/release.tsv" --min "$min" \
  repair="$tmp/repair.jsonl" copy="$tmp/copy.jsonl" terms="$tmp/terms.jsonl" \
  ${details[@]+"${details[@]}"} || rc=$?
if [ $rc = 2 ]; then exit 2; fi
if [ $rc = 1 ] && [ $check = 1 ]; then exit 1; fi
exit 0
