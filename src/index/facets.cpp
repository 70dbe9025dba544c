#include "index/facets.h"

#include <algorithm>

#include "index/format.h"

namespace marsad::index::detail {
namespace {

std::vector<FacetValue> top_values(const Xapian::ValueCountMatchSpy& spy, std::size_t n) {
  std::vector<FacetValue> out;
  for (auto it = spy.top_values_begin(n); it != spy.top_values_end(n); ++it)
    out.push_back({*it, it.get_termfreq()});
  return out;
}

}  // namespace

void EntitySpy::operator()(const Xapian::Document& doc, double) {
  std::string names = doc.get_value(kSlotEntities);
  std::string_view rest = names;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view name = rest.substr(0, nl);
    auto it = counts_.find(name);
    if (it == counts_.end()) counts_.emplace(std::string(name), 1);
    else ++it->second;
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
}

std::vector<FacetValue> EntitySpy::top(std::size_t n) const {
  std::vector<FacetValue> all;
  for (const auto& [name, count] : counts_) all.push_back({name, count});
  std::size_t keep = std::min(n, all.size());
  std::partial_sort(all.begin(), all.begin() + keep, all.end(),
                    [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
  all.resize(keep);
  return all;
}

FacetCounter::FacetCounter() : sources_(kSlotSource), months_(kSlotMonth) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  enquire.add_matchspy(&sources_);
  enquire.add_matchspy(&months_);
  enquire.add_matchspy(&entities_);
}

Facets FacetCounter::read(std::size_t n) const {
  Facets f;
  f.sources = top_values(sources_, n);
  f.months = top_values(months_, n);
  f.entities = entities_.top(n);
  // Months read better in time order than by count.
  std::sort(f.months.begin(), f.months.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  return f;
}

}  // namespace marsad::index::detail
