#!/usr/bin/env python3
"""chrF: character n-gram F-score (Popovic 2015), with sacrebleu's chrF defaults.

n = 1..6, beta = 2, whitespace removed before n-grams are taken, no lowercasing.
For each order n the hypothesis and reference n-gram multisets are intersected
(clipped counts); precision and recall are averaged over the orders where both
sides have n-grams, then combined as F_beta and scaled to 0..100. A corpus score
sums the per-order counts over all sentences first (as sacrebleu's corpus_score).

Usage:
  python3 bench/chrf.py --self-check
  python3 bench/chrf.py HYP_FILE REF_FILE      # corpus chrF of two line-aligned files
"""
import sys
from collections import Counter

ORDER = 6  # character n-gram orders 1..6 (sacrebleu default)
BETA = 2  # recall weighted twice as much as precision (sacrebleu default)


def _ngrams(text, n):
    return Counter(text[i:i + n] for i in range(len(text) - n + 1))


def stats(hyp, ref, order=ORDER):
    """Per-order [hyp n-grams, ref n-grams, common n-grams], whitespace removed."""
    hyp = "".join(hyp.split())
    ref = "".join(ref.split())
    out = []
    for n in range(1, order + 1):
        h, r = _ngrams(hyp, n), _ngrams(ref, n)
        out.append([sum(h.values()), sum(r.values()), sum((h & r).values())])
    return out


def score_from_stats(per_order, beta=BETA):
    prec = rec = 0.0
    effective = 0
    for n_hyp, n_ref, n_common in per_order:
        # An order where one side is too short to have n-grams says nothing.
        if n_hyp > 0 and n_ref > 0:
            prec += n_common / n_hyp
            rec += n_common / n_ref
            effective += 1
    if effective == 0:
        return 0.0
    prec /= effective
    rec /= effective
    if prec + rec == 0:
        return 0.0
    b2 = beta * beta
    return 100.0 * (1 + b2) * prec * rec / (b2 * prec + rec)


def sentence_chrf(hyp, ref):
    return score_from_stats(stats(hyp, ref))


def corpus_chrf(hyps, refs):
    if len(hyps) != len(refs):
        raise ValueError("chrf: %d hypotheses but %d references" % (len(hyps), len(refs)))
    total = [[0, 0, 0] for _ in range(ORDER)]
    for h, r in zip(hyps, refs):
        for acc, s in zip(total, stats(h, r)):
            for k in range(3):
                acc[k] += s[k]
    return score_from_stats(total)


def self_check():
    """Values computed by hand (see the comments), plus one published sacrebleu value."""
    checks = [
        # identical -> every order P = R = 1
        (sentence_chrf("Binh Thuy district", "Binh Thuy district"), 100.0),
        # whitespace is removed before n-grams: "a b" == "ab"
        (sentence_chrf("a b", "ab"), 100.0),
        # no character in common
        (sentence_chrf("xyz", "abc"), 0.0),
        # empty hypothesis
        (sentence_chrf("", "abc"), 0.0),
        # "ab" vs "abc": n=1 P=2/2 R=2/3; n=2 P=1/1 R=1/2; n>=3 no hyp n-grams (skipped).
        # P=1, R=7/12, F2 = 5*P*R/(4P+R) = (35/12)/(55/12) = 7/11
        (sentence_chrf("ab", "abc"), 700.0 / 11.0),
        # "aa" vs "a": n=1 hyp {a:2} ref {a:1} common 1 -> P=1/2 R=1; n=2 no ref n-grams.
        # F2 = 5*(1/2)*1/(4*(1/2)+1) = 2.5/3
        (sentence_chrf("aa", "a"), 250.0 / 3.0),
        # corpus: counts summed before F: "ab"/"abc" + "abc"/"abc"
        # n=1: hyp 2+3 ref 3+3 common 2+3; n=2: 1+2 / 2+2 / 1+2; n=3: 0+1 / 1+1 / 0+1;
        # n>=4 none. P = (1+1+1)/3 = 1, R = (5/6 + 3/4 + 1/2)/3 = 25/36,
        # F2 = 5*R/(4+R) = (125/36)/(169/36) = 125/169
        (corpus_chrf(["ab", "abc"], ["abc", "abc"]), 12500.0 / 169.0),
        # sacrebleu's documented example (chrF, defaults): 61.576379378113785
        (sentence_chrf("The relationship between Obama and Netanyahu is not exactly friendly.",
                       "The ties between Obama and Netanyahu are not particularly friendly."),
         61.576379378113785),
    ]
    bad = 0
    for i, (got, want) in enumerate(checks):
        if abs(got - want) > 1e-6:
            print("chrf self-check %d: got %.6f, want %.6f" % (i, got, want), file=sys.stderr)
            bad += 1
    print("chrf self-check: %d passed, %d failed" % (len(checks) - bad, bad))
    return 1 if bad else 0


def main(argv):
    if argv[1:] == ["--self-check"]:
        return self_check()
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        hyps = f.read().split("\n")
    with open(argv[2], encoding="utf-8") as f:
        refs = f.read().split("\n")
    print("%.2f" % corpus_chrf(hyps, refs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
