"""A forward and a backward word-level LSTM language model over SaudiNewsNet, for the tagger.

    /usr/bin/python3 tools/train/lm_train.py --tokens /tmp/neural/snn.tokens.txt \
        --vectors /tmp/neural/snn.vec --vocab 50000 --hidden 256 --max-minutes 40 --out /tmp/neural/lm.pt

The tagger (ner_neural.py --lm) reads the two LSTMs' hidden states as extra inputs, as in
TagLM (Peters et al. 2017). Choices made so that the C++ can run the LM with what the tagger
file already holds:
- input: the tagger's frozen word table (the first --vocab rows of the vectors, PAD and UNK
  rows in front, as ner_neural.build_vocab builds it); only the UNK vector is learned, and the
  tagger then takes that vector as its own (frozen) UNK row, so the LM reads one table;
- one LSTM layer per direction (PyTorch gate order i, f, g, o); the backward LM reads the
  words right to left;
- the tagger runs the LM over each sentence alone from a zero state, so training does the
  same: a line of the corpus (a paragraph, already split into tokens and keyed with
  ner_data.word_key) is cut into sentences after . ! ? ؟ and those into pieces of at most
  --max-len words, and each piece starts from a zero state (back-propagation through the
  whole piece);
- output: an adaptive softmax (used only in training) over class 0 = end of the piece, 1 =
  UNK, and the vocabulary in row order (row r = class r), most frequent first as its cutoffs
  want. Perplexity counts every prediction, the end of piece included.
The last --heldout fraction of the lines is held out for perplexity. Training stops after
--max-minutes (the learning rate falls linearly to a tenth over that time) or --epochs,
whichever comes first; the model is saved every --save-minutes and at the end.
Saved with torch.save: {"config", "fwd", "bwd" (nn.LSTM state dicts), "unk", "fwd_out",
"bwd_out" (the adaptive softmaxes), "heldout_ppl"}.
"""
import argparse
import math
import os
import random
import time

import torch
import torch.nn as nn

from ner_neural import load_vectors
from ner_model import PAD, UNK

END = 0                       # output class of the end of a piece (row 0 is PAD, never an input)
SENTENCE_END = {".", "!", "?", "؟"}


def read_pieces(path, word_id, max_len):
    """Each line's sentences as lists of table rows, cut into pieces of at most max_len."""
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            pieces, cur = [], []
            for w in line.split():
                cur.append(word_id.get(w, UNK))
                if w in SENTENCE_END or len(cur) == max_len:
                    pieces.append(cur)
                    cur = []
            if cur:
                pieces.append(cur)
            lines.append(pieces)
    return lines


class LanguageModels(nn.Module):
    def __init__(self, table, hidden, cutoffs, div_value):
        super().__init__()
        n_rows, dim = table.shape
        self.words = nn.Embedding.from_pretrained(table, freeze=True, padding_idx=PAD)
        self.unk = nn.Parameter(torch.zeros(dim))
        self.fwd = nn.LSTM(dim, hidden, batch_first=True)
        self.bwd = nn.LSTM(dim, hidden, batch_first=True)
        self.fwd_out = nn.AdaptiveLogSoftmaxWithLoss(hidden, n_rows, cutoffs, div_value=div_value)
        self.bwd_out = nn.AdaptiveLogSoftmaxWithLoss(hidden, n_rows, cutoffs, div_value=div_value)

    def embed(self, ids):
        w = self.words(ids)
        return torch.where((ids == UNK).unsqueeze(-1), self.unk.expand_as(w), w)

    @staticmethod
    def _run(lstm, x, lengths):
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = lstm(packed)
        return nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])[0]

    def loss(self, pieces):
        """Summed negative log-likelihood of both directions and the number of predictions."""
        total, n = 0.0, sum(len(p) for p in pieces)
        lengths = torch.tensor([len(p) for p in pieces])
        for lstm, out, seqs in ((self.fwd, self.fwd_out, pieces), (self.bwd, self.bwd_out, [p[::-1] for p in pieces])):
            ids, target, mask = batch_tensors(seqs)
            h = self._run(lstm, self.embed(ids), lengths)
            total = total + out(h[mask], target[mask]).loss * n
        return total, 2 * n


def batch_tensors(seqs):
    B, T = len(seqs), max(len(s) for s in seqs)
    ids = torch.zeros(B, T, dtype=torch.long)
    target = torch.zeros(B, T, dtype=torch.long)
    mask = torch.zeros(B, T, dtype=torch.bool)
    for b, s in enumerate(seqs):
        ids[b, :len(s)] = torch.tensor(s)
        target[b, :len(s) - 1] = ids[b, 1:len(s)]
        target[b, len(s) - 1] = END
        mask[b, :len(s)] = True
    return ids, target, mask


def batches(pieces, size, rng):
    """Pieces of similar length together (little padding), the batches in random order."""
    order = sorted(range(len(pieces)), key=lambda i: (len(pieces[i]), rng.random()))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    return groups


@torch.no_grad()
def perplexity(model, pieces, size=128):
    model.eval()
    nll = n = 0
    order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
    for i in range(0, len(order), size):
        loss, count = model.loss([pieces[j] for j in order[i:i + size]])
        nll, n = nll + float(loss), n + count
    model.train()
    return math.exp(nll / n)


def save(path, model, config, ppl):
    state = dict(config=config, fwd=model.fwd.state_dict(), bwd=model.bwd.state_dict(), unk=model.unk.detach(),
                 fwd_out=model.fwd_out.state_dict(), bwd_out=model.bwd_out.state_dict(), heldout_ppl=ppl)
    torch.save(state, path + ".tmp")
    os.replace(path + ".tmp", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tokens", default="/tmp/neural/snn.tokens.txt", help="one keyed paragraph a line")
    ap.add_argument("--vectors", default="/tmp/neural/snn.vec")
    ap.add_argument("--vocab", type=int, default=50000)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--cutoffs", default="2000,10000")
    ap.add_argument("--div-value", type=float, default=4.0)
    ap.add_argument("--max-len", type=int, default=60, help="longest piece (words)")
    ap.add_argument("--heldout", type=float, default=0.01, help="last fraction of lines, for perplexity")
    ap.add_argument("--batch", type=int, default=64, help="pieces per batch")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--max-minutes", type=float, default=40)
    ap.add_argument("--save-minutes", type=float, default=5)
    ap.add_argument("--report-every", type=int, default=200, help="batches between progress lines")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)

    words, table, dim = load_vectors(a.vectors, a.vocab)
    full = torch.zeros(len(words) + 2, dim)
    full[2:] = torch.from_numpy(table)
    word_id = {w: i + 2 for i, w in enumerate(words)}
    t = time.time()
    lines = read_pieces(a.tokens, word_id, a.max_len)
    cut = len(lines) - int(len(lines) * a.heldout)
    train = [p for line in lines[:cut] for p in line]
    heldout = [p for line in lines[cut:] for p in line]
    n_train, n_unk = sum(map(len, train)), sum(w == UNK for p in train for w in p)
    print(f"{cut} lines, {len(train)} pieces, {n_train} words ({100.0 * n_unk / n_train:.1f}% UNK) for training; "
          f"{len(lines) - cut} lines, {len(heldout)} pieces held out; read in {time.time() - t:.0f} s", flush=True)
    del lines

    cutoffs = [int(c) for c in a.cutoffs.split(",")]
    model = LanguageModels(full, a.hidden, cutoffs, a.div_value)
    config = dict(hidden=a.hidden, word_dim=dim, vocab=a.vocab, vectors=a.vectors, tokens=a.tokens, cutoffs=cutoffs,
                  div_value=a.div_value, max_len=a.max_len, key="ner_data.word_key v1")
    params = [p for p in model.parameters() if p.requires_grad]
    print(f"parameters {sum(p.numel() for p in params)} trained (LSTMs "
          f"{sum(p.numel() for p in model.fwd.parameters()) * 2}); hidden {a.hidden}", flush=True)
    probe = heldout[::10]
    print(f"held-out perplexity (every 10th piece) before training {perplexity(model, probe):.0f}", flush=True)
    opt = torch.optim.Adam(params, lr=a.lr)
    start = last_save = time.time()
    budget = 60 * a.max_minutes
    words_done, done = 0, False
    for epoch in range(1, a.epochs + 1):
        nll = n = 0
        for k, group in enumerate(batches(train, a.batch, rng), 1):
            elapsed = time.time() - start
            if elapsed > budget:
                done = True
                break
            for g in opt.param_groups:
                g["lr"] = a.lr * max(0.1, 1 - elapsed / budget)
            loss, count = model.loss([train[i] for i in group])
            opt.zero_grad()
            (loss / count).backward()
            torch.nn.utils.clip_grad_norm_(params, a.clip)
            opt.step()
            nll, n = nll + float(loss), n + count
            words_done += count // 2
            if k % a.report_every == 0:
                mins = (time.time() - start) / 60
                print(f"epoch {epoch} batch {k}  train ppl {math.exp(nll / n):7.1f}  held-out ppl "
                      f"{perplexity(model, probe):7.1f}  {words_done / (time.time() - start):.0f} words/s  "
                      f"{mins:5.1f} min", flush=True)
                nll = n = 0
            if time.time() - last_save > 60 * a.save_minutes:
                save(a.out, model, config, None)
                last_save = time.time()
        if done:
            break
    t = time.time()
    ppl = perplexity(model, heldout)
    print(f"trained on {words_done} words ({words_done / n_train:.2f} epochs) in {(t - start) / 60:.1f} min; "
          f"held-out perplexity (both directions, {sum(map(len, heldout))} words) {ppl:.1f} "
          f"({time.time() - t:.0f} s)", flush=True)
    save(a.out, model, config, ppl)
    print(f"saved {a.out}", flush=True)


if __name__ == "__main__":
    main()
