#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad::text {
namespace {

TEST(Utf8, DecodesArabicAndAscii) {
  std::string s = "a\u0639";  // a + ع
  int len;
  EXPECT_EQ(decode_utf8(s, 0, len), U'a');
  EXPECT_EQ(len, 1);
  EXPECT_EQ(decode_utf8(s, 1, len), U'\u0639');
  EXPECT_EQ(len, 2);
}

TEST(Utf8, InvalidBytesBecomeOneReplacementPerMaximalSubpart) {
  struct Case {
    std::string bytes;
    int expected_len;
    const char* why;
  } cases[] = {
      {"\xC3", 1, "truncated two-byte sequence"},
      {"\xE2\x82", 2, "truncated three-byte sequence: both bytes are one subpart"},
      {"\xC0\xAF", 1, "overlong encoding: C0 is never valid"},
      {"\xED\xA0\x80", 1, "surrogate: ED A0 is invalid after the lead"},
      {"\xFF", 1, "FF is never valid"},
      {"\xF4\x90\x80\x80", 1, "above U+10FFFF"},
  };
  for (const auto& c : cases) {
    int len;
    EXPECT_EQ(decode_utf8(c.bytes, 0, len), kReplacementChar) << c.why;
    EXPECT_EQ(len, c.expected_len) << c.why;
  }
}

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("\u0633\u0644\u0627\u0645"), std::string_view::npos);
  std::string bad = "\u0633\u0644\xD8";  // سل + a lone lead byte
  EXPECT_EQ(find_invalid_utf8(bad), 4u);
  EXPECT_EQ(find_invalid_utf8("ok \xEF\xBF\xBD"), std::string_view::npos) << "a real U+FFFD is valid";
}

TEST(Utf8, CodepointIndexMapsBothWays) {
  std::string s = "\u0641\u064A 2024";  // "في 2024"
  CodepointIndex idx(s);
  EXPECT_EQ(idx.to_codepoint(0), 0u);
  EXPECT_EQ(idx.to_codepoint(4), 2u);   // the space
  EXPECT_EQ(idx.to_codepoint(s.size()), 7u);
  EXPECT_EQ(idx.to_byte(3), 5u);        // '2'
  EXPECT_EQ(idx.to_byte(99), s.size()) << "clamped";
  EXPECT_EQ(count_codepoints(s), 7u);
}

}  // namespace
}  // namespace marsad::text
