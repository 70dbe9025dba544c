// marsad's Arabic analysis inside Xapian: every word search-normalized (marsad::text::kSearch)
// and light-stemmed (marsad::text::light_stem), the query analyzed the same way, its terms
// joined with OR, BM25 as Xapian's default. The engine is the Xapian peer's; only the analysis
// differs, so the difference between the two rows is what marsad's analysis buys.
#include "marsad/text.h"
#include "xapian_peer.h"

namespace marsad::bench {
namespace {

std::vector<std::string> analyze(std::string_view input) {
  const std::string norm = text::normalize_search(input);
  std::vector<std::string> terms;
  for (const auto& tok : text::tokenize(norm)) {
    if (tok.kind == text::TokenKind::kWord) terms.push_back(text::light_stem(tok.view(norm)));
    else if (tok.kind == text::TokenKind::kLatin || tok.kind == text::TokenKind::kNumber) terms.emplace_back(tok.view(norm));
  }
  std::erase_if(terms, [](const std::string& t) { return t.empty() || t.size() > 200; });
  return terms;
}

class MarsadAnalyzerIndexer : public XapianPeerIndexer {
 public:
  using XapianPeerIndexer::XapianPeerIndexer;
  void add(const Document& d) override {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    for (const auto& t : analyze(indexed_text(d))) doc.add_posting(t, ++pos);
    store(doc, d.id);
  }
};

class MarsadAnalyzerSearcher : public XapianPeerSearcher {
 public:
  using XapianPeerSearcher::XapianPeerSearcher;

 private:
  Xapian::Query parse(const std::string& query) override {
    auto terms = analyze(query);
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"marsad_analyzer", [](const std::string& d) { return std::make_unique<MarsadAnalyzerIndexer>(d); },
            [](const std::string& d) { return std::make_unique<MarsadAnalyzerSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
