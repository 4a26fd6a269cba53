#!/usr/bin/env python3
"""Does a link's confidence still mean "probability that it is exactly right"?

Aligns the CALIBRATION data only (never the news report half, tst2012/tst2013
or the seeds) with --min-score 0 and prints, per score bin, how many links the
aligner proposed and the share exactly right (strict: the same sentences as a
gold link):

  - news calibration half (bench/news, split "calibration"): raw pages end to
    end, and its gold sentences (--presegmented);
  - its hard negatives end to end with --force (no document gate: every link
    is wrong);
  - IWSLT15 dev2010 made comparable (seed 1), and each talk's Vietnamese side
    against the next talk's English side (every link wrong).

News and talks are reported apart and together, and the links in headline
position (evidence "lead") are listed, since that term was fitted on few.

usage: bench/confidence_bins.py [BUILD_DIR] [--bins 0.4,0.6,0.8,1.0] [--dump FILE]
"""
import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SONGNGU_SHARED_DIR", os.path.join(ROOT, "..", "shared"))


def load_scorer():
    spec = importlib.util.spec_from_file_location(
        "score_alignment", os.path.join(SHARED, "eval", "score_alignment.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def align(binary, vi, en, extra):
    out = subprocess.run([binary, "--quiet", "align", vi, en, "--format", "jsonl",
                          "--min-score", "0", *extra],
                         capture_output=True, text=True, check=False)
    return [json.loads(l) for l in out.stdout.splitlines() if l.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    ap.add_argument("--bins", default="0.2,0.4,0.6,0.8,1.0")
    ap.add_argument("--dump", help="write every link (features, right or not) as JSON lines")
    args = ap.parse_args()
    binary = os.path.join(args.build, "songngu")
    sa = load_scorer()
    links = []  # (domain, score, right, evidence, where)

    def judge(domain, gold_links, got, where, by_text=None):
        gold = {(tuple(l["vi"]), tuple(l["en"])) for l in gold_links}
        for l in got:
            if by_text:
                key = (sa.map_text(l["vi"], by_text["vi"]), sa.map_text(l["en"], by_text["en"]))
            else:
                key = (tuple(l["vi_idx"]), tuple(l["en_idx"]))
            links.append((domain, l["score"], key in gold, l["evidence"], where))

    news = os.path.join(ROOT, "bench", "news")
    with tempfile.TemporaryDirectory() as tmp:
        for g in sorted(glob.glob(os.path.join(news, "*.gold.json"))):
            d = json.load(open(g, encoding="utf-8"))
            if d["split"] != "calibration":
                continue
            vi, en = os.path.join(ROOT, d["vi_source"]), os.path.join(ROOT, d["en_source"])
            got = align(binary, vi, en, ["--force"])
            judge("news", d["links"], got, d["id"] + " page", by_text=d)
            if d.get("negative"):
                continue
            gv, ge = os.path.join(tmp, "v.txt"), os.path.join(tmp, "e.txt")
            with open(gv, "w", encoding="utf-8") as f:
                f.write("\n".join(d["vi"]) + "\n")
            with open(ge, "w", encoding="utf-8") as f:
                f.write("\n".join(d["en"]) + "\n")
            judge("news", d["links"], align(binary, gv, ge, ["--presegmented"]), d["id"] + " gold")
        iwslt = os.path.join(SHARED, "data", "iwslt15-en-vi")
        talks = os.path.join(tmp, "dev2010")
        subprocess.run([sys.executable, os.path.join(SHARED, "eval", "make_comparable.py"),
                        os.path.join(iwslt, "IWSLT15.TED.dev2010.en-vi.vi.xml"),
                        os.path.join(iwslt, "IWSLT15.TED.dev2010.en-vi.en.xml"), talks,
                        "--seed", "1"], check=True, capture_output=True)
        golds = sorted(glob.glob(os.path.join(talks, "*.gold.json")))
        for k, g in enumerate(golds):
            base = g[:-len(".gold.json")]
            d = json.load(open(g, encoding="utf-8"))
            judge("talks", d["links"], align(binary, base + ".vi.txt", base + ".en.txt",
                                             ["--presegmented"]), os.path.basename(base))
            other = golds[(k + 1) % len(golds)][:-len(".gold.json")]
            judge("talks", [], align(binary, base + ".vi.txt", other + ".en.txt",
                                     ["--presegmented", "--force"]),
                  os.path.basename(base) + " vs other")

    edges = [float(x) for x in args.bins.split(",")]
    print("bin        | news: links right share | talks: links right share | all: links right share")
    for lo, hi in zip(edges, edges[1:]):
        cells = []
        for dom in ("news", "talks", None):
            sel = [r for d, s, r, _, _ in links
                   if (dom is None or d == dom) and lo <= s < hi + (1e-9 if hi >= 1 else 0)]
            n, right = len(sel), sum(sel)
            cells.append("%5d %5d %5s" % (n, right, "%.2f" % (right / n) if n else "-"))
        print("%.1f-%.1f    | %s       | %s        | %s" % (lo, hi, *cells))
    lead = [(d, s, r, w) for d, s, r, e, w in links if e.get("lead")]
    print("links in headline position (lead): %d, right %d" % (len(lead), sum(r for _, _, r, _ in lead)))
    for d, s, r, w in sorted(lead, key=lambda x: -x[1]):
        print("  %.3f %-5s %s" % (s, "right" if r else "WRONG", w))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for d, s, r, e, w in links:
                f.write(json.dumps({"domain": d, "score": s, "right": r, "evidence": e,
                                    "where": w}) + "\n")


if __name__ == "__main__":
    main()
