// What the two Xapian-based peers share: a database built beside its final place and
// compacted into it, documents keyed by id, and a top-k BM25 search (Xapian's default
// weighting). They differ only in how text becomes terms.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "peer_main.h"

namespace marsad::bench {

class XapianPeerIndexer : public PeerIndexer {
 public:
  explicit XapianPeerIndexer(const std::string& dir) : dir_(dir), db_(dir + ".tmp", Xapian::DB_CREATE_OR_OVERWRITE) {}

  // Compacted, as Lucene's optimize() and FTS5's 'optimize' leave theirs: a fresh glass
  // database keeps its B-tree blocks part-full and is about twice the size.
  void finish() override {
    db_.commit();
    std::filesystem::remove_all(dir_);
    db_.compact(dir_);
    db_.close();
    std::filesystem::remove_all(dir_ + ".tmp");
  }

 protected:
  /// Stores `doc` (its terms already added) under `id`.
  void store(Xapian::Document& doc, const std::string& id) {
    doc.set_data(id);
    doc.add_boolean_term("Q" + id);
    db_.add_document(doc);
  }

 private:
  std::string dir_;
  Xapian::WritableDatabase db_;
};

class XapianPeerSearcher : public PeerSearcher {
 public:
  explicit XapianPeerSearcher(const std::string& dir) : db_(dir), enquire_(db_) {}

  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    enquire_.set_query(parse(query));
    Xapian::MSet mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<Hit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back({it.get_document().get_data(), it.get_weight()});
    return hits;
  }

 protected:
  virtual Xapian::Query parse(const std::string& query) = 0;
  Xapian::Database db_;

 private:
  Xapian::Enquire enquire_;
};

}  // namespace marsad::bench
