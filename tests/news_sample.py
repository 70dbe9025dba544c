#!/usr/bin/env python3
"""`marsad analyze` over real news: the first 1,000 SaudiNewsNet records, in order and reversed.

Checks what must hold for any article, on text nobody wrote for a test:
- one JSON line per record that has a title or a body, each with its record's id;
- every span (entity mentions, time expressions, quotes with their speaker and cue, summary
  sentences, timeline sentences) lies inside the text, and the text it gives is the span's;
- an article's analysis does not depend on the articles analysed before it (the same in the
  reversed run). A quote that read a token before the text came and went with the memory
  there (thirteenth session); under ASan this run also fails on such a read.
Skips (exit 77) when ../shared is absent.
  news_sample.py MARSAD SOURCE_DIR
"""
import json, subprocess, sys, tempfile
from pathlib import Path

RECORDS = 1000

marsad, source = sys.argv[1], Path(sys.argv[2])
corpus = source.parent / "shared" / "data" / "news-saudinewsnet" / "saudinewsnet.jsonl.zst"
if not corpus.exists():
    print(f"skipped: {corpus} not found")
    sys.exit(77)

lines = []
with subprocess.Popen(["zstd", "-dc", str(corpus)], stdout=subprocess.PIPE, text=True) as unzip:
    for line in unzip.stdout:
        lines.append(line)
        if len(lines) == RECORDS:
            break
    unzip.kill()
wanted = [json.loads(l)["id"] for l in lines if (json.loads(l).get("title") or json.loads(l).get("body"))]


def analyze(records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as f:
        f.writelines(records)
        f.flush()
        r = subprocess.run([marsad, "analyze", "--format", "jsonl", f.name], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"marsad analyze failed ({r.returncode}): {r.stderr[-2000:]}")
    return [json.loads(l) for l in r.stdout.splitlines()]


problems = []


def check_span(doc, what, start, end, expected=None):
    text = doc["text"]
    if not (0 <= start <= end <= len(text)):
        problems.append(f"{doc['id']}: {what} [{start}, {end}) outside the text ({len(text)} code points)")
    elif expected is not None and text[start:end] != expected:
        problems.append(f"{doc['id']}: {what} [{start}, {end}) is «{text[start:end]}», not «{expected}»")


forward = analyze(lines)
if [d["id"] for d in forward] != wanted:
    sys.exit(f"{len(forward)} analyses for {len(wanted)} records, or not in their order")
for d in forward:
    for e in d["entities"]:
        for m in e["mentions"]:
            check_span(d, f"mention of {e['name']}", m["start"], m["end"], m["text"])
    for t in d["times"]:
        check_span(d, f"time {t['value']}", t["start"], t["end"], t["text"])
    for q in d["quotes"]:
        check_span(d, "quote", q["start"], q["end"], q["text"])
        check_span(d, "quote cue", q["cue_start"], q["cue_end"], q["cue"])
        if q["speaker_end"] > q["speaker_start"]:
            check_span(d, "quote speaker", q["speaker_start"], q["speaker_end"])
    for s in d["summary"]:
        check_span(d, "summary sentence", s["start"], s["end"], s["text"])
    for s in d["timeline"]:
        check_span(d, "timeline sentence", s["start"], s["end"], s["text"])
        check_span(d, "timeline time", s["time"]["start"], s["time"]["end"], s["time"]["text"])

backward = {d["id"]: d for d in analyze(lines[::-1])}
for d in forward:
    if backward.get(d["id"]) != d:
        other = backward.get(d["id"], {})
        keys = sorted(k for k in d if d[k] != other.get(k))
        problems.append(f"{d['id']}: analysed after other articles, its {', '.join(keys)} differ")

for p in problems[:20]:
    print(p)
if problems:
    sys.exit(f"{len(problems)} problems in {len(forward)} articles")
print(f"{len(forward)} articles: spans inside the text, and the same analysis in either order")
