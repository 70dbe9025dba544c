// TimeML out (inline TIMEX3 tags) and in (for evaluation against hand-annotated articles).
#include <charconv>
#include <cctype>
#include <cmath>
#include <optional>

#include "marsad/error.h"
#include "marsad/time.h"
#include "util/strings.h"

namespace marsad::time {
namespace {

void append_timex(std::string& out, std::string_view tid, const TimeExpression& t) {
  out += "<TIMEX3 tid=\"";
  out += tid;
  out += "\" type=\"";
  util::append_xml_escaped(out, t.type);
  out += "\" value=\"";
  util::append_xml_escaped(out, t.value);
  out += '"';
  if (!t.mod.empty()) {
    out += " mod=\"";
    util::append_xml_escaped(out, t.mod);
    out += '"';
  }
}

[[noreturn]] void fail(const std::string& what, std::size_t offset) {
  throw FormatError("TimeML: " + what, Location{{}, 0, offset});
}

// Decodes the entity at xml[pos] ('&'), appending it to out; returns the position after it.
std::size_t decode_entity(std::string_view xml, std::size_t pos, std::string& out) {
  std::size_t semi = xml.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) fail("unterminated entity", pos);
  std::string_view name = xml.substr(pos + 1, semi - pos - 1);
  if (name == "amp") out += '&';
  else if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    unsigned cp = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (ec != std::errc() || p != digits.data() + digits.size()) fail("bad character reference", pos);
    text::append_utf8(out, static_cast<char32_t>(cp));
  } else {
    fail("unknown entity &" + std::string(name) + ";", pos);
  }
  return semi + 1;
}

std::string attribute(std::string_view tag, std::string_view name, std::size_t offset) {
  std::size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool starts = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    std::size_t eq = pos + name.size();
    while (eq < tag.size() && tag[eq] == ' ') ++eq;
    if (!starts || eq >= tag.size() || tag[eq] != '=') {
      pos += name.size();
      continue;
    }
    std::size_t q = eq + 1;
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) fail("unquoted attribute", offset);
    std::size_t close = tag.find(tag[q], q + 1);
    if (close == std::string_view::npos) fail("unterminated attribute", offset);
    std::string value;
    std::string_view raw = tag.substr(q + 1, close - q - 1);
    for (std::size_t k = 0; k < raw.size();)
      if (raw[k] == '&') k = decode_entity(raw, k, value);
      else value += raw[k++];
    return value;
  }
  return {};
}

std::string_view tag_name(std::string_view tag) {
  std::size_t end = tag.find_first_of(" \t\n/>", 1);
  return tag.substr(0, end);
}

}  // namespace

std::string to_timeml(std::string_view text, const std::vector<TimeExpression>& times,
                      std::string_view reference_date) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
  if (!reference_date.empty()) {
    TimeExpression dct{{}, "DATE", std::string(reference_date.substr(0, 10)), {}};
    out += "<DCT>";
    append_timex(out, "t0", dct);
    out += " temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
    util::append_xml_escaped(out, dct.value);
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  std::size_t pos = 0, n = 0;
  for (const auto& t : times) {
    if (t.span.begin < pos || t.span.end > text.size() || t.span.begin > t.span.end)
      throw InputError("to_timeml: time expressions must be sorted, disjoint and inside the text");
    util::append_xml_escaped(out, text.substr(pos, t.span.begin - pos));
    std::string id = "t";  // appended: GCC 12 warns (-Wrestrict) on "t" + a temporary
    id += std::to_string(++n);
    append_timex(out, id, t);
    out += '>';
    util::append_xml_escaped(out, text.substr(t.span.begin, t.span.end - t.span.begin));
    out += "</TIMEX3>";
    pos = t.span.end;
  }
  util::append_xml_escaped(out, text.substr(pos));
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

TimeMlDocument parse_timeml(std::string_view xml) {
  TimeMlDocument doc;
  std::size_t text_open = xml.find("<TEXT>");
  std::size_t begin = text_open == std::string_view::npos ? 0 : text_open + 6;
  std::size_t end = text_open == std::string_view::npos ? xml.size() : xml.find("</TEXT>", begin);
  if (end == std::string_view::npos) fail("<TEXT> is not closed", text_open);
  bool in_timex = false, in_dct = false;
  TimeExpression open;
  for (std::size_t pos = 0; pos < xml.size();) {
    bool inside = pos >= begin && pos < end;
    char c = xml[pos];
    if (c == '<') {
      if (xml.substr(pos, 4) == "<!--") {
        std::size_t close = xml.find("-->", pos);
        if (close == std::string_view::npos) fail("unterminated comment", pos);
        pos = close + 3;
        continue;
      }
      std::size_t close = xml.find('>', pos);
      if (close == std::string_view::npos) fail("unterminated tag", pos);
      std::string_view tag = xml.substr(pos + 1, close - pos - 1);
      std::string_view name = tag_name(tag);
      if (name == "DCT") in_dct = true;
      else if (name == "/DCT") in_dct = false;
      else if (name == "TIMEX3" && attribute(tag, "functionInDocument", pos) == "CREATION_TIME")
        doc.dct = attribute(tag, "value", pos);
      else if (name == "TIMEX3" && inside && !in_dct) {
        if (in_timex) fail("nested TIMEX3", pos);
        in_timex = true;
        open = {{static_cast<std::uint32_t>(doc.text.size()), 0}, attribute(tag, "type", pos),
                attribute(tag, "value", pos), attribute(tag, "mod", pos)};
      } else if (name == "/TIMEX3" && in_timex && inside) {
        in_timex = false;
        open.span.end = static_cast<std::uint32_t>(doc.text.size());
        doc.times.push_back(open);
      }
      pos = close + 1;
      continue;
    }
    if (!inside) {
      ++pos;
      continue;
    }
    if (c == '&') pos = decode_entity(xml, pos, doc.text);
    else doc.text += xml[pos++];
  }
  if (in_timex) fail("TIMEX3 is not closed", end);
  return doc;
}

void TimeScores::add(const TimeScores& o) {
  gold += o.gold, system += o.system, strict_match += o.strict_match;
  relaxed_match += o.relaxed_match, value_correct += o.value_correct;
  type_correct += o.type_correct, mod_correct += o.mod_correct;
}

namespace {
double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

// A duration in years and months only (P2Y6M, P30M, P2.5Y) as a number of months; none for
// any other value.
std::optional<double> months_of(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P') return std::nullopt;
  double months = 0;
  std::size_t i = 1;
  while (i < v.size()) {
    std::size_t j = i;
    while (j < v.size() && (std::isdigit(static_cast<unsigned char>(v[j])) || v[j] == '.')) ++j;
    if (j == i || j == v.size() || (v[j] != 'Y' && v[j] != 'M')) return std::nullopt;
    double n = 0;
    if (std::from_chars(v.data() + i, v.data() + j, n).ptr != v.data() + j) return std::nullopt;
    months += v[j] == 'Y' ? 12 * n : n;
    i = j + 1;
  }
  return months;
}

// The same value, or the same length written in other units: P2Y6M, P30M and P2.5Y are one
// duration, which annotators write either way.
bool same_value(std::string_view system, std::string_view gold) {
  if (system == gold) return true;
  const auto a = months_of(system), b = months_of(gold);
  return a && b && std::abs(*a - *b) < 1e-9;
}
}  // namespace

double TimeScores::strict_precision() const { return ratio(strict_match, system); }
double TimeScores::strict_recall() const { return ratio(strict_match, gold); }
double TimeScores::strict_f1() const { return f1(strict_precision(), strict_recall()); }
double TimeScores::relaxed_precision() const { return ratio(relaxed_match, system); }
double TimeScores::relaxed_recall() const { return ratio(relaxed_match, gold); }
double TimeScores::relaxed_f1() const { return f1(relaxed_precision(), relaxed_recall()); }
double TimeScores::value_accuracy() const { return ratio(value_correct, relaxed_match); }
double TimeScores::type_accuracy() const { return ratio(type_correct, relaxed_match); }
double TimeScores::mod_accuracy() const { return ratio(mod_correct, relaxed_match); }

TimeScores score_times(const std::vector<TimeExpression>& gold,
                       const std::vector<TimeExpression>& system) {
  TimeScores s;
  s.gold = gold.size();
  s.system = system.size();
  std::vector<bool> used(system.size(), false);
  for (const auto& g : gold) {
    std::size_t pick = system.size();
    for (std::size_t k = 0; k < system.size() && pick == system.size(); ++k)
      if (!used[k] && system[k].span == g.span) pick = k;
    bool strict = pick != system.size();
    for (std::size_t k = 0; k < system.size() && pick == system.size(); ++k)
      if (!used[k] && system[k].span.begin < g.span.end && g.span.begin < system[k].span.end) pick = k;
    if (pick == system.size()) continue;
    used[pick] = true;
    const auto& t = system[pick];
    s.strict_match += strict;
    ++s.relaxed_match;
    s.value_correct += same_value(t.value, g.value);
    s.type_correct += t.type == g.type;
    s.mod_correct += t.mod == g.mod;
  }
  return s;
}

}  // namespace marsad::time
