// The timeline: every dated statement placed at its time value, in time order.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "marsad/summary.h"

namespace marsad::summary {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Hinnant's civil algorithms).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

// Monday of ISO week `week`: week 1 is the one holding 4 January.
std::string iso_week_monday(long year, long week) {
  long jan4 = days_from_civil(year, 1, 4);
  long weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  return civil_from_days(jan4 - weekday + (week - 1) * 7);
}

std::string month_key(std::string_view year, int month) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "-%02d", month);
  return std::string(year) + buf;
}

}  // namespace

std::string time_sort_key(std::string_view v) {
  if (v.size() < 4 || !digits(v.substr(0, 4))) {
    if (v.size() == 3 && digits(v)) return std::string(v) + "0";  // a decade: 201 = the 2010s
    if (v.size() == 2 && digits(v)) return std::string(v) + "00";  // a century
    return {};
  }
  std::string_view year = v.substr(0, 4), rest = v.substr(4);
  if (rest.empty()) return std::string(year);
  if (rest[0] != '-' || rest.find('X') != std::string_view::npos) return {};
  rest.remove_prefix(1);
  if (rest.size() == 3 && rest[0] == 'W' && digits(rest.substr(1)))
    return iso_week_monday(std::stol(std::string(year)), std::stol(std::string(rest.substr(1))));
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
    return month_key(year, (rest[1] - '1') * 3 + 1);
  if (rest == "H1" || rest == "H2") return month_key(year, rest == "H1" ? 1 : 7);
  static const std::pair<std::string_view, int> kSeasons[] = {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};
  for (const auto& [name, month] : kSeasons)
    if (rest == name) return month_key(year, month);
  if (rest.size() >= 2 && digits(rest.substr(0, 2))) return std::string(v);
  return {};
}

std::vector<TimelineEntry> timeline(const Context& ctx, std::span<const TimeExpression> times) {
  struct Keyed {
    std::string key;
    TimelineEntry entry;
  };
  std::vector<Keyed> keyed;
  for (const TimeExpression& t : times) {
    if (t.type != "DATE" && t.type != "TIME") continue;
    std::string key = time_sort_key(t.value);
    if (key.empty()) continue;
    if (t.mod == "END" || t.mod == "ON_OR_BEFORE") key += '~';  // after everything inside it
    auto s = std::upper_bound(ctx.sentences.begin(), ctx.sentences.end(), t.span.begin,
                              [](std::uint32_t b, const text::Sentence& x) { return b < x.begin; });
    if (s == ctx.sentences.begin()) continue;
    --s;
    TimelineEntry e{t.value, t.span, {s->begin, std::max(s->end, t.span.end)}, {}};
    for (const Entity& ent : ctx.entities)
      if (std::any_of(ent.mentions.begin(), ent.mentions.end(), [&](const Span& m) {
            return e.sentence.begin <= m.begin && m.end <= e.sentence.end;
          }))
        e.entities.push_back(ent.id);
    bool same = std::any_of(keyed.begin(), keyed.end(), [&](const Keyed& k) {
      return k.entry.value == e.value && k.entry.sentence == e.sentence;
    });
    if (!same) keyed.push_back({std::move(key), std::move(e)});  // أمس الجمعة: one date
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
  std::vector<TimelineEntry> out;
  for (auto& k : keyed) out.push_back(std::move(k.entry));
  return out;
}

}  // namespace marsad::summary
