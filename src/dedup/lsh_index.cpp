// LSH banding over MinHash signatures, with union-find clusters.
#include <algorithm>
#include <unordered_map>

#include "marsad/dedup.h"
#include "marsad/error.h"

namespace marsad::dedup {

struct LshIndex::Impl {
  LshOptions opts;
  std::vector<std::string> keys;        // by ordinal (order of addition)
  std::vector<Signature> sigs;          // kept to verify candidates
  std::vector<std::uint32_t> parent;    // union-find; a root is the oldest member
  std::unordered_map<std::string, std::uint32_t> ordinal;
  // One table per band: hash of the band's rows → ordinals that share it.
  std::vector<std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>> bands;

  bool near_duplicate(double j, double c) const noexcept {
    return j >= opts.threshold ||
           (opts.containment > 0 && c >= opts.containment && j >= opts.containment_min_jaccard);
  }

  std::uint32_t lookup(std::string_view key) const {
    auto it = ordinal.find(std::string(key));
    if (it == ordinal.end()) throw InputError("dedup: unknown document key: " + std::string(key));
    return it->second;
  }

  std::uint32_t find(std::uint32_t x) noexcept {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];  // path halving
    return x;
  }

  std::uint64_t band_hash(const Signature& sig, std::uint32_t band) const noexcept {
    std::uint64_t h = 0x84222325cbf29ce4ULL ^ band;
    for (std::uint32_t r = 0; r < opts.rows; ++r)
      h = (h ^ sig.minhash[band * opts.rows + r]) * 0x100000001b3ULL;
    return h;
  }

  // Leader linkage: the best match whose cluster's first article is a near-duplicate too gives
  // the cluster, so an exact copy always lands beside its original, and a family of templated
  // texts (condolences, forecasts) is not chained through its members into one cluster.
  void link_leader(std::uint32_t self, const Signature& sig,
                   const std::vector<std::pair<std::uint32_t, Match>>& matched) noexcept {
    for (const auto& [c, match] : matched) {
      std::uint32_t root = find(c);
      if (near_duplicate(estimate_jaccard(sig, sigs[root]), estimate_containment(sig, sigs[root]))) {
        parent[self] = root;
        return;
      }
    }
  }

  // Single linkage: every matched cluster merges into the oldest one.
  void link_single(std::uint32_t self, const std::vector<std::pair<std::uint32_t, Match>>& matched,
                   std::vector<std::string>& absorbed) {
    std::vector<std::uint32_t> roots;
    for (const auto& [c, match] : matched) roots.push_back(find(c));
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    if (roots.empty()) return;
    parent[self] = roots.front();
    for (std::size_t i = 1; i < roots.size(); ++i) {
      parent[roots[i]] = roots.front();
      absorbed.push_back(keys[roots[i]]);
    }
  }

  std::vector<std::uint32_t> candidates(const Signature& sig, std::vector<std::uint64_t>& hashes) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t b = 0; b < opts.bands; ++b) {
      hashes[b] = band_hash(sig, b);
      auto it = bands[b].find(hashes[b]);
      if (it != bands[b].end()) out.insert(out.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
};

LshIndex::LshIndex(LshOptions opts) : impl_(std::make_unique<Impl>()) {
  if (opts.bands == 0 || opts.rows == 0 || std::size_t(opts.bands) * opts.rows != kNumHashes)
    throw InputError("dedup: bands × rows must be " + std::to_string(kNumHashes) + ", got " +
                     std::to_string(opts.bands) + " × " + std::to_string(opts.rows));
  if (!(opts.threshold > 0.0 && opts.threshold <= 1.0))
    throw InputError("dedup: threshold must be in (0, 1], got " + std::to_string(opts.threshold));
  if (!(opts.containment >= 0.0 && opts.containment <= 1.0 && opts.containment_min_jaccard >= 0.0))
    throw InputError("dedup: containment must be in [0, 1] with a non-negative Jaccard floor");
  impl_->opts = opts;
  impl_->bands.resize(opts.bands);
}

LshIndex::~LshIndex() = default;
LshIndex::LshIndex(LshIndex&&) noexcept = default;
LshIndex& LshIndex::operator=(LshIndex&&) noexcept = default;

AddResult LshIndex::add(std::string_view key, const Signature& sig) {
  Impl& m = *impl_;
  const auto self = static_cast<std::uint32_t>(m.keys.size());
  if (!m.ordinal.emplace(std::string(key), self).second)
    throw InputError("dedup: document key added twice: " + std::string(key));
  m.keys.emplace_back(key);
  m.sigs.push_back(sig);
  m.parent.push_back(self);

  AddResult result;
  if (sig.empty()) {  // no words: nothing to compare, a cluster of its own
    result.cluster = m.keys[self];
    return result;
  }
  std::vector<std::uint64_t> hashes(m.opts.bands);
  std::vector<std::pair<std::uint32_t, Match>> matched;  // (ordinal, match)
  for (std::uint32_t c : m.candidates(sig, hashes)) {
    double j = estimate_jaccard(sig, m.sigs[c]), cont = estimate_containment(sig, m.sigs[c]);
    if (m.near_duplicate(j, cont)) matched.push_back({c, Match{m.keys[c], j, cont}});
  }
  for (std::uint32_t b = 0; b < m.opts.bands; ++b) m.bands[b][hashes[b]].push_back(self);
  std::stable_sort(matched.begin(), matched.end(),
                   [](const auto& a, const auto& b) { return a.second.similarity > b.second.similarity; });
  if (m.opts.linkage == Linkage::kLeader) m.link_leader(self, sig, matched);
  else m.link_single(self, matched, result.absorbed);
  for (auto& [c, match] : matched) result.matches.push_back(std::move(match));
  result.cluster = m.keys[m.find(self)];
  return result;
}

std::string LshIndex::cluster_of(std::string_view key) const {
  return impl_->keys[impl_->find(impl_->lookup(key))];
}

double LshIndex::similarity(std::string_view a, std::string_view b) const {
  return estimate_jaccard(impl_->sigs[impl_->lookup(a)], impl_->sigs[impl_->lookup(b)]);
}

std::vector<std::vector<std::string>> LshIndex::clusters(std::size_t min_size) const {
  Impl& m = *impl_;
  std::unordered_map<std::uint32_t, std::size_t> slot;  // root → position in out
  std::vector<std::vector<std::string>> out;
  std::vector<std::size_t> sizes(m.keys.size(), 0);
  for (std::uint32_t i = 0; i < m.keys.size(); ++i) ++sizes[m.find(i)];
  for (std::uint32_t i = 0; i < m.keys.size(); ++i) {
    std::uint32_t r = m.find(i);
    if (sizes[r] < std::max<std::size_t>(min_size, 1)) continue;
    auto [it, fresh] = slot.emplace(r, out.size());
    if (fresh) out.emplace_back();
    out[it->second].push_back(m.keys[i]);
  }
  return out;
}

std::size_t LshIndex::size() const noexcept { return impl_->keys.size(); }
const LshOptions& LshIndex::options() const noexcept { return impl_->opts; }

}  // namespace marsad::dedup
