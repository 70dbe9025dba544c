// The model file: "marsad-ner\n", a format version, the body size, then the zstd-compressed
// body (hash bits, held-out share (version 4 on), fingerprints of the articles learnt besides
// the gold file (version 5 on), whether it has domain features (version 6 on), lexicon,
// clusters, weights, the document pass, self-test sentences). Little-endian throughout.
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
constexpr std::uint32_t kVersion = 6;  // 2: the document pass; 3: extra clusterings; 4: held_out; 5: learnt; 6: domains
constexpr std::uint32_t kOldestVersion = 3;  // read too: held_out unknown
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

namespace {

// One scale for a table: the largest weight maps to 32767.
float grid(const std::vector<float>& weights) {
  float top = 0;
  for (float w : weights) top = std::max(top, std::fabs(w));
  return top > 0 ? top / 32767.0f : 1.0f;
}

void round_to(std::vector<float>& weights, float scale) {
  for (float& w : weights) w = static_cast<float>(static_cast<std::int16_t>(std::lround(w / scale))) * scale;
}

// One pass's weights (`offset` 0: sentence pass, kLabels: document pass) of a packed table.
void put_weights(Writer& w, const std::vector<std::int16_t>& packed, std::size_t stride, std::size_t offset,
                 float scale) {
  w.put(scale);
  for (std::size_t r = 0; r < packed.size(); r += stride)
    for (std::size_t l = 0; l < kLabels; ++l) w.put(packed[r + offset + l]);
}

// The scale and the int16 weights of one pass, `rows` rows of kLabels.
std::pair<float, std::string_view> get_weights(Reader& r, std::size_t rows) {
  auto scale = r.get<float>();
  if (!std::isfinite(scale) || scale <= 0) r.fail("bad weight scale");
  return {scale, r.get_bytes(rows * kLabels * sizeof(std::int16_t))};
}

void put_transitions(Writer& w, const Transitions& t) {
  for (const auto& row : t)
    for (float x : row) w.put(x);
}

void get_transitions(Reader& r, Transitions& t) {
  for (auto& row : t)
    for (float& x : row) x = r.get<float>();
}

}  // namespace

void Model::pack() {
  const bool two = !document.emission.empty();
  stride_ = two ? 2 * kLabels : kLabels;
  packed_scale_[0] = grid(emission);
  packed_scale_[1] = two ? grid(document.emission) : 1.0f;
  packed_.assign(static_cast<std::size_t>(rows()) * stride_, 0);
  for (std::size_t r = 0; r < rows(); ++r)
    for (std::size_t l = 0; l < kLabels; ++l) {
      packed_[r * stride_ + l] = static_cast<std::int16_t>(std::lround(emission[r * kLabels + l] / packed_scale_[0]));
      if (two)
        packed_[r * stride_ + kLabels + l] =
            static_cast<std::int16_t>(std::lround(document.emission[r * kLabels + l] / packed_scale_[1]));
    }
}

void Model::unpack(std::array<std::string_view, 2> weights, std::array<float, 2> scale) {
  const bool two = !weights[1].empty();
  stride_ = two ? 2 * kLabels : kLabels;
  packed_scale_[0] = scale[0];
  packed_scale_[1] = scale[1];
  packed_.assign(static_cast<std::size_t>(rows()) * stride_, 0);
  for (std::size_t pass = 0; pass < (two ? 2u : 1u); ++pass)
    for (std::size_t r = 0; r < rows(); ++r)
      std::memcpy(&packed_[r * stride_ + pass * kLabels], weights[pass].data() + r * kLabels * 2, kLabels * 2);
}

void Model::quantize() {
  round_to(emission, grid(emission));
  round_to(document.emission, grid(document.emission));
}

std::string Model::save(const std::vector<std::vector<std::string>>& self_test) const {
  if (packed_.empty()) {
    Model packed = *this;
    packed.pack();
    return packed.save(self_test);
  }
  Writer w;
  w.put(hash_bits);
  w.put(held_out);
  w.put(static_cast<std::uint32_t>(learnt.size()));
  for (std::uint64_t f : learnt) w.put(f);
  w.put(static_cast<std::uint8_t>(domains));
  w.put(static_cast<std::uint32_t>(lexicon.entries().size()));
  for (const auto& e : lexicon.entries()) {
    w.put(static_cast<std::uint8_t>(e.category));
    w.put_string(e.phrase);
  }
  std::vector<std::pair<std::string_view, WordInfo>> words = clusters.words();
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  w.put(static_cast<std::uint32_t>(words.size()));
  for (const auto& [word, info] : words) {
    w.put_string(word);
    w.put(info.count);
    w.put(info.fine);
    w.put(info.coarse);
    for (auto e : info.extra) w.put(e);
  }
  put_transitions(w, transition);
  put_weights(w, packed_, stride_, 0, packed_scale_[0]);
  const bool two = stride_ == 2 * kLabels;
  w.put(static_cast<std::uint8_t>(two));
  if (two) {
    w.put(document.window);
    put_transitions(w, document.transition);
    put_weights(w, packed_, stride_, kLabels, packed_scale_[1]);
  }
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
  if (version < kOldestVersion || version > kVersion)
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
  if (version >= 4) {
    m.held_out = r.get<double>();
    if (!(m.held_out == -1 || (m.held_out >= 0 && m.held_out < 1))) r.fail("bad held-out share");
  }
  if (version >= 5) {
    m.learnt.resize(r.get_count(8));
    for (auto& f : m.learnt) f = r.get<std::uint64_t>();
    if (!std::is_sorted(m.learnt.begin(), m.learnt.end())) r.fail("learnt articles not sorted");
  }
  if (version >= 6) {
    const auto domains = r.get<std::uint8_t>();
    if (domains > 1) r.fail("bad domains flag");
    m.domains = domains == 1;
  }
  for (auto k = r.get_count(5); k > 0; --k) {
    auto cat = r.get<std::uint8_t>();
    if (cat >= static_cast<std::uint8_t>(Category::kCount)) r.fail("bad lexicon category");
    m.lexicon.add(r.get_string(), static_cast<Category>(cat));
  }
  auto nwords = r.get_count(12 + 2 * kExtraClusterings);
  for (; nwords > 0; --nwords) {
    std::string word = r.get_string();
    WordInfo info;
    info.count = r.get<std::uint32_t>();
    info.fine = r.get<std::uint16_t>();
    info.coarse = r.get<std::uint16_t>();
    for (auto& e : info.extra) e = r.get<std::uint16_t>();
    m.clusters.add(std::move(word), info);
  }
  get_transitions(r, m.transition);
  // Only the packed 16-bit table is kept: the float weights are for training.
  auto [scale, weights] = get_weights(r, m.rows());
  auto has_document = r.get<std::uint8_t>();
  if (has_document > 1) r.fail("bad document pass flag");
  std::pair<float, std::string_view> doc{1.0f, {}};
  if (has_document) {
    m.document.window = r.get<std::uint32_t>();
    get_transitions(r, m.document.transition);
    doc = get_weights(r, m.rows());
  }
  m.unpack({weights, doc.second}, {scale, doc.first});
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
