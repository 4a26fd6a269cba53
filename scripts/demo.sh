#!/usr/bin/env bash
# The README's first command: install what is missing, build Release, and run
# the main job on the bundled sample data (data/samples/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== songngu segment data/samples/vi-report.txt" >&2
./build/songngu segment data/samples/vi-report.txt
echo "== songngu segment data/samples/en-report.txt" >&2
./build/songngu segment data/samples/en-report.txt
echo "== songngu align (sample pair) -> tm import -> suggest data/samples/vi-new-release.txt" >&2
./build/songngu align data/samples/vi-report.txt data/samples/en-report.txt --format tmx > "$out/sample.tmx"
./build/songngu --tm "$out/tm.db" tm import "$out/sample.tmx"
./build/songngu --tm "$out/tm.db" suggest data/samples/vi-new-release.txt
