#!/usr/bin/env python3
"""Time `marsad analyze` (the CLI, one process) against marsad.analyze from Python on the same
articles, to show what the binding costs. Run by hand, never in CI:

    PYTHONPATH=build/python:python /usr/bin/python3 python/bench/analyze_overhead.py \\
        build/marsad ARTICLES.jsonl [--repeat 3]

ARTICLES.jsonl: one article per line (id, title, body, date), e.g. the first few hundred lines
of SaudiNewsNet. Both sides analyze every article with its own date as the reference and
produce the same JSON; the CLI's time includes writing it, Python's includes building dicts.
"""

import argparse
import json
import subprocess
import sys
import time

import marsad


def time_cli(binary, path):
    start = time.perf_counter()
    out = subprocess.run([binary, "analyze", "--format", "jsonl", path], check=True,
                         stdout=subprocess.PIPE).stdout
    return time.perf_counter() - start, out.count(b"\n")


def time_python(articles):
    start = time.perf_counter()
    analyzer = marsad.Analyzer()
    loaded = time.perf_counter()
    for a in articles:
        analyzer.analyze(title=a.get("title", ""), body=a.get("body", ""),
                         date=(a.get("date") or "")[:10] or None)
    done = time.perf_counter()
    return done - start, loaded - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("articles")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with open(args.articles, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    articles = [a for a in articles if a.get("title") or a.get("body")]
    chars = sum(len(a.get("title", "")) + len(a.get("body", "")) for a in articles)
    cli, py = [], []
    for _ in range(args.repeat):
        seconds, n = time_cli(args.binary, args.articles)
        cli.append(seconds)
        py.append(time_python(articles))
    best_cli = min(cli)
    best_py = min(p[0] for p in py)
    load = min(p[1] for p in py)
    print(f"{len(articles)} articles, {chars} characters, best of {args.repeat}")
    print(f"CLI     {best_cli:7.2f} s  {len(articles) / best_cli:7.1f} articles/s (process start and model load included)")
    print(f"Python  {best_py:7.2f} s  {len(articles) / best_py:7.1f} articles/s (of which Analyzer() {load:.2f} s)")
    print(f"Python / CLI = {best_py / best_cli:.3f}")


if __name__ == "__main__":
    sys.exit(main())
