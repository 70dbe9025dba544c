#include <gtest/gtest.h>

#include "text/word_set.h"

namespace marsad::text {
namespace {

TEST(Endings, AWordEndsWithOneOfTheTails) {
  Endings heads;  // the bare heads of الشركة، الجمعية، البنك (search forms)
  for (const char* tail : {"شركه", "جمعيه", "بنك"}) heads.insert(tail);
  EXPECT_TRUE(heads.ends("بالشركه"));
  EXPECT_TRUE(heads.ends("والجمعيه"));
  EXPECT_TRUE(heads.ends("البنك"));
  EXPECT_TRUE(heads.ends("بنك"));
  EXPECT_FALSE(heads.ends("الشبكه"));  // ends in ه as two of the tails do, but in neither
  EXPECT_FALSE(heads.ends("الشركات"));
  EXPECT_FALSE(heads.ends("نك"));        // shorter than the tail
  EXPECT_FALSE(heads.ends("البنوك"));
  EXPECT_FALSE(heads.ends(""));
}

TEST(Endings, AnEmptyTailEndsEveryWord) {
  Endings none;
  EXPECT_FALSE(none.ends("كلمة"));
  Endings all;
  all.insert("");
  EXPECT_TRUE(all.ends("كلمة"));
  EXPECT_TRUE(all.ends(""));
}

}  // namespace
}  // namespace marsad::text
