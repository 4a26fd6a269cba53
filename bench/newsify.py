#!/usr/bin/env python3
"""Make IWSLT talks from make_comparable.py look like city news: the same few names everywhere.

usage: newsify.py DIR [--rate P] [--seed N]

City news names the chairman, "Cần Thơ" and a few officials in most sentences of both
pages, so a shared name says little about which sentences translate each other. TED talks
rarely share names, so an aligner calibrated on them trusts names too much. This rewrites
every DIR/<talk>.vi.txt and .en.txt written by ../shared/eval/make_comparable.py (one
sentence per line) in place, adding one of a few name phrases to a share P of the lines of
each side, drawn independently per side: the names then appear on both sides of true and
of wrong pairs alike. The gold's sentence lists are rewritten to match; its links (indices)
do not change.
"""
import argparse
import glob
import json
import random

# (Vietnamese, English) phrase pairs; "{}" is the original sentence. Drawn independently per
# side, so a line may get the chairman on one side and the city on the other.
TEMPLATES = [
    ("Theo ông Trần Văn An, {}", "According to Tran Van An, {}"),
    ("Tại TP Cần Thơ, {}", "In Can Tho City, {}"),
    ("Ông Trần Văn An, Chủ tịch UBND TP Cần Thơ, cho biết: {}", "Can Tho Chairman Tran Van An said: {}"),
    ("Bà Phạm Thị Thu Hằng, Phó Chủ tịch UBND TP, nói: {}", "Vice Chairwoman Pham Thi Thu Hang said: {}"),
    ("{} (TP Cần Thơ)", "{} (Can Tho City)"),
    ("{} Ông Nguyễn Thanh Hải cũng dự.", "{} Nguyen Thanh Hai also attended."),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--rate", type=float, default=0.5, help="share of lines given a name phrase, per side")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    golds = sorted(glob.glob(f"{a.dir}/*.gold.json"))
    if not golds:
        raise SystemExit(f"newsify: no *.gold.json in {a.dir}")
    changed = total = 0
    for gpath in golds:
        base = gpath[: -len(".gold.json")]
        gold = json.load(open(gpath, encoding="utf-8"))
        for k, side in enumerate(("vi", "en")):
            lines = open(f"{base}.{side}.txt", encoding="utf-8").read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            if lines != gold[side]:
                raise SystemExit(f"newsify: {base}.{side}.txt does not match its gold sentences")
            out = []
            for line in lines:
                total += 1
                if line.strip() and rng.random() < a.rate:
                    line = rng.choice(TEMPLATES)[k].format(line)
                    changed += 1
                out.append(line)
            with open(f"{base}.{side}.txt", "w", encoding="utf-8") as f:
                f.write("\n".join(out) + "\n")
            gold[side] = out
        with open(gpath, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=0)
    print(f"newsify: {changed} of {total} lines given a name phrase in {len(golds)} talks")


if __name__ == "__main__":
    main()
