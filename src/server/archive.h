// The archives a service searches, shared by its request threads.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/search.h"
#include "marsad/server.h"

namespace marsad::server {

/// Searchers over the same archives, lent one per request: a Searcher is not thread-safe,
/// and opening one per request would re-read the databases each time.
class ArchivePool {
 public:
  /// Opens a first Searcher now, so a bad directory fails at start, not at the first query.
  explicit ArchivePool(std::vector<std::filesystem::path> dirs);
  ~ArchivePool();

  /// A Searcher for the duration of one request; returned to the pool when it goes.
  class Lease {
   public:
    Lease(ArchivePool& pool, std::unique_ptr<index::Searcher> s) : pool_(pool), s_(std::move(s)) {}
    ~Lease() { pool_.give_back(std::move(s_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    index::Searcher& operator*() const noexcept { return *s_; }
    index::Searcher* operator->() const noexcept { return s_.get(); }

   private:
    ArchivePool& pool_;
    std::unique_ptr<index::Searcher> s_;
  };

  Lease lease();
  const std::vector<std::filesystem::path>& dirs() const noexcept { return dirs_; }

 private:
  void give_back(std::unique_ptr<index::Searcher> s) noexcept;

  std::vector<std::filesystem::path> dirs_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<index::Searcher>> idle_;
};

/// GET /api/search: q, k, offset, and the facet filters source, month, entity; sort=date.
nlohmann::json search_endpoint(ArchivePool& pool, const QueryParams& query);
/// GET /api/articles/{id}: to_json of the stored analysis (text included) and the article's
/// duplicate cluster; HttpError 404 if unknown.
nlohmann::json article_endpoint(ArchivePool& pool, std::string_view id);
/// GET /api/timeline?entity=… or ?q=…
nlohmann::json timeline_endpoint(ArchivePool& pool, const QueryParams& query);
/// GET /api/dups?id=…: articles of the archive that are near-duplicates of this one (MinHash
/// similarity of the bodies among the articles that share its title's words, or the same
/// stored cluster).
nlohmann::json dups_endpoint(ArchivePool& pool, const QueryParams& query);
/// GET /api/stats: what each archive holds.
nlohmann::json stats_endpoint(const ArchivePool& pool);

}  // namespace marsad::server
