// Facets over every match of a query, counted by Xapian match spies while it ranks: sources
// and months (one value per article: Xapian's ValueCountMatchSpy), entities (several per
// article, so a spy of our own splits the stored list).
#pragma once

#include <map>
#include <memory>
#include <string>

#include <xapian.h>

#include "marsad/search.h"

namespace marsad::index::detail {

class EntitySpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  std::vector<FacetValue> top(std::size_t n) const;

 private:
  std::map<std::string, std::uint64_t, std::less<>> counts_;
};

/// The spies of one search; attach() them before get_mset, then read().
class FacetCounter {
 public:
  FacetCounter();
  void attach(Xapian::Enquire& enquire);
  Facets read(std::size_t n) const;

 private:
  Xapian::ValueCountMatchSpy sources_, months_;
  EntitySpy entities_;
};

}  // namespace marsad::index::detail
