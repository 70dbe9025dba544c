// to_json / analysis_from_json: byte spans inside, code points outside.
#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad {
namespace {

using nlohmann::json;

class Writer {
 public:
  explicit Writer(std::string_view text) : text_(text), index_(text) {}
  std::size_t cp(std::uint32_t byte) const { return index_.to_codepoint(byte); }
  std::string_view cut(Span s) const { return text_.substr(s.begin, s.end - s.begin); }
  json span(Span s) const { return {{"text", cut(s)}, {"start", cp(s.begin)}, {"end", cp(s.end)}}; }

 private:
  std::string_view text_;
  text::CodepointIndex index_;
};

json entity_json(const Writer& w, const Entity& e) {
  json mentions = json::array();
  for (const Span& m : e.mentions) mentions.push_back(w.span(m));
  return {{"id", e.id}, {"type", entity_type_name(e.type)}, {"name", e.name},
          {"titles", e.titles}, {"mentions", mentions}};
}

json quote_json(const Writer& w, const Quote& q) {
  json j = w.span(q.span);
  j["speaker"] = q.speaker;
  j["speaker_entity"] = q.speaker_entity;
  j["cue"] = w.cut(q.cue);
  j["kind"] = q.kind == QuoteKind::kDirect ? "direct" : "indirect";
  j["cue_start"] = w.cp(q.cue.begin);
  j["cue_end"] = w.cp(q.cue.end);
  j["speaker_start"] = w.cp(q.speaker_span.begin);
  j["speaker_end"] = w.cp(q.speaker_span.end);
  return j;
}

// Reading: every access names the field it wanted, so a damaged record says what is wrong.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text), index_(text), size_(text::count_codepoints(text)) {}

  static const json& field(const json& j, const char* key, const std::string& where) {
    if (!j.is_object()) throw FormatError(where + ": expected an object");
    auto it = j.find(key);
    if (it == j.end()) throw FormatError(where + ": missing field '" + key + "'");
    return *it;
  }
  static std::string str(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_string()) throw FormatError(where + "." + key + ": expected a string");
    return v.get<std::string>();
  }
  static std::string opt_str(const json& j, const char* key, const std::string& where) {
    return j.contains(key) ? str(j, key, where) : std::string();
  }
  std::uint32_t byte(const json& j, const char* key, const std::string& where) const {
    const json& v = field(j, key, where);
    if (!v.is_number_unsigned() || v.get<std::uint64_t>() > size_)
      throw FormatError(where + "." + key + ": expected an offset within the text (0.." +
                        std::to_string(size_) + ")");
    return static_cast<std::uint32_t>(index_.to_byte(v.get<std::size_t>()));
  }
  Span span(const json& j, const char* start, const char* end, const std::string& where) const {
    Span s{byte(j, start, where), byte(j, end, where)};
    if (s.end < s.begin) throw FormatError(where + ": span ends before it starts");
    return s;
  }
  static const json& array(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_array()) throw FormatError(where + "." + key + ": expected an array");
    return v;
  }

 private:
  std::string_view text_;
  text::CodepointIndex index_;
  std::size_t size_;
};

std::vector<std::string> strings(const json& arr, const std::string& where) {
  std::vector<std::string> out;
  for (const json& s : arr) {
    if (!s.is_string()) throw FormatError(where + ": expected strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

Document read_document(const json& j) {
  Document d;
  d.id = Reader::str(j, "id", "analysis");
  d.title = Reader::str(j, "title", "analysis");
  d.date = Reader::str(j, "date", "analysis");
  d.source = Reader::str(j, "source", "analysis");
  d.url = Reader::str(j, "url", "analysis");
  d.author = Reader::opt_str(j, "author", "analysis");
  d.text = Reader::str(j, "text", "analysis");
  Reader r(d.text);
  Span title = r.span(j, "title_start", "title_end", "analysis");
  d.title_begin = title.begin;
  d.title_end = title.end;
  d.body_begin = r.byte(j, "body_start", "analysis");
  d.body = d.text.substr(d.body_begin);
  return d;
}

}  // namespace

json to_json(const Analysis& a) {
  const Document& d = a.document;
  Writer w(d.text);
  json j = {{"id", d.id}, {"title", d.title}, {"date", d.date}, {"source", d.source}, {"url", d.url}};
  if (!d.author.empty()) j["author"] = d.author;
  j["reference_date"] = a.date;
  j["text"] = d.text;
  j["title_start"] = w.cp(d.title_begin);
  j["title_end"] = w.cp(d.title_end);
  j["body_start"] = w.cp(d.body_begin);
  j["entities"] = json::array();
  for (const Entity& e : a.entities) j["entities"].push_back(entity_json(w, e));
  j["times"] = json::array();
  for (const TimeExpression& t : a.times) {
    json tj = w.span(t.span);
    tj.update({{"type", t.type}, {"value", t.value}, {"mod", t.mod}});
    j["times"].push_back(std::move(tj));
  }
  j["quotes"] = json::array();
  for (const Quote& q : a.quotes) j["quotes"].push_back(quote_json(w, q));
  j["keyphrases"] = a.keyphrases;
  j["summary"] = json::array();
  for (const Span& s : a.summary) j["summary"].push_back(w.span(s));
  j["timeline"] = json::array();
  for (const TimelineEntry& t : a.timeline) {
    json tj = w.span(t.sentence);
    tj["value"] = t.value;
    tj["time"] = w.span(t.time);
    tj["entities"] = t.entities;
    j["timeline"].push_back(std::move(tj));
  }
  return j;
}

Analysis analysis_from_json(const json& j) {
  Analysis a;
  a.document = read_document(j);
  a.date = Reader::str(j, "reference_date", "analysis");
  Reader r(a.document.text);
  for (const json& e : Reader::array(j, "entities", "analysis")) {
    Entity ent;
    ent.id = Reader::str(e, "id", "entity");
    try {
      ent.type = parse_entity_type(Reader::str(e, "type", "entity " + ent.id));
    } catch (const InputError& err) {
      throw FormatError("entity " + ent.id + ": " + err.message());
    }
    ent.name = Reader::str(e, "name", "entity " + ent.id);
    ent.titles = strings(Reader::array(e, "titles", "entity " + ent.id), "entity " + ent.id);
    for (const json& m : Reader::array(e, "mentions", "entity " + ent.id))
      ent.mentions.push_back(r.span(m, "start", "end", "entity " + ent.id + " mention"));
    a.entities.push_back(std::move(ent));
  }
  for (const json& t : Reader::array(j, "times", "analysis"))
    a.times.push_back({r.span(t, "start", "end", "time"), Reader::str(t, "type", "time"),
                       Reader::str(t, "value", "time"), Reader::str(t, "mod", "time")});
  for (const json& q : Reader::array(j, "quotes", "analysis")) {
    Quote quote;
    std::string kind = Reader::str(q, "kind", "quote");
    if (kind != "direct" && kind != "indirect")
      throw FormatError("quote.kind: expected direct or indirect, not '" + kind + "'");
    quote.kind = kind == "direct" ? QuoteKind::kDirect : QuoteKind::kIndirect;
    quote.span = r.span(q, "start", "end", "quote");
    quote.cue = r.span(q, "cue_start", "cue_end", "quote");
    quote.speaker_span = r.span(q, "speaker_start", "speaker_end", "quote");
    quote.speaker = Reader::str(q, "speaker", "quote");
    quote.speaker_entity = Reader::str(q, "speaker_entity", "quote");
    a.quotes.push_back(std::move(quote));
  }
  a.keyphrases = strings(Reader::array(j, "keyphrases", "analysis"), "analysis.keyphrases");
  for (const json& s : Reader::array(j, "summary", "analysis"))
    a.summary.push_back(r.span(s, "start", "end", "summary"));
  for (const json& t : Reader::array(j, "timeline", "analysis")) {
    TimelineEntry e;
    e.value = Reader::str(t, "value", "timeline");
    e.sentence = r.span(t, "start", "end", "timeline");
    e.time = r.span(Reader::field(t, "time", "timeline"), "start", "end", "timeline.time");
    e.entities = strings(Reader::array(t, "entities", "timeline"), "timeline.entities");
    a.timeline.push_back(std::move(e));
  }
  return a;
}

}  // namespace marsad
