// marsad/dedup.h: near-duplicate articles (the same story republished or lightly edited).
//
//   marsad::dedup::LshIndex lsh;                        // threshold 0.5 by default
//   for (const auto& doc : docs) {
//     auto sig = marsad::dedup::signature(doc.body);  // MinHash of word 3-shingles
//     store(doc.id, marsad::dedup::serialize(sig));   // 520 bytes, versioned
//     auto added = lsh.add(doc.id, sig);
//     // added.cluster: the id of doc.id's cluster (the key of its first member); it never
//     // changes under the default leader linkage, so it can be stored with the article
//   }
//   for (const auto& c : lsh.clusters()) { ... }        // every cluster of two or more
//
// Method. A text becomes the set of its word 3-shingles over search-normalized words
// (marsad::text::Profile::kSearch: hamza, alef maqsura, ta marbuta, tashkeel and digits unified),
// and the set is summarized by 128 MinHash values (Broder 1997, "On the resemblance and
// containment of documents"): the share of equal values estimates the Jaccard similarity of the
// two shingle sets. LshIndex finds candidate pairs by banding the signature (Leskovec, Rajaraman,
// Ullman, "Mining of Massive Datasets", ch. 3.4) and keeps those whose estimate reaches the
// threshold. A new article joins the cluster whose first article it resembles most (leader
// clustering), or, with Linkage::kSingle, every cluster it touches (union-find).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::dedup {

inline constexpr std::size_t kNumHashes = 128;
inline constexpr std::size_t kShingleWords = 3;

/// The MinHash summary of one text. Fixed size; equal texts give equal signatures.
struct Signature {
  std::array<std::uint32_t, kNumHashes> minhash{};
  /// Distinct shingles in the text (0 for a text without words: such a text matches nothing).
  std::uint32_t shingles = 0;

  bool empty() const noexcept { return shingles == 0; }
  friend bool operator==(const Signature&, const Signature&) = default;
};

/// Signature of `text` (any UTF-8; invalid bytes are read as U+FFFD and never throw). A text of
/// fewer than kShingleWords words is one shingle of all its words.
Signature signature(std::string_view text);

/// The hashed shingles of `text`, sorted and distinct: what signature() summarizes. For exact
/// Jaccard checks and tests.
std::vector<std::uint64_t> shingle_hashes(std::string_view text);

/// Exact Jaccard similarity of two sorted, distinct hash sets (0 when both are empty).
double exact_jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) noexcept;

/// Estimated Jaccard similarity of the texts behind two signatures, in [0, 1]; 0 if either
/// text had no words.
double estimate_jaccard(const Signature& a, const Signature& b) noexcept;

/// Fixed-size bytes (magic, version, shingle count, the hashes little-endian) for storing in
/// an archive. deserialize() throws FormatError when the bytes are not such a record.
std::string serialize(const Signature& sig);
Signature deserialize(std::string_view bytes);
inline constexpr std::size_t kSerializedSize = 8 + 4 * kNumHashes;

/// How a new article joins clusters.
enum class Linkage : std::uint8_t {
  /// It joins the cluster of the first article of any cluster it resembles most (at or above
  /// the threshold), never merging clusters: cluster ids never change, and a family of
  /// templated texts (condolence cables, weather forecasts) is not chained into one cluster.
  kLeader,
  /// Single linkage: it joins every cluster holding a document it resembles, merging them
  /// (AddResult::absorbed). Finds chains of edits; chains templated texts too.
  kSingle,
};

struct LshOptions {
  /// Two texts are near-duplicates when their estimated Jaccard similarity reaches this…
  double threshold = 0.5;
  /// …or when at least this share of the shorter text's shingles is in the longer one (a
  /// republication cut to its first paragraphs, or carried whole inside a roundup) and their
  /// Jaccard similarity still reaches containment_min_jaccard. 0 turns the rule off.
  double containment = 0.8;
  double containment_min_jaccard = 0.35;
  /// Banding: bands * rows must be kNumHashes. 64 × 2 finds pairs at J = 0.35 with p ≈ 1.0
  /// (32 × 4: p ≈ 0.38) and at J = 0.5 with p ≈ 1.0 (32 × 4: 0.87); more rows are faster.
  std::uint32_t bands = 64;
  std::uint32_t rows = 2;
  Linkage linkage = Linkage::kLeader;
};

/// A document found similar to the one being added.
struct Match {
  std::string key;
  double similarity = 0;   ///< estimated Jaccard
  double containment = 0;  ///< estimated share of the shorter text's shingles found in the other
};

/// Estimated share of the shorter text's shingles that the other text has too, from the
/// Jaccard estimate and the shingle counts (|A ∩ B| = J (|A| + |B|) / (1 + J)); 0 if either is empty.
double estimate_containment(const Signature& a, const Signature& b) noexcept;

/// What LshIndex::add() did with a document.
struct AddResult {
  std::string cluster;                ///< the cluster id the document now has (a document key)
  std::vector<Match> matches;         ///< earlier documents at or above the threshold, best first
  std::vector<std::string> absorbed;  ///< Linkage::kSingle only: cluster ids that no longer
                                      ///< exist, their members now in `cluster` (rewrite them)
};

/// Clusters documents as they come. Not thread-safe; one writer adds in archive order, so
/// re-adding the stored signatures in the same order rebuilds the same clusters.
class LshIndex {
 public:
  /// Throws InputError if bands * rows != kNumHashes or the threshold is outside (0, 1].
  explicit LshIndex(LshOptions opts = {});
  ~LshIndex();
  LshIndex(LshIndex&&) noexcept;
  LshIndex& operator=(LshIndex&&) noexcept;

  /// Adds a document. Its cluster id is the key of the first member of its cluster, so a
  /// document with no near-duplicate is a cluster of its own whose id is its key. Throws
  /// InputError if `key` was added before.
  AddResult add(std::string_view key, const Signature& sig);

  /// Cluster id of a document added before; InputError for an unknown key.
  std::string cluster_of(std::string_view key) const;

  /// Estimated Jaccard similarity of two documents added before; InputError for an unknown key.
  double similarity(std::string_view a, std::string_view b) const;

  /// Clusters of at least `min_size` documents, each in order of addition, the clusters in
  /// order of their oldest member.
  std::vector<std::vector<std::string>> clusters(std::size_t min_size = 2) const;

  std::size_t size() const noexcept;
  const LshOptions& options() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::dedup
