"""Lexicon match bits for the neural tagger: the lists marsad's perceptron reads, as inputs.

Categories (N_CATEGORIES): countries and cities (shared gazetteers), the trigger lexicon's
org_head / loc_head / person_trigger / nationality (data/ner_triggers.tsv), titles
(data/ner_titles.tsv) and the mined ORG / LOC names (models/ner_names.tsv). A phrase matches
a run of words whose keys (ner_data.word_key) equal the phrase's keys; the first word may
carry proclitics (و ف, then ب ل ك; ل + ل… reads as ال…) and the article is ignored on the
first word of both sides. Per category two bits: the word begins a match, the word is inside
a match (begin included). Longest match per category and start.
"""
import csv
import os

import ner_data

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("MARSAD_SHARED_DIR", "/work/shared")
CATEGORIES = ("country", "city", "org_head", "loc_head", "person_trigger", "nationality", "title",
              "mined_org", "mined_loc")
N_BITS = 2 * len(CATEGORIES)


def _bare(key):
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _readings(key):
    """The word's possible forms without proclitics, the article dropped."""
    out = {_bare(key)}
    for conj in ("", "و", "ف"):
        if conj and not key.startswith(conj):
            continue
        rest = key[len(conj):]
        if conj and len(rest) >= 2:
            out.add(_bare(rest))
        for prep in ("ب", "ل", "ك"):
            if rest.startswith(prep) and len(rest) > 3:
                out.add(_bare(rest[1:]))
        if rest.startswith("لل") and len(rest) > 4:
            out.add(rest[2:])
    return out


def _lexicon():
    lex = {c: set() for c in CATEGORIES}

    def add(cat, phrase):
        keys = [ner_data.word_key(t) for t in ner_data.tokenize(phrase)]
        if keys:
            keys[0] = _bare(keys[0])
            lex[cat].add(tuple(keys))

    with open(os.path.join(SHARED, "data/gazetteers/countries.tsv"), encoding="utf-8") as f:
        next(f)
        for row in f:
            for col in row.rstrip("\n").split("\t")[3:6]:
                for name in col.split("|"):
                    add("country", name)
    with open(os.path.join(SHARED, "data/gazetteers/world-cities-ar.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            add("city", row["CityNameAr"])
    for path, cat_col in (("data/ner_triggers.tsv", 0), ("data/ner_titles.tsv", None), ("models/ner_names.tsv", 0)):
        with open(os.path.join(REPO, path), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if cat_col is None:
                    add("title", cols[0])
                elif path.startswith("models"):
                    add("mined_org" if cols[0] == "ORG" else "mined_loc", cols[1])
                else:
                    add(cols[0], cols[1])
    return lex


_LEX = None
_MAXLEN = 0


def word_bits(words):
    """One list of N_BITS 0/1 values per word."""
    global _LEX, _MAXLEN
    if _LEX is None:
        _LEX = _lexicon()
        _MAXLEN = max(len(p) for s in _LEX.values() for p in s)
    keys = [ner_data.word_key(w) for w in words]
    bits = [[0] * N_BITS for _ in words]
    for i in range(len(words)):
        firsts = _readings(keys[i])
        for c, cat in enumerate(CATEGORIES):
            phrases = _LEX[cat]
            for n in range(min(_MAXLEN, len(words) - i), 0, -1):
                rest = tuple(keys[i + 1:i + n])
                if any((f,) + rest in phrases for f in firsts):
                    bits[i][2 * c] = 1
                    for j in range(i, i + n):
                        bits[j][2 * c + 1] = 1
                    break
    return bits
