#!/usr/bin/env python3
"""Document-pairing benchmark on simulated piles of crawled pages.

Splits the IWSLT15 TED talks of dev2010 + tst2012 into separate Vietnamese and
English documents (talk ids dropped, file names random, order shuffled), adds
one side of each tst2013 talk without its partner as a distractor (half of them
Vietnamese, half English), runs `songngu pair --vi-dir --en-dir`, and prints
pair precision and recall against the known talk pairs (targets: precision
>= 0.99, recall >= 0.95). Generated files go to a temporary folder.

usage: bench/pair_piles.py [--songngu build/songngu] [--shared ../shared] [--seed 1]
                          [--comparable] [--recombined N] [--write-only DIR]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def read_talks(path):
    """{docid: text} with one segment per line (metadata and talk id dropped)."""
    talks = {}
    for doc in ET.parse(path).getroot().iter("doc"):
        segs = [s.text.strip() for s in doc.iter("seg") if s.text and s.text.strip()]
        talks[doc.get("docid")] = "\n".join(segs) + "\n"
    return talks


def load_set(shared, name, comparable=False, seed=1):
    """({docid: vi text}, {docid: en text}); comparable: perturbed by eval/make_comparable.py
    (sentences dropped, merged, moved, noise added), as separate news write-ups are."""
    base = os.path.join(shared, "data", "iwslt15-en-vi", "IWSLT15.TED.%s.en-vi" % name)
    if not comparable:
        return read_talks(base + ".vi.xml"), read_talks(base + ".en.xml")
    out = tempfile.mkdtemp(prefix="songngu-comparable-")
    try:
        subprocess.run([sys.executable, os.path.join(shared, "eval", "make_comparable.py"), base + ".vi.xml",
                        base + ".en.xml", out, "--seed", str(seed)], check=True, capture_output=True)
        vi, en = {}, {}
        for name_ in os.listdir(out):
            for lang, side in (("vi", vi), ("en", en)):
                if name_.endswith(".%s.txt" % lang):
                    with open(os.path.join(out, name_), encoding="utf-8") as f:
                        side[name_[:-len(".%s.txt" % lang)]] = f.read()
        return vi, en
    finally:
        subprocess.run(["rm", "-rf", out])


def recombined(shared, n, seed):
    """n (vi, en) document pairs, each 3 runs of 8-15 consecutive segments from 3
    random talks of dev2010, tst2012 and tst2013, after a first line with a
    document number, as news items have. Runs recur across documents."""
    talks = []
    for s in ("dev2010", "tst2012", "tst2013"):
        base = os.path.join(shared, "data", "iwslt15-en-vi", "IWSLT15.TED.%s.en-vi" % s)
        side = {}
        for lang in ("vi", "en"):
            for doc in ET.parse(base + ".%s.xml" % lang).getroot().iter("doc"):
                side.setdefault(doc.get("docid"), {})[lang] = [x.text.strip() for x in doc.iter("seg")]
        talks += [t for t in side.values() if len(t["vi"]) >= 20]
    rng = random.Random(seed)
    pairs = []
    for k in range(n):
        runs = []
        for t in rng.sample(talks, 3):
            size = rng.randint(8, 15)
            start = rng.randrange(0, len(t["vi"]) - size)
            runs.append((t, start, size))
        texts = []
        for lang, head in (("vi", "Văn bản số %d/TB-BENCH"), ("en", "Document No. %d/TB-BENCH")):
            lines = [head % (1000 + k)]
            for t, start, size in runs:
                lines += t[lang][start:start + size]
            texts.append("\n".join(lines) + "\n")
        pairs.append(tuple(texts))
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--songngu", default=os.path.join(HERE, "..", "build", "songngu"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--sets", default="dev2010,tst2012", help="sets whose talks are the true pairs")
    ap.add_argument("--distractors", default="tst2013", help="sets that give one-sided distractors ('' for none)")
    ap.add_argument("--comparable", action="store_true",
                    help="perturb the talks with eval/make_comparable.py (drops, merges, moves, noise)")
    ap.add_argument("--recombined", type=int, metavar="N",
                    help="instead: N document pairs recombined from runs of talks (large piles, no distractors)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the generated piles and print where")
    ap.add_argument("--write-only", metavar="DIR", help="write the piles to DIR/vi and DIR/en and stop")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    work = args.write_only or tempfile.mkdtemp(prefix="songngu-pair-piles-")
    vi_dir, en_dir = os.path.join(work, "vi"), os.path.join(work, "en")
    os.makedirs(vi_dir)
    os.makedirs(en_dir)
    names = set()

    def write(folder, text):
        while True:
            name = "%08x.txt" % rng.getrandbits(32)
            if name not in names:
                break
        names.add(name)
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    truth = {}  # vi path -> en path
    distractors = 0
    if args.recombined:
        args.sets, args.distractors = "%d recombined" % args.recombined, ""
        for vi_text, en_text in recombined(args.shared, args.recombined, args.seed):
            truth[write(vi_dir, vi_text)] = write(en_dir, en_text)
    else:
        for s in args.sets.split(","):
            vi, en = load_set(args.shared, s, args.comparable, args.seed)
            for docid in sorted(vi):
                truth[write(vi_dir, vi[docid])] = write(en_dir, en[docid])
    for s in filter(None, args.distractors.split(",")):
        vi, en = load_set(args.shared, s, args.comparable, args.seed)
        ids = sorted(vi)
        rng.shuffle(ids)
        for k, docid in enumerate(ids):
            write(vi_dir if k % 2 == 0 else en_dir, (vi if k % 2 == 0 else en)[docid])
            distractors += 1

    if args.write_only:
        return
    start = time.time()
    proc = subprocess.run([args.songngu, "pair", "--vi-dir", vi_dir, "--en-dir", en_dir, "--format", "tsv"],
                          capture_output=True, text=True)
    elapsed = time.time() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit("songngu pair failed with status %d" % proc.returncode)
    predicted = {}
    for line in proc.stdout.splitlines():
        vi_path, en_path, conf = line.split("\t")
        if vi_path != "-" and en_path != "-":
            predicted[vi_path] = (en_path, float(conf))
    correct = sum(1 for v, (e, _) in predicted.items() if truth.get(v) == e)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(truth) if truth else 0.0
    print("piles: %d true pairs (%s), %d one-sided distractors (%s), %d + %d files"
          % (len(truth), args.sets, distractors, args.distractors or "none",
             len(os.listdir(vi_dir)), len(os.listdir(en_dir))))
    print("pairs predicted %d, correct %d" % (len(predicted), correct))
    print("precision %.3f (target >= 0.99)" % precision)
    print("recall    %.3f (target >= 0.95)" % recall)
    print("time      %.2f s" % elapsed)
    for v, (e, c) in sorted(predicted.items()):
        if truth.get(v) != e:
            print("  wrong: %s -> %s (%.3f), true %s" % (os.path.basename(v), os.path.basename(e), c,
                                                         os.path.basename(truth.get(v, "-"))))
    for v, e in sorted(truth.items()):
        if v not in predicted:
            print("  missed: %s -> %s" % (os.path.basename(v), os.path.basename(e)))
    if args.keep:
        print("piles kept in %s" % work)
    else:
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
