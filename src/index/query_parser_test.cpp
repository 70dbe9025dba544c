// The query language, case by case: what each query parses to (as build_query describes it
// when every word is required), and what is rejected where.
#include <gtest/gtest.h>

#include "index/query_builder.h"
#include "index/query_parser.h"
#include "marsad/error.h"

namespace marsad::index::detail {
namespace {

struct ParseCase {
  const char* query;
  const char* parsed;
  const char* why;
};

const ParseCase kCases[] = {
    {"العراق", "AND(word:العراق)", "one word"},
    {"العراق بغداد", "AND(word:العراق, word:بغداد)", "words are ANDed"},
    {"\"رئيس الوزراء\"", "AND(phrase:\"رئيس الوزراء\")", "ASCII quotes make a phrase"},
    {"«رئيس الوزراء»", "AND(phrase:\"رئيس الوزراء\")", "Arabic guillemets too"},
    {"“رئيس الوزراء”", "AND(phrase:\"رئيس الوزراء\")", "and curly quotes"},
    {"بغداد OR البصرة الموصل", "AND(OR(word:بغداد, word:البصرة), word:الموصل)",
     "OR binds tighter than the implicit AND"},
    {"a OR b OR c", "AND(OR(word:a, word:b, word:c))", "OR chains"},
    {"النفط -أوبك", "AND(word:النفط, NOT(word:أوبك))", "exclusion"},
    {"-\"رئيس الوزراء\" السوداني", "AND(NOT(phrase:\"رئيس الوزراء\"), word:السوداني)", "excluded phrase"},
    {"title:انتخابات", "AND(title:انتخابات)", "title field"},
    {"title:\"أسعار النفط\"", "AND(title:\"أسعار النفط\")", "title phrase"},
    {"source:alriyadh", "AND(source:alriyadh)", "source filter"},
    {"date:2024", "AND(date:[2024..2024])", "a year"},
    {"date:2024-09-28", "AND(date:[2024-09-28..2024-09-28])", "a day"},
    {"date:2024-09..2024-12", "AND(date:[2024-09..2024-12])", "a month range"},
    {"date:2024-09..", "AND(date:[2024-09..])", "open end"},
    {"date:..2014", "AND(date:[..2014])", "open start"},
    {"date:٢٠١٤", "AND(date:[2014..2014])", "Arabic-Indic digits in dates"},
    {"entity:\"محمد السوداني\"", "AND(entity:\"محمد السوداني\")", "entity by full name"},
    {"type:per", "AND(type:PER)", "types are case-insensitive"},
    {"-source:sabq العراق", "AND(NOT(source:sabq), word:العراق)", "excluded filter"},
    {"10:30 لقاء", "AND(word:10:30, word:لقاء)", "an unknown field name is just text"},
};

TEST(QueryParser, Table) {
  for (const auto& c : kCases) {
    EXPECT_EQ(build_query(parse_query(c.query)).description, c.parsed) << c.query << " — " << c.why;
  }
}

struct ErrorCase {
  const char* query;
  std::size_t offset;  // byte offset the error points at
  const char* message_part;
  const char* why;
};

const ErrorCase kErrors[] = {
    {"\"رئيس الوزراء", 0, "unclosed quote", "the error points at the opening quote"},
    {"العراق «بغداد", 13, "unclosed quote", "offsets are bytes: العراق is 12 bytes + space"},
    {"date:2024-13", 5, "bad date", "no month 13"},
    {"date:2024-12..2024-09", 5, "ends before it starts", "reversed range"},
    {"date:..", 5, "at least one end", "a range needs an end"},
    {"date:24", 5, "bad date", "years have four digits"},
    {"type:PERSON", 5, "unknown entity type", "only PER LOC ORG MISC"},
    {"OR بغداد", 0, "OR needs a term before it", "leading OR"},
    {"بغداد OR", 11, "OR needs a term after it", "trailing OR"},
    {"بغداد OR -البصرة", 11, "cannot be one side of OR", "OR with an exclusion is ambiguous"},
    {"title: بغداد", 6, "needs a value", "a field followed by a space"},
    {"\"  \"", 0, "empty phrase", "nothing to search inside quotes"},
    {"   ", 0, "empty query", "only spaces"},
};

TEST(QueryParser, ErrorsSayWhere) {
  for (const auto& c : kErrors) {
    try {
      parse_query(c.query);
      ADD_FAILURE() << c.query << " should be rejected: " << c.why;
    } catch (const InputError& e) {
      EXPECT_EQ(e.where().offset, c.offset) << c.query << " — " << c.why;
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace marsad::index::detail
