#!/usr/bin/env python3
"""Document-pairing benchmark on simulated piles of crawled pages.

Splits the IWSLT15 TED talks of dev2010 + tst2012 into separate Vietnamese and
English documents (talk ids dropped, file names random, order shuffled), adds
one side of each tst2013 talk without its partner as a distractor (half of them
Vietnamese, half English), runs `songngu pair --vi-dir --en-dir`, and prints
pair precision and recall against the known talk pairs (targets: precision
>= 0.99, recall >= 0.95). Generated files go to a temporary folder.

usage: bench/pair_piles.py [--songngu build/songngu] [--shared ../shared] [--seed 1]
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


def load_set(shared, name):
    base = os.path.join(shared, "data", "iwslt15-en-vi", "IWSLT15.TED.%s.en-vi" % name)
    return read_talks(base + ".vi.xml"), read_talks(base + ".en.xml")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--songngu", default=os.path.join(HERE, "..", "build", "songngu"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--sets", default="dev2010,tst2012", help="sets whose talks are the true pairs")
    ap.add_argument("--distractors", default="tst2013", help="sets that give one-sided distractors ('' for none)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the generated piles and print where")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="songngu-pair-piles-")
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
    for s in args.sets.split(","):
        vi, en = load_set(args.shared, s)
        for docid in sorted(vi):
            truth[write(vi_dir, vi[docid])] = write(en_dir, en[docid])
    distractors = 0
    for s in filter(None, args.distractors.split(",")):
        vi, en = load_set(args.shared, s)
        ids = sorted(vi)
        rng.shuffle(ids)
        for k, docid in enumerate(ids):
            write(vi_dir if k % 2 == 0 else en_dir, (vi if k % 2 == 0 else en)[docid])
            distractors += 1

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
