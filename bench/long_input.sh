#!/usr/bin/env bash
# Hostile-shape inputs for the text pipeline (issue 17 F2/F7): one unpunctuated
# line of SIZE bytes, and HTML with elements nested DEPTH deep. Prints, per run,
# wall and user seconds, peak RSS, sentences and the longest sentence in words.
# The inputs are generated (random words of a fixed list, seeded) in a temp dir.
#
# usage: bench/long_input.sh [BUILD_DIR] [SIZE_BYTES=1000000] [DEPTH=400]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
size=${2:-1000000}
depth=${3:-400}
bin=$build/songngu
[ -x "$bin" ] || { echo "long_input: $bin not found; build it first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$size" "$depth" <<'EOF'
import random, sys
work, size, depth = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
words = ("thành phố cần thơ đầu tư công trình giao thông nông thôn người dân doanh nghiệp "
         "phát triển kinh tế xã hội dự án hạ tầng sông nước chợ nổi lúa gạo trái cây du lịch").split()
out, n = [], 0
while n < size:
    w = random.choice(words)
    out.append(w)
    n += len(w.encode()) + 1
open(f"{work}/line.txt", "w").write(" ".join(out))
html = "<html><body>" + "".join(
    f"<font>The river port handled cargo number {i} today. " for i in range(1, depth + 1))
open(f"{work}/deep.html", "w").write(html + "</font>" * depth + "</body></html>")
EOF

# run NAME COMMAND...: one table row; stdout of COMMAND is one sentence (or JSON object) per line.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$work/time" "$@" > "$work/out" 2> /dev/null || true
  read -r wall user rss < "$work/time"
  local lines longest
  lines=$(wc -l < "$work/out")
  longest=-  # words of the longest sentence; JSON lines are not sentences
  [[ $name == segment* ]] && longest=$(awk '{ if (NF > m) m = NF } END { print m + 0 }' "$work/out")
  printf "%-28s %8.2f s %8.2f s %8.1f MB %9d %9s\n" "$name" "$wall" "$user" "$((rss))e-3" "$lines" "$longest"
}

echo "run                              wall       user       peak RSS  sentences  longest"
run "segment line ${size} B" "$bin" segment "$work/line.txt"
run "suggest line ${size} B" "$bin" --quiet --tm "$work/none.db" suggest "$work/line.txt" --format json
run "segment html depth ${depth}" "$bin" segment "$work/deep.html"
