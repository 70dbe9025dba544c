// Xapian out of the box for Arabic: TermGenerator and QueryParser with Snowball's Arabic stemmer
// (STEM_SOME: stemmed terms Z-prefixed beside the unstemmed ones), BM25 (Xapian's default).
#include "xapian_peer.h"

namespace marsad::bench {
namespace {

class XapianIndexer : public XapianPeerIndexer {
 public:
  explicit XapianIndexer(const std::string& dir) : XapianPeerIndexer(dir) { tg_.set_stemmer(Xapian::Stem("arabic")); }
  void add(const Document& d) override {
    Xapian::Document doc;
    tg_.set_document(doc);
    tg_.index_text(indexed_text(d));
    store(doc, d.id);
  }

 private:
  Xapian::TermGenerator tg_;
};

class XapianSearcher : public XapianPeerSearcher {
 public:
  explicit XapianSearcher(const std::string& dir) : XapianPeerSearcher(dir) {
    qp_.set_stemmer(Xapian::Stem("arabic"));
    qp_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp_.set_database(db_);
    qp_.set_default_op(Xapian::Query::OP_OR);
  }

 private:
  Xapian::Query parse(const std::string& query) override {
    try {
      return qp_.parse_query(query);
    } catch (const Xapian::QueryParserError&) {
      return qp_.parse_query(query, 0);  // as plain words, the way a search box falls back
    }
  }
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
