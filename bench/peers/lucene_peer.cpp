// Lucene++ (the C++ port of Lucene 3.0) out of the box for Arabic: contrib's ArabicAnalyzer
// (letter tokenizer, stop words, ArabicNormalizationFilter, ArabicStemFilter — Larkey's light
// stemmer), the classic QueryParser (OR of terms) and Lucene 3's TF-IDF similarity.
#include <lucene++/LuceneHeaders.h>
#include <lucene++/ArabicAnalyzer.h>

#include "peer_main.h"

namespace marsad::bench {
namespace {

using namespace Lucene;

class LuceneIndexer : public PeerIndexer {
 public:
  explicit LuceneIndexer(const std::string& dir) {
    std::filesystem::create_directories(dir);
    writer_ = newLucene<IndexWriter>(FSDirectory::open(StringUtils::toUnicode(dir)),
                                     newLucene<ArabicAnalyzer>(LuceneVersion::LUCENE_CURRENT), true,
                                     IndexWriter::MaxFieldLengthUNLIMITED);
  }
  void add(const Document& d) override {
    const std::string& id = d.id;
    const std::string& text = indexed_text(d);
    Lucene::DocumentPtr doc = newLucene<Lucene::Document>();
    doc->add(newLucene<Field>(L"id", StringUtils::toUnicode(id), Field::STORE_YES, Field::INDEX_NOT_ANALYZED));
    doc->add(newLucene<Field>(L"text", StringUtils::toUnicode(text), Field::STORE_NO, Field::INDEX_ANALYZED));
    writer_->addDocument(doc);
  }
  void finish() override {
    writer_->optimize();
    writer_->close();
  }

 private:
  IndexWriterPtr writer_;
};

// The query syntax's operator characters are escaped: queries are plain words, as for the others.
String escape(const String& s) {
  static const String kSpecial = L"\\+-!():^[]\"{}~*?|&/";
  String out;
  for (wchar_t c : s) {
    if (kSpecial.find(c) != String::npos) out += L'\\';
    out += c;
  }
  return out;
}

class LuceneSearcher : public PeerSearcher {
 public:
  explicit LuceneSearcher(const std::string& dir)
      : reader_(IndexReader::open(FSDirectory::open(StringUtils::toUnicode(dir)), true)),
        searcher_(newLucene<IndexSearcher>(reader_)),
        parser_(newLucene<QueryParser>(LuceneVersion::LUCENE_CURRENT, L"text",
                                       newLucene<ArabicAnalyzer>(LuceneVersion::LUCENE_CURRENT))) {}
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    std::vector<Hit> hits;
    QueryPtr q;
    try {
      q = parser_->parse(escape(StringUtils::toUnicode(query)));
    } catch (const LuceneException&) {
      return hits;  // only stop words or nothing left to search
    }
    TopDocsPtr top = searcher_->search(q, static_cast<int32_t>(k));
    for (const auto& sd : top->scoreDocs)
      hits.push_back({StringUtils::toUTF8(searcher_->doc(sd->doc)->get(L"id")), sd->score});
    return hits;
  }

 private:
  IndexReaderPtr reader_;
  IndexSearcherPtr searcher_;
  QueryParserPtr parser_;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"lucene", [](const std::string& d) { return std::make_unique<LuceneIndexer>(d); },
            [](const std::string& d) { return std::make_unique<LuceneSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
