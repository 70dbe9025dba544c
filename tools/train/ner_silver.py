"""Machine-labelled news for the feature tagger (uptraining; `marsad train ner --extra`).

ANERcorp is 2007 news; marsad reads news of today. This script picks SaudiNewsNet articles,
lets marsad's accurate mode (feature model + neural tagger) label them as whole articles
(`marsad analyze --ner accurate --format conllu`), and writes the labels as CoNLL, one
`-DOCSTART-` per article, for the feature model to learn from besides ANERcorp.

- Articles: the corpus sorted by md5(salt + id), the first N, leaving out the ids of
  `--exclude` (the hand-annotated blind sets the tagger is measured on).
- Tokens: the surface tokens of `analyze` (a token split into clitics is one token; its tag is
  that of its first part that is in an entity). PER becomes ANERcorp's PERS.
- Heads: an organisation that starts with one of HEADS and goes on is cut after it
  (B-ORG نادي I-ORG الأهلي → O نادي B-ORG الأهلي). ANERcorp leaves these heads out of the
  name (train part, head followed by a name: شركة 21 out / 1 in, صحيفة 19 / 0, نادي 17 / 5,
  حركة 18 / 5, وكالة 6 / 1, قناة 5 / 0) and so do the blind sets (نادي، تنظيم، وكالة); the
  accurate mode is inconsistent there. Heads that ANERcorp keeps in the name (حزب، جامعة،
  منظمة، مجلس) are left as they are.

    python3 tools/train/ner_silver.py --corpus ../shared/data/news-saudinewsnet/saudinewsnet.jsonl.zst \
        --model /tmp/ner_anercorp.bin --exclude EXCLUDED_IDS --out /tmp/ner_silver.conll
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HEADS = {"نادي", "شركة", "صحيفة", "قناة", "وكالة", "حركة", "تنظيم", "فريق", "الفريق", "جريدة", "مجلة", "موقع"}
PROCLITICS = re.compile("^(و|ف)?(ب|ل|ك)?")


def pick(corpus, n, salt, exclude):
    """The first n records of the corpus by md5(salt + id), excluded ids left out."""
    out = subprocess.run(["zstdcat", corpus], stdout=subprocess.PIPE, check=True).stdout
    keyed = []
    for line in out.splitlines(keepends=True):
        rec = json.loads(line)
        if rec["id"] in exclude:
            continue
        keyed.append((hashlib.md5((salt + rec["id"]).encode()).hexdigest(), line))
    keyed.sort()
    return [line for _, line in keyed[:n]]


def sentences_from_conllu(text):
    """[(doc_id, [[token, tag], ...]) per sentence] from `analyze --format conllu`."""
    doc, out, toks, span = None, [], [], None
    for line in text.split("\n"):
        if line.startswith("# newdoc id = "):
            doc = line[len("# newdoc id = "):]
            continue
        if line.startswith("#"):
            continue
        if not line:
            if toks:
                out.append((doc, toks))
            toks, span = [], None
            continue
        f = line.split("\t")
        misc = dict(kv.split("=", 1) for kv in f[9].split("|") if "=" in kv)
        if "-" in f[0]:  # a token split into syntactic words: one token, tagged below
            last = int(f[0].split("-")[1])
            toks.append([f[1], "O"])
            span = last
            continue
        tag = misc.get("NER", "O")
        if tag.endswith("-PER"):
            tag += "S"
        if span is not None:
            if toks[-1][1] == "O":
                toks[-1][1] = tag
            if int(f[0]) >= span:
                span = None
            continue
        toks.append([f[1], tag])
    if toks:
        out.append((doc, toks))
    return out


def cut_heads(toks):
    for i in range(len(toks) - 1):
        word, tag = toks[i]
        if tag == "B-ORG" and toks[i + 1][1] == "I-ORG" and PROCLITICS.sub("", word) in HEADS:
            toks[i][1], toks[i + 1][1] = "O", "B-ORG"
    return toks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True, help="saudinewsnet.jsonl.zst")
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--salt", default="up1", help="the pick: md5(salt + id) order")
    ap.add_argument("--exclude", help="file of article ids to leave out, one a line")
    ap.add_argument("--marsad", default="build/marsad")
    ap.add_argument("--model", help="feature model for analyze (default: the built-in one)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    exclude = set()
    if a.exclude:
        exclude = {l.strip() for l in open(a.exclude, encoding="utf-8") if l.strip() and not l.startswith("#")}
    records = pick(a.corpus, a.articles, a.salt, exclude)
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as f:
        f.write(b"".join(records))
        picked = f.name
    try:
        cmd = [a.marsad, "analyze", "--ner", "accurate", "--format", "conllu", picked]
        if a.model:
            cmd[2:2] = ["--model", a.model]
        conllu = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    finally:
        os.unlink(picked)
    docs = sentences = tokens = 0
    with open(a.out, "w", encoding="utf-8") as out:
        previous = None
        for doc, toks in sentences_from_conllu(conllu):
            if doc != previous:
                out.write("-DOCSTART-\tO\n\n")
                previous, docs = doc, docs + 1
            out.write("".join(f"{w}\t{t}\n" for w, t in cut_heads(toks)) + "\n")
            sentences += 1
            tokens += len(toks)
    print(f"{len(records)} articles picked, {docs} labelled: {sentences} sentences, {tokens} tokens -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
