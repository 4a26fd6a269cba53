#!/usr/bin/env bash
# Installs the Debian 12 packages songngu needs, only those that are missing.
# Safe to run again; runs `apt-get update` only when something must be installed.
set -euo pipefail
PKGS=(
  build-essential cmake pkg-config
  libicu-dev
  libboost-program-options-dev
  libsqlite3-dev libsqlitecpp-dev sqlite3
  libxml2-dev libxml2-utils
  nlohmann-json3-dev
  libcpp-httplib-dev
  libstemmer-dev
  libgtest-dev
  chromium chromium-driver  # headless browser for tests/server/browser_test.cc
  clang libclang-rt-14-dev  # libFuzzer targets (tests/fuzz/, SONGNGU_FUZZ)
  python3
  python3-distributed  # dask-scheduler, dask-worker: scripts/corpus_dask.py and tests/cli/dask_test.cc
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "songngu: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
