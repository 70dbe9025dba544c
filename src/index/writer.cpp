// Writer: one Xapian WritableDatabase, plus the near-duplicate clusters of marsad::dedup.
#include <system_error>

#include "index/document_builder.h"
#include "index/format.h"
#include "index/writer_access.h"
#include "marsad/dedup.h"
#include "marsad/error.h"
#include "marsad/index.h"

namespace marsad::index {

using namespace detail;

struct Writer::Impl {
  std::filesystem::path dir;
  Xapian::WritableDatabase db;
  // Near-duplicate clusters (dedup engineer's hook): rebuilt from the stored signatures in
  // document order when the archive opens, so each new article joins the cluster it would
  // have joined in one uninterrupted run.
  dedup::LshIndex clusters;

  explicit Impl(const std::filesystem::path& d);
  void load_clusters();
  std::string assign_cluster(const PreparedDocument& p);
  bool write(PreparedDocument p);
};

namespace {

Xapian::WritableDatabase open_writable(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw IoError("cannot create archive directory: " + ec.message(), Location{dir.string()});
  if (std::filesystem::exists(dir / kMetaFile)) {
    check_metadata(dir, Access::kWrite);
  } else if (std::filesystem::exists(dir / "iamglass")) {
    throw FormatError("a Xapian database without " + std::string(kMetaFile) +
                          " is not a marsad archive; index into a new directory",
                      Location{dir.string()});
  }
  try {
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    if (!std::filesystem::exists(dir / kMetaFile)) write_metadata(dir);
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw IoError("archive is being written by another process (locked)", Location{dir.string()});
  } catch (const Xapian::Error& e) {
    throw IoError("cannot open archive for writing: " + e.get_description(), Location{dir.string()});
  }
}

}  // namespace

Writer::Impl::Impl(const std::filesystem::path& d) : dir(d), db(open_writable(d)) { load_clusters(); }

void Writer::Impl::load_clusters() {
  if (db.get_doccount() == 0) return;
  Xapian::PostingIterator doc = db.postlist_begin("");
  for (; doc != db.postlist_end(""); ++doc) {
    Xapian::Document d = db.get_document(*doc, Xapian::DOC_ASSUME_VALID);
    std::string sig = d.get_value(kSlotSignature);
    std::string id;
    auto t = d.termlist_begin();
    t.skip_to(std::string(kPrefixId));
    if (t != d.termlist_end() && (*t).starts_with(kPrefixId)) id = (*t).substr(kPrefixId.size());
    if (sig.empty() || id.empty()) continue;
    clusters.add(id, dedup::deserialize(sig));
  }
}

std::string Writer::Impl::assign_cluster(const PreparedDocument& p) {
  try {
    return clusters.cluster_of(p.id);  // an update keeps its cluster
  } catch (const InputError&) {
    return clusters.add(p.id, p.signature).cluster;
  }
}

bool Writer::Impl::write(PreparedDocument p) {
  std::string cluster = assign_cluster(p);
  p.doc.add_value(kSlotCluster, cluster);
  p.doc.set_data(p.record);
  const std::string term = id_term(p.id);
  bool existed = db.term_exists(term);
  db.replace_document(term, p.doc);
  return existed;
}

Writer::Writer(const std::filesystem::path& dir) : impl_(std::make_unique<Impl>(dir)) {}

Writer::~Writer() {
  try {
    impl_->db.commit();
  } catch (...) {  // a destructor must not throw; commit() reports errors to those who ask
  }
}

bool Writer::add(const Analysis& analysis) { return impl_->write(prepare_document(analysis)); }

bool Writer::remove(std::string_view id) {
  std::string term = id_term(id);
  if (!impl_->db.term_exists(term)) return false;
  impl_->db.delete_document(term);
  return true;
}

void Writer::commit() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    throw IoError("commit failed: " + e.get_description(), Location{impl_->dir.string()});
  }
}

std::uint64_t Writer::documents() const { return impl_->db.get_doccount(); }

bool WriterAccess::write(Writer& writer, PreparedDocument p) { return writer.impl_->write(std::move(p)); }

}  // namespace marsad::index
