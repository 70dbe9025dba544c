// marsad/document.h: articles and the readers that bring them in.
//
//   marsad::Document doc = marsad::read_article("examples/articles/baghdad-talks.txt");
//   std::cout << doc.title << '\n' << doc.body.size() << '\n';
//
//   marsad::DocumentReader reader("news.jsonl.zst");   // .txt, .jsonl, .jsonl.gz, .jsonl.zst
//   marsad::Document d;
//   while (reader.next(d)) { ... }                     // bad records are skipped…
//   for (const auto& e : reader.skipped()) std::cerr << e.what() << '\n';  // …and reported
//
// Encoding. Input is UTF-8 (a BOM is dropped). Text that is not UTF-8 but reads as Arabic in
// Windows-1256 or ISO-8859-6 is converted (ReadOptions::encoding can force one). UTF-8 with
// bad bytes, NUL bytes, empty articles and records over ReadOptions::max_record_bytes are
// InputErrors that name the file, the line and the byte offset.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/error.h"

namespace marsad {

/// One news article. `text` is what analysis runs on and what every offset points into:
/// for a .txt article the file's text as given; for a JSONL record title + "\n" + body.
struct Document {
  std::string id;      ///< unique within an archive; for files: the file name without .txt
  std::string title;
  std::string body;
  std::string date;    ///< ISO 8601 (YYYY-MM-DD, optionally "THH:MM:SS"), or empty
  std::string source;  ///< outlet, e.g. "alriyadh"
  std::string url;
  std::string author;
  std::string text;
  std::uint32_t title_begin = 0, title_end = 0;  ///< byte span of the title in text
  std::uint32_t body_begin = 0;                  ///< byte offset where the body starts in text

  /// Builds a document from parts; text = title + "\n" + body.
  static Document from_parts(std::string id, std::string title, std::string body);
  /// Splits an article text (first non-empty line the title, then the body).
  /// Throws InputError if the text has no non-space character.
  static Document from_text(std::string id, std::string text);
};

enum class Encoding : std::uint8_t { kAuto, kUtf8, kWindows1256, kIso8859_6 };
/// "auto", "utf-8", "windows-1256" (or "cp1256"), "iso-8859-6"; InputError otherwise.
Encoding parse_encoding(std::string_view name);

struct ReadOptions {
  Encoding encoding = Encoding::kAuto;
  /// A .txt article or one JSONL line longer than this is an error (the line is skipped).
  std::uint64_t max_record_bytes = 64ull << 20;
};

/// `path` opened for reading (binary). IoError naming `what` and the path when it does not
/// exist, cannot be opened, or is a directory (which would open and read as empty).
std::ifstream open_input(const std::filesystem::path& path, std::string_view what);

/// The whole of `path`; IoError as open_input's, or when reading fails part way.
std::string read_file(const std::filesystem::path& path, std::string_view what);

/// Decodes bytes to UTF-8 under `opts.encoding` (auto-detecting legacy Arabic code pages).
/// `name` is used in error locations. Throws InputError at the first bad byte (NUL, or
/// invalid UTF-8 when the text is UTF-8) with its line and byte offset.
std::string decode_text(std::string_view bytes, const std::string& name, const ReadOptions& opts = {});

/// Reads one .txt article (title line, then body). Throws IoError / InputError.
Document read_article(const std::filesystem::path& path, const ReadOptions& opts = {});

/// Parses one JSONL record (fields id, title, body, date, source, url, author).
/// Throws InputError with `where` for malformed JSON, a non-object, or wrongly typed fields.
Document parse_json_record(std::string_view line, const Location& where);

/// Streams documents from a file: .txt (one article), .jsonl / .json (one per line), and the
/// same compressed as .gz or .zst; "-" reads standard input (JSONL if it starts with '{',
/// else one article). A bad JSONL record is recorded in skipped() and reading goes on.
class DocumentReader {
 public:
  explicit DocumentReader(const std::filesystem::path& path, ReadOptions opts = {});
  ~DocumentReader();
  DocumentReader(DocumentReader&&) noexcept;
  DocumentReader& operator=(DocumentReader&&) noexcept;

  /// Fills `doc` with the next document; false at the end. Throws IoError if the file cannot
  /// be read, InputError for a bad .txt article (a JSONL file goes on past bad records).
  bool next(Document& doc);
  /// Where the document next() last returned starts: file, and for JSONL its line and byte
  /// offset; for reporting a failure on that document.
  Location where() const;
  /// Errors for the records skipped so far, each with file, line and byte offset.
  const std::vector<InputError>& skipped() const noexcept;
  /// Writes one line per record skipped since the last call, "marsad: warning: FILE:LINE:
  /// OFFSET: … (record skipped)", to `out`: for the commands that read a whole corpus and
  /// report at the end.
  void warn_skipped(std::ostream& out);
  /// Bytes of (decompressed) input consumed so far, for progress reports.
  std::uint64_t bytes_read() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad
