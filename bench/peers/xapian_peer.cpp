// Xapian out of the box for Arabic: TermGenerator and QueryParser with Snowball's Arabic stemmer
// (STEM_SOME: stemmed terms Z-prefixed beside the unstemmed ones), BM25 (Xapian's default).
#include <xapian.h>

#include "peer_main.h"

namespace marsad::bench {
namespace {

class XapianIndexer : public PeerIndexer {
 public:
  explicit XapianIndexer(const std::string& dir) : dir_(dir), db_(dir + ".tmp", Xapian::DB_CREATE_OR_OVERWRITE) {
    tg_.set_stemmer(Xapian::Stem("arabic"));
  }
  void add(const Document& d) override {
    const std::string& id = d.id;
    const std::string& text = indexed_text(d);
    Xapian::Document doc;
    tg_.set_document(doc);
    tg_.index_text(text);
    doc.set_data(id);
    doc.add_boolean_term("Q" + id);
    db_.add_document(doc);
  }
  // Compacted, as Lucene's optimize() and FTS5's 'optimize' leave theirs: a fresh glass
  // database keeps its B-tree blocks part-full and is about twice the size.
  void finish() override {
    db_.commit();
    std::filesystem::remove_all(dir_);
    db_.compact(dir_);
    db_.close();
    std::filesystem::remove_all(dir_ + ".tmp");
  }

 private:
  std::string dir_;
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator tg_;
};

class XapianSearcher : public PeerSearcher {
 public:
  explicit XapianSearcher(const std::string& dir) : db_(dir), enquire_(db_) {
    qp_.set_stemmer(Xapian::Stem("arabic"));
    qp_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp_.set_database(db_);
    qp_.set_default_op(Xapian::Query::OP_OR);
  }
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    Xapian::Query q;
    try {
      q = qp_.parse_query(query);
    } catch (const Xapian::QueryParserError&) {
      q = qp_.parse_query(query, 0);  // as plain words, the way a search box falls back
    }
    enquire_.set_query(q);
    Xapian::MSet mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<Hit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back({it.get_document().get_data(), it.get_weight()});
    return hits;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
  Xapian::QueryParser qp_;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"xapian", [](const std::string& d) { return std::make_unique<XapianIndexer>(d); },
            [](const std::string& d) { return std::make_unique<XapianSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
