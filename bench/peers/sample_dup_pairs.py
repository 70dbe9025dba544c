#!/usr/bin/env python3
"""Draws matched pairs from `marsad dups --pairs` by similarity band, for judging by hand.

    marsad dups --pairs --threshold 0.2 --containment 0 CORPUS > pairs.tsv
    sample_dup_pairs.py CORPUS pairs.tsv judge.txt [--seed 7]

judge.txt shows each pair's similarity, ids, sources, titles and the opening and end of both
bodies. It holds corpus text: keep it outside the repository; commit only ids and labels
(bench/results/*-dedup-labels.tsv).
"""
import argparse
import json
import random
import subprocess

# (low, high, pairs drawn): more pairs near the threshold, where the decision is hard.
BANDS = [(0.2, 0.3, 6), (0.3, 0.4, 8), (0.4, 0.5, 8), (0.5, 0.6, 8), (0.6, 0.7, 6), (0.7, 0.8, 6),
         (0.8, 0.95, 5), (0.95, 1.01, 5)]


def read_corpus(path, wanted):
    cmd = ["zstd", "-dcq", path] if path.endswith(".zst") else ["zcat", "-f", path]
    docs = {}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE) as proc:
        for line in proc.stdout:
            d = json.loads(line)
            if d["id"] in wanted:
                docs[d["id"]] = d
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("pairs")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with open(args.pairs) as f:
        rows = (line.rstrip("\n").split("\t") for line in f)
        pairs = [(float(r[0]), r[1], r[2]) for r in rows]
    rng = random.Random(args.seed)
    chosen = []
    for lo, hi, n in BANDS:
        pool = [p for p in pairs if lo <= p[0] < hi]
        chosen += rng.sample(pool, min(n, len(pool)))
    docs = read_corpus(args.corpus, {x for _, a, b in chosen for x in (a, b)})
    with open(args.out, "w", encoding="utf-8") as f:
        for i, (s, a, b) in enumerate(chosen):
            f.write(f"=== pair {i} sim={s:.3f} {a} {b}\n")
            for k in (a, b):
                body = " ".join(docs[k]["body"].split())
                f.write(f"--- {k} [{docs[k]['source']}] {docs[k]['title']}\n{body[:350]}\n... {body[-200:]}\n")


if __name__ == "__main__":
    main()
