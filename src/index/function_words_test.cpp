// The query's function words: grammar only, so that a searcher's content words stay required.
#include <gtest/gtest.h>

#include "index/function_words.h"

namespace marsad::index::detail {
namespace {

struct WordCase {
  const char* word;
  bool function;
  const char* why;
};

const WordCase kWords[] = {
    {"في", true, "preposition"},
    {"إلى", true, "preposition with hamza"},
    {"الى", true, "the same written without hamza"},
    {"متي", true, "متى with ي for ى, as often typed"},
    {"الذين", true, "relative pronoun"},
    {"ماهي", true, "ما هي written as one word, common in questions"},
    {"وهل", true, "after the conjunction و"},
    {"كانت", true, "the copula"},
    {"قال", false, "a speech verb: قال الوزير means قال"},
    {"أكد", false, "another speech verb"},
    {"العام", false, "a time word"},
    {"مليون", false, "a number word"},
    {"أم", false, "also mother (أم كلثوم)"},
    {"إمام", false, "imam: after normalization the same letters as أمام, so أمام is not listed"},
    {"فهم", false, "ف is not stripped: فهم is a word (understanding), not ف + هم"},
    {"وزير", false, "و that belongs to the word"},
    {"", false, "empty"},
};

TEST(FunctionWords, GrammarNotContent) {
  for (const auto& c : kWords) EXPECT_EQ(is_function_word(c.word), c.function) << c.word << " — " << c.why;
}

}  // namespace
}  // namespace marsad::index::detail
