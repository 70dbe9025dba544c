// DocumentReader: streams .txt articles and (compressed) JSONL, one bounded line at a time.
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>

#include "marsad/document.h"

namespace marsad {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A stream of (decompressed) bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Up to n bytes into buf; 0 at the end. Throws IoError/FormatError.
  virtual std::size_t read(char* buf, std::size_t n) = 0;
};

class FileSource : public ByteSource {
 public:
  FileSource(FILE* f, std::string name, bool owned) : f_(f), name_(std::move(name)), owned_(owned) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  std::size_t read(char* buf, std::size_t n) override {
    std::size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) throw IoError(std::string("read failed: ") + std::strerror(errno), Location{name_});
    return got;
  }

 private:
  FILE* f_;
  std::string name_;
  bool owned_;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(const std::string& path) : name_(path), gz_(gzopen(path.c_str(), "rb")) {
    if (!gz_) throw IoError(std::string("cannot open: ") + std::strerror(errno), Location{path});
  }
  ~GzipSource() override { gzclose(gz_); }
  std::size_t read(char* buf, std::size_t n) override {
    int got = gzread(gz_, buf, static_cast<unsigned>(n));
    if (got < 0) {
      int err;
      throw FormatError(std::string("corrupt gzip stream: ") + gzerror(gz_, &err), Location{name_});
    }
    return static_cast<std::size_t>(got);
  }

 private:
  std::string name_;
  gzFile gz_;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> raw, std::string name)
      : raw_(std::move(raw)), name_(std::move(name)), in_buf_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }
  std::size_t read(char* buf, std::size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        std::size_t got = raw_->read(in_buf_.data(), in_buf_.size());
        if (got == 0) {
          if (!frame_done_) throw FormatError("truncated zstd stream", Location{name_});
          return 0;
        }
        in_ = {in_buf_.data(), got, 0};
      }
      std::size_t r = ZSTD_decompressStream(dctx_, &out, &in_);
      if (ZSTD_isError(r)) throw FormatError(std::string("corrupt zstd stream: ") + ZSTD_getErrorName(r), Location{name_});
      frame_done_ = r == 0;
    }
    return out.pos;
  }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::string name_;
  std::vector<char> in_buf_;
  ZSTD_inBuffer in_{nullptr, 0, 0};
  ZSTD_DCtx* dctx_;
  bool frame_done_ = true;
};

std::unique_ptr<ByteSource> open_source(const std::string& path) {
  if (path == "-") return std::make_unique<FileSource>(stdin, "<stdin>", false);
  if (ends_with(path, ".gz")) return std::make_unique<GzipSource>(path);
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw IoError(std::string("cannot open: ") + std::strerror(errno), Location{path});
  auto src = std::make_unique<FileSource>(f, path, true);
  if (ends_with(path, ".zst")) return std::make_unique<ZstdSource>(std::move(src), path);
  return src;
}

}  // namespace

struct DocumentReader::Impl {
  std::string name;
  ReadOptions opts;
  std::unique_ptr<ByteSource> src;
  std::vector<InputError> skipped;
  std::size_t warned = 0;  // skipped records warn_skipped() has written
  std::vector<char> buf = std::vector<char>(1 << 16);
  std::size_t buf_pos = 0, buf_len = 0;
  std::uint64_t consumed = 0;  // bytes handed out so far
  std::uint64_t line_no = 0;
  Location last;  // of the document last returned
  bool jsonl = false;
  bool txt_done = false;
  bool eof = false;

  // Next byte or -1 at the end.
  int get() {
    if (buf_pos == buf_len) {
      if (eof) return -1;
      buf_len = src->read(buf.data(), buf.size());
      buf_pos = 0;
      if (buf_len == 0) {
        eof = true;
        return -1;
      }
    }
    ++consumed;
    return static_cast<unsigned char>(buf[buf_pos++]);
  }

  // Reads one line (without '\n') into `line`; false at the end. An over-long line is
  // consumed to its end and reported with `too_long` set.
  bool read_line(std::string& line, std::uint64_t& start, bool& too_long) {
    line.clear();
    too_long = false;
    start = consumed;
    bool any = false;  // a byte or a line end read
    for (;;) {
      if (buf_pos == buf_len) {
        if (eof) break;
        buf_len = src->read(buf.data(), buf.size());
        buf_pos = 0;
        if (buf_len == 0) {
          eof = true;
          break;
        }
      }
      // The rest of the line in this buffer, copied at once (up to the record limit).
      const char* from = buf.data() + buf_pos;
      const auto* nl = static_cast<const char*>(std::memchr(from, '\n', buf_len - buf_pos));
      const std::size_t n = nl ? static_cast<std::size_t>(nl - from) : buf_len - buf_pos;
      const std::size_t room = opts.max_record_bytes > line.size() ? opts.max_record_bytes - line.size() : 0;
      line.append(from, std::min(n, room));
      too_long = too_long || n > room;
      any = true;
      buf_pos += n + (nl ? 1 : 0);
      consumed += n + (nl ? 1 : 0);
      if (nl) break;
    }
    if (!any) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++line_no;
    return true;
  }

  std::string slurp() {
    std::string all(buf.data() + buf_pos, buf_len - buf_pos);
    buf_pos = buf_len;
    for (std::size_t got; (got = src->read(buf.data(), buf.size())) > 0;) {
      all.append(buf.data(), got);
      if (all.size() > opts.max_record_bytes)
        throw InputError("article larger than the limit of " + std::to_string(opts.max_record_bytes) + " bytes",
                         Location{name});
    }
    consumed = all.size();
    eof = true;
    return all;
  }
};

DocumentReader::DocumentReader(const std::filesystem::path& path, ReadOptions opts) : impl_(std::make_unique<Impl>()) {
  std::string p = path.string();
  impl_->name = p == "-" ? "<stdin>" : p;
  impl_->opts = opts;
  impl_->src = open_source(p);
  std::string base = p;
  for (std::string_view z : {".gz", ".zst"})
    if (ends_with(base, z)) base.resize(base.size() - z.size());
  if (ends_with(base, ".jsonl") || ends_with(base, ".json") || ends_with(base, ".ndjson")) {
    impl_->jsonl = true;
  } else if (!ends_with(base, ".txt")) {
    // Sniff: JSONL starts with '{' after optional spaces.
    int c;
    while ((c = impl_->get()) == ' ' || c == '\n' || c == '\r' || c == '\t') {
    }
    impl_->jsonl = c == '{';
    if (c >= 0) {  // put it back
      --impl_->buf_pos;
      --impl_->consumed;
    }
  }
}

DocumentReader::~DocumentReader() = default;
DocumentReader::DocumentReader(DocumentReader&&) noexcept = default;
DocumentReader& DocumentReader::operator=(DocumentReader&&) noexcept = default;

bool DocumentReader::next(Document& doc) {
  Impl& m = *impl_;
  if (!m.jsonl) {
    if (m.txt_done) return false;
    m.txt_done = true;
    std::string bytes = m.slurp();
    std::string id = m.name == "<stdin>" ? "stdin" : std::filesystem::path(m.name).stem().string();
    doc = Document::from_text(id, decode_text(bytes, m.name, m.opts));
    m.last = Location{m.name};
    return true;
  }
  std::string line;
  std::uint64_t start;
  bool too_long;
  while (m.read_line(line, start, too_long)) {
    Location where{m.name, m.line_no, start};
    if (too_long) {
      m.skipped.emplace_back("record longer than the limit of " + std::to_string(m.opts.max_record_bytes) +
                                 " bytes; skipped",
                             where);
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      doc = parse_json_record(line, where);
      if (doc.id.empty()) doc.id = std::filesystem::path(m.name).filename().string() + ":" + std::to_string(m.line_no);
      m.last = where;
      return true;
    } catch (const InputError& e) {
      m.skipped.push_back(e);
    }
  }
  return false;
}

Location DocumentReader::where() const { return impl_->last; }
const std::vector<InputError>& DocumentReader::skipped() const noexcept { return impl_->skipped; }
void DocumentReader::warn_skipped(std::ostream& out) {
  for (; impl_->warned < impl_->skipped.size(); ++impl_->warned)
    out << "marsad: warning: " << impl_->skipped[impl_->warned].what() << " (record skipped)\n";
}
std::uint64_t DocumentReader::bytes_read() const noexcept { return impl_->consumed; }

Document read_article(const std::filesystem::path& path, const ReadOptions& opts) {
  ReadOptions o = opts;
  DocumentReader reader(path, o);
  Document d;
  if (!reader.next(d)) throw InputError("no article in file", Location{path.string()});
  return d;
}

}  // namespace marsad
