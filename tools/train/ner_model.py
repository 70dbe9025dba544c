"""The neural tagger: character CNN + word vectors → one BiLSTM layer → linear → CRF.

Kept plain so that inference can be written by hand in C++:
- a word is its key (ner_data.word_key); its characters are the key's code points between a
  begin and an end mark, at most MAX_CHARS of them (longer words keep their first
  MAX_CHARS - 2 characters);
- char CNN: embedding (char_dim) → Conv1d(char_dim → filters, width, zero padding (width-1)/2)
  → tanh → max over the word's real positions (padding positions excluded);
- word vector: a row of the table (row 0 = padding, row 1 = UNK for every key outside the
  vocabulary); optional extra input bits per word (e.g. gazetteer matches);
- optional language-model states (lm_train.py, TagLM): a frozen forward and a frozen backward
  LSTM (lm_hidden each) over the sentence's word vectors, each run over the sentence alone
  from a zero state, the backward one right to left; their states at each word are inputs;
- input = [word vector ; char features ; forward LM ; backward LM ; bits] → dropout (the LM
  states their own rate) → BiLSTM (PyTorch gate order i, f, g, o) → dropout → linear to the
  tags → CRF scores (start, transitions[from, to], end) with Viterbi decoding.
"""
import torch
import torch.nn as nn

MAX_CHARS = 24
PAD, UNK = 0, 1          # word rows and char ids alike
BOW, EOW = 2, 3          # char ids of the begin and end marks


class CRF(nn.Module):
    def __init__(self, n_tags):
        super().__init__()
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))  # [from, to]

    def neg_log_likelihood(self, em, tags, mask):
        """Summed over the batch. em (B, T, K), tags (B, T) long, mask (B, T) bool, mask[:, 0] true."""
        B, T, K = em.shape
        lengths = mask.sum(1)
        ar = torch.arange(B)
        gold = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
        for t in range(1, T):
            step = self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]
            gold = gold + step * mask[:, t]
        gold = gold + self.end[tags[ar, lengths - 1]]
        alpha = self.start + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
        log_z = torch.logsumexp(alpha + self.end, dim=1)
        return (log_z - gold).sum()

    @torch.no_grad()
    def viterbi(self, em, mask):
        B, T, K = em.shape
        lengths = mask.sum(1).tolist()
        score = self.start + em[:, 0]
        back = []
        for t in range(1, T):
            cand = score.unsqueeze(2) + self.trans  # (B, from, to)
            best, arg = cand.max(1)
            nxt = best + em[:, t]
            m = mask[:, t].unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(arg)
        score = score + self.end
        out = []
        for b in range(B):
            n = lengths[b]
            tag = int(score[b].argmax())
            path = [tag]
            for t in range(n - 1, 0, -1):
                tag = int(back[t - 1][b, tag])
                path.append(tag)
            out.append(path[::-1])
        return out


class Tagger(nn.Module):
    def __init__(self, n_words, word_dim, n_chars, n_tags, char_dim=32, filters=64, width=3, hidden=128,
                 dropout=0.5, n_bits=0, freeze_words=True, lm_hidden=0, lm_dropout=0.5):
        super().__init__()
        self.config = dict(n_words=n_words, word_dim=word_dim, n_chars=n_chars, n_tags=n_tags, char_dim=char_dim,
                           filters=filters, width=width, hidden=hidden, dropout=dropout, n_bits=n_bits,
                           freeze_words=freeze_words, lm_hidden=lm_hidden, lm_dropout=lm_dropout)
        # Frozen: the pre-trained rows stay as the corpus made them and only the UNK vector
        # learns (kept apart so that no gradient or optimizer state covers the whole table).
        # save() writes it into row UNK, so the file has one plain table either way.
        self.words = nn.Embedding(n_words, word_dim, padding_idx=PAD)
        self.words.weight.requires_grad = not freeze_words
        self.unk = nn.Parameter(torch.zeros(word_dim))
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=PAD)
        self.conv = nn.Conv1d(char_dim, filters, width, padding=(width - 1) // 2)
        self.drop = nn.Dropout(dropout)
        if lm_hidden:
            self.lm = nn.Module()
            self.lm.fwd = nn.LSTM(word_dim, lm_hidden, batch_first=True)
            self.lm.bwd = nn.LSTM(word_dim, lm_hidden, batch_first=True)
            self.lm.requires_grad_(False)
            self.lm_drop = nn.Dropout(lm_dropout)
        self.lstm = nn.LSTM(word_dim + filters + 2 * lm_hidden + n_bits, hidden, batch_first=True,
                            bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.crf = CRF(n_tags)

    def word_vectors(self, words):
        w = self.words(words)
        return torch.where((words == UNK).unsqueeze(-1), self.unk.expand_as(w), w)

    def char_features(self, chars, char_len):
        """chars (N, L) ids, char_len (N,) → (N, filters)."""
        x = self.chars(chars).transpose(1, 2)           # (N, char_dim, L)
        h = torch.tanh(self.conv(x))                      # (N, filters, L)
        pos = torch.arange(chars.shape[1]).unsqueeze(0)
        h = h.masked_fill((pos >= char_len.unsqueeze(1)).unsqueeze(1), float("-inf"))
        return h.max(2).values

    @torch.no_grad()
    def lm_states(self, words):
        """One sentence's word rows (T,) → (T, 2 × lm_hidden): forward states, then backward ones."""
        x = self.word_vectors(words).unsqueeze(0)
        f, _ = self.lm.fwd(x)
        b, _ = self.lm.bwd(x.flip(1))
        return torch.cat([f[0], b[0].flip(0)], 1)

    def emissions(self, words, chars, char_len, mask, bits=None, lm=None):
        """lm: the sentences' lm_states, zero-padded to (B, T, 2 × lm_hidden)."""
        B, T = words.shape
        c = self.char_features(chars.view(B * T, -1), char_len.view(B * T).clamp(min=1)).view(B, T, -1)
        x = self.drop(torch.cat([self.word_vectors(words), c] + ([bits] if bits is not None else []), 2))
        if lm is not None:
            split = self.config["word_dim"] + self.config["filters"]
            x = torch.cat([x[:, :, :split], self.lm_drop(lm), x[:, :, split:]], 2)
        lengths = mask.sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))

    def _emissions(self, batch):
        return self.emissions(batch["words"], batch["chars"], batch["char_len"], batch["mask"], batch.get("bits"),
                              batch.get("lm"))

    def loss(self, batch):
        return self.crf.neg_log_likelihood(self._emissions(batch), batch["tags"], batch["mask"])

    @torch.no_grad()
    def decode(self, batch):
        return self.crf.viterbi(self._emissions(batch), batch["mask"])
