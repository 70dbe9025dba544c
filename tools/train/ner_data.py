"""CoNLL reading, marsad's dev split, conlleval-style scoring and the word-key normalisation.

Mirrors src/ner/eval.cpp so that Python figures can be compared with `marsad eval ner`:
- sentences are separated by blank lines; a line is `token<TAB or space>tag` (split at the
  last tab or space, as read_conll does);
- the dev part is the last floor(0.1 * N) sentences (split_dev);
- chunks follow conlleval: an I-X continues only a chunk of type X; any other I-X (after O,
  after another type, at the start) opens a new chunk; a chunk counts as correct only when
  its begin, end and type all match.
"""
import re
import unicodedata
from collections import Counter, defaultdict

TYPES = ("LOC", "MISC", "ORG", "PERS")
TAGS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))


def read_conll(path):
    """[(words, tags)] per sentence; tags is [] for an untagged file."""
    sentences, words, tags = [], [], []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip(" \t"):
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                continue
            sep = max(line.rfind("\t"), line.rfind(" "))
            if sep < 0:
                words.append(line)
                continue
            tag = line[sep + 1:]
            if tag not in TAGS:
                raise ValueError(f"{path}:{n}: unknown tag {tag!r}")
            words.append(line[:sep])
            tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def split_dev(sentences, fraction=0.1):
    """(train, dev): dev is the last floor(fraction * N) sentences, as marsad's split_dev."""
    dev = int(len(sentences) * fraction)
    return sentences[:len(sentences) - dev], sentences[len(sentences) - dev:]


def chunks(tags):
    """[(begin, end, type)] read from BIO tags by conlleval's rules."""
    out, open_type = [], None
    for i, t in enumerate(tags):
        inside = len(t) > 2 and t[1] == "-"
        typ = t[2:] if inside else None
        continues = inside and t[0] == "I" and typ == open_type
        if not continues and open_type is not None:
            out[-1][1] = i
            open_type = None
        if inside and not continues:
            out.append([i, i + 1, typ])
            open_type = typ
    if open_type is not None:
        out[-1][1] = len(tags)
    return [tuple(c) for c in out]


class Score:
    """Entity counts per type; precision, recall and F1 in percent."""

    def __init__(self):
        self.gold, self.found, self.correct = Counter(), Counter(), Counter()
        self.tokens = self.tokens_correct = 0

    def add(self, gold_tags, predicted_tags):
        g, p = chunks(gold_tags), chunks(predicted_tags)
        for c in g:
            self.gold[c[2]] += 1
        for c in p:
            self.found[c[2]] += 1
        for c in set(g) & set(p):
            self.correct[c[2]] += 1
        self.tokens += len(gold_tags)
        self.tokens_correct += sum(a == b for a, b in zip(gold_tags, predicted_tags))

    @staticmethod
    def _prf(c, f, g):
        p = 100.0 * c / f if f else 0.0
        r = 100.0 * c / g if g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def prf(self, typ=None):
        if typ is None:
            return self._prf(sum(self.correct.values()), sum(self.found.values()), sum(self.gold.values()))
        return self._prf(self.correct[typ], self.found[typ], self.gold[typ])

    def f1(self, typ=None):
        return self.prf(typ)[2]

    def table(self):
        lines = ["type     precision  recall     F1   gold  found  correct"]
        types = sorted(set(self.gold) | set(self.found))
        for t in types + [None]:
            p, r, f = self.prf(t)
            g = self.gold[t] if t else sum(self.gold.values())
            fo = self.found[t] if t else sum(self.found.values())
            c = self.correct[t] if t else sum(self.correct.values())
            lines.append(f"{t or 'overall':8} {p:9.2f} {r:7.2f} {f:6.2f} {g:6d} {fo:6d} {c:8d}")
        acc = 100.0 * self.tokens_correct / self.tokens if self.tokens else 0.0
        lines.append(f"{self.tokens} tokens, accuracy {acc:.2f}%")
        return "\n".join(lines)


def score(gold_sentences, predicted_tags):
    s = Score()
    for (_, gold), pred in zip(gold_sentences, predicted_tags):
        s.add(gold, pred)
    return s


# --- word keys --------------------------------------------------------------------------
# The key under which a word's vector is stored and looked up (the same function for the
# SaudiNewsNet training text and for the tagger's words):
#   1. NFKC (folds presentation forms such as ﻻ and Arabic-Indic digits' compatibility forms);
#   2. remove tatweel U+0640 and the Arabic diacritics U+0610–U+061A, U+064B–U+065F, U+0670,
#      U+06D6–U+06ED;
#   3. أ إ آ ٱ (U+0623 U+0625 U+0622 U+0671) → ا; ى (U+0649) → ي; ة is kept (it separates
#      feminine nouns from pronoun-suffixed words: مدرسة / مدرسه are both common in news);
#   4. every decimal digit (ASCII, Arabic-Indic U+0660–0669, Eastern U+06F0–06F9) → 0;
#   5. Latin letters lower-cased.
_DROP = dict.fromkeys([0x0640, 0x0670] + list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660))
                      + list(range(0x06D6, 0x06EE)))
_MAP = {0x0623: "ا", 0x0625: "ا", 0x0622: "ا", 0x0671: "ا", 0x0649: "ي"}
_MAP.update({c: "0" for r in (range(0x30, 0x3A), range(0x660, 0x66A), range(0x6F0, 0x6FA)) for c in r})
_TABLE = {**_DROP, **_MAP}


def word_key(word):
    return unicodedata.normalize("NFKC", word).translate(_TABLE).lower()


# A key the word table lacks is looked up as the name it may be behind its proclitics, in the
# order of name_readings in src/ner/lexicon.cpp (which table_row in src/ner/neural.cpp calls):
# without و/ف, then also without ب/ل/ك (لل: ال + the rest, then the rest), at least two letters
# left: وبرشلونة → برشلونة, للمنتخب → المنتخب, وبالرياض → الرياض.
def name_readings(key):
    out = [key]

    def add(form):
        if len(form) >= 2 and form not in out:
            out.append(form)
    for conj in ("", "و", "ف"):
        if not key.startswith(conj):
            continue
        rest = key[len(conj):]
        if conj:
            add(rest)
        if rest.startswith("لل"):
            add("ا" + rest[1:])
            add(rest[1:])
        elif rest[:1] in ("ب", "ل", "ك"):
            add(rest[1:])
    return out


def table_row(key, rows, unknown):
    """The row of `key` in `rows` (a key → row dict), else of the first of its readings there."""
    for form in name_readings(key):
        row = rows.get(form)
        if row is not None:
            return row
    return unknown


# Raw news text → ANERcorp-like tokens: whitespace split, then punctuation split off as
# separate tokens (ANERcorp writes "," "." "(" ")" "«" "»" "-" "/" ":" '"' as tokens of their
# own); runs of letters, digits and combining marks stay together, so "2015" and "الـ20" stay
# one token each. ANERcorp keeps clitics attached (وبالعراق), so nothing is segmented.
_TOKEN = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]+|[^\w\s]", re.UNICODE)


def tokenize(text):
    return _TOKEN.findall(text)


def gold_counts(sentences):
    by = defaultdict(int)
    for _, tags in sentences:
        for c in chunks(tags):
            by[c[2]] += 1
    return dict(by)
