// marsad/time.h: time expressions in Arabic news, found and normalized as TimeML TIMEX3.
//
//   std::string text = "وقال الوزير إن القوات ستنسحب بحلول نهاية سبتمبر/أيلول 2025.";
//   auto tokens = marsad::text::tokenize(text);
//   auto times = marsad::time::find_times(text, tokens, "2024-09-28");
//   // times[0]: span = the bytes of "نهاية سبتمبر/أيلول 2025", type "DATE", value "2025-09",
//   //           mod "END"
//   std::cout << marsad::time::to_timeml(text, times, "2024-09-28");
//
// What is found: years (عام 2014، ٢٠١٤م), months of the three Arabic naming systems and their
// pairs (سبتمبر/أيلول، كانون الثاني، رمضان 1445 هـ), days (15 مارس 2024، 28/9/2024), weekdays,
// relative dates (أمس، الأسبوع الماضي، العام المقبل، قبل ثلاثة أيام), modifiers (نهاية → END,
// مطلع → START, منتصف → MID, بعد → AFTER, قبل → BEFORE, حوالي → APPROX, بحلول → ON_OR_BEFORE),
// durations (عامين → P2Y, العقدين الأخيرين → P20Y), centuries and decades, times of day
// (الساعة الثالثة مساء، مساء أمس) and sets (سنويا، كل أسبوع).
//
// Extents follow TempEval: prepositions and proclitics are left out (وفي عام 2014 → "عام 2014"),
// modifier words that set `mod` are kept in (نهاية سبتمبر، بعد عام 2026، حوالي عامين).
//
// Values. Relative expressions are resolved against the reference date. Without one they are
// still found: months and weekdays get "XXXX-09" / "XXXX-WXX-2", and offsets from now get
// PAST_REF, PRESENT_REF or FUTURE_REF. A month without a year takes the reference year, or the
// next occurrence when its sentence speaks of the future (سـ/سوف/المقبل/المقرر). Hijri dates are
// converted by the Umm al-Qura calendar: a day gives its Gregorian day; a month gives the
// Gregorian month holding its 15th day; a year gives the Gregorian year holding its middle.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"

namespace marsad::time {

/// Finds and normalizes the time expressions of `text`, whose tokens are `tokens`
/// (text::tokenize(text)). `reference_date` is "YYYY-MM-DD", optionally followed by
/// "THH:MM[:SS]", or empty. Results are in text order and do not overlap; spans are byte
/// ranges into `text`. Throws InputError for a malformed reference date. Thread-safe.
std::vector<TimeExpression> find_times(std::string_view text, std::span<const text::Token> tokens,
                                       std::string_view reference_date);
/// The same with each token's search form (text::Profile::kSearch) made by the caller: one per
/// token, else they are made here.
std::vector<TimeExpression> find_times(std::string_view text, std::span<const text::Token> tokens,
                                       std::string_view reference_date, std::span<const std::string> norms);

/// The text as a TimeML document: <TimeML><DCT>…</DCT><TEXT>…</TEXT></TimeML>, with inline
/// <TIMEX3 tid="t1" type=… value=… [mod=…]> tags and the text XML-escaped. The DCT element is
/// written when `reference_date` is given. `times` must be sorted and non-overlapping.
std::string to_timeml(std::string_view text, const std::vector<TimeExpression>& times,
                      std::string_view reference_date);

/// A TimeML document read back: the plain text (tags removed, entities decoded), the
/// document creation time, and the TIMEX3 annotations with byte spans into `text`.
struct TimeMlDocument {
  std::string text;
  std::string dct;  ///< value of the TIMEX3 with functionInDocument="CREATION_TIME", or ""
  std::vector<TimeExpression> times;
};

/// Parses TimeML as written by to_timeml or by hand: <DCT><TIMEX3 … value="2024-09-28"
/// functionInDocument="CREATION_TIME">…</TIMEX3></DCT> and a <TEXT> element holding inline
/// TIMEX3 tags (other tags are dropped, their text kept). Throws FormatError with the byte
/// offset for unbalanced or nested TIMEX3 tags and unknown entities.
TimeMlDocument parse_timeml(std::string_view xml);

/// Counts for one evaluation (strict = same span, relaxed = overlapping spans).
struct TimeScores {
  std::size_t gold = 0, system = 0;
  std::size_t strict_match = 0, relaxed_match = 0;
  std::size_t value_correct = 0, type_correct = 0, mod_correct = 0;  ///< on relaxed matches

  void add(const TimeScores& other);
  double strict_precision() const;
  double strict_recall() const;
  double strict_f1() const;
  double relaxed_precision() const;
  double relaxed_recall() const;
  double relaxed_f1() const;
  double value_accuracy() const;  ///< value_correct / relaxed_match
  double type_accuracy() const;
  double mod_accuracy() const;
};

/// Scores `system` against `gold` (both sorted by span). Each gold expression matches at most
/// one system expression: the same span if there is one, else the first overlapping one. A
/// value is right when it is the gold's, or the same length in other units (P2Y6M, P30M, P2.5Y).
TimeScores score_times(const std::vector<TimeExpression>& gold,
                       const std::vector<TimeExpression>& system);

}  // namespace marsad::time
