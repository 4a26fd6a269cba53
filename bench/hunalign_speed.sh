#!/usr/bin/env bash
# Speed on real text against hunalign (issue 12): IWSLT15 tst2012 talks, all segments of every
# talk in order, repeated to LINES lines a side (default 9,284), aligned by
# `songngu align --presegmented` and by hunalign (empty dictionary, tokenised lowercase text)
# in the same run. Prints per run wall and CPU (user+sys) seconds and peak RSS of each tool,
# then min and median over RUNS runs and the ratio songngu / hunalign of the medians.
# The input is generated in a temp dir at bench time (the talks stay in ../shared).
#
# usage: bench/hunalign_speed.sh [BUILD_DIR]         (default: ./build; needs build/songngu)
#   HUNALIGN=PATH        hunalign binary (default: hunalign on PATH). It is not in Debian 12;
#                        build it from its upstream source (src/hunalign, plain `make`). Without
#                        it only songngu is timed.
#   RUNS=N               runs per tool (default 3)
#   LINES=N              lines a side (default 9284)
#   ALIGN_FLAGS          extra flags for `songngu align`
#   SONGNGU_SHARED_DIR   shared material (default: ../shared beside the repository)
#   KEEP=DIR             keep the generated input and outputs in DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shared=${SONGNGU_SHARED_DIR:-$root/../shared}
bin=$build/songngu
runs=${RUNS:-3}
lines=${LINES:-9284}
flags=${ALIGN_FLAGS:-}
hun=${HUNALIGN:-$(command -v hunalign || true)}
[ -z "$hun" ] || hun=$(readlink -f "$hun")
iwslt=$shared/data/iwslt15-en-vi
[ -x "$bin" ] || { echo "hunalign_speed: $bin not found; build it first (cmake --build build --target songngu)" >&2; exit 1; }
[ -f "$iwslt/IWSLT15.TED.tst2012.en-vi.vi.xml" ] || { echo "hunalign_speed: IWSLT15 files not found under $iwslt; set SONGNGU_SHARED_DIR" >&2; exit 1; }
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; work=$(cd "$KEEP" && pwd); else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

# vi.txt/en.txt: one segment a line; vi.tok/en.tok: the same lowercased, punctuation split off
# (what hunalign expects); empty.dic: hunalign's dictionary, empty.
python3 - "$iwslt" "$work" "$lines" <<'EOF'
import html, re, sys
iwslt, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def segs(lang):
    text = open(f"{iwslt}/IWSLT15.TED.tst2012.en-vi.{lang}.xml", encoding="utf-8").read()
    return [" ".join(html.unescape(s).split()) for s in re.findall(r"<seg[^>]*>(.*?)</seg>", text, re.S)]
for lang in ("vi", "en"):
    base = segs(lang)
    out = [base[i % len(base)] for i in range(n)]
    open(f"{work}/{lang}.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
    tok = [" ".join(re.findall(r"\w+|[^\w\s]", s.lower())) for s in out]
    open(f"{work}/{lang}.tok", "w", encoding="utf-8").write("\n".join(tok) + "\n")
open(f"{work}/empty.dic", "w").close()
EOF

# timed NAME OUT COMMAND...: appends "NAME wall cpu rss_mb" to $work/times.
timed() {
  local name=$1 out=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$out" 2> "$work/$name.err" || {
    echo "hunalign_speed: $name failed:" >&2; tail -3 "$work/$name.err" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  echo "$name $wall $(awk "BEGIN {print $user + $sys}") $(awk "BEGIN {printf \"%.1f\", $rss / 1024}")" >> "$work/times"
}

: > "$work/times"
echo "input: tst2012 talks repeated, $(wc -l < "$work/vi.txt") vi / $(wc -l < "$work/en.txt") en lines; load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$hun" ] || echo "hunalign not found (set HUNALIGN=PATH): timing songngu only"
for ((r = 1; r <= runs; r++)); do
  timed songngu "$work/songngu.beads" "$bin" --quiet align "$work/vi.txt" "$work/en.txt" \
    --presegmented --format beads $flags
  # hunalign writes a translate.txt into its working directory: keep it in $work.
  [ -z "$hun" ] || (cd "$work" && timed hunalign "$work/hunalign.ladder" "$hun" "$work/empty.dic" "$work/vi.tok" "$work/en.tok")
done
echo "links: songngu $(wc -l < "$work/songngu.beads")${hun:+, hunalign ladder rows $(wc -l < "$work/hunalign.ladder")}"
python3 - "$work/times" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, cpu, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(cpu), float(rss)))
print("%-9s %4s | %-17s | %-17s | %s" % ("tool", "runs", "wall min / median", "CPU min / median", "peak RSS"))
med = {}
for name, r in rows.items():
    w, c, m = zip(*r)
    med[name] = (statistics.median(w), statistics.median(c))
    print("%-9s %4d | %6.2f s / %6.2f s | %6.2f s / %6.2f s | %.1f MB" %
          (name, len(r), min(w), med[name][0], min(c), med[name][1], max(m)))
if len(med) == 2:
    print("songngu / hunalign (medians): wall %.2f, CPU %.2f" %
          (med["songngu"][0] / med["hunalign"][0], med["songngu"][1] / med["hunalign"][1]))
EOF
