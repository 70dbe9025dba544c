#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "marsad/dedup.h"
#include "marsad/error.h"

namespace marsad::dedup {
namespace {

// Random words over the Arabic letter block, so normalization and tokenization take the same
// paths as on real text (some letters are unified by normalization: that is fine, the exact
// Jaccard is computed on the same normalized shingles).
std::vector<std::string> make_vocabulary(std::mt19937& rng, std::size_t n) {
  static const char32_t kLetters[] = U"ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  std::uniform_int_distribution<int> len(3, 7), letter(0, 27);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < n; ++i) {
    std::u32string w;
    for (int k = len(rng); k > 0; --k) w += kLetters[letter(rng)];
    std::string utf8;
    for (char32_t c : w) {
      utf8 += static_cast<char>(0xC0 | (c >> 6));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    }
    words.push_back(utf8);
  }
  return words;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

TEST(MinHash, EstimateTracksExactJaccard) {
  // Pairs made by replacing a growing share of a text's words: J spans 0 … 1. With 128 hashes
  // the estimate's standard deviation is at most 0.044, so 0.16 is a ~3.6σ bound per pair and
  // the mean absolute error must stay near the theoretical ~0.03.
  std::mt19937 rng(20151);
  auto vocab = make_vocabulary(rng, 5000);
  std::uniform_int_distribution<std::size_t> pick(0, vocab.size() - 1);
  double total_error = 0;
  int pairs = 0;
  for (int t = 0; t < 60; ++t) {
    std::vector<std::string> a(300);
    for (auto& w : a) w = vocab[pick(rng)];
    auto b = a;
    std::bernoulli_distribution replace(t / 60.0);
    for (auto& w : b)
      if (replace(rng)) w = vocab[pick(rng)];
    std::string ta = join(a), tb = join(b);
    double exact = exact_jaccard(shingle_hashes(ta), shingle_hashes(tb));
    double est = estimate_jaccard(signature(ta), signature(tb));
    EXPECT_NEAR(est, exact, 0.16) << "pair " << t;
    total_error += std::abs(est - exact);
    ++pairs;
  }
  EXPECT_LT(total_error / pairs, 0.045);
}

TEST(MinHash, SpellingVariantsGiveTheSameSignature) {
  struct Case {
    const char* a;
    const char* b;
    const char* why;
  };
  const Case cases[] = {
      {"أعلنت الوزارة إطلاق المبادرة الجديدة في المدينة", "اعلنت الوزاره اطلاق المبادره الجديده في المدينه",
       "hamza on alef and ta marbuta are unified by search normalization"},
      {"وَقَّعَ الوزيرُ الاتفاقيةَ مع نظيره", "وقع الوزير الاتفاقية مع نظيره", "tashkeel is dropped"},
      {"زار المستشفى ٣ مرات خلال ٢٠١٥", "زار المستشفي 3 مرات خلال 2015",
       "alef maqsura and Arabic-Indic digits are unified"},
      {"قال الوزير، في بيان: الاجتماع ناجح!", "قال الوزير في بيان الاجتماع ناجح",
       "punctuation is not part of shingles"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(signature(c.a), signature(c.b)) << c.why;
    EXPECT_DOUBLE_EQ(estimate_jaccard(signature(c.a), signature(c.b)), 1.0) << c.why;
  }
}

TEST(MinHash, ShortAndEmptyTexts) {
  // Fewer words than a shingle: one shingle of all the words, so the text still matches itself.
  EXPECT_EQ(shingle_hashes("الرياض").size(), 1u);
  EXPECT_EQ(shingle_hashes("مطار الرياض").size(), 1u);
  EXPECT_EQ(shingle_hashes("مطار الملك خالد الدولي").size(), 2u);
  EXPECT_DOUBLE_EQ(estimate_jaccard(signature("مطار الرياض"), signature("مطار الرياض")), 1.0);
  // No words (empty, spaces, punctuation only): matches nothing, not even another empty text.
  Signature empty = signature(" ... ، ؟ ");
  EXPECT_TRUE(empty.empty());
  EXPECT_TRUE(signature("").empty());
  EXPECT_DOUBLE_EQ(estimate_jaccard(empty, signature("")), 0.0);
}

TEST(MinHash, InvalidUtf8DoesNotThrow) {
  std::string bad = "خبر \xC3 عاجل \xFF\xFE من الرياض";
  EXPECT_NO_THROW(signature(bad));
  EXPECT_FALSE(signature(bad).empty());
}

TEST(MinHash, ContainmentOfAPrefix) {
  // The first third of a text: J ≈ 1/3, and nearly all of the short text is in the long one.
  std::mt19937 rng(7);
  auto vocab = make_vocabulary(rng, 3000);
  std::uniform_int_distribution<std::size_t> pick(0, vocab.size() - 1);
  std::vector<std::string> words(600);
  for (auto& w : words) w = vocab[pick(rng)];
  std::string full = join(words), prefix = join({words.begin(), words.begin() + 200});
  EXPECT_NEAR(estimate_jaccard(signature(full), signature(prefix)), 1.0 / 3, 0.13);
  EXPECT_GT(estimate_containment(signature(prefix), signature(full)), 0.8);
  EXPECT_DOUBLE_EQ(estimate_containment(signature(full), signature("")), 0.0);
}

TEST(MinHash, ExactJaccardByHand) {
  EXPECT_DOUBLE_EQ(exact_jaccard({1, 2, 3, 4}, {3, 4, 5, 6}), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(exact_jaccard({1, 2}, {1, 2}), 1.0);
  EXPECT_DOUBLE_EQ(exact_jaccard({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(exact_jaccard({7}, {}), 0.0);
}

TEST(Serialize, RoundTrip) {
  const char* texts[] = {"", "الرياض", "وصل وفد اقتصادي إلى جدة لبحث فرص الاستثمار في الموانئ"};
  for (const char* t : texts) {
    Signature sig = signature(t);
    std::string bytes = serialize(sig);
    EXPECT_EQ(bytes.size(), kSerializedSize);
    EXPECT_EQ(deserialize(bytes), sig) << t;
  }
}

TEST(Serialize, CorruptBytesAreFormatErrors) {
  const std::string good = serialize(signature("افتتح المعرض الدولي للكتاب أبوابه أمس"));
  struct Case {
    std::string bytes;
    const char* why;
  };
  std::string bad_magic = good, bad_version = good, bad_k = good;
  bad_magic[0] = 'X';
  bad_version[2] = 9;
  bad_k[3] = 5;
  const Case cases[] = {
      {"", "empty"},
      {good.substr(0, good.size() - 1), "truncated by one byte"},
      {good + "x", "one byte too many"},
      {bad_magic, "not our magic"},
      {bad_version, "a future format version"},
      {bad_k, "written with another shingle size"},
  };
  for (const auto& c : cases) EXPECT_THROW(deserialize(c.bytes), FormatError) << c.why;
}

}  // namespace
}  // namespace marsad::dedup
