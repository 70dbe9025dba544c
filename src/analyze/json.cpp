// dump_json, to_json / analysis_from_json: byte spans inside, code points outside.
#include <charconv>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad {
namespace {

using nlohmann::json;

// Writes JSON text directly, as nlohmann::json::dump(indent, ' ', false, replace) prints the
// same values (keys in byte order, which each writer below keeps by hand; "[]" and "{}" when
// empty): building the tree first took a twentieth of `marsad analyze`.
class Out {
 public:
  Out(std::string& out, int indent) : s_(out), indent_(indent) {}
  void open(char c) {
    s_ += c;
    first_.push_back(true);
  }
  void close(char c) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    s_ += c;
  }
  void key(std::string_view k) {
    item();
    string(k);
    s_ += indent_ >= 0 ? ": " : ":";
  }
  void item() {  // before an array's element or an object's key
    if (!first_.back()) s_ += ',';
    first_.back() = false;
    newline();
  }
  void number(std::size_t n) {
    char buf[24];
    s_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
  }
  void string(std::string_view v) {
    const std::size_t at = s_.size();
    s_ += '"';
    std::size_t plain = 0;  // bytes copied as they are, from here
    for (std::size_t i = 0; i < v.size();) {
      const auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80) {  // checked as it goes: text that is not UTF-8 gets U+FFFD where nlohmann puts it
        int len;
        if (text::decode_utf8(v, i, len) == text::kReplacementChar && v.substr(i, 3) != "\xEF\xBF\xBD") {
          s_.resize(at);
          s_ += json(std::string(v)).dump(-1, ' ', false, json::error_handler_t::replace);
          return;
        }
        i += static_cast<std::size_t>(len);
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      s_.append(v.substr(plain, i - plain));
      plain = ++i;
      switch (c) {
        case '"': s_ += "\\\""; break;
        case '\\': s_ += "\\\\"; break;
        case '\b': s_ += "\\b"; break;
        case '\f': s_ += "\\f"; break;
        case '\n': s_ += "\\n"; break;
        case '\r': s_ += "\\r"; break;
        case '\t': s_ += "\\t"; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          s_ += "\\u00";
          s_ += kHex[c >> 4];
          s_ += kHex[c & 15];
        }
      }
    }
    s_.append(v.substr(plain));
    s_ += '"';
  }
  void strings(const std::vector<std::string>& list) {
    open('[');
    for (const std::string& x : list) item(), string(x);
    close(']');
  }

 private:
  void newline() {
    if (indent_ < 0) return;
    s_ += '\n';
    s_.append(first_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  std::string& s_;
  int indent_;
  std::vector<bool> first_;  // per open array or object: nothing written in it yet
};

class Writer {
 public:
  Writer(std::string_view text, Out& out) : text_(text), index_(text), o_(out) {}
  std::string_view cut(Span s) const { return text_.substr(s.begin, s.end - s.begin); }
  void field(std::string_view k, std::string_view v) { o_.key(k), o_.string(v); }
  void offset(std::string_view k, std::uint32_t byte) { o_.key(k), o_.number(index_.to_codepoint(byte)); }
  // "end", "start" and "text" of a span, in an object already open; `between` writes the keys
  // that sort after "end" and before "start".
  template <typename F>
  void span_fields(Span s, F between) {
    offset("end", s.end);
    between();
    offset("start", s.begin);
    field("text", cut(s));
  }
  void span(Span s) {
    o_.open('{');
    span_fields(s, [] {});
    o_.close('}');
  }
  void entity(const Entity& e) {
    o_.open('{');
    field("id", e.id);
    list("mentions", e.mentions, [&](const Span& m) { span(m); });
    field("name", e.name);
    o_.key("titles");
    o_.strings(e.titles);
    field("type", entity_type_name(e.type));
    o_.close('}');
  }
  void time(const TimeExpression& t) {
    o_.open('{');
    span_fields(t.span, [&] { field("mod", t.mod); });
    field("type", t.type);
    field("value", t.value);
    o_.close('}');
  }
  void quote(const Quote& q) {
    o_.open('{');
    field("cue", cut(q.cue));
    offset("cue_end", q.cue.end);
    offset("cue_start", q.cue.begin);
    offset("end", q.span.end);
    field("kind", q.kind == QuoteKind::kDirect ? "direct" : "indirect");
    field("speaker", q.speaker);
    offset("speaker_end", q.speaker_span.end);
    field("speaker_entity", q.speaker_entity);
    offset("speaker_start", q.speaker_span.begin);
    offset("start", q.span.begin);
    field("text", cut(q.span));
    o_.close('}');
  }
  void timeline(const TimelineEntry& t) {
    o_.open('{');
    span_fields(t.sentence, [&] {
      o_.key("entities");
      o_.strings(t.entities);
    });
    o_.key("time");
    span(t.time);
    field("value", t.value);
    o_.close('}');
  }
  template <typename T, typename F>
  void list(std::string_view k, const std::vector<T>& items, F each) {
    o_.key(k);
    o_.open('[');
    for (const T& x : items) o_.item(), each(x);
    o_.close(']');
  }

 private:
  std::string_view text_;
  text::CodepointIndex index_;
  Out& o_;
};

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

std::string dump_json(const Analysis& a, int indent) {
  const Document& d = a.document;
  std::string s;
  s.reserve(2 * d.text.size() + 4096);
  Out o(s, indent);
  Writer w(d.text, o);
  o.open('{');
  if (!d.author.empty()) w.field("author", d.author);
  w.offset("body_start", d.body_begin);
  w.field("date", d.date);
  w.list("entities", a.entities, [&](const Entity& e) { w.entity(e); });
  w.field("id", d.id);
  o.key("keyphrases");
  o.strings(a.keyphrases);
  w.list("quotes", a.quotes, [&](const Quote& q) { w.quote(q); });
  w.field("reference_date", a.date);
  w.field("source", d.source);
  w.list("summary", a.summary, [&](const Span& x) { w.span(x); });
  w.field("text", d.text);
  w.list("timeline", a.timeline, [&](const TimelineEntry& t) { w.timeline(t); });
  w.list("times", a.times, [&](const TimeExpression& t) { w.time(t); });
  w.field("title", d.title);
  w.offset("title_end", d.title_end);
  w.offset("title_start", d.title_begin);
  w.field("url", d.url);
  o.close('}');
  return s;
}

json to_json(const Analysis& a) { return json::parse(dump_json(a)); }

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
