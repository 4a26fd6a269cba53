#!/usr/bin/env python3
"""Builds data/lexicon/vi-en.lex, songngu's default Vietnamese-English lexicon.

Sources (read from ../shared, never copied into the repo):
  data/dict/fvdp.vi-en.tsv              FVDP Vietnamese-English, GPL-2.0-or-later
  data/dict/wiktionary.vi-en.tsv        English Wiktionary (inverted), CC BY-SA 3.0
  data/glossary/official-titles.vi-en.tsv  official titles and bodies, CC0
and from this repository:
  data/lexicon/news-vocab.tsv           provincial/city news vocabulary written by us, Apache-2.0

Output format (see aligner/lexicon.h, Lexicon::Load): a header line
  songngu-lexicon 1 english=words
then one line per Vietnamese key, sorted by code point:
  VI_KEY<TAB>EN_WORD WEIGHT<TAB>EN_WORD WEIGHT ...
VI_KEY is the MatchingKey form (NFC, lower case, tone mark on the syllable's
last vowel) with syllables joined by '_'. EN_WORD is a lower-cased English
word, NOT stemmed: the C++ loader stems it with libstemmer, so this script
needs no stemmer. WEIGHT is a joint weight w(vi, en): every headword spreads
one unit over its senses, a sense over its content words. The loader derives
p(en|vi) = w / sum_en w and p(vi|en) = w / sum_vi w after stemming.

Deterministic: same inputs give the same bytes (sorted output, fixed number
formatting, no timestamps). python3 stdlib only.

Usage: python3 scripts/build_lexicon.py [--shared DIR] [--out FILE] [--check]
  --check  compare with the existing output instead of writing it (exit 1 if different)
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Longest Vietnamese entry kept, in syllables: longer glossary titles are
# phrases, not words, and would swallow their parts when grouping
# ("Chủ tịch UBND thành phố" must group as chủ_tịch / ubnd / thành_phố).
MAX_SYLLABLES = 4
# Glosses longer than this (in words) are definitions or examples, not translations.
MAX_GLOSS_WORDS = 5
# Content words a gloss may spread its weight over.
MAX_CONTENT_WORDS = 3
# Relative weight of one gloss per source: the glossary is curated for our domain.
# Our news vocabulary weighs like a dictionary: it fills gaps ("hộ dân", "tái định cư")
# rather than overriding the dictionaries' senses.
SOURCE_WEIGHT = {"fvdp": 1.0, "wiktionary": 1.0, "glossary": 2.0, "news": 1.0}

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
VOWELS = set("aeiouy")

# English words that carry no translation evidence of their own inside a gloss
# ("to warm oneself" -> warm). A gloss made only of these keeps them ("và" -> and).
STOPWORDS = set("""
a an the to of in on at for by with from into onto upon as about than
be is are was were been being am
one one's oneself someone someone's somebody something sb sth smb smth
or and etc very so not no
it its his her their them they he she we you i my your our this that these those
do does did have has had make made get got give gave take
""".split())

ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def syllable_key(syllable):
    """MatchingKey of one syllable, as aligner/normalize.cc computes it."""
    d = unicodedata.normalize("NFD", syllable).casefold()
    tone = None
    base = []
    for ch in d:
        if ch in TONE_MARKS:
            tone = ch
        else:
            base.append(ch)
    if tone is not None:
        pos = -1
        i = 0
        while i < len(base):
            if base[i] in VOWELS:
                j = i + 1
                while j < len(base) and unicodedata.combining(base[j]) != 0:
                    j += 1
                pos = j
            i += 1
        if pos < 0:
            pos = len(base)
        base.insert(pos, tone)
    return unicodedata.normalize("NFC", "".join(base))


def is_syllable(s):
    """Letters and combining marks only (what aligner's Words() keeps whole)."""
    if not s:
        return False
    for ch in unicodedata.normalize("NFD", s):
        cat = unicodedata.category(ch)
        if not (cat.startswith("L") or cat == "Mn"):
            return False
    return True


def vietnamese_key(headword):
    """'Chủ tịch' -> 'chủ_tịch'; None if not a plain word of 1..MAX_SYLLABLES syllables."""
    syllables = unicodedata.normalize("NFC", headword).split()
    if not syllables or len(syllables) > MAX_SYLLABLES:
        return None
    if not all(is_syllable(s) for s in syllables):
        return None
    return "_".join(syllable_key(s) for s in syllables)


def gloss_words(gloss):
    """English gloss -> its content words, or None to drop the gloss."""
    g = unicodedata.normalize("NFC", gloss).strip()
    g = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", g)  # parenthetical notes
    g = g.replace("\u2019", "'").lower().strip(" .,:;!?\"'")
    if not g or re.match(r"(xem|see|cf)\b", g):  # cross references ("Xem Đồng Nai")
        return None
    if re.search(r"[^\x00-\x7f]|[0-9=+@#*]", g):  # Vietnamese leftovers, numbers, markup
        return None
    words = ENGLISH_WORD.findall(g)
    if not words or len(words) > MAX_GLOSS_WORDS:
        return None
    content = [w for w in words if w not in STOPWORDS]
    if not content:
        content = words
    if len(content) > MAX_CONTENT_WORDS:
        return None
    return content


def read_tsv(path, header=False):
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        sys.exit(f"{path}: {e.strerror} (use --shared DIR to point at the shared data folder)")
    if header:
        lines = lines[1:]
    for number, line in enumerate(lines, 1 + int(header)):
        if not line or line.startswith("#"):  # comments: only our own file has them
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            sys.exit(f"{path}:{number}: expected vi<TAB>en")
        yield cols[0], cols[1]


def build(shared):
    dict_dir = os.path.join(shared, "data", "dict")
    sources = [
        ("fvdp", os.path.join(dict_dir, "fvdp.vi-en.tsv"), False),
        ("wiktionary", os.path.join(dict_dir, "wiktionary.vi-en.tsv"), False),
        ("glossary", os.path.join(shared, "data", "glossary", "official-titles.vi-en.tsv"), True),
        ("news", os.path.join(REPO, "data", "lexicon", "news-vocab.tsv"), False),
    ]
    # senses[vi] = {(source, tuple(content words)): weight}; one gloss counts once per source.
    senses = collections.defaultdict(dict)
    for name, path, header in sources:
        for vi, en in read_tsv(path, header):
            key = vietnamese_key(vi)
            if key is None:
                continue
            glosses = [en]
            if name == "glossary":  # "Chairman/Chairwoman of ..." -> both readings
                glosses = en.split("/")
            elif name == "news":  # "plan; option; scheme" -> one gloss each
                glosses = en.split(";")
            for gloss in glosses:
                words = gloss_words(gloss)
                if words is not None:
                    senses[key][(name, tuple(words))] = SOURCE_WEIGHT[name]
    lines = ["songngu-lexicon 1 english=words"]
    for key in sorted(senses):
        total = sum(senses[key].values())
        weights = collections.defaultdict(float)
        for (name, words), w in sorted(senses[key].items()):
            for word in words:
                weights[word] += w / total / len(words)
        entries = "\t".join(f"{word} {weights[word]:.4g}" for word in sorted(weights))
        lines.append(f"{key}\t{entries}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared"),
                        help="the shared data folder (default: ../shared beside the repo)")
    parser.add_argument("--out", default=os.path.join(REPO, "data", "lexicon", "vi-en.lex"))
    parser.add_argument("--check", action="store_true",
                        help="verify that --out equals the regenerated file, write nothing")
    args = parser.parse_args()
    text = build(args.shared).encode("utf-8")
    if args.check:
        try:
            with open(args.out, "rb") as f:
                old = f.read()
        except OSError as e:
            print(f"{args.out}: {e.strerror}", file=sys.stderr)
            return 1
        if old != text:
            print(f"{args.out}: differs from the regenerated lexicon", file=sys.stderr)
            return 1
        print(f"{args.out}: reproduced byte for byte ({len(text)} bytes)", file=sys.stderr)
        return 0
    with open(args.out, "wb") as f:
        f.write(text)
    keys = text.count(b"\n") - 1
    print(f"{args.out}: {keys} Vietnamese keys, {len(text)} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
