#!/usr/bin/env bash
# Alignment quality harness: one command, six sets, strict/lax/pairs P R F1 and wall time.
#
# usage: bench/eval_alignment.sh [BUILD_DIR]        (default: ./build; needs build/songngu)
#   SONGNGU_SHARED_DIR  shared material (default: ../shared beside the repository)
#   ALIGN_FLAGS         extra flags for every `songngu align` call (e.g. "--min-score 0.7")
#   KEEP=DIR            keep the generated documents and outputs in DIR
#   SETS="5 6"          run only these sets (default: all, "1 2 3 4 5 6")
#
# Sets:
#   1. seed pair end to end: raw pages -> text pipeline -> align --format tsv, scored as text pairs
#   2. seed pair on the gold sentences: --presegmented --format beads
#   3. IWSLT15 talks made comparable by make_comparable.py (seed 1, default settings):
#      dev2010 (calibration), tst2012 (report), tst2013 (reserved: report only)
#   4. the same talks fully parallel (--parallel), as a sanity check
#   5. news-like talks: set 3 with the same few names injected into half the lines of each
#      side by bench/newsify.py (dev2010 calibration, tst2012 report)
#   6. our news set bench/news (raw portal pages, align --format tsv end to end): positives
#      micro-averaged over the calibration half and over the report half; hard negatives
#      (pages of different events with the same officials): links invented per pair
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shared=${SONGNGU_SHARED_DIR:-$root/../shared}
bin=$build/songngu
score=$shared/eval/score_alignment.py
flags=${ALIGN_FLAGS:-}
[ -x "$bin" ] || { echo "eval_alignment: $bin not found; build it first (cmake --build build --target songngu)" >&2; exit 1; }
[ -f "$score" ] || { echo "eval_alignment: $score not found; set SONGNGU_SHARED_DIR" >&2; exit 1; }
if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

now() { date +%s.%N; }
# row NAME SECONDS GOLD TEST [GOLD TEST ...]: one line of the results table.
row() {
  local name=$1 secs=$2; shift 2
  python3 "$score" "$@" --json | python3 -c '
import json, sys
r = json.load(sys.stdin); name, secs = sys.argv[1], float(sys.argv[2])
f = lambda k: "%.3f %.3f %.3f" % tuple(r[k])
c = r["counts"]
print("%-22s %s | %s | %s | %5d %5d | %6.2f s" % (name, f("strict"), f("lax"), f("pairs"), c["n_gold"], c["n_test"], secs))
' "$name" "$secs"
}

sets=" ${SETS:-1 2 3 4 5 6} "
want() { [[ $sets == *" $1 "* ]]; }

# talk_rows NAME DIR: align every talk of DIR (presegmented, beads) and print one row for all.
talk_rows() {
  local name=$1 dir=$2 g talk t0 t1 args=()
  t0=$(now)
  for g in "$dir"/*.gold.json; do
    talk=${g%.gold.json}
    "$bin" --quiet align "$talk.vi.txt" "$talk.en.txt" --presegmented --format beads $flags > "$talk.beads"
    args+=("$g" "$talk.beads")
  done
  t1=$(now)
  row "$name" "$(awk "BEGIN {print $t1 - $t0}")" "${args[@]}"
}

echo "set                    strict P R F1       | lax P R F1          | pairs P R F1        |  gold  test |  wall"

# 1. Seed pair end to end from the raw pages.
gold=$shared/data/gold/cantho-2024-05-28.json
if want 1; then
t0=$(now)
"$bin" --quiet align "$shared/seeds/001_372fcefd87e77f7b.txt" "$shared/seeds/000_f248d404a3479108.txt" \
  --format tsv $flags > "$work/seed.tsv"
t1=$(now)
cut -f2,3 "$work/seed.tsv" > "$work/seed.pairs.tsv"  # the scorer reads vi<TAB>en
row "1 seed end-to-end" "$(awk "BEGIN {print $t1 - $t0}")" "$gold" "$work/seed.pairs.tsv"
fi

# 2. Seed pair on the gold sentences.
if want 2; then
python3 - "$gold" "$work" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
for side in ("vi", "en"):
    with open(f"{sys.argv[2]}/gold.{side}.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(g[side]) + "\n")
PY
t0=$(now)
"$bin" --quiet align "$work/gold.vi.txt" "$work/gold.en.txt" --presegmented --format beads $flags > "$work/gold.beads"
t1=$(now)
row "2 seed gold sentences" "$(awk "BEGIN {print $t1 - $t0}")" "$gold" "$work/gold.beads"
fi

# 3 and 4. IWSLT15 talks, comparable and parallel.
iwslt=$shared/data/iwslt15-en-vi
for mode in comparable parallel; do
  n=$([ "$mode" = comparable ] && echo 3 || echo 4)
  want $n || continue
  for set in dev2010 tst2012 tst2013; do
    dir=$work/$set.$mode
    extra=(); [ "$mode" = parallel ] && extra=(--parallel)
    python3 "$shared/eval/make_comparable.py" "$iwslt/IWSLT15.TED.$set.en-vi.vi.xml" \
      "$iwslt/IWSLT15.TED.$set.en-vi.en.xml" "$dir" --seed 1 "${extra[@]}" > /dev/null
    talk_rows "$n $set $mode" "$dir"
  done
done

# 5. News-like talks: names everywhere, on both sides of true and wrong pairs.
for set in dev2010 tst2012; do
  want 5 || continue
  dir=$work/$set.newslike
  python3 "$shared/eval/make_comparable.py" "$iwslt/IWSLT15.TED.$set.en-vi.vi.xml" \
    "$iwslt/IWSLT15.TED.$set.en-vi.en.xml" "$dir" --seed 1 > /dev/null
  python3 "$root/bench/newsify.py" "$dir" --seed 1 > /dev/null
  talk_rows "5 $set news-like" "$dir"
done

# 6. Our news set: every bench/news/*.gold.json (both batches), raw pages end to end.
news=$root/bench/news
want 6 || exit 0
mkdir -p "$work/news"
declare -A pos neg secs
for split in calibration report; do pos[$split]=""; neg[$split]=""; secs[$split]=0; secs[$split/neg]=0; done
for g in "$news"/*.gold.json; do
  # id, split, negative flag and the two page paths (relative to the repository root).
  read -r id split negative vi en < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print(d["id"], d["split"], int(bool(d.get("negative"))), d["vi_source"], d["en_source"])
' "$g")
  out=$work/news/$id.tsv
  t0=$(now)
  # A document-level gate may refuse a pair (stderr, non-zero exit): that is zero links, not a crash.
  if ! "$bin" --quiet align "$root/$vi" "$root/$en" --format tsv $flags > "$out.raw" 2> "$out.err"; then
    echo "eval_alignment: align refused or failed on $id: $(head -c 200 "$out.err")" >&2
  fi
  t1=$(now)
  cut -f2,3 "$out.raw" > "$out"
  key=$split; [ "$negative" = 1 ] && key=$split/neg
  secs[$key]=$(awk "BEGIN {print ${secs[$key]} + $t1 - $t0}")
  if [ "$negative" = 1 ]; then
    neg[$split]+="$(basename "$g" .gold.json):$(grep -c . "$out" || true) "
  else
    pos[$split]+="$g $out "
  fi
done
for split in calibration report; do
  # shellcheck disable=SC2086  # the lists are space-separated paths without spaces
  [ -n "${pos[$split]}" ] && row "6 news $split" "${secs[$split]}" ${pos[$split]}
done
for split in calibration report; do
  [ -n "${neg[$split]}" ] || continue
  python3 - "$split" "${secs[$split/neg]}" ${neg[$split]} <<'PY'
import sys
split, secs, items = sys.argv[1], float(sys.argv[2]), [a.rsplit(":", 1) for a in sys.argv[3:]]
links = sum(int(n) for _, n in items)
detail = ", ".join(f"{i.split('-')[0]} {n}" for i, n in items)
print(f"6 news negatives {split:11s} {links} links invented over {len(items)} pairs = {links / len(items):.2f} per pair ({detail}) | {secs:6.2f} s")
PY
done
