#!/usr/bin/env python3
"""End to end: indexes a JSONL file with `marsad index add`, starts `marsad serve` on it on an
ephemeral loopback port, asks it a few things over real HTTP, and stops it with SIGTERM.
Usage: server_e2e.py MARSAD_BINARY ARCHIVE_JSONL."""

import json
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

DEADLINE_S = 30


def request(base, path, body=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def start(marsad, index_dir):
    proc = subprocess.Popen([marsad, "serve", "--index", index_dir, "--host", "127.0.0.1",
                             "--port", "0", "--threads", "2"],
                            stderr=subprocess.PIPE, text=True)
    start_time = time.monotonic()
    while time.monotonic() - start_time < DEADLINE_S:
        line = proc.stderr.readline()
        if not line:
            raise AssertionError(f"marsad serve exited early with {proc.wait()}")
        m = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        if m:
            return proc, m.group(1)
    raise AssertionError("marsad serve did not report its port")


def check(base):
    status, ctype, body = request(base, "/healthz")
    expect(status == 200 and json.loads(body)["status"] == "ok", "healthz")

    status, ctype, body = request(base, "/")
    page = body.decode()
    expect(status == 200 and ctype.startswith("text/html"), f"page: {status} {ctype}")
    expect('dir="rtl"' in page and 'lang="ar"' in page, "the page is right-to-left Arabic")
    status, ctype, _ = request(base, "/app.js")
    expect(status == 200 and "javascript" in ctype, "app.js")

    text = "قال وزير الخارجية سامي العلي أمس في بغداد: «سنعود إلى الطاولة»."
    status, _, body = request(base, "/api/analyze", {"text": text, "date": "2024-03-10"})
    expect(status == 200, f"analyze: {status} {body[:200]!r}")
    result = json.loads(body)
    expect(result["text"] == text and isinstance(result["entities"], list), "analysis JSON")
    for t in result["times"]:
        expect(text[t["start"]:t["end"]] == t["text"], "code-point offsets slice the text")

    status, _, body = request(base, "/api/tokenize", {"text": "نص"})
    expect(status == 200 and json.loads(body)["tokens"][0]["end"] == 2, "tokenize")

    status, _, body = request(base, "/api/normalize", b'{"text": "x", "profile": "phonetic"}')
    expect(status == 400 and json.loads(body)["error"]["type"] == "InputError", "400 in JSON")

    # httplib reads and discards a body over the limit before answering, so the reply is
    # not lost to a connection reset.
    big = b'{"text": "' + b"x" * (9 << 20) + b'"}'
    status, _, body = request(base, "/api/tokenize", big)
    expect(status == 413 and "error" in json.loads(body), f"413 in JSON, got {status}")

    status, _, body = request(base, "/api/nothing")
    expect(status == 404 and "error" in json.loads(body), "404 in JSON")


def check_archive(base, first_id):
    status, _, body = request(base, "/api/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7&k=5")  # النفط
    expect(status == 200, f"search: {status} {body[:200]!r}")
    result = json.loads(body)
    expect(result["total"] > 0 and result["hits"], "a word of the examples is found")
    expect("sources" in result["facets"], "facets")

    status, _, body = request(base, "/api/articles/" + urllib.parse.quote(first_id))
    article = json.loads(body)
    expect(status == 200 and article["id"] == first_id, f"article: {status}")
    expect(isinstance(article["entities"], list), "the stored analysis comes with the article")
    status, _, body = request(base, "/api/articles/no-such-article")
    expect(status == 404 and json.loads(body)["error"]["type"] == "NotFound", "missing article")
    status, _, body = request(base, "/api/stats")
    expect(status == 200 and json.loads(body)["documents"] > 0, "stats")

    # What the page's timeline view asks for: dated statements about an entity, with months.
    status, _, body = request(base, "/api/timeline?entity=" + urllib.parse.quote("العراق"))
    items = json.loads(body).get("items", [])
    expect(status == 200 and items, f"timeline of an entity of the examples: {status}")
    expect(all(i["month"] and i["article_id"] for i in items), "timeline items carry month (or year) and article")
    status, _, body = request(base, "/api/timeline")
    expect(status == 400 and "error" in json.loads(body), "timeline without entity or q")
    status, _, body = request(base, "/api/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7&match=some")
    expect(status == 400 and "match" in json.loads(body)["error"]["message"], "bad match mode")
    status, ctype, page = request(base, "/")
    expect('data-view="timeline"' in page.decode(), "the page has a timeline view")


def main():
    marsad, jsonl = sys.argv[1], sys.argv[2]
    with open(jsonl, encoding="utf-8") as f:
        first_id = json.loads(f.readline())["id"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([marsad, "index", "add", "--index", tmp, jsonl], check=True, timeout=120,
                       stdout=subprocess.DEVNULL)
        serve(marsad, tmp, first_id)
    print("server e2e: ok")


def serve(marsad, index_dir, first_id):
    proc, base = start(marsad, index_dir)
    try:
        check(base)
        check_archive(base, first_id)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("marsad serve did not stop on SIGTERM")
    expect(code == 0, f"marsad serve exited with {code} after SIGTERM")


if __name__ == "__main__":
    main()
