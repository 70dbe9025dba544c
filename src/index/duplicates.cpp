// duplicate_clusters(): the near-duplicate clusters the ingest stored, read back from the
// archive. Values alone (cluster, signature) group every article; only the members of
// clusters of two or more are decoded for their titles.
#include <algorithm>
#include <unordered_map>

#include "index/format.h"
#include "marsad/dedup.h"
#include "marsad/error.h"
#include "marsad/search.h"

namespace marsad::index {

using namespace detail;

std::vector<DuplicateCluster> duplicate_clusters(const std::filesystem::path& dir, std::size_t min_size) {
  Xapian::Database db = open_database(dir);
  // cluster id → its documents in docid order, which is the order they were added (an
  // update replaces a document in place and keeps its cluster).
  std::unordered_map<std::string, std::vector<Xapian::docid>> members;
  std::vector<std::string> order;
  try {
    for (auto it = db.valuestream_begin(kSlotCluster); it != db.valuestream_end(kSlotCluster); ++it) {
      auto [slot, fresh] = members.try_emplace(*it);
      if (fresh) order.push_back(*it);
      slot->second.push_back(it.get_docid());
    }
    std::vector<DuplicateCluster> out;
    for (const auto& cluster : order) {
      const auto& docs = members[cluster];
      if (docs.size() < std::max<std::size_t>(min_size, 1)) continue;
      DuplicateCluster c{cluster, {}};
      dedup::Signature head;
      for (Xapian::docid id : docs) {
        Xapian::Document doc = db.get_document(id);
        std::string where = dir.string() + ": document " + std::to_string(id);
        Document d = decode_article(doc.get_data(), where).document;
        dedup::Signature sig = dedup::deserialize(doc.get_value(kSlotSignature));
        if (c.members.empty()) head = sig;
        c.members.push_back({d.id, d.title, d.date, d.source, dedup::estimate_jaccard(head, sig)});
      }
      out.push_back(std::move(c));
    }
    return out;
  } catch (const Xapian::Error& e) {
    throw FormatError("reading near-duplicate clusters failed: " + e.get_description(), Location{dir.string()});
  }
}

}  // namespace marsad::index
