#!/usr/bin/env bash
# The main job on the embedded default: analyse a sample article, build a small archive from
# examples/ and search it. Everything it shows comes from text written for this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
m=build/marsad
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Analysing examples/articles/baghdad-talks.txt"
$m analyze --format text --date 2024-09-28 examples/articles/baghdad-talks.txt  # a .txt article has no date field

idx=$(mktemp -d)/archive
trap 'rm -rf "$(dirname "$idx")"' EXIT
say "Building an archive from examples/archive.jsonl"
$m index add --index "$idx" examples/archive.jsonl examples/articles
$m index stats --index "$idx"

for q in 'العراق' '"وزير الخارجية"' 'type:PER العراق' 'النفط date:2023-01..2025-12'; do
  say "marsad search '$q'"
  $m search --index "$idx" -k 3 --format text "$q"
done
say "Timeline of العراق across the archive"
$m timeline --index "$idx" --format text --entity "العراق" | head -30
say "Near-duplicates among the sample articles"
$m dups --index "$idx" --format text
