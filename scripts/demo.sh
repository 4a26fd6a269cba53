#!/usr/bin/env bash
# The README's first command: install what is missing, build Release, and run
# the main job on the bundled sample data (data/samples/): align the Vietnamese
# and English sample reports into a fresh TM and print the pairs, then suggest
# translations for a sample new Vietnamese release against that TM and the
# shipped glossary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target songngu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SONGNGU_TM="$work/samples.db"
echo "== songngu align data/samples/vi-report.txt data/samples/en-report.txt --store" >&2
./build/songngu align data/samples/vi-report.txt data/samples/en-report.txt --format tsv --store
echo >&2
echo "== songngu suggest data/samples/vi-new-release.txt" >&2
./build/songngu suggest data/samples/vi-new-release.txt
