#!/usr/bin/env python3
"""Builds a known-item retrieval test from a JSONL news corpus (e.g. SaudiNewsNet).

The query is an article's headline, the one relevant document is that article, and the corpus
is indexed WITHOUT headlines, so an engine has to find the story from how its body words it.

    make_known_item.py CORPUS.jsonl[.zst|.gz] OUT_DIR [--n 500] [--seed 2015] [--exclude IDS]

writes OUT_DIR/corpus.jsonl (every article with a body: id, body, date, source; no title),
OUT_DIR/queries.tsv (qid<TAB>headline) and OUT_DIR/qrels.txt (qid 0 id 1). Targets are drawn
from articles whose headline occurs once in the corpus and has at least 3 words, whose body is
not an exact copy of another's, and whose id is not in --exclude (one id a line, e.g. the
members of `marsad dups` clusters: a near-copy elsewhere would be an equally right answer).
Keep OUT_DIR outside the repository: it holds the corpus text.
"""
import argparse
import collections
import gzip
import json
import os
import random
import subprocess
import sys


def read_jsonl(path):
    if path.endswith(".zst"):
        proc = subprocess.Popen(["zstd", "-dcq", path], stdout=subprocess.PIPE)
        stream = (line.decode("utf-8") for line in proc.stdout)
    elif path.endswith(".gz"):
        stream = gzip.open(path, "rt", encoding="utf-8")
    else:
        stream = open(path, encoding="utf-8")
    for line in stream:
        if line.strip():
            yield json.loads(line)


def one_line(s):
    return " ".join((s or "").split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("out_dir")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=2015)
    ap.add_argument("--exclude", help="file of ids never to use as targets")
    args = ap.parse_args()

    exclude = set()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as f:
            exclude = {line.strip() for line in f if line.strip()}

    docs = [d for d in read_jsonl(args.corpus) if one_line(d.get("body"))]
    titles = collections.Counter(one_line(d.get("title")) for d in docs)
    bodies = collections.Counter(one_line(d["body"]) for d in docs)
    eligible = [d for d in docs
                if len(one_line(d.get("title")).split()) >= 3
                and titles[one_line(d["title"])] == 1
                and bodies[one_line(d["body"])] == 1
                and d["id"] not in exclude]
    rng = random.Random(args.seed)
    targets = sorted(rng.sample(eligible, min(args.n, len(eligible))), key=lambda d: d["id"])

    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            rec = {"id": d["id"], "title": "", "body": d["body"],
                   "date": d.get("date") or "", "source": d.get("source") or ""}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out_dir, "queries.tsv"), "w", encoding="utf-8") as q, \
         open(os.path.join(args.out_dir, "qrels.txt"), "w", encoding="utf-8") as r:
        for i, d in enumerate(targets, 1):
            qid = f"ki{i:03d}"
            q.write(f"{qid}\t{one_line(d['title'])}\n")
            r.write(f"{qid} 0 {d['id']} 1\n")
    print(f"{len(docs)} documents, {len(eligible)} eligible targets, {len(targets)} queries -> {args.out_dir}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
