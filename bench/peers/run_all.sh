#!/usr/bin/env bash
# Indexes and queries the same data with marsad and its peers in one session, single thread,
# scores every run with `marsad eval search`, and writes bench/results/<UTC date>-peers.md.
#
#   bench/peers/run_all.sh                  # everything (about 10 minutes on 2 cores)
#   ENGINES="xapian lucene" REPEATS=3 bench/peers/run_all.sh
#   WORK=DIR APPEND=1 ENGINES="marsad" bench/peers/run_all.sh   # add engines to an earlier run
#
# Data (read from ../shared, never copied into the repository):
#   snn   SaudiNewsNet, 31,030 articles: index build time and size; latency of bench/queries/news-100.tsv
#   arcd  ARCD passages (460) and its 693 train questions with qrels: MRR@10, nDCG@10, Recall@100
#   ki    known-item test built by make_known_item.py: 500 headlines → their article, indexed
#         without headlines (targets with a near-duplicate, per `marsad dups`, are left out)
# Peers: Xapian (Snowball Arabic), Lucene++ (ArabicAnalyzer), SQLite FTS5 (unicode61,
# remove_diacritics 2), PostgreSQL 15 (`arabic` configuration, private cluster on a unix socket).
# marsad itself: `marsad index add` (full analysis, its default 2 analysis threads) builds the
# archive, marsad_peer queries it through marsad::index::Searcher with the query language as
# written (default --match auto: all of up to 3 words, else any), marsad_or_peer with the words
# joined by OR like the peers;
# marsad_analyzer is the Xapian peer with marsad's analysis (normalize_search + light_stem) instead of Snowball.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${MARSAD_SHARED:-$ROOT/../shared}
WORK=${WORK:-$(mktemp -d /tmp/marsad-peers.XXXXXX)}
OUT=${OUT:-$ROOT/bench/results/$(date -u +%F)-peers.md}
ALL_ENGINES="marsad_or marsad marsad_analyzer xapian lucene sqlite postgres"  # report order
ENGINES=${ENGINES:-$ALL_ENGINES}
REPEATS=${REPEATS:-5}
JOBS=${JOBS:-2}
SNN=$SHARED/data/news-saudinewsnet/saudinewsnet.jsonl.zst
ARCD=$SHARED/data/ir-arcd
KI=$WORK/known-item
RESULTS=$WORK/results.jsonl
PEERS=$ROOT/build-bench/peers

log() { echo "run_all: $*" >&2; }
[[ -f $SNN && -d $ARCD ]] || { log "shared data not found under $SHARED"; exit 1; }
mkdir -p "$WORK" "$(dirname "$OUT")"
[[ ${APPEND:-} ]] || : >"$RESULTS"

if [[ -z ${SKIP_BUILD:-} ]]; then
  log "building (release + bench presets)"
  (cd "$ROOT" && cmake --preset release -DMARSAD_PYTHON=OFF >/dev/null && cmake --build build -j "$JOBS" >/dev/null)
  (cd "$ROOT" && cmake --preset bench >/dev/null && cmake --build build-bench -j "$JOBS" >/dev/null)
fi
MARSAD=$ROOT/build/marsad

if [[ ! -f $KI/qrels.txt ]]; then  # kept when engines are appended to a run
  log "known-item test in $KI"
  "$MARSAD" dups --format json "$SNN" 2>"$WORK/dups.log" |
    python3 -c 'import sys, json
for line in sys.stdin:
    for m in json.loads(line)["members"]: print(m["id"])' >"$WORK/dup-members.txt"
  python3 "$ROOT/bench/peers/make_known_item.py" "$SNN" "$KI" --n 500 --seed 2015 --exclude "$WORK/dup-members.txt"
fi

# tag DATASET: prefixes each JSON line with the dataset and appends it to the results.
tag() { sed "s/^{/{\"dataset\":\"$1\",/" | tee -a "$RESULTS"; }

PG_DIR=""
cleanup() { if [[ -n $PG_DIR ]]; then pg_stop "$PG_DIR"; rm -rf "$PG_DIR"; fi; }
trap cleanup EXIT
if [[ " $ENGINES " == *" postgres "* ]]; then
  source "$ROOT/bench/peers/postgres.sh"
  PG_DIR=$(mktemp -d /tmp/marsad-pg.XXXXXX)
  pg_start "$PG_DIR"
fi

index_dir() {  # engine dataset → a fresh index directory (for postgres: its conninfo)
  local dir=$WORK/index/$1-$2
  rm -rf "$dir" && mkdir -p "$dir"
  [[ $1 == postgres ]] && pg_db "$PG_DIR" "$2" >"$dir/conninfo"
  echo "$dir"
}

build_index() {  # engine dataset corpus → index directory on stdout; timing JSON to the results
  local engine=$1 ds=$2 corpus=$3 dir
  if [[ $engine == marsad_or ]]; then  # queries marsad's own archive: nothing to build
    echo "$WORK/index/marsad-$ds"
    return
  fi
  dir=$(index_dir "$engine" "$ds")
  if [[ $engine == marsad ]]; then
    local start end
    start=$(date +%s.%N)
    "$MARSAD" index add --index "$dir" --format json "$corpus" >"$WORK/marsad-$ds-ingest.json"
    end=$(date +%s.%N)
    python3 -c 'import json, sys
s = json.load(open(sys.argv[1]))
print(json.dumps({"engine": "marsad", "op": "index", "docs": s["documents"], "skipped": s["skipped"],
                  "seconds": float(sys.argv[2]) - float(sys.argv[3]), "bytes": int(sys.argv[4])}))' \
      "$WORK/marsad-$ds-ingest.json" "$end" "$start" "$(du -sb "$dir" | cut -f1)" | tag "$ds" >&2
  else
    "$PEERS/${engine}_peer" index "$corpus" "$dir" | tag "$ds" >&2
  fi
  echo "$dir"
}

evaluate() {  # engine dataset run qrels
  "$MARSAD" eval search --run "$3" --qrels "$4" --format json |
    sed "s/^{/{\"engine\":\"$1\",\"op\":\"eval\",/" | tag "$2"
}

# marsad_or queries the archive that the marsad engine builds: run marsad first.
RUN_ORDER=$(for e in $ENGINES; do [[ $e == marsad_or ]] || echo "$e"; done)
[[ " $ENGINES " == *" marsad_or "* ]] && RUN_ORDER="$RUN_ORDER marsad_or"
for engine in $RUN_ORDER; do
  bin=$PEERS/${engine}_peer
  if [[ ! -x $bin ]]; then log "skipping $engine: $bin not built"; continue; fi
  log "$engine: SaudiNewsNet"
  dir=$(build_index "$engine" snn "$SNN")
  "$bin" search "$dir" "$ROOT/bench/queries/news-100.tsv" "$WORK/$engine-news.run" 10 "$REPEATS" | tag snn
  log "$engine: ARCD"
  dir=$(build_index "$engine" arcd "$ARCD/corpus.jsonl.gz")
  "$bin" search "$dir" "$ARCD/queries-train.tsv" "$WORK/$engine-arcd.run" 100 1 | tag arcd
  evaluate "$engine" arcd "$WORK/$engine-arcd.run" "$ARCD/qrels-train.txt"
  log "$engine: known item"
  dir=$(build_index "$engine" ki "$KI/corpus.jsonl")
  "$bin" search "$dir" "$KI/queries.tsv" "$WORK/$engine-ki.run" 100 1 | tag ki
  evaluate "$engine" ki "$WORK/$engine-ki.run" "$KI/qrels.txt"
done

# Paired randomization tests of every engine against the first one (the base of the ratios).
for ds in arcd ki; do
  runs=()
  for engine in $ALL_ENGINES; do [[ -f $WORK/$engine-$ds.run ]] && runs+=(--run "$WORK/$engine-$ds.run"); done
  qrels=$ARCD/qrels-train.txt
  [[ $ds == ki ]] && qrels=$KI/qrels.txt
  if ((${#runs[@]} > 1)); then
    "$MARSAD" eval search "${runs[@]}" --qrels "$qrels" --format json | sed 's/^{/{"op":"compare",/' | tag "$ds"
  fi
done

python3 "$ROOT/bench/peers/report.py" "$RESULTS" --command "$0 (REPEATS=$REPEATS)" >"$OUT"
log "wrote $OUT (raw results and runs in $WORK)"
