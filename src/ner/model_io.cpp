// The model file: "marsad-ner\n", a format version, the body size, then the zstd-compressed
// body (hash bits, lexicon, clusters, weights, self-test sentences). Little-endian throughout.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>

#include <zstd.h>

#include "marsad/error.h"
#include "ner/model.h"

namespace marsad::ner {
namespace {

constexpr std::string_view kMagic = "marsad-ner\n";
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kMaxBody = 1ull << 30;

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

class Writer {
 public:
  template <typename T>
  void put(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void put_string(std::string_view s) {
    put(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& name) : in_(bytes), name_(name) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string_view get_bytes(std::size_t n) {
    need(n);
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string get_string() { return std::string(get_bytes(get<std::uint32_t>())); }
  /// A count of items of at least `item_bytes` each; more than the bytes left is damage.
  std::uint32_t get_count(std::size_t item_bytes) {
    auto n = get<std::uint32_t>();
    if (n > (in_.size() - pos_) / item_bytes) fail("count larger than the file");
    return n;
  }
  bool done() const noexcept { return pos_ == in_.size(); }
  [[noreturn]] void fail(const std::string& what) const {
    throw FormatError("NER model: " + what + " (body offset " + std::to_string(pos_) + ")", {name_});
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() - pos_ < n) fail("truncated");
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  std::string name_;
};

std::string compress(const std::string& raw) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  // A checksum, so that a damaged file is reported rather than read as other weights.
  std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
  ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_compressionLevel, 9);
  ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_checksumFlag, 1);
  std::size_t n = ZSTD_compress2(ctx.get(), out.data(), out.size(), raw.data(), raw.size());
  if (ZSTD_isError(n)) throw FormatError(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

}  // namespace

void Model::quantize() {
  float top = 0;
  for (float w : emission) top = std::max(top, std::fabs(w));
  scale = top > 0 ? top / 32767.0f : 1.0f;
  for (float& w : emission) w = static_cast<float>(static_cast<std::int16_t>(std::lround(w / scale))) * scale;
}

std::string Model::save(const std::vector<std::vector<std::string>>& self_test) const {
  Writer w;
  w.put(hash_bits);
  w.put(static_cast<std::uint32_t>(lexicon.entries().size()));
  for (const auto& e : lexicon.entries()) {
    w.put(static_cast<std::uint8_t>(e.category));
    w.put_string(e.phrase);
  }
  std::vector<const std::pair<std::string, WordInfo>*> words;
  for (const auto& kv : clusters.words()) words.push_back(&kv);
  std::sort(words.begin(), words.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.put(static_cast<std::uint32_t>(words.size()));
  for (const auto* kv : words) {
    w.put_string(kv->first);
    w.put(kv->second.count);
    w.put(kv->second.fine);
    w.put(kv->second.coarse);
  }
  for (const auto& row : transition)
    for (float t : row) w.put(t);
  w.put(scale);
  for (float x : emission) w.put(static_cast<std::int16_t>(std::lround(x / scale)));
  w.put(static_cast<std::uint32_t>(self_test.size()));
  for (const auto& sentence : self_test) {
    std::vector<std::string> tags = tag(sentence);
    w.put(static_cast<std::uint32_t>(sentence.size()));
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      w.put_string(sentence[i]);
      w.put_string(tags[i]);
    }
  }
  Writer file;
  file.bytes().append(kMagic);
  file.put(kVersion);
  file.put(static_cast<std::uint64_t>(w.bytes().size()));
  file.bytes() += compress(w.bytes());
  return std::move(file.bytes());
}

Model Model::load(std::string_view bytes, const std::string& name) {
  Reader head(bytes, name);
  if (bytes.substr(0, kMagic.size()) != kMagic)
    throw FormatError("not a marsad NER model (bad magic)", {name});
  head.get_bytes(kMagic.size());
  auto version = head.get<std::uint32_t>();
  if (version != kVersion)
    throw FormatError("NER model format version " + std::to_string(version) + ", this build reads " +
                      std::to_string(kVersion) + "; retrain with `marsad train ner`", {name});
  auto raw_size = head.get<std::uint64_t>();
  if (raw_size > kMaxBody) head.fail("body too large");
  std::string_view packed = bytes.substr(kMagic.size() + 12);
  if (ZSTD_getFrameContentSize(packed.data(), packed.size()) != raw_size) head.fail("damaged compressed body");
  std::string raw(raw_size, '\0');
  std::size_t n = ZSTD_decompress(raw.data(), raw.size(), packed.data(), packed.size());
  if (ZSTD_isError(n) || n != raw_size) head.fail("damaged compressed body");

  Reader r(raw, name);
  Model m;
  m.hash_bits = r.get<std::uint32_t>();
  if (m.hash_bits < 10 || m.hash_bits > 26) r.fail("bad hash size");
  for (auto k = r.get_count(5); k > 0; --k) {
    auto cat = r.get<std::uint8_t>();
    if (cat >= static_cast<std::uint8_t>(Category::kCount)) r.fail("bad lexicon category");
    m.lexicon.add(r.get_string(), static_cast<Category>(cat));
  }
  auto nwords = r.get_count(12);
  for (; nwords > 0; --nwords) {
    std::string word = r.get_string();
    WordInfo info;
    info.count = r.get<std::uint32_t>();
    info.fine = r.get<std::uint16_t>();
    info.coarse = r.get<std::uint16_t>();
    m.clusters.add(std::move(word), info);
  }
  for (auto& row : m.transition)
    for (float& t : row) t = r.get<float>();
  m.scale = r.get<float>();
  if (!std::isfinite(m.scale) || m.scale <= 0) r.fail("bad weight scale");
  m.emission.resize(static_cast<std::size_t>(m.rows()) * kLabels);
  std::string_view q = r.get_bytes(m.emission.size() * sizeof(std::int16_t));
  for (std::size_t k = 0; k < m.emission.size(); ++k) {
    std::int16_t v;
    std::memcpy(&v, q.data() + 2 * k, 2);
    m.emission[k] = static_cast<float>(v) * m.scale;
  }
  for (auto k = r.get_count(4); k > 0; --k) {
    std::vector<std::string> words(r.get_count(8)), expected(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      words[i] = r.get_string();
      expected[i] = r.get_string();
    }
    if (m.tag(words) != expected) r.fail("self-test failed: the model does not tag its own samples as it did when saved");
  }
  if (!r.done()) r.fail("trailing bytes");
  return m;
}

}  // namespace marsad::ner
