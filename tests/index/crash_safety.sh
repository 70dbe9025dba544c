#!/usr/bin/env bash
# kill -9 of `marsad index add` after its first reported commit leaves an archive that opens
# and holds at least every article reported as committed; re-running the same ingest then
# completes it with exactly one copy of each article.
# usage: crash_safety.sh MARSAD SOURCE_DIR
set -euo pipefail
marsad=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=3000

python3 "$src/tests/index/make_corpus.py" $n 7 > "$work/in.jsonl"
"$marsad" index add --index "$work/ix" --batch 100 "$work/in.jsonl" > "$work/out1" 2> "$work/err1" &
pid=$!
for _ in $(seq 1 600); do
  grep -q '^committed' "$work/err1" 2>/dev/null && break
  sleep 0.01
done
kill -9 $pid 2>/dev/null || echo "note: ingest finished before the kill"
wait $pid 2>/dev/null || true
committed=$(grep '^committed' "$work/err1" | tail -1 | awk '{print $2}')
echo "reported committed before kill: ${committed:-none}"
[ -n "$committed" ] || { echo "FAIL: no commit was reported"; exit 1; }

have=$("$marsad" index stats --index "$work/ix" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
echo "archive after kill: $have articles"
[ "$have" -ge "$committed" ] || { echo "FAIL: $have < $committed committed"; exit 1; }

"$marsad" index add --index "$work/ix" --batch 500 --format json "$work/in.jsonl" > "$work/out2" 2> "$work/err2"
cat "$work/out2"
# The writer's CPU time is one thread's: above zero, never above the wall time of the run.
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); c=s["writer_cpu_seconds"]; w=s["writer_wait_seconds"]
sys.exit(0 if 0 < c <= s["seconds"] + 0.05 and 0 <= w <= s["seconds"] + 0.05 else "FAIL: writer times %s" % s)' "$work/out2"
final=$("$marsad" index stats --index "$work/ix" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
[ "$final" -eq $n ] || { echo "FAIL: $final articles after re-run, expected $n"; exit 1; }

# No id twice: a search matching everything returns n distinct ids.
printf 'all\tdate:2024\n' > "$work/q.tsv"
"$marsad" search --index "$work/ix" --queries "$work/q.tsv" -k $((n + 10)) > "$work/run"
total=$(wc -l < "$work/run")
distinct=$(awk '{print $3}' "$work/run" | sort -u | wc -l)
[ "$total" -eq $n ] && [ "$distinct" -eq $n ] || { echo "FAIL: $total hits, $distinct distinct ids"; exit 1; }
echo "PASS: $committed committed before kill, $have after, $final after re-run, no duplicates"
