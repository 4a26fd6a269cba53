#!/usr/bin/env bash
# corpus build benchmark: 1,000 Vietnamese-English document pairs made by
# recombining IWSLT15 TED talks (dev2010, tst2012, tst2013), built into a
# fresh TM with `songngu corpus build --jobs 2`. Prints the wall time, the
# time per stage (from the build summary), a rerun (everything skipped) and
# an export. Target: < 60 s on 2 cores. Generated files go to a temporary
# folder that is removed at the end.
#
# Each document = 3 runs of 8-15 consecutive segments from 3 random talks,
# the same runs on both sides, plus a first line with a document number
# ("Văn bản số 123/TB-BENCH" / "Document No. 123/TB-BENCH") as news items have.
# Runs from the same talks recur across documents, so pairing meets
# near-duplicates.
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

python3 - "$shared" "$work" "$pairs" <<'PY'
import os, random, sys, xml.etree.ElementTree as ET
shared, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
talks = []
for s in ("dev2010", "tst2012", "tst2013"):
    base = os.path.join(shared, "data", "iwslt15-en-vi", "IWSLT15.TED.%s.en-vi" % s)
    side = {}
    for lang in ("vi", "en"):
        for doc in ET.parse(base + ".%s.xml" % lang).getroot().iter("doc"):
            side.setdefault(doc.get("docid"), {})[lang] = [x.text.strip() for x in doc.iter("seg")]
    talks += [t for t in side.values() if len(t["vi"]) >= 20]
rng = random.Random(7)
os.makedirs(os.path.join(work, "vi"))
os.makedirs(os.path.join(work, "en"))
for k in range(n):
    runs = []
    for t in rng.sample(talks, 3):
        size = rng.randint(8, 15)
        start = rng.randrange(0, len(t["vi"]) - size)
        runs.append((t, start, size))
    for lang, head in (("vi", "Văn bản số %d/TB-BENCH"), ("en", "Document No. %d/TB-BENCH")):
        lines = [head % (1000 + k)]
        for t, start, size in runs:
            lines += t[lang][start:start + size]
        with open(os.path.join(work, lang, "%s%04d.txt" % (lang, k)), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
PY
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
