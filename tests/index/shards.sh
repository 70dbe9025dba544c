#!/usr/bin/env bash
# Two shards built separately and searched together (--index A --index B) give every
# article the same score as one archive of everything (equal scores may swap places: Xapian
# breaks ties by internal document number, which differs between the layouts).
# usage: shards.sh MARSAD SOURCE_DIR
set -euo pipefail
marsad=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$src/tests/index/make_corpus.py" 600 3 > "$work/all.jsonl"
head -n 300 "$work/all.jsonl" > "$work/a.jsonl"
tail -n +301 "$work/all.jsonl" > "$work/b.jsonl"
"$marsad" index add --index "$work/whole" "$work/all.jsonl" > /dev/null 2>&1
"$marsad" index add --index "$work/shard-a" "$work/a.jsonl" > /dev/null 2>&1
"$marsad" index add --index "$work/shard-b" "$work/b.jsonl" > /dev/null 2>&1
printf 'q1\tبغداد\nq2\t"خطة المياه"\nq3\tالمحافظ OR الوزير source:beta\nq4\tجسر date:2024-03..2024-06\n' > "$work/q.tsv"
"$marsad" search --index "$work/whole" --queries "$work/q.tsv" -k 1000 > "$work/one.run"
"$marsad" search --index "$work/shard-a" --index "$work/shard-b" --queries "$work/q.tsv" -k 1000 > "$work/two.run"
[ -s "$work/one.run" ] || { echo "FAIL: no results"; exit 1; }
scored() { awk '{printf "%s %s %.6f\n", $1, $3, $5}' "$1" | sort; }
if ! diff <(scored "$work/one.run") <(scored "$work/two.run"); then
  echo "FAIL: sharded ranking differs"; exit 1
fi
"$marsad" search --index "$work/shard-a" --index "$work/shard-b" --format json 'بغداد' | grep -q '"total"'
echo "PASS: $(wc -l < "$work/one.run") hits scored identically over two shards"
