// MinHash signatures of word shingles, and their stored form.
#include <algorithm>
#include <bit>
#include <cstring>

#include "marsad/dedup.h"
#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad::dedup {
namespace {

// Changing the seed, the hash family or kShingleWords changes every signature: bump
// kFormatVersion so stored signatures are refused rather than silently compared.
constexpr std::uint8_t kFormatVersion = 1;
constexpr char kMagic[2] = {'M', 'H'};

// Murmur3's 64-bit finalizer: spreads the bits of word and shingle hashes before they
// enter the linear hash family below, which is only good on well-mixed inputs.
constexpr std::uint64_t fmix64(std::uint64_t k) noexcept {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

constexpr std::uint64_t splitmix64(std::uint64_t& state) noexcept {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// One hash function per signature slot: h_i(x) = (a_i * x + b_i) >> 32 with odd a_i
// (multiply-shift, Dietzfelbinger et al. 1997). Near-universal, and the loop vectorizes.
struct HashFamily {
  std::array<std::uint64_t, kNumHashes> a{}, b{};
  HashFamily() {
    std::uint64_t state = 0x6d61727361642d31ULL;  // fixed: part of the format
    for (std::size_t i = 0; i < kNumHashes; ++i) {
      a[i] = splitmix64(state) | 1;
      b[i] = splitmix64(state);
    }
  }
};

const HashFamily& family() {
  static const HashFamily f;
  return f;
}

std::uint64_t hash_word(std::string_view w) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
  for (unsigned char c : w) h = (h ^ c) * 0x100000001b3ULL;
  return fmix64(h);
}

bool is_content(text::TokenKind kind) noexcept {
  return kind == text::TokenKind::kWord || kind == text::TokenKind::kLatin ||
         kind == text::TokenKind::kNumber;
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::uint32_t get_u32(std::string_view s, std::size_t pos) noexcept {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(s[pos + i])) << (8 * i);
  return v;
}

}  // namespace

std::vector<std::uint64_t> shingle_hashes(std::string_view input) {
  const std::string norm = text::normalize_search(input);
  std::vector<std::uint64_t> words;
  for (const auto& tok : text::tokenize(norm))
    if (is_content(tok.kind)) words.push_back(hash_word(tok.view(norm)));

  std::vector<std::uint64_t> out;
  if (words.empty()) return out;
  const std::size_t k = std::min(kShingleWords, words.size());
  out.reserve(words.size() - k + 1);
  for (std::size_t i = 0; i + k <= words.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t j = 0; j < k; ++j) h = fmix64(h * 0x9ddfea08eb382d69ULL + words[i + j]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double exact_jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) noexcept {
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++common, ++i, ++j;
  }
  const std::size_t uni = a.size() + b.size() - common;
  return uni == 0 ? 0.0 : double(common) / double(uni);
}

Signature signature(std::string_view text) {
  Signature sig;
  sig.minhash.fill(~std::uint32_t{0});
  const auto shingles = shingle_hashes(text);
  sig.shingles = static_cast<std::uint32_t>(std::min<std::size_t>(shingles.size(), ~std::uint32_t{0}));
  const HashFamily& f = family();
  for (std::uint64_t x : shingles)
    for (std::size_t i = 0; i < kNumHashes; ++i)
      sig.minhash[i] = std::min(sig.minhash[i], static_cast<std::uint32_t>((f.a[i] * x + f.b[i]) >> 32));
  return sig;
}

double estimate_jaccard(const Signature& a, const Signature& b) noexcept {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < kNumHashes; ++i) equal += a.minhash[i] == b.minhash[i];
  return double(equal) / double(kNumHashes);
}

double estimate_containment(const Signature& a, const Signature& b) noexcept {
  const double j = estimate_jaccard(a, b);
  if (j == 0.0) return 0.0;
  const double common = j * (double(a.shingles) + double(b.shingles)) / (1.0 + j);
  return std::min(1.0, common / double(std::min(a.shingles, b.shingles)));
}

std::string serialize(const Signature& sig) {
  std::string out;
  out.reserve(kSerializedSize);
  out.append(kMagic, 2);
  out.push_back(static_cast<char>(kFormatVersion));
  out.push_back(static_cast<char>(kShingleWords));
  put_u32(out, sig.shingles);
  for (std::uint32_t v : sig.minhash) put_u32(out, v);
  return out;
}

Signature deserialize(std::string_view bytes) {
  if (bytes.size() != kSerializedSize)
    throw FormatError("dedup signature: expected " + std::to_string(kSerializedSize) + " bytes, got " +
                      std::to_string(bytes.size()));
  if (bytes.substr(0, 2) != std::string_view(kMagic, 2))
    throw FormatError("dedup signature: bad magic (not a marsad MinHash signature)");
  const auto version = static_cast<unsigned char>(bytes[2]);
  const auto k = static_cast<unsigned char>(bytes[3]);
  if (version != kFormatVersion || k != kShingleWords)
    throw FormatError("dedup signature: format version " + std::to_string(version) + " with " +
                      std::to_string(k) + "-word shingles, this build reads version " +
                      std::to_string(kFormatVersion) + " with " + std::to_string(kShingleWords) +
                      "; re-index the archive");
  Signature sig;
  sig.shingles = get_u32(bytes, 4);
  for (std::size_t i = 0; i < kNumHashes; ++i) sig.minhash[i] = get_u32(bytes, 8 + 4 * i);
  return sig;
}

}  // namespace marsad::dedup
