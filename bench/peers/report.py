#!/usr/bin/env python3
"""Turns run_all.sh's results.jsonl into the dated Markdown results file (stdout)."""
import argparse
import collections
import datetime
import json
import os
import platform
import sqlite3
import subprocess

NAMES = {
    "marsad_or": "marsad (archive; query words joined by OR, like the peers)",
    "marsad": "marsad (archive; query words as written, default --match auto: all of up to 3 words, else any)",
    "marsad_analyzer": "Xapian + marsad analysis (normalize_search, light_stem, BM25)",
    "xapian": "Xapian (TermGenerator, Snowball arabic, BM25)",
    "lucene": "Lucene++ (ArabicAnalyzer, TF-IDF)",
    "sqlite": "SQLite FTS5 (unicode61 remove_diacritics 2, bm25)",
    "postgres": "PostgreSQL 15 (arabic config, GIN, ts_rank)",
}


def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def versions():
    return {
        "xapian": sh("xapian-config", "--version").replace("xapian-config - ", ""),
        "lucene": "liblucene++ " + sh("dpkg-query", "-W", "-f=${Version}", "liblucene++0v5"),
        "sqlite": "SQLite " + sqlite3.sqlite_version,
        "postgres": sh("/usr/lib/postgresql/15/bin/postgres", "--version"),
    }


def ratio(value, base, lower_is_better=True):
    if not base or value is None:
        return ""
    return f"{value / base:.2f}×"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def engine_rows(res, key, base, engines, cells):
    """A row per engine with a result under `key`: its name, then cells(result, base's result)."""
    b = res[key].get(base)
    return [[NAMES.get(e, e)] + cells(res[key][e], b) for e in engines if res[key].get(e)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--command", default="bench/peers/run_all.sh")
    args = ap.parse_args()
    res = collections.defaultdict(dict)  # (dataset, op) -> engine -> record
    engines = []
    with open(args.results) as f:
        for line in f:
            r = json.loads(line)
            if r["op"] == "compare":  # engine from the run file name: ENGINE-DATASET.run
                r["engine"] = os.path.basename(r["run"]).rsplit("-", 1)[0]
            res[(r["dataset"], r["op"])][r["engine"]] = r
            if r["engine"] not in engines:
                engines.append(r["engine"])
    engines.sort(key=lambda e: list(NAMES).index(e) if e in NAMES else len(NAMES))
    base = engines[0]
    ver = versions()
    print(f"# marsad and peer search engines, same data, same session ({datetime.date.today().isoformat()})\n")
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print(f"- Machine: {machine()}; queries single-threaded. The machine was shared with other builds "
          f"(load average {load} when this report was written, on 2 cores): wall times are noisy, "
          "ratios from one session are what to compare.")
    print(f"- Command: `{args.command}`")
    print("- Engines: " + "; ".join(f"{NAMES.get(e, e)} [{ver.get(e, 'this tree')}]" for e in engines))
    print("- p: two-sided paired randomization test over the queries (10,000 swaps; `marsad eval search "
          "--run BASE --run OTHER`); below 0.05 the difference is unlikely to be chance.")
    print(f"- Ratios are engine ÷ {base} (for times and sizes below 1 means the engine is faster/smaller "
          f"than {base}; for quality above 1 means it scores higher).\n")

    print("## Index build, SaudiNewsNet (31,030 records; the 57 with neither title nor body are skipped; title + body)\n")
    # marsad_or queries marsad's archive and builds none: builds compare with marsad's.
    build_base = "marsad" if "marsad" in res[("snn", "index")] else base
    rows = engine_rows(res, ("snn", "index"), build_base, engines, lambda r, b: [
        r["docs"], f"{r['seconds']:.1f}", f"{r['docs'] / r['seconds']:.0f}", f"{r['bytes'] / 2**20:.1f}",
        ratio(r["seconds"], b and b["seconds"]), ratio(r["bytes"], b and b["bytes"])])
    print(table(["engine", "docs", "seconds", "docs/s", "size MiB", f"time ÷ {build_base}", f"size ÷ {build_base}"],
                rows))

    print("\n## Query latency, bench/queries/news-100.tsv (top 10; ms, after one warm-up pass)\n")
    rows = engine_rows(res, ("snn", "search"), base, engines, lambda r, b: [
        r["queries"], f"{r['p50_ms']:.3f}", f"{r['p99_ms']:.3f}", f"{r['mean_ms']:.3f}",
        ratio(r["p50_ms"], b and b["p50_ms"]), ratio(r["p99_ms"], b and b["p99_ms"])])
    print(table(["engine", "queries", "p50", "p99", "mean", "p50 ratio", "p99 ratio"], rows))

    for ds, title in (("arcd", "ARCD: 693 train questions over 460 passages"),
                      ("ki", "Known item: 500 SaudiNewsNet headlines → their article, indexed without headlines")):
        print(f"\n## Retrieval quality, {title}\n")
        rows = []
        b = res[(ds, "eval")].get(base)
        for e in engines:
            r = res[(ds, "eval")].get(e)
            s = res[(ds, "search")].get(e, {})
            vs = res[(ds, "compare")].get(e, {}).get("vs")
            if not r:
                continue
            p = f"{vs['mrr_p']:.4f} / {vs['ndcg_p']:.4f}" if vs else ""
            rows.append([NAMES.get(e, e), r["queries"], f"{r['mrr@10']:.4f}", f"{r['ndcg@10']:.4f}",
                         f"{r['recall@100']:.4f}", ratio(r["mrr@10"], b and b["mrr@10"]),
                         ratio(r["ndcg@10"], b and b["ndcg@10"]), p, f"{s.get('p50_ms', 0):.3f}"])
        print(table(["engine", "queries", "MRR@10", "nDCG@10", "Recall@100", "MRR ratio", "nDCG ratio",
                     f"p vs {base} (MRR / nDCG)", "p50 ms (top 100)"], rows))
    print("""
## What the rows are

- marsad: `marsad index add` builds the archive with the full analysis (entities, times,
  quotes, keyphrases, summary stored with each article; its default 2 analysis threads plus
  the writer), and `marsad_peer` queries it through `marsad::index::Searcher` with snippets and
  facets off. Each query is reduced to its words, as every peer gets it: `marsad` sends them
  as written (default `--match auto`: all of up to three words, any of longer queries),
  `marsad_or` joins them by OR, as the peers do by default.
- Xapian + marsad analysis: the Xapian peer with marsad's normalize_search + light_stem as the
  analyzer instead of Snowball, same engine and BM25: what the analysis alone changes.
- Sizes: the on-disk directory (marsad also stores each article and its analysis; the peers
  store ids only; PostgreSQL: table + GIN index). Xapian indexes are compacted, Lucene's
  optimized, FTS5's optimized.
- Known item: bench/peers/make_known_item.py; targets with a near-duplicate (`marsad dups`)
  are left out, since a copy would be an equally right answer.""")


if __name__ == "__main__":
    main()
