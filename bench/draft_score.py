#!/usr/bin/env python3
"""Scores `songngu suggest --format json --draft MODE` output against the reference English of
bench/drafts/release.tsv (issue 14 benchmark); called by bench/draft_bench.sh.

  draft_score.py RELEASE_TSV --min 70 repair=R.jsonl copy=C.jsonl terms=T.jsonl [--details]
  draft_score.py RELEASE_TSV --derive-from-today TODAY.jsonl TM_TSV OUTDIR  (fallback, local check)

A sentence is "matched" when its best TM match scores >= --min (the suggest threshold).
A draft is "usable" when its sentence chrF against the reference is >= USABLE: at that level a
translator fixes a few words instead of translating the sentence again (a copied fuzzy match
with one stale name scores ~80-90, a term skeleton ~30-50).
"""
import json
import os
import signal
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chrf  # noqa: E402

USABLE = 60.0  # sentence chrF from which a draft is post-edited rather than retranslated
GOOD = 80.0  # sentence chrF of a draft that needs only a word or two
MODES = ("repair", "copy", "terms")
COPY_GOAL = 10.0  # issue 14: repair >= copy + 10 chrF on matched sentences


def die(msg):
    print("draft_score: " + msg, file=sys.stderr)
    sys.exit(2)


def read_release(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t")[:2] != ["vi", "en"]:
        die("%s:1: header 'vi<TAB>en<TAB>tests<TAB>tm' expected" % path)
    for no, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4 or not cols[0].strip() or not cols[1].strip():
            die("%s:%d: 4 tab-separated columns with a Vietnamese and an English text expected" %
                (path, no))
        if unicodedata.normalize("NFC", line) != line:
            die("%s:%d: not NFC" % (path, no))
        rows.append({"line": no, "vi": cols[0], "en": cols[1], "tests": cols[2], "tm": cols[3]})
    return rows


def norm(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_jsonl(path, rows, mode):
    out = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                die("%s:%d: not JSON (%s)" % (path, no, e.msg))
    if len(out) != len(rows):
        die("%s: %d sentences for %d release lines: the segmenter split or merged a line; "
            "the benchmark needs one sentence per line" % (mode, len(out), len(rows)))
    for obj, row in zip(out, rows):
        if norm(obj.get("source", "")) != norm(row["vi"]):
            die("%s: sentence %s is %r, release.tsv line %d is %r" %
                (mode, obj.get("i"), obj.get("source"), row["line"], row["vi"]))
        if "draft" not in obj:
            die("%s: sentence %s has no field 'draft' (contract of issue 14)" % (mode, obj.get("i")))
    return out


def best_score(obj):
    matches = obj.get("matches") or []
    return max((m.get("score", 0) for m in matches), default=0)


def skeleton(obj):
    """Today's term skeleton: entities and glossary terms in source order, joined by ' … '."""
    src = obj["source"]
    items = []
    for t in obj.get("terms", []):
        items.append((t.get("span", [len(src)])[0], t["en"]))
    for e in obj.get("entities", []):
        pos = src.find(e["vi"])
        items.append((pos if pos >= 0 else len(src), e["en"]))
    items.sort(key=lambda x: x[0])
    return " … ".join(en for _, en in items)


def derive_from_today(rows, today_path, tm_path, outdir):
    """Fallback when the binary has no --draft: repair = today's draft, copy = the English of the
    best match's unit as stored in the TM file (today's JSON target already has numbers
    substituted), terms = the skeleton rebuilt from terms and entities."""
    objs = read_jsonl(today_path, rows, "today")
    stored = {}
    with open(tm_path, encoding="utf-8") as f:
        for line in f:
            vi, en = line.rstrip("\n").split("\t")[:2]
            stored[norm(vi)] = en
    files = {m: open(os.path.join(outdir, m + ".jsonl"), "w", encoding="utf-8") for m in MODES}
    for obj in objs:
        matches = obj.get("matches") or []
        drafts = {
            "repair": obj["draft"],
            "copy": stored.get(norm(matches[0]["source"]), matches[0]["target"]) if matches else "",
            "terms": skeleton(obj),
        }
        for m in MODES:
            files[m].write(json.dumps(dict(obj, draft=drafts[m]), ensure_ascii=False) + "\n")
    for f in files.values():
        f.close()


def corpus(scores, idx, mode):
    if not idx:
        return float("nan")
    return chrf.corpus_chrf([scores[mode]["hyp"][i] for i in idx], [scores["ref"][i] for i in idx])


def share(scores, idx, mode, level):
    n = sum(1 for i in idx if scores[mode]["sent"][i] >= level)
    return "%2d/%-2d %3.0f%%" % (n, len(idx), 100.0 * n / len(idx) if idx else 0.0)


def ready(scores, idx, mode):
    """Drafts identical to the reference (whitespace aside): usable as they stand."""
    n = sum(1 for i in idx if norm(scores[mode]["hyp"][i]) == norm(scores["ref"][i]))
    return "%2d/%-2d %3.0f%%" % (n, len(idx), 100.0 * n / len(idx) if idx else 0.0)


def main(argv):
    args = argv[1:]
    if len(args) >= 1 and "--derive-from-today" in args:
        k = args.index("--derive-from-today")
        rows = read_release(args[0])
        derive_from_today(rows, args[k + 1], args[k + 2], args[k + 3])
        return 0
    if not args:
        die("usage: draft_score.py RELEASE_TSV --min N repair=F copy=F terms=F [--details]")
    rows = read_release(args[0])
    min_score, details, files = 70, False, {}
    rest = args[1:]
    while rest:
        a = rest.pop(0)
        if a == "--min":
            min_score = float(rest.pop(0))
        elif a == "--details":
            details = True
        elif "=" in a and a.split("=", 1)[0] in MODES:
            files[a.split("=", 1)[0]] = a.split("=", 1)[1]
        else:
            die("unknown argument " + a)
    if set(files) != set(MODES):
        die("need repair=, copy= and terms= files")

    objs = {m: read_jsonl(files[m], rows, m) for m in MODES}
    scores = {"ref": [r["en"] for r in rows]}
    for m in MODES:
        hyps = [o["draft"] for o in objs[m]]
        scores[m] = {"hyp": hyps, "sent": [chrf.sentence_chrf(h, r["en"]) for h, r in zip(hyps, rows)]}
    best = [best_score(o) for o in objs["copy"]]
    for m in MODES:
        if [best_score(o) for o in objs[m]] != best:
            print("note: the matches of mode %s differ from those of mode copy; 'matched' is "
                  "taken from copy" % m)
    everything = list(range(len(rows)))
    matched = [i for i in everything if best[i] >= min_score]
    unmatched = [i for i in everything if best[i] < min_score]

    print("%d release sentences: %d with a TM match >= %g, %d without" %
          (len(rows), len(matched), min_score, len(unmatched)))
    print("chrF: character 1..6-grams, beta 2, whitespace removed; corpus scores sum n-gram counts")
    print("usable: sentence chrF >= %g against the reference; good: >= %g; ready: the reference "
          "itself (whitespace aside)" % (USABLE, GOOD))
    print()
    print("%-7s %8s %8s %8s   %-12s %-12s %-12s %-12s %-12s" %
          ("mode", "all", "matched", "no-match", "usable all", "usable match", "usable none",
           "good all", "ready all"))
    table = {}
    for m in MODES:
        table[m] = (corpus(scores, everything, m), corpus(scores, matched, m),
                    corpus(scores, unmatched, m))
        print("%-7s %8.1f %8.1f %8.1f   %-12s %-12s %-12s %-12s %-12s" %
              (m, table[m][0], table[m][1], table[m][2], share(scores, everything, m, USABLE),
               share(scores, matched, m, USABLE), share(scores, unmatched, m, USABLE),
               share(scores, everything, m, GOOD), ready(scores, everything, m)))
    # Issue 14: fragment drafts show the words no fragment covers as "[Vietnamese]"
    # (JSON "gaps"); chrF counts those placeholders against the draft. The same
    # drafts without them, to tell the placeholders' cost from the English's.
    stripped = []
    for o in objs["repair"]:
        d = o["draft"]
        for g in o.get("gaps", []):
            d = d.replace("[" + g["vi"] + "]", "")
        stripped.append(" ".join(d.split()))
    n_gaps = sum(len(o.get("gaps", [])) for o in objs["repair"])
    if n_gaps:
        scores["repair_no_gaps"] = {"hyp": stripped}
        print("repair drafts hold %d [untranslated] placeholders; without them: all %.1f, "
              "no-match %.1f" % (n_gaps, corpus(scores, everything, "repair_no_gaps"),
                                 corpus(scores, unmatched, "repair_no_gaps")))
    print()
    d_copy = table["repair"][1] - table["copy"][1]
    d_terms = [table["repair"][k] - table["terms"][k] for k in range(3)]
    print("repair - copy  on matched sentences: %+.1f (goal >= +%g): %s" %
          (d_copy, COPY_GOAL, "met" if d_copy >= COPY_GOAL else "NOT met"))
    terms_ok = all(d > 0 for d in d_terms if d == d)  # NaN (empty subset) does not count
    print("repair - terms all %+.1f, matched %+.1f, no-match %+.1f (goal > 0 everywhere): %s" %
          (d_terms[0], d_terms[1], d_terms[2], "met" if terms_ok else "NOT met"))

    for base, idx in (("copy", matched), ("terms", everything)):
        worse = [rows[i]["line"] for i in idx
                 if scores["repair"]["sent"][i] < scores[base]["sent"][i] - 0.05]
        print("sentences where repair scores below %s%s: %d%s" %
              (base, " (matched)" if base == "copy" else "", len(worse),
               " (release.tsv lines " + ", ".join(map(str, worse)) + ")" if worse else ""))

    if details:
        print()
        print("line  best  repair   copy  terms  tests")
        for i, r in enumerate(rows):
            print("%4d  %4s  %6.1f %6.1f %6.1f  %s" %
                  (r["line"], best[i] if best[i] else "-", scores["repair"]["sent"][i],
                   scores["copy"]["sent"][i], scores["terms"]["sent"][i], r["tests"]))
            print("      ref:    " + r["en"])
            for m in MODES:
                print("      %-7s " % (m + ":") + scores[m]["hyp"][i])
    return 0 if (d_copy >= COPY_GOAL and terms_ok) else 1


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    sys.exit(main(sys.argv))
