#!/usr/bin/env bash
# Long fuzzing: every libFuzzer target (tests/fuzz/*_fuzz.cc) for SECONDS
# each (default one hour), two at a time on the 2 cores, from its seed corpus
# plus the corpus grown by earlier runs (build-fuzz/fuzz/corpus/<name>, kept).
# Prints per target: seconds, executions, executions per second, corpus
# size, coverage, and "ok" or the crash file. Exit status 1 on any finding.
# A finding becomes a regression test (tests/<lib>/<unit>_test.cc) with the
# input written out by hand, and its crash file goes in tests/fuzz/<name>/.
#
# usage: bench/fuzz_long.sh [SECONDS] [TARGET...]   (default 3600, all targets)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-3600}
shift || true
build=${SONGNGU_FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSONGNGU_FUZZ=ON -DSONGNGU_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/*_fuzz.cc; do targets+=("$(basename "$f" _fuzz.cc)"); done
fi
logs=$(mktemp -d)
run() {
  local t=$1
  mkdir -p "$build/fuzz/corpus/$t" "$build/fuzz/artifacts"
  SONGNGU_DATA=$PWD/data "$build/fuzz/${t}_fuzz" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$t-" \
    "$build/fuzz/corpus/$t" "tests/fuzz/$t" >"$logs/$t.log" 2>&1
  echo $? >"$logs/$t.rc"
}
jobs=${FUZZ_JOBS:-$(nproc)}  # more than the cores when wall time is what is asked for
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run "$t" &
done
wait
status=0
printf '%-10s %8s %12s %10s %8s %8s  %s\n' target seconds executions exec/s corpus cov result
for t in "${targets[@]}"; do
  log=$logs/$t.log
  stat() { grep -o "stat::$1: *[0-9]*" "$log" | grep -o '[0-9]*$' | tail -1; }
  execs=$(stat number_of_executed_units)
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  corpus=$(find "$build/fuzz/corpus/$t" -type f | wc -l)
  result=ok
  if [ "$(cat "$logs/$t.rc")" != 0 ]; then
    result="FINDING: $(grep -o "Test unit written to .*" "$log" | tail -1 | sed 's/Test unit written to //')"
    status=1
  fi
  printf '%-10s %8s %12s %10s %8s %8s  %s\n' "$t" "${secs:-?}" "${execs:-?}" \
    "$(( ${execs:-0} / (${secs:-0} > 0 ? ${secs:-1} : 1) ))" "$corpus" "${cov:-?}" "$result"
  [ "$result" = ok ] || tail -40 "$log" | sed "s/^/  $t: /"
done
rm -rf "$logs"
exit $status
