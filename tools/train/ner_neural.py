"""Train and score the neural NER tagger (BiLSTM-CRF with a character CNN) on ANERcorp.

    /usr/bin/python3 tools/train/ner_neural.py --data /work/shared/data/anercorp/train.conll \
        --vectors /tmp/neural/snn.vec --vocab 50000 --epochs 30 --seed 1 --save /tmp/neural/ner_s1.bin

Trains on the train part (all but the last 10% of the sentences, as `marsad train ner`),
prints the dev F1 (conlleval rules, ner_data.Score: the figures of `marsad eval ner --dev`)
and the time after every epoch, and writes the last epoch's weights (the epoch count is
fixed in advance; the dev part never chooses anything). `--tag FILE` instead loads a saved
model (float32, or quantized by ner_neural_quantize.py) and tags a CoNLL file (tokens one a
line), printing token<TAB>tag.

Model file (little-endian):
    8 bytes  b"MRSDNNER"
    u32      format version (1)
    u32      n, then n bytes of UTF-8 JSON: the config (sizes), "tags" (label names in row
             order), "chars" (the character of each char id; ids 0-3 are PAD, UNK, BOW, EOW and
             are given as ""), "key" (the name of the word-key normalisation), "words_note"
    u32      number of records, then per record:
             u32 name length, name (UTF-8), u32 kind (0: float32 tensor, 1: UTF-8 text),
             u32 ndim, ndim × u32 dims (kind 1: one dim, the byte count), the data.
Records: "words" (text: the vocabulary keys, one a line, line i = row i + 2 of the word
table; rows 0 and 1 are PAD and UNK), the PyTorch parameters by their names
("words.weight", "chars.weight", "conv.weight" (filters, char_dim, width), "conv.bias",
"lstm.weight_ih_l0", "lstm.weight_hh_l0", "lstm.bias_ih_l0", "lstm.bias_hh_l0" and the same
with "_reverse", "out.weight", "out.bias", "crf.start", "crf.end", "crf.trans" [from, to]).
Input bits ("n_bits" in the header) are the last input columns: the lexicon's (--gazetteer-bits,
read by this script only), or with --domain-bit one bit, 1 for news and 0 for ANERcorp, the
header's "bits" then starting with "domain" (marsad reads that one: 0 under --domain anercorp).

With `--lm LM.pt` (lm_train.py) the header has "lm_hidden": H (absent or 0: no LM) and the
file holds the frozen LM's two LSTMs, PyTorch layout (gate order i, f, g, o): "lm.fwd.weight_ih"
[4H, word_dim], "lm.fwd.weight_hh" [4H, H], "lm.fwd.bias_ih" [4H], "lm.fwd.bias_hh" [4H], and
the same with "lm.bwd.". Both read the rows of "words.weight" (whose UNK row is then the LM's
UNK vector), each over the sentence alone from zero states, the backward one from the last word
to the first. The tagger's "lstm.weight_ih_l0" columns are [word vector ; char CNN ; forward LM
state at the word ; backward LM state at the word ; bits].
"""
import argparse
import json
import math
import random
import struct
import sys
import time
from collections import Counter

import numpy as np
import torch
import torch.nn as nn

import ner_data
from ner_model import BOW, EOW, MAX_CHARS, PAD, UNK, Tagger

MAGIC = b"MRSDNNER"
VERSION = 1


class Vocab:
    """Word keys → table rows, characters → char ids, and the batches built from them."""

    def __init__(self, words, chars, bit_fn=None, n_bits=0):
        self.words = words
        self.word_id = {w: i + 2 for i, w in enumerate(words)}
        self.chars = chars
        self.char_id = {c: i for i, c in enumerate(chars) if i > EOW}
        self.bit_fn, self.n_bits = bit_fn, n_bits
        self.bit_cache = {}
        # The frozen LM's states depend on the sentence alone: computed once per sentence.
        self.lm_fn, self.lm_cache = None, {}

    def char_ids(self, key):
        ids = [self.char_id.get(c, UNK) for c in key[:MAX_CHARS - 2]]
        return [BOW] + ids + [EOW]

    def batch(self, sentences, tag_ids=None, word_dropout=0.0, rng=None):
        B, T = len(sentences), max(len(w) for w, _ in sentences)
        words = torch.zeros(B, T, dtype=torch.long)
        chars = torch.zeros(B, T, MAX_CHARS, dtype=torch.long)
        char_len = torch.zeros(B, T, dtype=torch.long)
        mask = torch.zeros(B, T, dtype=torch.bool)
        tags = torch.zeros(B, T, dtype=torch.long)
        bits = torch.zeros(B, T, self.n_bits) if self.n_bits else None
        lm = [] if self.lm_fn else None
        for b, (ws, ts) in enumerate(sentences):
            for t, w in enumerate(ws):
                key = ner_data.word_key(w)
                wid = ner_data.table_row(key, self.word_id, UNK)
                if word_dropout and rng.random() < word_dropout:
                    wid = UNK
                words[b, t] = wid
                c = self.char_ids(key)
                chars[b, t, :len(c)] = torch.tensor(c)
                char_len[b, t] = len(c)
                mask[b, t] = True
                if tag_ids is not None:
                    tags[b, t] = tag_ids[ts[t]]
            if bits is not None:
                key = tuple(ws)
                if key not in self.bit_cache:
                    self.bit_cache[key] = torch.tensor(self.bit_fn(ws), dtype=torch.float32)
                bits[b, :len(ws)] = self.bit_cache[key]
            if lm is not None:
                key = tuple(ws)
                if key not in self.lm_cache:
                    ids = torch.tensor([ner_data.table_row(ner_data.word_key(w), self.word_id, UNK) for w in ws])
                    self.lm_cache[key] = self.lm_fn(ids)
                lm.append(self.lm_cache[key])
        out = dict(words=words, chars=chars, char_len=char_len, mask=mask, tags=tags)
        if bits is not None:
            out["bits"] = bits
        if lm is not None:
            out["lm"] = nn.utils.rnn.pad_sequence(lm, batch_first=True)
        return out


def load_vectors(path, limit):
    """The first `limit` rows of a word2vec text file (most frequent first)."""
    words, rows = [], []
    with open(path, encoding="utf-8") as f:
        n, dim = map(int, f.readline().split())
        for line in f:
            if len(words) >= limit:
                break
            parts = line.rstrip("\n").split(" ")
            words.append(parts[0])
            rows.append(np.asarray(parts[1:], dtype=np.float32))
    return words, np.stack(rows), dim


def build_vocab(train, vectors, limit, min_char_count, dim, bit_fn=None, n_bits=0):
    if vectors:
        words, table, dim = load_vectors(vectors, limit)
    else:
        freq = Counter(ner_data.word_key(w) for ws, _ in train for w in ws)
        words = [w for w, _ in freq.most_common(limit)]
        table = np.random.default_rng(0).normal(0, 0.1, (len(words), dim)).astype(np.float32)
    cc = Counter(c for ws, _ in train for w in ws for c in ner_data.word_key(w))
    chars = ["", "", "", ""] + sorted(c for c, n in cc.items() if n >= min_char_count)
    full = np.zeros((len(words) + 2, dim), dtype=np.float32)
    full[2:] = table
    return Vocab(words, chars, bit_fn, n_bits), full


def batches(data, size, rng):
    """Batches of sentences of similar length (less padding), in random order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), rng.random()))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    return groups


def tag_sentences(model, vocab, sentences, batch_size=64):
    model.eval()
    tags = model.tags
    out = [None] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i][0]))
    for i in range(0, len(order), batch_size):
        idx = order[i:i + batch_size]
        paths = model.decode(vocab.batch([sentences[j] for j in idx]))
        for j, p in zip(idx, paths):
            out[j] = [tags[k] for k in p]
    return out


def save(path, model, vocab, extra):
    header = dict(model.config, tags=list(model.tags), chars=vocab.chars, key="ner_data.word_key v1", **extra)
    records = [("words", 1, "\n".join(vocab.words).encode("utf-8"))]
    state = {n: p.detach().float().clone() for n, p in model.state_dict().items()}
    state["words.weight"][UNK] = state.pop("unk")
    records += [(file_name(n), 0, p.contiguous()) for n, p in state.items()]
    with open(path, "wb") as f:
        h = json.dumps(header, ensure_ascii=False).encode("utf-8")
        f.write(MAGIC + struct.pack("<II", VERSION, len(h)) + h + struct.pack("<I", len(records)))
        for name, kind, data in records:
            nb = name.encode("utf-8")
            f.write(struct.pack("<I", len(nb)) + nb + struct.pack("<I", kind))
            if kind == 1:
                f.write(struct.pack("<II", 1, len(data)) + data)
            else:
                f.write(struct.pack("<I", data.dim()) + struct.pack(f"<{data.dim()}I", *data.shape))
                f.write(data.numpy().astype("<f4").tobytes())


def file_name(name):
    """The LM's LSTMs have one layer: their records drop PyTorch's "_l0" ("lm.fwd.weight_ih")."""
    return name[:-3] if name.startswith("lm.") and name.endswith("_l0") else name


def load(path, bit_fn=None):
    with open(path, "rb") as f:
        blob = f.read()
    if blob[:8] != MAGIC:
        raise ValueError(f"{path}: not a marsad neural NER model")
    version, n = struct.unpack_from("<II", blob, 8)
    if version != VERSION:
        raise ValueError(f"{path}: format version {version}, expected {VERSION}")
    pos = 16 + n
    header = json.loads(blob[16:pos].decode("utf-8"))
    (count,) = struct.unpack_from("<I", blob, pos)
    pos += 4
    tensors, words = {}, []
    for _ in range(count):
        (ln,) = struct.unpack_from("<I", blob, pos)
        name = blob[pos + 4:pos + 4 + ln].decode("utf-8")
        pos += 4 + ln
        kind, ndim = struct.unpack_from("<II", blob, pos)
        pos += 8
        dims = struct.unpack_from(f"<{ndim}I", blob, pos)
        pos += 4 * ndim
        size = dims[0] if kind == 1 else 4 * dims[0] + math.prod(dims) if kind == 2 else 4 * math.prod(dims)
        data = blob[pos:pos + size]
        pos += size
        if kind == 1:
            words = data.decode("utf-8").split("\n") if data else []
        elif kind == 2:  # int8 rows (ner_neural_quantize.py): a float32 scale per row, then the bytes
            scale = np.frombuffer(data[:4 * dims[0]], dtype="<f4")
            values = np.frombuffer(data[4 * dims[0]:], dtype=np.int8).reshape(dims)
            tensors[name] = torch.from_numpy(values.astype(np.float32) * scale[:, None])
        else:
            name = name + "_l0" if name.startswith("lm.") else name
            tensors[name] = torch.from_numpy(np.frombuffer(data, dtype="<f4").reshape(dims).copy())
    keys = ("n_words", "word_dim", "n_chars", "n_tags", "char_dim", "filters", "width", "hidden", "dropout",
            "n_bits", "freeze_words")
    model = Tagger(**{k: header[k] for k in keys}, lm_hidden=header.get("lm_hidden", 0))
    tensors["unk"] = tensors["words.weight"][UNK].clone()
    tensors["words.weight"][UNK] = 0
    model.load_state_dict(tensors)
    model.tags = header["tags"]
    vocab = Vocab(words, header["chars"], bit_fn, header["n_bits"])
    if model.config["lm_hidden"]:
        vocab.lm_fn = model.lm_states
    return model, vocab


def attach_lm(model, vocab, a):
    """Loads lm_train.py's two LSTMs into the tagger, frozen, with the LM's UNK vector as the
    tagger's (frozen too: the C++ feeds the LM the tagger's own word table)."""
    lm = torch.load(a.lm)
    c = lm["config"]
    if c["vocab"] != a.vocab or c["word_dim"] != model.config["word_dim"]:
        raise ValueError(f"{a.lm}: trained over {c['vocab']} × {c['word_dim']} vectors, the tagger has "
                         f"{a.vocab} × {model.config['word_dim']}")
    if c["vectors"] != a.vectors:
        print(f"warning: {a.lm} was trained over {c['vectors']}, the tagger reads {a.vectors}", flush=True)
    model.lm.fwd.load_state_dict(lm["fwd"])
    model.lm.bwd.load_state_dict(lm["bwd"])
    with torch.no_grad():
        model.unk.copy_(lm["unk"])
    model.unk.requires_grad = False
    vocab.lm_fn = model.lm_states
    print(f"language model {a.lm}: hidden {c['hidden']}, held-out perplexity {lm.get('heldout_ppl')}", flush=True)


def evaluate(model, vocab, dev):
    return ner_data.score(dev, tag_sentences(model, vocab, dev))


def train(a, train_part, dev, bit_fn, n_bits):
    rng = random.Random(a.seed)
    torch.manual_seed(a.seed)
    if a.init:
        model, vocab = load(a.init, bit_fn)
        print(f"continuing {a.init}: dev F1 {evaluate(model, vocab, dev).f1():.2f}", flush=True)
        return fit(a, model, vocab, train_part, dev, rng)
    vocab, table = build_vocab(train_part, a.vectors, a.vocab, a.min_char_count, a.word_dim, bit_fn, n_bits)
    in_vocab = sum(ner_data.word_key(w) in vocab.word_id for ws, _ in dev for w in ws)
    print(f"vocabulary {len(vocab.words)} keys + PAD/UNK, dim {table.shape[1]}; {len(vocab.chars) - 4} chars; "
          f"dev tokens in vocabulary {100.0 * in_vocab / sum(len(w) for w, _ in dev):.1f}%", flush=True)
    lm_hidden = torch.load(a.lm)["config"]["hidden"] if a.lm else 0
    model = Tagger(table.shape[0], table.shape[1], len(vocab.chars), len(ner_data.TAGS), a.char_dim, a.filters,
                   a.width, a.hidden, a.dropout, n_bits, freeze_words=bool(a.vectors) and not a.finetune,
                   lm_hidden=lm_hidden, lm_dropout=a.dropout if a.lm_dropout is None else a.lm_dropout)
    with torch.no_grad():
        model.words.weight.copy_(torch.from_numpy(table))
        model.words.weight[UNK].zero_()
    if a.lm:
        attach_lm(model, vocab, a)
    model.tags = ner_data.TAGS
    n_params = sum(p.numel() for n, p in model.named_parameters() if n != "unk")
    n_lm = sum(p.numel() for n, p in model.named_parameters() if n.startswith("lm."))
    print(f"parameters {n_params} ({n_params - model.words.weight.numel()} besides the word table, of which "
          f"{n_lm} in the frozen LM)", flush=True)
    return fit(a, model, vocab, train_part, dev, rng)


def fit(a, model, vocab, train_part, dev, rng):
    tag_ids = {t: i for i, t in enumerate(ner_data.TAGS)}
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=a.lr)
    start = time.time()
    extra = []
    if a.extra:
        extra = [s for s in ner_data.read_conll(a.extra) if s[0] != ["-DOCSTART-"]]
        print(f"--extra: {len(extra)} sentences, {a.extra_per_epoch or len(extra)} a epoch", flush=True)
    for epoch in range(1, a.epochs + 1):
        model.train()
        total, t0 = 0.0, time.time()
        data = train_part
        if extra:
            data = train_part + (rng.sample(extra, a.extra_per_epoch) if 0 < a.extra_per_epoch < len(extra) else extra)
        for group in batches(data, a.batch, rng):
            b = vocab.batch([data[i] for i in group], tag_ids, a.word_dropout, rng)
            opt.zero_grad()
            loss = model.loss(b)
            (loss / len(group)).backward()
            torch.nn.utils.clip_grad_norm_(params, a.clip)
            opt.step()
            total += loss.item()
        s = evaluate(model, vocab, dev)
        print(f"epoch {epoch:3d}  loss {total / len(data):8.3f}  dev F1 {s.f1():6.2f}  "
              f"(LOC {s.f1('LOC'):.1f} MISC {s.f1('MISC'):.1f} ORG {s.f1('ORG'):.1f} PERS {s.f1('PERS'):.1f})  "
              f"{time.time() - t0:5.0f} s  total {(time.time() - start) / 60:5.1f} min", flush=True)
        if a.max_minutes and time.time() - start > 60 * a.max_minutes and epoch < a.epochs:
            print(f"stopping after epoch {epoch}: over {a.max_minutes} min", flush=True)
            break
    return model, vocab


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data/anercorp/train.conll")
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--vectors", help="word2vec text file, most frequent first (word_vectors.py); "
                                      "without it the table is random over the train words")
    ap.add_argument("--vocab", type=int, default=50000, help="keep the first N vectors")
    ap.add_argument("--word-dim", type=int, default=100, help="only without --vectors")
    ap.add_argument("--finetune", action="store_true", help="train the word vectors too (default: frozen)")
    ap.add_argument("--word-dropout", type=float, default=0.0, help="train-time chance of replacing a word by UNK")
    ap.add_argument("--init", help="a saved model to go on training (its vocabulary and sizes; --lm not supported)")
    ap.add_argument("--extra", help="more labelled CoNLL trained on besides the gold train part: the news gold sets "
                    "(bench/gold/gold.py build) or machine-labelled news (ner_silver.py)")
    ap.add_argument("--extra-per-epoch", type=int, default=0,
                    help="sentences of --extra drawn afresh each epoch (0: all of them)")
    ap.add_argument("--lm", help="lm_train.py's model: its states become inputs (needs --vectors, no --finetune)")
    ap.add_argument("--lm-dropout", type=float, help="dropout on the LM states (default: --dropout)")
    ap.add_argument("--gazetteer-bits", action="store_true", help="add marsad's lexicon match bits (ner_bits.py)")
    ap.add_argument("--domain-bit", action="store_true",
                    help="one input bit per word: 1 in the --extra (news) sentences, 0 in ANERcorp's, so that the "
                         "network learns each corpus's conventions apart; the C++ sets it by the domain read")
    ap.add_argument("--tag-domain", choices=["anercorp", "news"], default="news",
                    help="with --domain-bit: the domain --tag reads as (the dev part is always anercorp)")
    ap.add_argument("--char-dim", type=int, default=32)
    ap.add_argument("--filters", type=int, default=64)
    ap.add_argument("--width", type=int, default=3)
    ap.add_argument("--min-char-count", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--clip", type=float, default=5.0)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop after the epoch that passes this (0: never)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save", help="write the model here")
    ap.add_argument("--tag", help="load --model and tag this CoNLL file instead of training")
    ap.add_argument("--model", help="a saved model (with --tag, or to score on the dev part)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    if a.lm and (not a.vectors or a.finetune):
        ap.error("--lm reads the frozen --vectors table: give --vectors, without --finetune")

    bit_fn, n_bits = None, 0
    if a.gazetteer_bits:
        import ner_bits
        bit_fn, n_bits = ner_bits.word_bits, ner_bits.N_BITS
    if a.domain_bit:
        if a.gazetteer_bits:
            ap.error("--domain-bit and --gazetteer-bits do not go together")
        news = set()
        if a.extra and not a.tag:
            news = {tuple(ws) for ws, _ in ner_data.read_conll(a.extra)}
        tag_news = a.tag and a.tag_domain == "news"
        bit_fn, n_bits = (lambda ws: [[1.0 if tag_news or tuple(ws) in news else 0.0]] * len(ws)), 1
    if a.tag:
        model, vocab = load(a.model, bit_fn)
        sentences = ner_data.read_conll(a.tag)
        t = time.time()
        tags = tag_sentences(model, vocab, sentences)
        n = sum(len(w) for w, _ in sentences)
        print(f"{n} tokens in {time.time() - t:.2f} s ({n / (time.time() - t):.0f} tokens/s)", file=sys.stderr)
        for (ws, _), ts in zip(sentences, tags):
            print("\n".join(f"{w}\t{t}" for w, t in zip(ws, ts)) + "\n")
        return
    train_part, dev = ner_data.split_dev(ner_data.read_conll(a.data), a.dev_fraction)
    print(f"train {len(train_part)} sentences, dev {len(dev)} sentences", flush=True)
    if a.model:
        model, vocab = load(a.model, bit_fn)
    else:
        model, vocab = train(a, train_part, dev, bit_fn, n_bits)
    t = time.time()
    s = evaluate(model, vocab, dev)
    secs = time.time() - t
    print(s.table())
    print(f"tagged at {s.tokens / secs:.0f} tokens/s (wall, {a.threads} threads, batches of 64 sentences)")
    if a.save:
        extra = dict(words_note="rows 0, 1 = PAD, UNK; row i + 2 = line i of 'words'")
        if a.domain_bit:
            extra["bits"] = "domain: 1 for news, 0 for anercorp"
        save(a.save, model, vocab, extra)
        print(f"saved {a.save}")


if __name__ == "__main__":
    main()
