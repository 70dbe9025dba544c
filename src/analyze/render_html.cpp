// A standalone right-to-left page: the article with entities, times and quotes marked on the
// original text, and the lists beside it. Everything taken from the article is escaped.
#include <algorithm>
#include <sstream>

#include "analyze/render.h"
#include "util/strings.h"

namespace marsad::report {
namespace {

constexpr const char* kStyle = R"(
body{font-family:"Noto Naskh Arabic","Amiri",Tahoma,sans-serif;margin:2em auto;max-width:70em;line-height:1.9;color:#222}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1em 1.5em;border-radius:6px}
mark.ent{padding:0 .15em;border-radius:3px}
mark.PER{background:#ffe3a3} mark.LOC{background:#c8f0c8} mark.ORG{background:#cde3ff} mark.MISC{background:#eadcff}
.timex{border-bottom:2px solid #d2691e}
.quote{background:#f3f3f3;border-right:3px solid #888}
.quote.direct{border-right-color:#b22}
.speaker{text-decoration:underline dotted} .cue{font-weight:bold}
table{border-collapse:collapse} td,th{border-bottom:1px solid #eee;padding:.2em .6em;text-align:right;vertical-align:top}
.meta{color:#666}
)";

std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  util::append_xml_escaped(out, s);
  return out;
}

struct Mark {
  Span span;
  int rank;  // outer first when two marks start and end together
  std::string open;
  const char* close;
};

std::vector<Mark> marks_of(const Analysis& a) {
  std::vector<Mark> marks;
  for (const Quote& q : a.quotes) {
    std::string who = esc(q.speaker) + " (" + (q.kind == QuoteKind::kDirect ? "direct" : "indirect") + ")";
    marks.push_back({q.span, 0, "<span class=\"quote " + std::string(q.kind == QuoteKind::kDirect ? "direct" : "indirect") +
                                    "\" title=\"" + who + "\">", "</span>"});
    marks.push_back({q.cue, 1, "<span class=\"cue\">", "</span>"});
    if (q.speaker_span.end > q.speaker_span.begin)
      marks.push_back({q.speaker_span, 1, "<span class=\"speaker\">", "</span>"});
  }
  for (const TimeExpression& t : a.times)
    marks.push_back({t.span, 2, "<span class=\"timex\" data-value=\"" + esc(t.value) + "\" title=\"" +
                                    esc(t.type + " " + t.value + (t.mod.empty() ? "" : " " + t.mod)) + "\">",
                     "</span>"});
  for (const Entity& e : a.entities) {
    std::string type(entity_type_name(e.type));
    for (const Span& m : e.mentions)
      marks.push_back({m, 3, "<mark class=\"ent " + type + "\" data-entity=\"" + esc(e.id) + "\" title=\"" +
                                 esc(type + ": " + e.name) + "\">", "</mark>"});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) {
    if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
    if (x.span.end != y.span.end) return x.span.end > y.span.end;
    return x.rank < y.rank;
  });
  return marks;
}

// Emits the text with marks nested; a mark crossing its parent's end is cut there.
std::string marked_text(const Analysis& a) {
  std::string_view text = a.document.text;
  std::string out;
  std::vector<std::pair<std::uint32_t, const char*>> open;  // end, closing tag
  std::uint32_t pos = 0;
  auto close_until = [&](std::uint32_t at) {
    while (!open.empty() && open.back().first <= at) {
      out += esc(text.substr(pos, open.back().first - pos));
      pos = open.back().first;
      out += open.back().second;
      open.pop_back();
    }
  };
  for (const Mark& m : marks_of(a)) {
    if (m.span.end > text.size() || m.span.begin < pos) continue;
    close_until(m.span.begin);
    std::uint32_t end = open.empty() ? m.span.end : std::min(m.span.end, open.back().first);
    if (end <= m.span.begin) continue;
    out += esc(text.substr(pos, m.span.begin - pos));
    pos = m.span.begin;
    out += m.open;
    open.emplace_back(end, m.close);
  }
  close_until(static_cast<std::uint32_t>(text.size()));
  out += esc(text.substr(pos));
  return out;
}

void write_lists(std::ostream& out, const Analysis& a) {
  out << "<h2>الكيانات</h2><table><tr><th>النوع</th><th>الاسم</th><th>الصفات</th><th>الذكر</th></tr>\n";
  for (const Entity& e : a.entities) {
    std::string titles;
    for (const auto& t : e.titles) titles += (titles.empty() ? "" : "، ") + t;
    out << "<tr><td>" << entity_type_name(e.type) << "</td><td>" << esc(e.name) << "</td><td>" << esc(titles)
        << "</td><td>" << e.mentions.size() << "</td></tr>\n";
  }
  out << "</table>\n<h2>التواريخ</h2><table><tr><th>النص</th><th>القيمة</th><th>النوع</th></tr>\n";
  for (const TimeExpression& t : a.times)
    out << "<tr><td>" << esc(cut(a, t.span)) << "</td><td dir=\"ltr\">" << esc(t.value)
        << (t.mod.empty() ? "" : " ") << esc(t.mod) << "</td><td>" << esc(t.type) << "</td></tr>\n";
  out << "</table>\n<h2>الاقتباسات</h2><table><tr><th>المتحدث</th><th>الفعل</th><th>النوع</th><th>النص</th></tr>\n";
  for (const Quote& q : a.quotes)
    out << "<tr><td>" << esc(q.speaker) << "</td><td>" << esc(cut(a, q.cue)) << "</td><td>"
        << (q.kind == QuoteKind::kDirect ? "مباشر" : "منقول") << "</td><td>" << esc(cut(a, q.span)) << "</td></tr>\n";
  out << "</table>\n<h2>العبارات المفتاحية</h2><p>";
  for (std::size_t i = 0; i < a.keyphrases.size(); ++i) out << (i ? "، " : "") << esc(a.keyphrases[i]);
  out << "</p>\n<h2>الملخص</h2><ol>\n";
  for (const Span& s : a.summary) out << "<li>" << esc(cut(a, s)) << "</li>\n";
  out << "</ol>\n<h2>الخط الزمني</h2><table>\n";
  for (const TimelineEntry& t : a.timeline) {
    std::string names;
    for (const auto& id : t.entities)
      if (const Entity* e = find_entity(a, id)) names += (names.empty() ? "" : "، ") + e->name;
    out << "<tr><td dir=\"ltr\">" << esc(t.value) << "</td><td>" << esc(cut(a, t.sentence)) << "</td><td>"
        << esc(names) << "</td></tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

std::string render_html(const Analysis& a) {
  const Document& d = a.document;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << esc(d.title.empty() ? d.id : d.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  out << "<h1>" << esc(d.title) << "</h1>\n<p class=\"meta\">" << esc(d.source) << " · <span dir=\"ltr\">"
      << esc(d.date) << "</span> · " << esc(d.id);
  if (!d.url.empty()) out << " · <span dir=\"ltr\">" << esc(d.url) << "</span>";
  out << "</p>\n<div class=\"article\">" << marked_text(a) << "</div>\n";
  write_lists(out, a);
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace marsad::report
