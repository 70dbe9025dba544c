// marsad's Arabic analysis inside Xapian: every word search-normalized (marsad::text::kSearch)
// and light-stemmed (marsad::text::light_stem), the query analyzed the same way, its terms
// joined with OR, BM25 as Xapian's default. The engine is the Xapian peer's; only the analysis
// differs, so the difference between the two rows is what marsad's analysis buys.
#include <xapian.h>

#include "marsad/text.h"
#include "peer_main.h"

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

class MarsadAnalyzerIndexer : public PeerIndexer {
 public:
  explicit MarsadAnalyzerIndexer(const std::string& dir) : dir_(dir), db_(dir + ".tmp", Xapian::DB_CREATE_OR_OVERWRITE) {}
  void add(const Document& d) override {
    const std::string& id = d.id;
    const std::string& text = indexed_text(d);
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    for (const auto& t : analyze(text)) doc.add_posting(t, ++pos);
    doc.set_data(id);
    doc.add_boolean_term("Q" + id);
    db_.add_document(doc);
  }
  void finish() override {  // compacted, as the Xapian peer's
    db_.commit();
    std::filesystem::remove_all(dir_);
    db_.compact(dir_);
    db_.close();
    std::filesystem::remove_all(dir_ + ".tmp");
  }

 private:
  std::string dir_;
  Xapian::WritableDatabase db_;
};

class MarsadAnalyzerSearcher : public PeerSearcher {
 public:
  explicit MarsadAnalyzerSearcher(const std::string& dir) : db_(dir), enquire_(db_) {}
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    auto terms = analyze(query);
    enquire_.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    Xapian::MSet mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<Hit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back({it.get_document().get_data(), it.get_weight()});
    return hits;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"marsad_analyzer", [](const std::string& d) { return std::make_unique<MarsadAnalyzerIndexer>(d); },
            [](const std::string& d) { return std::make_unique<MarsadAnalyzerSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
