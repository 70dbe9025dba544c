// ingest(): read → analyse and build terms on N threads → write and commit in batches.
// While the workers prepare batch k+1, this thread writes batch k, so the writer is never the
// only thing running. A crash loses at most the batch not yet committed; every batch reported
// through on_commit is durable (Xapian's commit is atomic and synced).
#include <algorithm>
#include <chrono>
#include <future>
#include <optional>
#include <thread>
#include <variant>

#include "index/document_builder.h"
#include "index/writer_access.h"
#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/index.h"
#include "util/cpu_time.h"

namespace marsad::index {
namespace {

namespace fs = std::filesystem;
using detail::PreparedDocument;
using Clock = std::chrono::steady_clock;

using Outcome = std::variant<PreparedDocument, std::string>;  // the document or why skipped

bool is_input_file(const fs::path& p) {
  std::string name = p.filename().string();
  for (const char* ext : {".txt", ".jsonl", ".json", ".jsonl.gz", ".jsonl.zst", ".json.gz", ".json.zst"})
    if (name.ends_with(ext)) return true;
  return false;
}

// Expands directories into their article files, sorted so that runs are reproducible.
std::vector<fs::path> expand_inputs(const std::vector<fs::path>& inputs) {
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    if (in != "-" && fs::is_directory(in)) {
      std::vector<fs::path> found;
      for (const auto& e : fs::recursive_directory_iterator(in))
        if (e.is_regular_file() && is_input_file(e.path())) found.push_back(e.path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      if (in != "-" && !fs::exists(in)) throw IoError("no such file or directory", Location{in.string()});
      files.push_back(in);
    }
  }
  return files;
}

bool compressed(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".gz" || ext == ".zst";
}

// Reads documents across all inputs, one batch at a time.
class BatchReader {
 public:
  explicit BatchReader(std::vector<fs::path> files) : files_(std::move(files)) {
    for (const auto& f : files_)
      if (f == "-" || compressed(f)) total_bytes_ = 0, sized_ = false;
      else if (sized_) total_bytes_ += fs::file_size(f);
  }

  std::vector<Document> next(std::size_t n, std::vector<std::string>& skipped) {
    std::vector<Document> batch;
    while (batch.size() < n) {
      if (!reader_) {
        if (next_file_ == files_.size()) break;
        reader_.emplace(files_[next_file_++]);
        reported_ = 0;
      }
      Document d;
      bool more = false;
      try {
        more = reader_->next(d);
      } catch (const InputError& e) {  // a bad .txt article: skip the file, go on
        skipped.push_back(e.what());
      }
      collect_skipped(skipped);
      if (more) {
        batch.push_back(std::move(d));
      } else {
        done_bytes_ += reader_->bytes_read();
        reader_.reset();
      }
    }
    return batch;
  }

  std::uint64_t total_bytes() const { return sized_ ? total_bytes_ : 0; }
  std::uint64_t bytes_read() const { return done_bytes_ + (reader_ ? reader_->bytes_read() : 0); }

 private:
  void collect_skipped(std::vector<std::string>& skipped) {
    const auto& errs = reader_->skipped();
    for (; reported_ < errs.size(); ++reported_) skipped.push_back(errs[reported_].what());
  }

  std::vector<fs::path> files_;
  std::size_t next_file_ = 0;
  std::optional<DocumentReader> reader_;
  std::size_t reported_ = 0;
  std::uint64_t total_bytes_ = 0, done_bytes_ = 0;
  bool sized_ = true;
};

Outcome prepare_one(const Document& doc, const AnalyzeFn& analyze) {
  try {
    Analysis a = analyze(doc);
    a.document = doc;
    return detail::prepare_document(a);
  } catch (const Error& e) {
    return (doc.id.empty() ? std::string("<no id>") : doc.id) + ": " + e.what();
  } catch (const std::exception& e) {  // a defect of marsad's: this document is skipped, not the run
    return (doc.id.empty() ? std::string("<no id>") : doc.id) + ": internal error: " + e.what();
  }
}

// Prepares a batch on `threads` threads, each taking every threads-th document.
std::vector<Outcome> prepare_batch(const std::vector<Document>& docs, const AnalyzeFn& analyze,
                                   unsigned threads) {
  std::vector<std::optional<Outcome>> slots(docs.size());
  auto work = [&](unsigned t) {
    for (std::size_t i = t; i < docs.size(); i += threads) slots[i] = prepare_one(docs[i], analyze);
  };
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  pool.clear();
  std::vector<Outcome> out;
  out.reserve(slots.size());
  for (auto& s : slots) out.push_back(std::move(*s));
  return out;
}

}  // namespace

IngestSummary ingest(Writer& writer, const std::vector<fs::path>& inputs, const AnalyzeFn& analyze,
                     const IngestOptions& opts) {
  auto start = Clock::now();
  double cpu_start = util::thread_cpu_seconds();
  unsigned threads = std::max(1u, opts.threads);
  std::size_t batch_size = std::max<std::size_t>(1, opts.batch_size);
  BatchReader reader(expand_inputs(inputs));
  IngestSummary summary;
  IngestProgress progress;

  auto launch = [&](std::vector<Document> docs) {
    return std::async(std::launch::async, [&analyze, threads, docs = std::move(docs)] {
      return prepare_batch(docs, analyze, threads);
    });
  };
  std::vector<Document> first = reader.next(batch_size, summary.skip_reasons);
  progress.read = first.size();
  auto pending = launch(std::move(first));
  while (true) {
    auto wait_start = Clock::now();
    std::vector<Outcome> prepared = pending.get();
    summary.writer_wait_seconds += std::chrono::duration<double>(Clock::now() - wait_start).count();
    if (prepared.empty()) break;
    std::vector<Document> next = reader.next(batch_size, summary.skip_reasons);
    progress.read += next.size();
    pending = launch(std::move(next));
    for (auto& o : prepared) {
      if (auto* why = std::get_if<std::string>(&o)) {
        summary.skip_reasons.push_back(std::move(*why));
      } else if (WriterAccess::write(writer, std::move(std::get<PreparedDocument>(o)))) {
        ++summary.updated;
      } else {
        ++summary.added;
      }
    }
    writer.commit();
    progress.committed = summary.added + summary.updated;
    progress.input_bytes = reader.total_bytes();
    progress.input_bytes_read = reader.bytes_read();
    progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (opts.on_commit) opts.on_commit(progress);
  }
  summary.skipped = summary.skip_reasons.size();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  summary.writer_cpu_seconds = util::thread_cpu_seconds() - cpu_start;
  return summary;
}

}  // namespace marsad::index
