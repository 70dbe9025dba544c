#include "marsad/time.h"

#include "time/calendar.h"
#include "time/grammar.h"
#include "time/words.h"

namespace marsad::time {

std::vector<TimeExpression> find_times(std::string_view text, std::span<const text::Token> tokens,
                                       std::string_view reference_date) {
  return find_times(text, tokens, reference_date, {});
}

std::vector<TimeExpression> find_times(std::string_view text, std::span<const text::Token> tokens,
                                       std::string_view reference_date, std::span<const std::string> norms) {
  Reference ref = parse_reference(reference_date);
  Words words = read_words(text, tokens, norms.size() == tokens.size() ? norms : std::span<const std::string>());
  std::vector<TimeExpression> out;
  for (Match& m : Parser(text, words, ref).run()) {
    TimeExpression t;
    t.span = {words.items[m.begin].begin, words.items[m.end - 1].end};
    t.type = std::move(m.type);
    t.value = std::move(m.value);
    t.mod = std::move(m.mod);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace marsad::time
