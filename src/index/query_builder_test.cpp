// What each group of a query does in the search (its role) and how --explain and the API show
// it: the description is made from the roles the query is built from, so the two cannot differ.
#include <gtest/gtest.h>

#include "index/query_builder.h"
#include "index/query_parser.h"

namespace marsad::index::detail {
namespace {

struct DescribeCase {
  const char* query;
  Match match;
  const char* described;
  const char* why;
};

const DescribeCase kDescribe[] = {
    {"من هو السوداني", Match::kAll, "AND(word:السوداني, MAYBE(word:من, word:هو))",
     "function words beside a content word only add to the score"},
    {"من هو", Match::kAll, "AND(word:من, word:هو)", "but are required when there is nothing else"},
    {"\"من\" السوداني", Match::kAll, "AND(phrase:\"من\", word:السوداني)", "quoting a function word requires it"},
    {"قال السوداني", Match::kAll, "AND(word:قال, word:السوداني)", "a speech verb is content, not grammar"},
    {"الأسبوع المقبل", Match::kAll, "AND(word:الأسبوع, word:المقبل)", "nor are time words"},
    {"وفي بغداد", Match::kAll, "AND(word:بغداد, MAYBE(word:وفي))", "a function word after و"},
    {"ماهي عاصمة العراق؟", Match::kAuto, "AND(word:عاصمة, word:العراق؟, MAYBE(word:ماهي))",
     "three words: required, the question word optional"},
    {"- ما هو السرطان؟", Match::kAuto, "AND(word:السرطان؟, MAYBE(word:ما, word:هو))",
     "a lone dash matches nothing: it neither shows nor counts towards the three words of auto"},
    {"ما هي أسباب ارتفاع النفط", Match::kAuto, "AND(ANY(word:أسباب, word:ارتفاع, word:النفط), MAYBE(word:ما, word:هي))",
     "five words in auto: ranked, and the function words still only add to the score"},
    {"من هو السوداني", Match::kAny, "AND(ANY(word:السوداني), MAYBE(word:من, word:هو))",
     "ranked: من alone would match nearly every article and swell the count and the facets"},
    {"من هو", Match::kAny, "AND(ANY(word:من, word:هو))", "function words only: they are what is ranked"},
    {"النفط -أوبك source:alpha \"رئيس الوزراء\"", Match::kAny,
     "AND(NOT(word:أوبك), source:alpha, ANY(word:النفط, phrase:\"رئيس الوزراء\"))",
     "fields and exclusions stay required when free words are ranked"},
    {"من -أوبك", Match::kAll, "AND(word:من, NOT(word:أوبك))", "an exclusion is not a content word"},
    {"في date:2024", Match::kAll, "AND(word:في, date:[2024..2024])", "nor is a filter"},
    {"؟", Match::kAll, "ALL", "nothing to match: every article"},
};

TEST(QueryBuilder, DescribesWhatItSearches) {
  for (const auto& c : kDescribe)
    EXPECT_EQ(build_query(parse_query(c.query), c.match).description, c.described) << c.query << " — " << c.why;
}

TEST(QueryBuilder, OneRolePerGroup) {
  // Roles line up with the parsed groups, ignored ones included, so callers can index them.
  auto built = build_query(parse_query("- من هو -أوبك السوداني"), Match::kAny);
  std::vector<Role> expected{Role::kIgnored, Role::kOptional, Role::kOptional, Role::kExcluded, Role::kRanked};
  EXPECT_EQ(built.roles, expected);
}

}  // namespace
}  // namespace marsad::index::detail
