// From tagged words to entities: mention spans without proclitics, document-level
// consistency, merging of short and full names, and titles.
#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"
#include "ner/model.h"

namespace marsad::ner {

/// A stretch of tokens tagged as one entity.
struct Mention {
  std::uint32_t first = 0, last = 0;  ///< token indices, half-open
  std::uint32_t sentence = 0;
  int type = 0;                       ///< 0 PERS, 1 LOC, 2 ORG, 3 MISC
  Span span;                          ///< bytes of the name alone (proclitics cut)
  std::vector<std::string> key;       ///< normalized words, the first one as written alone
  std::string display;                ///< the name in the article's spelling
  bool typed_by_context = false;      ///< its type comes from the words around it, not votes
};

/// How a word splits into proclitics + name (see name_readings). A reading is taken when it is
/// a word of a name tagged elsewhere in the article (`known`), a country or city, or else when it is
/// `margin` times as frequent as the word as written and seen `min_count` times in the
/// clusters' corpus. Returns the bytes of `norm` to skip and the form.
std::pair<std::size_t, std::string> choose_reading(const Model& model, std::string_view norm,
                                                   const std::set<std::string>& known,
                                                   double margin, std::uint32_t min_count);

/// Everything after tagging. `labels[s]` holds the labels of sentence s's tokens.
std::vector<Entity> resolve(const Model& model, std::string_view text,
                            std::span<const text::Token> tokens,
                            std::span<const text::Sentence> sentences,
                            const std::vector<std::vector<int>>& labels);
/// The same with every token already search-normalized (`norm[t]` for token t).
std::vector<Entity> resolve(const Model& model, std::string_view text,
                            std::span<const text::Token> tokens,
                            std::span<const text::Sentence> sentences,
                            const std::vector<std::vector<int>>& labels, std::span<const std::string> norm);

}  // namespace marsad::ner
