#!/usr/bin/env bash
# Installs the Debian 12 packages marsad builds, tests and benchmarks with.
# Only what is missing is installed; nothing is fetched from anywhere but Debian.
set -euo pipefail
build=(cmake ninja-build g++ pkg-config zstd libicu-dev libxapian-dev libcli11-dev nlohmann-json3-dev
       libcpp-httplib-dev libzstd-dev zlib1g-dev libabsl-dev libgtest-dev libgmock-dev libbenchmark-dev
       pybind11-dev python3-dev python3-pytest)
bench=(libstemmer-dev python3-nltk liblucene++-dev libboost-dev libsqlite3-dev libpq-dev postgresql-15 xapian-tools hunspell-ar clang
       libclang-rt-14-dev)
want=("${build[@]}")
[[ "${1:-}" == "--bench" ]] && want+=("${bench[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "marsad: installing ${missing[*]}" >&2
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
