// marsad itself: the archive (marsad::index::Writer, one thread like the other peers, fed what
// `marsad index add` feeds it: the article, its search terms and near-duplicate signature made
// by the writer) and its Searcher, snippets and facets off (the peers return
// ids and scores only). Queries are reduced to their words, as every peer gets them (Lucene
// escapes its syntax, FTS5 quotes each word, PostgreSQL parses plain text): marsad_peer sends
// them as written (marsad's default --match auto: all of up to three words, any of more),
// marsad_or_peer (MARSAD_PEER_ANY_WORD) joins them by OR like the peers' default. run_all.sh builds the archive with
// `marsad index add` and uses this program to query it.
#include <iostream>
#include <set>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/search.h"
#include "marsad/text.h"
#include "peer_main.h"

namespace marsad::bench {
namespace {

#ifdef MARSAD_PEER_ANY_WORD
constexpr const char* kName = "marsad_or";
constexpr const char* kJoin = " OR ";
#else
constexpr const char* kName = "marsad";
constexpr const char* kJoin = " ";
#endif

std::string words_only(const std::string& query) {
  std::string out;
  for (const auto& tok : text::tokenize(query)) {
    if (tok.kind != text::TokenKind::kWord && tok.kind != text::TokenKind::kLatin &&
        tok.kind != text::TokenKind::kNumber)
      continue;
    if (tok.view(query) == "OR") continue;  // an operator in marsad's language
    out += (out.empty() ? "" : kJoin) + std::string(tok.view(query));
  }
  return out;
}

class MarsadIndexer : public PeerIndexer {
 public:
  explicit MarsadIndexer(const std::string& dir) : writer_(dir) {}
  void add(const Document& d) override {
    Analysis a;
    a.document = d;
    writer_.add(a);
  }
  void finish() override { writer_.commit(); }

 private:
  index::Writer writer_;
};

class MarsadSearcher : public PeerSearcher {
 public:
  explicit MarsadSearcher(const std::string& dir) : searcher_(std::filesystem::path(dir)) {}
  ~MarsadSearcher() override {
    if (!rejected_.empty()) std::cerr << kName << ": " << rejected_.size() << " queries rejected\n";
  }
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    std::vector<Hit> hits;
    std::string words = words_only(query);
    if (words.empty()) return hits;
    try {
      auto results = searcher_.search(words, {.k = k, .snippets = false, .facets = false});
      for (const auto& h : results.hits) hits.push_back({h.id, h.score});
    } catch (const InputError&) {
      rejected_.insert(query);
    }
    return hits;
  }

 private:
  index::Searcher searcher_;
  std::set<std::string> rejected_;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{kName, [](const std::string& d) { return std::make_unique<MarsadIndexer>(d); },
            [](const std::string& d) { return std::make_unique<MarsadSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
