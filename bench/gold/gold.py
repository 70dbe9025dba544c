#!/usr/bin/env python3
"""Hand-annotated SaudiNewsNet gold sets for NER, quotes, times, summaries and keyphrases, kept
as standoff.

The repository holds no article text (the corpus licence): only article ids, code-point
offsets into `title + "\\n" + body`, labels and values. `build` joins them with
../shared/data/news-saudinewsnet/saudinewsnet.jsonl.zst into the files the eval commands read:

  python3 bench/gold/gold.py build set5 /tmp/gold        # writes /tmp/gold/set5/... (set5,set6: both)
  marsad eval ner --gold /tmp/gold/set5/ner.conll --entities
  marsad eval quotes /tmp/gold/set5/quotes.jsonl
  marsad eval times --gold /tmp/gold/set5/times
  python3 bench/gold/gold.py build sum1 /tmp/gold         # a summary set: /tmp/gold/sum1/about.jsonl
  marsad eval summary /tmp/gold/sum1/about.jsonl

`pick NER QUOTES TIMES FOLDER` draws a new set by the written rule (README.md) at those
candidates; `check FOLDER` checks the annotators' files before `export`.
`names RECORDS.jsonl` lists the names the NER sets mark that marsad's output misses in a
sample of the corpus (a JSONL file of records, e.g. its first 2,000 lines): each name counted
where it occurs in the sample, proclitics allowed, with how many of those the output covers,
and how the gold sets mark its every occurrence in their own articles (whole, in a longer name,
or not at all); names marked alike everywhere and seldom found are candidates for a list.
`export` turns an annotation folder (inline [[TYPE|words]] NER files, quote JSON, TimeML; see
README.md) into the standoff files here; `export-about` a summary set's folder (articles.jsonl
and one ann_<reader>/<id>.json per reader and article).
"""
import json, os, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "data" / "news-saudinewsnet" / "saudinewsnet.jsonl.zst"
MARK = re.compile(r"\[\[([A-Z]+)\|([^\[\]|]+)\]\]")
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)


def articles(ids):
    if not CORPUS.exists():
        sys.exit(f"gold.py: {CORPUS} not found (the gold sets need ../shared beside the checkout)")
    out = {}
    with subprocess.Popen(["zstdcat", str(CORPUS)], stdout=subprocess.PIPE, text=True) as p:
        for line in p.stdout:
            r = json.loads(line)
            if r["id"] in ids:
                out[r["id"]] = r
    missing = set(ids) - set(out)
    if missing:
        sys.exit(f"gold.py: articles not in the corpus: {sorted(missing)[:5]}")
    return out


def text_of(r):
    return (r["title"] or "") + "\n" + (r["body"] or "")


def export(src, name):
    src = Path(src)
    rows = []
    for f in sorted((src / "ner" / "ann").glob("*.txt")):
        ann, pos, last = f.read_text(), 0, 0
        if not MARK.search(ann):
            rows.append(f"{f.stem}\t-")  # an article with no entity
        for m in MARK.finditer(ann):
            pos += m.start() - last
            rows.append(f"{f.stem}\t{pos}\t{pos + len(m.group(2))}\t{m.group(1)}")
            pos += len(m.group(2))
            last = m.end()
    (HERE / f"{name}_ner.tsv").write_text(
        "# id\tstart\tend\ttype (code points into title + \\n + body; id\t- : no entity)\n" + "\n".join(rows) + "\n")
    arts = {json.loads(l)["id"]: json.loads(l) for l in open(src / "quotes_articles.jsonl")}
    rows = []
    for i, r in arts.items():
        t = text_of(r)
        after = 0  # the quotes come in reading order: a text said twice is the one after the last
        for q in json.load(open(src / "quotes" / "ann" / f"{i}.json"))["quotes"]:
            spots = [m.start() for m in re.finditer(re.escape(q["text"]), t)]
            later = [b for b in spots if b >= after] or spots
            # … and, of those, one with its cue near it (a headline's quote may end in the words a
            # body's cue gives again: «… «ليست للبيع»» then أجابت «ليست للبيع»)
            near = [b for b in later if len(q["cue"]) > 1 and q["cue"] in t[max(0, b - 80):b + len(q["text"]) + 80]]
            b = (near or later or [-1])[0]
            after = max(after, b)
            s = t.find(q["speaker"])
            speaker = f"@{s}:{s + len(q['speaker'])}" if s >= 0 else q["speaker"]
            rows.append(f"{i}\t{q['kind']}\t{q['cue']}\t{b}\t{b + len(q['text'])}\t{speaker}")
        if not any(x.startswith(i + "\t") for x in rows):
            rows.append(f"{i}\t-")  # an article with no quote
    (HERE / f"{name}_quotes.tsv").write_text(
        "# id\tkind\tcue\tstart\tend\tspeaker (@start:end of a mention, or the name when the text has none)\n"
        + "\n".join(rows) + "\n")
    rows = []
    for f in sorted((src / "times" / "ann").glob("*.tml")):
        s = f.read_text()
        body = s[s.index("<TEXT>") + 6:s.index("</TEXT>")]
        dct = re.search(r'value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', s).group(1)
        rows.append(f"{f.stem}\tDCT\t{dct}")
        pos, last = 0, 0
        unescape = lambda x: x.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        for m in TIMEX.finditer(body):
            pos += len(unescape(re.sub(r"</?TIMEX3[^>]*>", "", body[last:m.start()])))
            inner = unescape(m.group(2))
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            rows.append(f"{f.stem}\t{pos}\t{pos + len(inner)}\t{attrs['type']}\t{attrs['value']}\t{attrs.get('mod', '')}")
            pos += len(inner)
            last = m.end()
    (HERE / f"{name}_times.tsv").write_text(
        "# id\tstart\tend\ttype\tvalue\tmod; id\tDCT\tdate: the article's reference date\n" + "\n".join(rows) + "\n")


def export_about(src, name):
    src = Path(src)
    arts = {json.loads(l)["id"]: json.loads(l) for l in open(src / "articles.jsonl")}
    rows = []
    for d in sorted(src.glob("ann_*")):
        reader = d.name[4:]
        for i, r in arts.items():
            a = json.load(open(d / f"{i}.json"))
            t, body_at = text_of(r), len(r["title"] or "") + 1
            for k, sentence in enumerate(a["summary"]):
                b = body_at + r["body"].index(sentence)
                rows.append(f"{i}\t{reader}\tsummary\t{k + 1}\t{b}\t{b + len(sentence)}")
            for k, phrase in enumerate(a["keyphrases"]):
                b = t.index(phrase)
                rows.append(f"{i}\t{reader}\tkeyphrase\t{k + 1}\t{b}\t{b + len(phrase)}")
    (HERE / f"{name}_about.tsv").write_text(
        "# id\treader\tsummary|keyphrase\trank\tstart\tend (code points into title + \\n + body)\n"
        + "\n".join(rows) + "\n")


def build_about(name, rows, arts, out):
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "about.jsonl", "w") as f:
        for i in sorted({r[0] for r in rows}):
            r, t = arts[i], text_of(arts[i])
            readers = {}
            for x in rows:
                if x[0] != i: continue
                who = readers.setdefault(x[1], {"name": x[1], "summary": [], "keyphrases": []})
                who["summary" if x[2] == "summary" else "keyphrases"].append((int(x[3]), t[int(x[4]):int(x[5])]))
            for who in readers.values():
                who["summary"] = [p for _, p in sorted(who["summary"])]
                who["keyphrases"] = [p for _, p in sorted(who["keyphrases"])]
            f.write(json.dumps({"id": i, "title": r["title"], "body": r["body"], "date": r["date"][:10],
                                "source": r["source"], "readers": list(readers.values())}, ensure_ascii=False) + "\n")
    print(f"{out}: {len({r[0] for r in rows})} articles, readers {sorted({r[1] for r in rows})}")


def read(name, kind):
    return [l.rstrip("\n").split("\t") for l in open(HERE / f"{name}_{kind}.tsv") if not l.startswith("#")]


def build(names, out, marsad):
    names = names.split(",")
    about = {n: read(n, "about") for n in names if (HERE / f"{n}_about.tsv").exists()}
    sets = {n: (read(n, "ner"), read(n, "quotes"), read(n, "times")) for n in names if n not in about}
    arts = articles({r[0] for parts in sets.values() for rows in parts for r in rows} |
                    {r[0] for rows in about.values() for r in rows})
    for name, (ner, quotes, times) in sets.items():
        build_one(name, ner, quotes, times, arts, Path(out) / name, marsad)
    for name, rows in about.items():
        build_about(name, rows, arts, Path(out) / name)


def build_one(name, ner, quotes, times, arts, out, marsad):
    ner_ids = sorted({r[0] for r in ner})
    (out / "times").mkdir(parents=True, exist_ok=True)
    # NER: marsad's tokens, -DOCSTART- per article, a sentence ends at a line break or . ! ? ؟
    lines = []
    for i in ner_ids:
        t = text_of(arts[i])
        spans = [(int(r[1]), int(r[2]), r[3]) for r in ner if r[0] == i and r[1] != "-"]
        for b, e, _ in spans:
            if not t[b:e].strip():
                sys.exit(f"gold.py: {name} {i}: empty entity at {b}")
        toks = json.loads(subprocess.run([marsad, "tokenize", "--format", "json", "-"], input=t,
                                         capture_output=True, text=True, check=True).stdout)["tokens"]
        # offsets from marsad are code points, as ours are
        lines.append("-DOCSTART-\tO\n\n")
        sent, prev, prev_end = [], None, 0
        for tok in toks:
            if sent and "\n" in t[prev_end:tok["start"]]:
                lines.append("".join(sent) + "\n"); sent = []
            sp = next((s for s in spans if s[0] < tok["end"] and tok["start"] < s[1]), None)
            tag = "O" if sp is None else ("I-" if sp is prev else "B-") + sp[2]
            sent.append(f"{tok['text']}\t{tag}\n"); prev, prev_end = sp, tok["end"]
            if tok["text"] in (".", "!", "?", "؟"):
                lines.append("".join(sent) + "\n"); sent = []; prev = None
        if sent: lines.append("".join(sent) + "\n")
    (out / "ner.conll").write_text("".join(lines))
    # Quotes: the eval's JSONL.
    with open(out / "quotes.jsonl", "w") as f:
        for i in sorted({r[0] for r in quotes}):
            r, t = arts[i], text_of(arts[i])
            qs = []
            for q in quotes:
                if q[0] != i or q[1] == "-": continue
                sp = q[5]
                if sp.startswith("@"):
                    b, e = map(int, sp[1:].split(":")); sp = t[b:e]
                qs.append({"speaker": sp, "cue": q[2], "kind": q[1], "text": t[int(q[3]):int(q[4])]})
            f.write(json.dumps({"id": i, "title": r["title"], "body": r["body"], "date": r["date"][:10],
                                "source": r["source"], "quotes": qs}, ensure_ascii=False) + "\n")
    # Times: TimeML with inline TIMEX3.
    esc = lambda x: x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for i in sorted({r[0] for r in times}):
        t = text_of(arts[i])
        dct = next(r[2] for r in times if r[0] == i and r[1] == "DCT")
        parts, last, n = [], 0, 0
        for r in sorted((r for r in times if r[0] == i and r[1] != "DCT"), key=lambda r: int(r[1])):
            b, e = int(r[1]), int(r[2]); n += 1
            mod = f' mod="{r[5]}"' if len(r) > 5 and r[5] else ""
            parts.append(esc(t[last:b]) + f'<TIMEX3 tid="t{n}" type="{r[3]}" value="{r[4]}"{mod}>' + esc(t[b:e]) + "</TIMEX3>")
            last = e
        parts.append(esc(t[last:]))
        (out / "times" / f"{i}.tml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="'
            + dct + '" temporalFunction="false" functionInDocument="CREATION_TIME">' + dct
            + "</TIMEX3></DCT>\n<TEXT>" + "".join(parts) + "</TEXT>\n</TimeML>\n")
    print(f"{out}: {len(ner_ids)} NER articles, {sum(1 for q in quotes if q[1] != '-')} quotes, "
          f"{sum(1 for r in times if r[1] != 'DCT')} time expressions")


def pick(ner_at, quotes_at, times_at, folder):
    """Draws a new set by the written rule (README.md) into `folder`: *_articles.jsonl, and
    ner/raw/<id>.txt for the NER annotators to copy into ner/ann/ with their markup."""
    taken = set()
    for f in HERE.glob("*.tsv"):
        taken |= {line.split("\t")[0] for line in f.read_text().splitlines() if line and not line.startswith("#")}
    if not CORPUS.exists():
        sys.exit(f"gold.py: {CORPUS} not found")
    with subprocess.Popen(["zstdcat", str(CORPUS)], stdout=subprocess.PIPE, text=True) as p:
        records = [json.loads(line) for line in p.stdout]
    cue = re.compile("قال|أكد|أوضح|بحسب|«")

    def draw(keep, first, step, count):
        candidates = [r for r in records if keep(len(r["body"] or ""), r["body"] or "")]
        got, i, seen = [], first, set()
        while len(got) < count and i not in seen:  # wraps around the candidate list
            seen.add(i)
            if candidates[i]["id"] not in taken:
                got.append(candidates[i])
            i = (i + step) % len(candidates)
        return got

    folder = Path(folder)
    drawn = {"ner": draw(lambda n, b: 400 <= n <= 1500, ner_at, 2000, 16),
             "quotes": draw(lambda n, b: 300 <= n <= 2500 and cue.search(b), quotes_at, 1000, 16),
             "times": draw(lambda n, b: 300 <= n <= 2000, times_at, 2000, 10)}
    for kind, rows in drawn.items():
        (folder / kind / "ann").mkdir(parents=True, exist_ok=True)
        with open(folder / f"{kind}_articles.jsonl", "w") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (folder / "ner" / "raw").mkdir(exist_ok=True)
    for r in drawn["ner"]:
        (folder / "ner" / "raw" / f"{r['id']}.txt").write_text(text_of(r))
    print(f"{folder}: " + ", ".join(f"{k} {len(v)}" for k, v in drawn.items()))


def check(folder):
    """Checks an annotation folder before export: markup that gives the text back, quotes copied
    from their article, TimeML whose text is the article's. Prints each problem with its place."""
    folder, problems = Path(folder), 0

    def articles(kind):
        path = folder / f"{kind}_articles.jsonl"
        return {r["id"]: text_of(r) for r in map(json.loads, path.read_text().splitlines())} if path.exists() else {}

    for i, text in articles("ner").items():
        f = folder / "ner" / "ann" / f"{i}.txt"
        if f.exists() and MARK.sub(lambda m: m.group(2), f.read_text()) != text:
            plain = MARK.sub(lambda m: m.group(2), f.read_text())
            k = next((k for k, (a, b) in enumerate(zip(plain, text)) if a != b), min(len(plain), len(text)))
            print(f"{f}: the text differs from the article at code point {k}"); problems += 1
    for i, text in articles("quotes").items():
        f = folder / "quotes" / "ann" / f"{i}.json"
        if not f.exists():
            continue
        try:
            quotes = json.loads(f.read_text())["quotes"]
        except (ValueError, KeyError) as e:
            print(f"{f}: {e}"); problems += 1
            continue
        for n, q in enumerate(quotes):
            if q.get("kind") not in ("direct", "indirect") or not q.get("text") or q["text"] not in text:
                print(f"{f}: quote {n}: a kind of direct|indirect and a text copied from the article"); problems += 1
    for i, text in articles("times").items():
        f = folder / "times" / "ann" / f"{i}.tml"
        if not f.exists():
            continue
        m = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(), re.S)
        plain = m and re.sub(r"</?TIMEX3[^>]*>", "", m.group(1)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if plain != text:
            print(f"{f}: no <TEXT>, or its text is not the article's"); problems += 1
    print(f"{folder}: {problems} problems")
    return problems


def names(records, marsad, min_count=5, max_recall=0.5):
    sets = sorted({f.name.split("_")[0] for f in HERE.glob("set*_ner.tsv")}, key=lambda n: int(n[3:]))
    rows = [r for n in sets for r in read(n, "ner") if r[1] != "-"]
    arts = {i: text_of(r) for i, r in articles({r[0] for r in rows}).items()}
    marked, types = {}, {}
    for i, b, e, t in rows:
        # a name without the proclitics before its article (بالرياض → الرياض)
        name = re.sub(r"^[وف]?[بلك]?(?=ال)", "", arts[i][int(b):int(e)])
        if len(name) >= 3:
            marked.setdefault(name, []).append((i, int(b), int(e)))
            types.setdefault(name, set()).add(t)
    out = subprocess.run([marsad, "analyze", "--format", "jsonl", records], capture_output=True, text=True, check=True)
    docs = [json.loads(l) for l in out.stdout.splitlines()]
    spans = [[(m["start"], m["end"]) for en in d["entities"] for m in en["mentions"]] for d in docs]
    found = []
    for name in marked:
        pat = re.compile(r"(?<!\w)[وف]?[بلك]?" + re.escape(name) + r"(?!\w)")
        n = covered = 0
        for d, sp in zip(docs, spans):
            if name not in d["text"]:  # (a substring test first: the regex is the slow part)
                continue
            for m in pat.finditer(d["text"]):
                n += 1
                covered += any(a <= m.end() - len(name) + 1 and b >= m.end() - 1 for a, b in sp)
        if n >= min_count and covered < max_recall * n:
            found.append((n, covered, name))
    for n, covered, name in sorted(found, reverse=True):
        ways = {}
        for i, text in arts.items():
            for m in re.finditer(re.escape(name), text):
                hit = [r for r in rows if r[0] == i and int(r[1]) < m.end() and int(r[2]) > m.start()]
                way = "O" if not hit else ("whole " if int(hit[0][2]) - int(hit[0][1]) <= len(name) + 3 else "in a longer name ") + hit[0][3]
                ways[way] = ways.get(way, 0) + 1
        print(f"{name}\t{n} in the sample, {covered} found\tgold: {', '.join(f'{k} {v}' for k, v in sorted(ways.items()))}")


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) >= 3 and a[0] == "export":
        export(a[1], a[2])
    elif len(a) >= 3 and a[0] == "export-about":
        export_about(a[1], a[2])
    elif len(a) == 5 and a[0] == "pick":
        pick(int(a[1]), int(a[2]), int(a[3]), a[4])
    elif len(a) == 2 and a[0] == "check":
        sys.exit(1 if check(a[1]) else 0)
    elif len(a) >= 2 and a[0] == "names":
        names(a[1], a[2] if len(a) > 2 else str(HERE.parents[1] / "build" / "marsad"))
    elif len(a) >= 3 and a[0] == "build":
        build(a[1], a[2], a[3] if len(a) > 3 else str(HERE.parents[1] / "build" / "marsad"))
    else:
        sys.exit(__doc__)
