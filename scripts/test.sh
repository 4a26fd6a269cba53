#!/usr/bin/env bash
# The README's second command: install what is missing, build (with ASan+UBSan),
# and run the whole GoogleTest suite through ctest; then build the libFuzzer
# targets with clang (tests/fuzz/) and run each for a short fixed time from
# its seed corpus (SONGNGU_FUZZ_SECONDS, default 20): any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_SANITIZE=ON >/dev/null
cmake --build build-test -j"$(nproc)"
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_FUZZ=ON \
  -DSONGNGU_BUILD_TESTS=OFF -DSONGNGU_FUZZ_SECONDS="${SONGNGU_FUZZ_SECONDS:-20}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz
ctest --test-dir build-fuzz --output-on-failure -j"$(nproc)"
