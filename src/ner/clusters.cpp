// Distributional word clusters from unlabeled news.
//
// Each frequent word is described by the words just left and right of it, weighted by
// positive PMI (Church & Hanks 1990); words are grouped by spherical k-means on those sparse
// vectors (Dhillon & Modha 2001), and the fine clusters' centroids are grouped again into
// coarse ones. Like Brown clusters in NER taggers (Ratinov & Roth 2009), the ids let a rare
// name share evidence with the frequent names used in the same contexts.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <ostream>
#include <random>
#include <unordered_map>

#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"
#include "ner/model.h"

namespace marsad::ner {
namespace {

using SparseVec = std::vector<std::pair<std::uint32_t, float>>;

struct Corpus {
  std::vector<std::string> words;        // id → normalized form
  std::vector<std::uint64_t> counts;     // id → occurrences
  std::vector<std::uint32_t> stream;     // ids in order, kSentenceBreak between sentences
};
constexpr std::uint32_t kSentenceBreak = 0;

Corpus read_corpus(const std::filesystem::path& path, std::size_t max_docs, std::ostream* log) {
  Corpus c{{"<s>"}, {0}, {}};
  std::unordered_map<std::string, std::uint32_t> ids;
  auto id_of = [&](const std::string& w) {
    auto [it, added] = ids.emplace(w, static_cast<std::uint32_t>(c.words.size()));
    if (added) c.words.push_back(w), c.counts.push_back(0);
    ++c.counts[it->second];
    return it->second;
  };
  DocumentReader reader(path);
  Document doc;
  std::size_t docs = 0;
  std::string norm;
  while (reader.next(doc) && (max_docs == 0 || docs < max_docs)) {
    ++docs;
    auto tokens = text::tokenize(doc.text);
    for (const auto& s : text::split_sentences(doc.text, tokens)) {
      c.stream.push_back(kSentenceBreak);
      for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
        const auto& tok = tokens[t];
        if (tok.kind == text::TokenKind::kNumber) {
          c.stream.push_back(id_of("<num>"));
        } else if (tok.kind == text::TokenKind::kWord || tok.kind == text::TokenKind::kLatin ||
                   tok.kind == text::TokenKind::kPunct) {
          text::normalize_into(tok.view(doc.text), text::Profile::kSearch, norm);
          c.stream.push_back(id_of(norm));
        }
      }
    }
    if (log && docs % 5000 == 0) *log << "clusters: read " << docs << " documents\n";
  }
  if (log) reader.warn_skipped(*log);  // bad records: said, not lost silently
  c.stream.push_back(kSentenceBreak);
  return c;
}

// Ids of the `n` most frequent words (boundary excluded), most frequent first.
std::vector<std::uint32_t> top_words(const Corpus& c, std::size_t n) {
  std::vector<std::uint32_t> ids(c.words.size() - 1);
  std::iota(ids.begin(), ids.end(), 1);
  n = std::min(n, ids.size());
  std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(n), ids.end(),
                    [&](auto a, auto b) { return c.counts[a] > c.counts[b]; });
  ids.resize(n);
  return ids;
}

// Unit-length PPMI vectors over the context words at each offset -window … +window
// (one block of dimensions per offset).
std::vector<SparseVec> context_vectors(const Corpus& c, const std::vector<std::uint32_t>& vocab,
                                       const std::vector<std::uint32_t>& contexts, std::size_t window) {
  std::vector<std::int32_t> row(c.words.size(), -1), col(c.words.size(), -1);
  for (std::size_t i = 0; i < vocab.size(); ++i) row[vocab[i]] = static_cast<std::int32_t>(i);
  for (std::size_t i = 0; i < contexts.size(); ++i) col[contexts[i]] = static_cast<std::int32_t>(i);
  col[kSentenceBreak] = static_cast<std::int32_t>(contexts.size());
  const std::uint64_t block = contexts.size() + 1, width = 2 * window * block;
  std::vector<std::uint64_t> pairs;
  for (std::size_t t = 1; t + 1 < c.stream.size(); ++t) {
    std::int32_t r = row[c.stream[t]];
    if (r < 0) continue;
    for (std::size_t d = 1; d <= window; ++d) {
      // Contexts stop at the sentence boundary, which counts as a context itself.
      if (t >= d) {
        std::int32_t l = col[c.stream[t - d]];
        if (l >= 0) pairs.push_back(static_cast<std::uint64_t>(r) * width + (2 * d - 2) * block + static_cast<std::uint64_t>(l));
        if (c.stream[t - d] == kSentenceBreak) break;
      }
    }
    for (std::size_t d = 1; d <= window && t + d < c.stream.size(); ++d) {
      std::int32_t x = col[c.stream[t + d]];
      if (x >= 0) pairs.push_back(static_cast<std::uint64_t>(r) * width + (2 * d - 1) * block + static_cast<std::uint64_t>(x));
      if (c.stream[t + d] == kSentenceBreak) break;
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> row_total(vocab.size(), 0), col_total(width, 0);
  std::vector<std::pair<std::uint64_t, double>> counted;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    counted.emplace_back(pairs[i], static_cast<double>(j - i));
    row_total[pairs[i] / width] += static_cast<double>(j - i);
    col_total[pairs[i] % width] += static_cast<double>(j - i);
    i = j;
  }
  double total = static_cast<double>(pairs.size());
  std::vector<SparseVec> vecs(vocab.size());
  for (auto [key, n] : counted) {
    double pmi = std::log(n * total / (row_total[key / width] * col_total[key % width]));
    if (pmi > 0) vecs[key / width].emplace_back(static_cast<std::uint32_t>(key % width), static_cast<float>(pmi));
  }
  for (auto& v : vecs) {
    double norm = 0;
    for (auto& [k, x] : v) norm += static_cast<double>(x) * x;
    for (auto& [k, x] : v) x = norm > 0 ? static_cast<float>(x / std::sqrt(norm)) : 0.0f;
  }
  return vecs;
}

// Spherical k-means of sparse unit vectors; returns the assignment and the centroids.
std::vector<std::uint32_t> kmeans(const std::vector<SparseVec>& vecs, std::size_t dims, std::size_t k,
                                  int iterations, std::uint64_t seed, std::vector<std::vector<float>>& cent) {
  std::mt19937_64 rng(seed);
  std::vector<std::size_t> pick(vecs.size());
  std::iota(pick.begin(), pick.end(), 0);
  std::shuffle(pick.begin(), pick.end(), rng);
  k = std::min(k, vecs.size());
  cent.assign(k, std::vector<float>(dims, 0));
  for (std::size_t j = 0; j < k; ++j)
    for (auto [d, x] : vecs[pick[j]]) cent[j][d] = x;
  std::vector<std::uint32_t> assign(vecs.size(), 0);
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t i = 0; i < vecs.size(); ++i) {
      float best = -1;
      for (std::size_t j = 0; j < k; ++j) {
        float s = 0;
        for (auto [d, x] : vecs[i]) s += x * cent[j][d];
        if (s > best) best = s, assign[i] = static_cast<std::uint32_t>(j);
      }
    }
    for (auto& c : cent) std::fill(c.begin(), c.end(), 0.0f);
    for (std::size_t i = 0; i < vecs.size(); ++i)
      for (auto [d, x] : vecs[i]) cent[assign[i]][d] += x;
    for (auto& c : cent) {
      double n = 0;
      for (float x : c) n += static_cast<double>(x) * x;
      if (n > 0)
        for (float& x : c) x = static_cast<float>(x / std::sqrt(n));
    }
  }
  return assign;
}

}  // namespace

void learn_clusters(const std::filesystem::path& corpus, const ClusterOptions& opts,
                    const std::filesystem::path& out, std::ostream* log) {
  Corpus c = read_corpus(corpus, opts.max_documents, log);
  std::vector<std::uint32_t> vocab = top_words(c, opts.vocabulary);
  std::vector<std::uint32_t> contexts = top_words(c, opts.contexts);
  std::vector<SparseVec> vecs = context_vectors(c, vocab, contexts, opts.window);
  const std::size_t dims = 2 * opts.window * (contexts.size() + 1);
  if (log) *log << "clusters: " << c.stream.size() << " tokens, " << vocab.size() << " words\n";
  std::vector<std::vector<float>> fine_cent;
  std::vector<std::uint32_t> fine = kmeans(vecs, dims, opts.fine, opts.iterations, opts.seed, fine_cent);
  std::vector<SparseVec> cent_vecs(fine_cent.size());
  for (std::size_t j = 0; j < fine_cent.size(); ++j)
    for (std::uint32_t d = 0; d < dims; ++d)
      if (fine_cent[j][d] != 0) cent_vecs[j].emplace_back(d, fine_cent[j][d]);
  std::vector<std::vector<float>> coarse_cent;
  std::vector<std::uint32_t> coarse = kmeans(cent_vecs, dims, opts.coarse, opts.iterations, opts.seed + 1, coarse_cent);
  if (opts.extra.size() > kExtraClusterings)
    throw InputError("at most " + std::to_string(kExtraClusterings) + " extra clusterings");
  std::vector<std::vector<std::uint32_t>> extra;
  for (std::size_t j = 0; j < opts.extra.size(); ++j) {
    std::vector<std::vector<float>> cent;
    extra.push_back(kmeans(vecs, dims, opts.extra[j], opts.iterations, opts.seed + 2 + j, cent));
    if (log) *log << "clusters: extra clustering " << j + 1 << " (" << opts.extra[j] << ") done\n";
  }
  std::ofstream file(out);
  if (!file) throw IoError("cannot write word clusters", {out.string()});
  for (std::size_t i = 0; i < vocab.size(); ++i) {
    file << c.words[vocab[i]] << '\t' << c.counts[vocab[i]] << '\t' << fine[i] + 1 << '\t'
         << coarse[fine[i]] + 1;
    for (const auto& e : extra) file << '\t' << e[i] + 1;
    file << '\n';
  }
  if (!file) throw IoError("cannot write word clusters", {out.string()});
}

}  // namespace marsad::ner
