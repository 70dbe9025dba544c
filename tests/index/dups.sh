#!/usr/bin/env bash
# `marsad dups --index` prints the clusters the ingest stored; they must be the clusters
# `marsad dups` finds over the same files (same signatures, same order, same linkage).
# usage: dups.sh MARSAD SOURCE_DIR
set -euo pipefail
marsad=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$marsad" index add --index "$work/idx" "$src/examples/archive.jsonl" > /dev/null 2>&1
members() { python3 -c 'import json, sys
for line in sys.stdin:
    c = json.loads(line)
    print(c["cluster"], " ".join(m["id"] for m in c["members"]))'; }
"$marsad" dups --format json "$src/examples/archive.jsonl" 2>/dev/null | members > "$work/files.txt"
"$marsad" dups --format json --index "$work/idx" 2>/dev/null | members > "$work/index.txt"
[ -s "$work/files.txt" ] || { echo "FAIL: the examples hold no near-duplicates"; exit 1; }
if ! diff "$work/files.txt" "$work/index.txt"; then
  echo "FAIL: stored clusters differ from a fresh run"; exit 1
fi
if "$marsad" dups --index "$work/idx" --threshold 0.3 > /dev/null 2>&1; then
  echo "FAIL: --threshold accepted with --index (the clusters were made at ingest)"; exit 1
fi
echo "PASS: $(wc -l < "$work/index.txt") stored clusters equal a fresh run"
