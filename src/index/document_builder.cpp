#include "index/document_builder.h"

#include <set>

#include "index/format.h"
#include "index/query_parser.h"
#include "index/ranking.h"
#include "index/terms.h"
#include "marsad/error.h"

namespace marsad::index::detail {
namespace {

// Positions jump between title and body so that a phrase never spans the two.
constexpr Xapian::termpos kTitleBodyGap = 100;
constexpr std::size_t kMaxIdBytes = 200;

bool is_digit(char c) { return c >= '0' && c <= '9'; }


void index_text(const Document& d, Xapian::Document& doc) {
  Xapian::termpos pos = 0;
  bool in_title = true;
  for (const auto& t : analyze_terms(d.text)) {
    bool title = t.begin >= d.title_begin && t.end <= d.title_end && d.title_end > d.title_begin;
    if (in_title && !title) {
      in_title = false;
      pos += kTitleBodyGap;
    }
    ++pos;
    Xapian::termcount wdf = title ? kTitleWdf : 1;
    const WordForms& f = t.forms;
    // W only where the clitic-free word differs: elsewhere the surface term stands for it
    // (query_builder.cpp looks for either), which saves a fifth of the archive.
    bool own_word = f.word == f.surface;
    doc.add_posting(f.surface, pos, wdf);
    if (!own_word) doc.add_posting(std::string(kPrefixWord) + f.word, pos, wdf);
    doc.add_term(std::string(kPrefixStem) + f.stem, wdf);  // stems are never in phrases: no positions
    if (!title) continue;
    doc.add_posting(std::string(kPrefixTitle) + f.surface, pos);
    if (!own_word) doc.add_posting(std::string(kPrefixTitle) + std::string(kPrefixWord) + f.word, pos);
    doc.add_term(std::string(kPrefixTitle) + std::string(kPrefixStem) + f.stem);
  }
}

void index_entities(const Analysis& a, Xapian::Document& doc) {
  std::set<std::string> names;
  for (const auto& e : a.entities) {
    std::string norm = normalize_name(e.name);
    if (norm.empty() || norm.size() > kMaxTermBytes) continue;
    doc.add_boolean_term(std::string(kPrefixEntity) + norm);
    doc.add_boolean_term(std::string(kPrefixType) + std::string(entity_type_name(e.type)));
    for (const auto& t : analyze_terms(e.name))
      doc.add_boolean_term(std::string(kPrefixEntityWord) + t.forms.word);
    names.insert(e.name);
  }
  std::string joined;
  for (const auto& n : names) {
    if (!joined.empty()) joined.push_back('\n');
    joined += n;
  }
  if (!joined.empty()) doc.add_value(kSlotEntities, joined);
}

}  // namespace

std::string date_key(std::string_view date) {
  if (date.size() < 10) return {};
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(date[i])) return {};
  if (date[4] != '-' || date[7] != '-') return {};
  return std::string(date.substr(0, 10));
}

PreparedDocument prepare_document(const Analysis& analysis) {
  const Document& d = analysis.document;
  if (d.id.empty()) throw InputError("article without an id");
  if (d.id.size() > kMaxIdBytes)
    throw InputError("article id longer than " + std::to_string(kMaxIdBytes) + " bytes: " +
                     d.id.substr(0, 40) + "…");
  PreparedDocument p;
  p.id = d.id;
  p.doc.add_boolean_term(id_term(d.id));
  index_text(d, p.doc);
  index_entities(analysis, p.doc);
  if (std::string key = date_key(d.date); !key.empty()) {
    p.doc.add_value(kSlotDate, key);
    p.doc.add_value(kSlotMonth, key.substr(0, 7));
  }
  if (!d.source.empty()) {
    p.doc.add_value(kSlotSource, d.source);
    p.doc.add_boolean_term(std::string(kPrefixSource) + text::normalize_search(d.source));
  }
  p.signature = dedup::signature(d.body.empty() ? std::string_view(d.text) : std::string_view(d.body));
  p.doc.add_value(kSlotSignature, dedup::serialize(p.signature));
  p.record = encode_article(analysis);
  return p;
}

}  // namespace marsad::index::detail
