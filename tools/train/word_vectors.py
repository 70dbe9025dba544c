"""Word vectors for the neural tagger, trained on SaudiNewsNet with gensim.

    /usr/bin/python3 tools/train/word_vectors.py \
        --corpus /work/shared/data/news-saudinewsnet/saudinewsnet.jsonl.zst \
        --out /tmp/neural/snn_ft100 [--algo fasttext|word2vec] [--dim 100] [--epochs 5]

Writes <out>.tokens.txt (the tokenized, keyed corpus, one paragraph a line; reused when
present), <out>.model (gensim) and <out>.vec: the vectors of every vocabulary word in word2vec
text format, most frequent first, so that a tagger can keep the first K lines as its table.
Tokens and keys are those of ner_data.tokenize / ner_data.word_key.
"""
import argparse
import json
import logging
import os
import subprocess
import time

import ner_data


def write_tokens(corpus, path):
    proc = subprocess.Popen(["zstd", "-dc", corpus], stdout=subprocess.PIPE)
    n_docs = n_tokens = 0
    with open(path + ".part", "w", encoding="utf-8") as out:
        for line in proc.stdout:
            doc = json.loads(line)
            n_docs += 1
            for para in [doc.get("title") or ""] + (doc.get("body") or "").split("\n"):
                toks = [ner_data.word_key(t) for t in ner_data.tokenize(para)]
                if toks:
                    out.write(" ".join(toks) + "\n")
                    n_tokens += len(toks)
    if proc.wait() != 0:
        raise RuntimeError(f"zstd failed on {corpus}")
    os.replace(path + ".part", path)
    print(f"{n_docs} articles, {n_tokens} tokens -> {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--algo", choices=("fasttext", "word2vec"), default="fasttext")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--sg", type=int, default=1, help="1: skip-gram, 0: CBOW")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)

    tokens = a.out + ".tokens.txt"
    if not os.path.exists(tokens):
        t = time.time()
        write_tokens(a.corpus, tokens)
        print(f"tokenized in {time.time() - t:.0f} s")
    from gensim.models import FastText, Word2Vec
    cls = FastText if a.algo == "fasttext" else Word2Vec
    kw = dict(vector_size=a.dim, window=a.window, min_count=a.min_count, sg=a.sg, workers=a.threads,
              epochs=a.epochs, seed=a.seed)
    if a.algo == "fasttext":
        kw.update(min_n=3, max_n=5)
    t = time.time()
    model = cls(corpus_file=tokens, **kw)
    print(f"trained {a.algo} in {time.time() - t:.0f} s, vocabulary {len(model.wv)}")
    model.save(a.out + ".model")
    # For fastText, wv[word] of a vocabulary word already averages its n-gram vectors in, so
    # the exported table carries the subword information without n-grams at tagging time.
    model.wv.save_word2vec_format(a.out + ".vec")


if __name__ == "__main__":
    main()
