// marsad/index.h: the archive — analysed articles stored in a searchable directory.
//
//   marsad::index::Writer writer("archive/");           // creates it, or opens it for update
//   writer.add(analysis);                               // Analysis::document is the article
//   writer.commit();                                    // durable from here on
//
//   // or stream files in batches, analysis on several threads, one writer:
//   marsad::index::IngestSummary s = marsad::index::ingest(writer, {"news.jsonl.zst"}, analyze, {});
//
//   marsad::index::ArchiveInfo info = marsad::index::archive_info("archive/");
//
// An archive is a directory: a Xapian database (Xapian owns transactions, postings, positions
// and storage) plus `marsad.json`, which records our format version, the analyzer version
// (marsad::kAnalyzerVersion), the term prefixes and the value slots. marsad does all Arabic
// analysis itself (src/index/terms.h); search.h reads what this writes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"

namespace marsad::index {

/// Version of the archive layout (terms, values, document data). Bump on any change that an
/// older reader would misread. This marsad reads archives of kOldestReadableFormat up to
/// kFormatVersion and writes only into archives of kFormatVersion; others must be re-indexed.
/// 2: the clitic-free word term (W) is stored only where it differs from the surface term
///    (queries look for either); format 1 stored it for every word.
inline constexpr int kFormatVersion = 2;
inline constexpr int kOldestReadableFormat = 1;

/// Adds, replaces and deletes articles of one archive. Only one Writer may have an archive
/// open at a time (Xapian's lock): a second gets IoError. Not thread-safe.
class Writer {
 public:
  /// Opens `dir` for writing, creating it if needed. Throws FormatError if it holds an archive
  /// of another format or analyzer version (the message says how to re-index), IoError if it
  /// cannot be created or is locked by another writer.
  explicit Writer(const std::filesystem::path& dir);
  ~Writer();  ///< commits what was added (errors are swallowed; call commit() to see them)
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  /// Adds the article in `analysis.document`, or replaces the stored one with the same id.
  /// Returns true if it replaced one. Throws InputError for an empty id.
  bool add(const Analysis& analysis);
  /// Deletes the article with this id; false if there was none.
  bool remove(std::string_view id);
  /// Makes every change so far durable (a crash afterwards loses none of it).
  void commit();
  /// Articles in the archive, counting uncommitted changes.
  std::uint64_t documents() const;

  struct Impl;

 private:
  friend struct WriterAccess;  // ingest() hands prepared documents to the writer
  std::unique_ptr<Impl> impl_;
};

/// What `marsad index stats` shows.
struct ArchiveInfo {
  std::filesystem::path dir;
  int format_version = 0;
  int analyzer_version = 0;
  std::uint64_t documents = 0;
  std::uint64_t bytes_on_disk = 0;
  std::string first_date, last_date;  ///< YYYY-MM-DD, empty if no article has a date
  std::vector<std::pair<std::string, std::uint64_t>> sources;  ///< most articles first
};

/// Reads the facts of an archive. Throws IoError if `dir` is not an archive, FormatError if
/// it is of another format.
ArchiveInfo archive_info(const std::filesystem::path& dir);

/// Rewrites the archive's tables full and in order (Xapian compaction): about half the size
/// after a large ingest, and faster to read. Needs no writer on the archive; builds a copy
/// beside it and swaps it in, so a crash leaves the old archive or the new one (at worst
/// under DIR.compact-old, named in the error). Throws IoError / FormatError.
void compact(const std::filesystem::path& dir);

// ---------------------------------------------------------------------------------------------
// Streaming ingest

/// Turns a document into its analysis. Must be callable from several threads at once.
using AnalyzeFn = std::function<Analysis(const Document&)>;

struct IngestProgress {
  std::uint64_t read = 0;       ///< documents read so far (written or pending)
  std::uint64_t committed = 0;  ///< documents durable in the archive
  std::uint64_t input_bytes = 0, input_bytes_read = 0;  ///< for an ETA (0 total: unknown)
  double seconds = 0;
};

struct IngestOptions {
  std::size_t batch_size = 1000;  ///< commit every this many documents
  unsigned threads = 2;           ///< analysis threads (the writer is one more)
  /// Called after every commit (what is reported here survives a crash).
  std::function<void(const IngestProgress&)> on_commit;
};

struct IngestSummary {
  std::uint64_t added = 0, updated = 0, skipped = 0;
  std::vector<std::string> skip_reasons;  ///< one per skipped record: "FILE:LINE: why"
  double seconds = 0;
  /// CPU time of the one thread that reads, writes and commits (Xapian's inversion runs
  /// there). Close to `seconds`, the writer is the bottleneck; far below it with a large
  /// `writer_wait_seconds`, the analysis is. CPU time holds on a busy machine, wall time not.
  double writer_cpu_seconds = 0;
  double writer_wait_seconds = 0;  ///< wall time that thread waited for analysed batches
};

/// Reads every input (.txt articles, directories of them, .jsonl[.gz|.zst], "-" for stdin),
/// analyses on `opts.threads` threads, writes through `writer` and commits every batch.
/// A bad record is skipped and reported; an unreadable input throws IoError.
IngestSummary ingest(Writer& writer, const std::vector<std::filesystem::path>& inputs,
                     const AnalyzeFn& analyze, const IngestOptions& opts);

}  // namespace marsad::index
