#!/usr/bin/python3
"""Stem and root quality of marsad against Snowball (libstemmer) and ISRI (NLTK), same run.

Usage: /usr/bin/python3 bench/stem_quality.py [--marsad build/marsad] [--shared ../shared]

Gold: shared/data/stem-golden-corpus/words-stems-roots.tsv (1,165 mostly Quranic words), and
for news-domain roots the Root= fields of the nouns, verbs and adjectives of
shared/data/ud-padt/ar_padt-ud1.3-test.conllu.gz whose root has three consonants.
Every output and every gold form is compared after the same normalization (no tashkeel or
tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه), so spelling conventions do not count as errors.
Snowball is called through ctypes on libstemmer.so (Debian libstemmer0d), ISRI through
/usr/bin/python3's NLTK (python3-nltk). Prints a Markdown report.
"""
import argparse
import collections
import ctypes
import gzip
import ctypes.util
import re
import subprocess
import sys

from nltk.stem.isri import ISRIStemmer

# Words stemmers are known to get wrong, with the light stem a search engine wants.
KNOWN = [
    ("واشنطن", "واشنطن"), ("بيان", "بيان"), ("وزير", "وزير"), ("القوات", "قوات"),
    ("التحالف", "تحالف"), ("مستقبل", "مستقبل"), ("فلسطين", "فلسطين"), ("بريطانيا", "بريطانيا"),
    ("ليبيا", "ليبيا"), ("والي", "والي"), ("بالمعلمين", "معلم"), ("للحكومة", "حكوم"),
]

DIAC = re.compile("[\u064B-\u065F\u0670\u0640]")
TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def norm(s):
    return DIAC.sub("", s).translate(TABLE)


class Snowball:
    def __init__(self):
        lib = ctypes.CDLL(ctypes.util.find_library("stemmer") or "libstemmer.so.0d")
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.st = lib.sb_stemmer_new(b"arabic", b"UTF_8")

    def stem(self, word):
        b = word.encode()
        out = self.lib.sb_stemmer_stem(self.st, b, len(b))
        n = self.lib.sb_stemmer_length(self.st)
        return bytes(out[:n]).decode()


def marsad(binary, words):
    text = "".join(w + "\n" for w in words)
    out = subprocess.run([binary, "stem", "--root"], input=text, capture_output=True, text=True, check=True)
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    return [(r[1], r[2]) for r in rows]


# ElixirFM's transliteration of root consonants in PADT's Root= field.
ELIXIR = {"'": "ء", "b": "ب", "t": "ت", "_t": "ث", "^g": "ج", ".h": "ح", "_h": "خ", "d": "د",
          "_d": "ذ", "r": "ر", "z": "ز", "s": "س", "^s": "ش", ".s": "ص", ".d": "ض", ".t": "ط",
          ".z": "ظ", "`": "ع", ".g": "غ", "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م",
          "n": "ن", "h": "ه", "w": "و", "y": "ي"}


def elixir_root(text):
    """'^s__h_.s' -> 'شخص'; None if the field is not a sequence of root consonants."""
    out, i = [], 0
    while i < len(text):
        for width in (2, 1):
            sym = text[i:i + width]
            if sym in ELIXIR:
                out.append(ELIXIR[sym])
                i += width
                break
        else:
            return None
        if i < len(text):
            if text[i] != "_":
                return None
            i += 1
    return "".join(out)


def padt_roots(path):
    rows = collections.OrderedDict()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or cols[3] not in ("NOUN", "VERB", "ADJ"):
                continue
            m = re.search(r"Root=([^|]+)", cols[9])
            root = elixir_root(m.group(1)) if m else None
            if root and len(root) == 3:
                rows.setdefault(DIAC.sub("", cols[1]), root)
    return list(rows.items())


def root_norm(s):
    return re.sub("[ءأإآؤئ]", "ا", norm(s))


def padt_report(binary, path, isri):
    rows = padt_roots(path)
    ours = marsad(binary, [w for w, _ in rows])
    m = sum(root_norm(r) == root_norm(g) for (_, g), (_, r) in zip(rows, ours))
    i = sum(root_norm(isri.stem(w)) == root_norm(g) for w, g in rows)
    n = len(rows)
    print(f"\n## News-domain roots: PADT test, {n} distinct nouns/verbs/adjectives with a triliteral Root=\n")
    print("Hamza forms count as one letter; weak radicals (و ي) must match exactly.\n")
    print("| system | root accuracy |\n|---|---|")
    print(f"| marsad root | {m / n:.3f} |\n| ISRI (NLTK) | {i / n:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--marsad", default="build/marsad")
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()
    rows = []
    with open(f"{args.shared}/data/stem-golden-corpus/words-stems-roots.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            w, s, r = line.rstrip("\n").split("\t")
            rows.append((w, s, r))
    words = [w for w, _, _ in rows] + [w for w, _ in KNOWN]
    ours = marsad(args.marsad, words)
    snow, isri = Snowball(), ISRIStemmer()
    n = len(rows)
    acc = {"marsad light_stem": 0, "marsad root": 0, "Snowball arabic": 0, "ISRI": 0,
           "Snowball vs root": 0, "ISRI vs root": 0}
    for (w, s, r), (ms, mr) in zip(rows, ours):
        sb, ir = norm(snow.stem(w)), norm(isri.stem(w))
        acc["marsad light_stem"] += norm(ms) == norm(s)
        acc["marsad root"] += norm(mr) == norm(r)
        acc["Snowball arabic"] += sb == norm(s)
        acc["ISRI"] += ir == norm(s)
        acc["Snowball vs root"] += sb == norm(r)
        acc["ISRI vs root"] += ir == norm(r)
    print(f"## Stem golden corpus ({n} words), exact match after normalization\n")
    print("| system | stem accuracy | root accuracy |\n|---|---|---|")
    print(f"| marsad light_stem / root | {acc['marsad light_stem'] / n:.3f} | {acc['marsad root'] / n:.3f} |")
    print(f"| Snowball arabic | {acc['Snowball arabic'] / n:.3f} | {acc['Snowball vs root'] / n:.3f} |")
    print(f"| ISRI (NLTK) | {acc['ISRI'] / n:.3f} | {acc['ISRI vs root'] / n:.3f} |")
    print("\n## Known errors (wanted light stem; ✓ = system gives it)\n")
    print("| word | wanted | marsad | Snowball | ISRI |\n|---|---|---|---|---|")
    score = {"m": 0, "s": 0, "i": 0}
    for (w, want), (ms, _) in zip(KNOWN, ours[n:]):
        sb, ir = snow.stem(w), isri.stem(w)
        marks = []
        for key, got in (("m", ms), ("s", sb), ("i", ir)):
            ok = norm(got) == norm(want)
            score[key] += ok
            marks.append(f"{got} {'✓' if ok else '✗'}")
        print(f"| {w} | {want} | " + " | ".join(marks) + " |")
    k = len(KNOWN)
    print(f"| **correct** | | {score['m']}/{k} | {score['s']}/{k} | {score['i']}/{k} |")
    padt_report(args.marsad, f"{args.shared}/data/ud-padt/ar_padt-ud1.3-test.conllu.gz", isri)


if __name__ == "__main__":
    sys.exit(main())
