// The terminal report: what a journalist reads first — who, when, who said what.
#include <sstream>
#include <string_view>
#include <utility>

#include "analyze/render.h"
#include "marsad/text.h"

namespace marsad::report {
namespace {

constexpr std::size_t kQuoteWidth = 160, kSentenceWidth = 140;

void write_entities(std::ostream& out, const Analysis& a) {
  out << "\nEntities (" << a.entities.size() << ")\n";
  for (const Entity& e : a.entities) {
    out << "  " << entity_type_name(e.type) << "\t" << one_line(e.name);
    for (std::size_t i = 0; i < e.titles.size(); ++i)
      out << (i == 0 ? " — " : "، ") << one_line(e.titles[i]);
    out << "  ×" << e.mentions.size() << "\n";
  }
}

void write_times(std::ostream& out, const Analysis& a) {
  out << "\nTimes (" << a.times.size() << ")\n";
  for (const TimeExpression& t : a.times) {
    out << "  " << one_line(cut(a, t.span)) << " → " << t.value << " (" << t.type;
    if (!t.mod.empty()) out << ", " << t.mod;
    out << ")\n";
  }
}

// Whether a quote's text comes with its own quote marks (أن «…»): shown as it is, not wrapped again.
bool has_quote_marks(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\u00AB", "\u00BB"}, {"\"", "\""}, {"\u201C", "\u201D"}};
  for (auto [open, close] : kPairs)
    if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close)) return true;
  return false;
}

void write_quotes(std::ostream& out, const Analysis& a) {
  out << "\nQuotes (" << a.quotes.size() << ")\n";
  for (const Quote& q : a.quotes) {
    out << "  " << (q.speaker.empty() ? std::string("?") : one_line(q.speaker));
    if (!q.speaker_entity.empty()) out << " [" << q.speaker_entity << "]";
    out << " (" << one_line(cut(a, q.cue)) << ", "
        << (q.kind == QuoteKind::kDirect ? "direct" : "indirect") << "): ";
    const std::string text = one_line(cut(a, q.span));
    const bool marked = has_quote_marks(text);
    out << (marked ? "" : "«") << clip(text, kQuoteWidth) << (marked ? "" : "»") << "\n";
  }
}

void write_timeline(std::ostream& out, const Analysis& a) {
  out << "\nTimeline (" << a.timeline.size() << ")\n";
  for (const TimelineEntry& t : a.timeline) {
    out << "  " << t.value << "\t" << clip(one_line(cut(a, t.sentence)), kSentenceWidth);
    std::string names;
    for (const std::string& id : t.entities)
      if (const Entity* e = find_entity(a, id)) names += (names.empty() ? "" : "، ") + e->name;
    if (!names.empty()) out << "  [" << one_line(names) << "]";
    out << "\n";
  }
}

}  // namespace

std::string clip(std::string_view s, std::size_t max) {
  std::size_t cps = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (cps == max) return std::string(s.substr(0, i)) + "…";
    int len;
    text::decode_utf8(s, i, len);
    i += static_cast<std::size_t>(len);
    ++cps;
  }
  return std::string(s);
}

std::string_view cut(const Analysis& a, Span s) {
  return std::string_view(a.document.text).substr(s.begin, s.end - s.begin);
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

const Entity* find_entity(const Analysis& a, std::string_view id) {
  for (const Entity& e : a.entities)
    if (e.id == id) return &e;
  return nullptr;
}

std::string render_text(const Analysis& a) {
  const Document& d = a.document;
  std::ostringstream out;
  out << "== " << one_line(d.title.empty() ? d.id : d.title) << "\n";
  out << "id: " << d.id;
  if (!d.source.empty()) out << "  source: " << d.source;
  if (!d.date.empty()) out << "  date: " << d.date;
  out << "  reference date: " << (a.date.empty() ? "none" : a.date) << "\n";
  write_entities(out, a);
  write_times(out, a);
  write_quotes(out, a);
  out << "\nKeyphrases\n  ";
  for (std::size_t i = 0; i < a.keyphrases.size(); ++i) out << (i ? "، " : "") << a.keyphrases[i];
  out << "\n\nSummary\n";
  for (std::size_t i = 0; i < a.summary.size(); ++i)
    out << "  " << i + 1 << ". " << one_line(cut(a, a.summary[i])) << "\n";
  write_timeline(out, a);
  return out.str();
}

}  // namespace marsad::report
