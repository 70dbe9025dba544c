// marsad/analysis.h: what marsad finds in one article — the shared result types.
//
//   marsad::Analyzer analyzer;                        // loads the default models once
//   marsad::Analysis a = analyzer.analyze(doc, {.date = "2024-09-28"});
//   for (const auto& e : a.entities) std::cout << e.name << '\n';
//   nlohmann::json j = marsad::to_json(a);            // offsets become code points here
//
// All spans are byte ranges into Document::text. The modules that fill each part have their
// own headers (ner.h, time.h, quotes.h, summary.h); this one holds the types they share.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "marsad/document.h"

namespace marsad {

struct Span {
  std::uint32_t begin = 0;  ///< byte offset into Document::text
  std::uint32_t end = 0;
  /// The bytes this span shares with `o` (0 when they do not meet).
  std::uint32_t overlap(Span o) const noexcept {
    const std::uint32_t b = begin > o.begin ? begin : o.begin, e = end < o.end ? end : o.end;
    return e > b ? e - b : 0;
  }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class EntityType : std::uint8_t { kPerson, kLocation, kOrganization, kMisc };
std::string_view entity_type_name(EntityType type) noexcept;  ///< "PER" "LOC" "ORG" "MISC"
EntityType parse_entity_type(std::string_view name);          ///< throws InputError

/// One real-world thing named in the article, with all its mentions merged.
struct Entity {
  std::string id;    ///< stable within the article: "e1", "e2", …
  EntityType type = EntityType::kMisc;
  std::string name;  ///< canonical name: the longest full mention, clitics removed
  std::vector<std::string> titles;  ///< roles attached to it: "وزير الدفاع العراقي"
  std::vector<Span> mentions;
};

/// A TIMEX3 time expression.
struct TimeExpression {
  Span span;
  std::string type;   ///< DATE, TIME, DURATION or SET
  std::string value;  ///< TIMEX3 value: 2025-09, 2024-W38, P2Y, XXXX-09 (unresolved), PRESENT_REF
  std::string mod;    ///< START, END, MID, BEFORE, AFTER, APPROX, … or empty
};

enum class QuoteKind : std::uint8_t { kDirect, kIndirect };

/// Who said what.
struct Quote {
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                   ///< the quoted or reported content
  Span cue;                    ///< the speech verb or phrase: قال، أضاف، بحسب
  Span speaker_span;           ///< where the speaker is named (empty if only implied)
  std::string speaker;         ///< name or description: "مسؤول دفاعي كبير"
  std::string speaker_entity;  ///< Entity::id of the speaker, or empty
};

/// One dated statement of the article.
struct TimelineEntry {
  std::string value;                  ///< the normalized time value it is placed at
  Span time;                          ///< the time expression
  Span sentence;                      ///< the sentence that states it
  std::vector<std::string> entities;  ///< ids of entities mentioned in that sentence
};

struct Analysis {
  Document document;
  std::string date;  ///< the reference date used (YYYY-MM-DD), or empty
  std::vector<Entity> entities;
  std::vector<TimeExpression> times;
  std::vector<Quote> quotes;
  std::vector<std::string> keyphrases;
  std::vector<Span> summary;  ///< sentences, in article order
  std::vector<TimelineEntry> timeline;
};

struct AnalyzeOptions {
  std::string date;           ///< reference date; empty = the document's own date, if any
  std::size_t summary_sentences = 3;
  std::size_t keyphrases = 10;
};

namespace ner {
class Recognizer;
}

/// How entities are found. kFast: the feature model alone (the default; about 250,000 words
/// a second). kAccurate: a neural tagger adds the entities the feature model missed (foreign
/// names, the whole extent of long names): more entities, about 0.9 F1 more on ANERcorp's
/// dev part, the same F1 on modern news (four hand-annotated sets: +0.7, −0.8, +1.2, −1.2;
/// the feature model has learnt most of what the network added there from news the
/// network labelled), at about 24,000 words a second.
enum class NerMode : std::uint8_t { kFast, kAccurate };

/// Runs the whole pipeline. Construct once (loads models), then call from any thread.
class Analyzer {
 public:
  explicit Analyzer(NerMode ner = NerMode::kFast);
  /// With a recognizer of one's own (model files: ner::Recognizer's constructors).
  explicit Analyzer(std::unique_ptr<const ner::Recognizer> recognizer);
  ~Analyzer();
  Analysis analyze(const Document& doc, const AnalyzeOptions& opts = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// JSON with code-point offsets (the format `marsad analyze --format json` prints):
///   {id, title, date, source, url, [author], reference_date, text, title_start, title_end,
///    body_start, entities[{id,type,name,titles[],mentions[{text,start,end}]}],
///    times[{text,start,end,type,value,mod}],
///    quotes[{speaker,speaker_entity,cue,kind:"direct"|"indirect",text,start,end,
///            cue_start,cue_end,speaker_start,speaker_end}],
///    keyphrases[], summary[{text,start,end}],
///    timeline[{value,text,start,end,time:{text,start,end},entities[]}]}
/// start/end are code-point offsets into `text`, end exclusive.
nlohmann::json to_json(const Analysis& analysis);
/// The same JSON as text, as to_json(analysis).dump(indent) prints it (keys in byte order;
/// -1: one line), written without building the tree; text that is not UTF-8 gets U+FFFD.
std::string dump_json(const Analysis& analysis, int indent = -1);
/// Reads what to_json wrote (used by the archive to keep analyses without re-running them);
/// to_json(analysis_from_json(to_json(a))) == to_json(a). Throws FormatError saying which
/// field is missing, mistyped or out of the text.
Analysis analysis_from_json(const nlohmann::json& j);

/// Renders an analysis the way `marsad analyze --format` prints it: "json" (indented),
/// "jsonl" (one line), "text" (a report for the terminal), "html" (a standalone right-to-left
/// page with entities, times and quotes marked on the text, everything escaped), "timeml"
/// (TimeML with inline TIMEX3) or "conllu" (one token per line, NER BIO tags in MISC).
/// Throws InputError for any other format name.
std::string render(const Analysis& analysis, std::string_view format);

}  // namespace marsad
