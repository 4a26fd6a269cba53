#!/usr/bin/env bash
# Share of hand-written expected renderings (bench/release/expected.tsv) that
# appear in what `songngu suggest` gives for our own test release: the
# sentence's draft, its glossary terms or its entities (case-insensitive).
# The TM is built from our own aligned pairs (bench/release/tm-pairs.tsv).
#   bench/release_bench.sh [path/to/songngu]      (VERBOSE=1: list the misses)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/songngu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" --quiet --tm "$work/tm.db" tm import "$here/release/tm-pairs.tsv" --format tsv
"$bin" --quiet --tm "$work/tm.db" suggest "$here/release/vi-release.txt" --format json > "$work/out.jsonl"
python3 - "$here/release/expected.tsv" "$work/out.jsonl" <<'PY'
import json, os, sys, collections
expected = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")
            if l.strip() and not l.startswith("#")]
sentences = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
hit = collections.Counter()
total = collections.Counter()
misses = []
for vi, en, cat in expected:
    total[cat] += 1
    found = False
    for s in sentences:
        if vi not in s["source"]:
            continue
        texts = [s["draft"]] + [t["en"] for t in s["terms"]] + [e["en"] for e in s["entities"]]
        if any(en.lower() in t.lower() for t in texts):
            found = True
            break
    if found:
        hit[cat] += 1
    else:
        misses.append((vi, en))
n, h = sum(total.values()), sum(hit.values())
print(f"expected renderings found: {h}/{n} = {100.0 * h / n:.1f}%")
for cat in sorted(total):
    print(f"  {cat:8s} {hit[cat]}/{total[cat]}")
if os.environ.get("VERBOSE"):
    for vi, en in misses:
        print(f"  missing: {vi} -> {en}")
PY
