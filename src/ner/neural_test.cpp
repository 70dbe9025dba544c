#include "ner/neural.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"

namespace marsad::ner {
namespace {

TEST(NeuralWordKey, FoldsAsTheTrainingCorpusWasKeyed) {
  struct {
    const char* word;
    const char* key;
    const char* why;
  } cases[] = {
      {"أَحْمَد", "احمد", "diacritics go, hamza on alef folds"},
      {"إلى", "الي", "alef with hamza below, and alef maqsura → ya"},
      {"آمال", "امال", "alef madda"},
      {"مدرسة", "مدرسة", "ta marbuta is kept: مدرسة and مدرسه are different words in news"},
      {"جـــديد", "جديد", "tatweel goes"},
      {"٢٠١٥", "0000", "Arabic-Indic digits"},
      {"2015", "0000", "ASCII digits"},
      {"Reuters", "reuters", "Latin lower-cased"},
      {"\xEF\xBB\xBB", "\xD9\x84\xD8\xA7", "the lam-alef ligature's presentation form is NFKC-folded to لا"},
  };
  for (const auto& c : cases) EXPECT_EQ(neural_word_key(c.word), c.key) << c.why;
}

// Labels: 0 O, 1 B-PERS, 2 I-PERS, 3 B-LOC, 4 I-LOC, 5 B-ORG, 6 I-ORG, 7 B-MISC, 8 I-MISC.
TEST(MergeEntities, NeuralEntitiesFillWhatTheFeatureModelMissed) {
  struct {
    std::vector<int> feature, neural, merged;
    const char* why;
  } cases[] = {
      {{0, 0, 0}, {0, 1, 2}, {0, 1, 2}, "found by the neural tagger only (وأضاف راوول الهدف)"},
      {{0, 1, 0}, {0, 1, 2}, {0, 1, 2}, "a longer name of the same type (محمد → محمد صديق)"},
      {{0, 3, 0}, {0, 1, 2}, {0, 3, 0}, "a longer entity of another type: the feature model read the lexicon"},
      {{5, 3, 0}, {5, 6, 0}, {5, 6, 0}, "two entities inside one (دينامو | كييف → دينامو كييف)"},
      {{5, 1, 2}, {5, 6, 6}, {5, 1, 2}, "not over a person's name of two words (أرسنال | أليكس تشامبرلين)"},
      {{5, 3, 0}, {1, 2, 0}, {5, 6, 0}, "an organisation and a place, a person to the network: a club (ايك | اثينا)"},
      {{3, 5, 0}, {5, 6, 0}, {5, 6, 0}, "a place first: the network's type (only a name after its city's is a club's)"},
      {{3, 1, 2}, {1, 2, 2}, {3, 1, 2}, "a place, then a person: no person's name opens with a place (كولومبيا | بوش)"},
      {{3, 5, 0}, {1, 2, 0}, {3, 5, 0}, "nor with a place before a body (ريف | دمشق …)"},
      {{3, 3, 4}, {5, 6, 6}, {5, 6, 6}, "places of two words do not stop it (خان | بني سعد)"},
      {{1, 2, 0}, {1, 0, 0}, {1, 2, 0}, "a shorter neural entity changes nothing"},
      {{0, 3, 4}, {1, 2, 0}, {0, 3, 4}, "overlapping without containing: the feature model's stays"},
      {{0, 0, 4}, {0, 3, 0}, {0, 0, 4}, "an I- after the neural entity would continue it: left alone"},
      {{0, 0}, {0, 0, 0}, {0, 0}, "sequences of different lengths: the feature model's, unchanged"},
  };
  for (const auto& c : cases) EXPECT_EQ(merge_entities(c.feature, c.neural), c.merged) << c.why;
}

TEST(MergeEntities, NoReplacementAcrossTheConjunction) {
  // Labels: 1 B-PERS, 2 I-PERS, 5 B-ORG, 6 I-ORG, 0 O.
  struct {
    std::vector<std::string_view> words;
    std::vector<int> feature, neural, merged;
    const char* why;
  } cases[] = {
      {{"المدافع", "مكادو", "وعبدالله", "كانو"}, {0, 1, 1, 2}, {0, 1, 2, 2}, {0, 1, 1, 2},
       "two people joined by و stay two"},
      {{"ونجله", "أحمد", "صالح"}, {0, 1, 2}, {1, 2, 2}, {0, 1, 2}, "a noun with و before a name is no part of it"},
      {{"محمد", "صديق", "وزملاؤه"}, {1, 0, 0}, {1, 2, 0}, {1, 2, 0}, "و outside the neural entity changes nothing"},
      {{"قوات", "الاتحاد", "الأفريقي"}, {5, 5, 6}, {5, 6, 6}, {5, 6, 6}, "two pieces without و become one"},
      {{"وليد", "عمر"}, {0, 0}, {1, 2}, {1, 2}, "found by the neural tagger alone and و first: added"},
      {{"إسماعيل", "والملكين"}, {0, 0}, {1, 2}, {0, 0}, "found by the neural tagger alone, و inside: not a name"},
  };
  for (const auto& c : cases) EXPECT_EQ(merge_entities(c.feature, c.neural, c.words), c.merged) << c.why;
}

TEST(MergeEntities, ALongerNameTakesInNoClosedWord) {
  // Labels: 0 O, 1 B-PERS, 2 I-PERS; closed: N no, A always, B before a name.
  constexpr Closed N = Closed::kNo, A = Closed::kAlways, B = Closed::kBefore;
  struct {
    std::vector<int> feature, neural, merged;
    std::vector<Closed> closed;
    const char* why;
  } cases[] = {
      {{1, 0, 0}, {1, 2, 0}, {1, 0, 0}, {N, A, N}, "رييس | بيسراه: a word no name has"},
      {{0, 1, 2}, {1, 2, 2}, {0, 1, 2}, {B, N, N}, "باللواء | الغامدي: a title opens no name"},
      {{1, 0, 1}, {1, 1, 2}, {1, 1, 2}, {N, B, N}, "الباجي | قائد السبسي: a title after a name may be its word"},
      {{1, 2, 0}, {1, 2, 2}, {1, 2, 2}, {N, N, B}, "محمد عبد | مساعد: a title may end a name"},
      {{0, 1, 0}, {1, 2, 0}, {1, 2, 0}, {N, N, N}, "nothing closed: the longer name"},
      {{0, 0, 0}, {1, 2, 0}, {1, 2, 0}, {A, N, N}, "found by the neural tagger alone: not checked"},
  };
  const std::vector<std::string_view> words = {"ا", "ب", "ج"};
  for (const auto& c : cases) EXPECT_EQ(merge_entities(c.feature, c.neural, words, c.closed), c.merged) << c.why;
}

TEST(ClosedWords, FunctionWordsTitlesAndParticles) {
  Lexicon lexicon;
  lexicon.add("لواء", Category::kTitle);
  lexicon.add("ابن", Category::kPersonTrigger);
  const std::vector<std::string_view> words = {"خالد", "يقول", "وعلى", "علي", "بيسراه", "باللواء", "ابن", "فان", "فإن", "شاه",
                                               "خلفا", "بدون"};
  EXPECT_EQ(closed_words(lexicon, words),
            (std::vector<Closed>{Closed::kNo, Closed::kAlways, Closed::kAlways, Closed::kNo, Closed::kAlways,
                                 Closed::kBefore, Closed::kNo, Closed::kNo, Closed::kAlways, Closed::kNo,
                                 Closed::kAlways, Closed::kAlways}))
      << "خلفا لساندرو روسيل، بدون ميسي: prepositions open no name";
}

TEST(DropFunctionWords, LoneFunctionWordsAndLettersAreNoEntities) {
  // Labels: 0 O, 1 B-PERS, 2 I-PERS, 3 B-LOC.
  std::vector<std::string_view> words = {"وقال", "له", "إن", "بغداد", "د", "سالم", "ولكن"};
  std::vector<int> labels = {0, 1, 0, 3, 1, 2, 3};
  drop_function_words(labels, words);
  EXPECT_EQ(labels, (std::vector<int>{0, 0, 0, 3, 1, 2, 0}))
      << "له and ولكن alone go; بغداد stays; a letter inside a longer name (د سالم) stays";
  std::vector<std::string_view> letter = {"م"};
  std::vector<int> one = {3};
  drop_function_words(one, letter);
  EXPECT_EQ(one, std::vector<int>{0});
}

// A model file written the way tools/train/ner_neural.py writes one.
class ModelWriter {
 public:
  void tensor(const std::string& name, std::vector<std::uint32_t> dims, std::vector<float> values) {
    records_.push_back(head(name, 0, dims) + floats(values));
  }
  // Kind 2: one scale per row, then the values as signed bytes (value = scale · byte).
  void tensor_int8(const std::string& name, std::vector<std::uint32_t> dims, std::vector<float> scales,
                   std::vector<std::int8_t> values) {
    std::string r = head(name, 2, dims) + floats(scales);
    for (std::int8_t v : values) r += static_cast<char>(v);
    records_.push_back(std::move(r));
  }
  void words(const std::string& list) {
    records_.push_back(u32(5) + "words" + u32(1) + u32(1) + u32(static_cast<std::uint32_t>(list.size())) + list);
  }
  std::string bytes(const nlohmann::json& header, std::uint32_t version = 1) const {
    std::string h = header.dump();
    std::string out = "MRSDNNER" + u32(version) + u32(static_cast<std::uint32_t>(h.size())) + h +
                      u32(static_cast<std::uint32_t>(records_.size()));
    for (const auto& r : records_) out += r;
    return out;
  }
  static std::string head(const std::string& name, std::uint32_t kind, const std::vector<std::uint32_t>& dims) {
    std::string r = u32(static_cast<std::uint32_t>(name.size())) + name + u32(kind) + u32(static_cast<std::uint32_t>(dims.size()));
    for (std::uint32_t d : dims) r += u32(d);
    return r;
  }
  static std::string floats(const std::vector<float>& values) {
    std::string r;
    for (float v : values) {
      std::uint32_t bits;
      std::memcpy(&bits, &v, 4);
      r += u32(bits);
    }
    return r;
  }
  static std::string u32(std::uint32_t v) {
    std::string s(4, '\0');
    for (int i = 0; i < 4; ++i) s[static_cast<std::size_t>(i)] = static_cast<char>(v >> (8 * i) & 0xFF);
    return s;
  }

 private:
  std::vector<std::string> records_;
};

const std::vector<std::string> kTags = {"O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"};

struct Tiny {
  std::uint32_t version = 1;
  bool int8_words = false;
  bool own_words = true;  // false: the second network of an ensemble, using the first's table
  bool lm = false;        // a language model whose forward state carries بغداد to the next words
  bool domain_bit = false;  // a last input, the news bit (ner_neural.py --domain-bit), lights every word
  float o_bias = 1;       // O's score when nothing lights the state
  std::string words = "بغداد\nمدينة";  // the table's keys; the first lights the state
  nlohmann::json header_changes = nlohmann::json::object();  // merged into the header last
};

// One word feature, one hidden unit, a character CNN that gives nothing: the word بغداد (its
// vector is 1) drives the LSTM's cell gate, the cell opens the output, and the output layer
// gives B-LOC a score that beats O's bias. Wrong gate order, a wrong word key or a wrong
// direction would each change the tags. With `lm`, the tagger reads the language model's
// forward state instead of the word: the state stays lit after بغداد (forget gate open).
std::string tiny_model(const Tiny& o = {}) {
  ModelWriter w;
  if (o.own_words) {
    w.words(o.words);
    if (o.int8_words)  // as a quantised table: 127 · (1 / 127) = 1
      w.tensor_int8("words.weight", {4, 1}, {1, 1, 1.0f / 127, 1}, {0, 0, 127, 0});
    else
      w.tensor("words.weight", {4, 1}, {0, 0, 1, 0});
  }
  w.tensor("chars.weight", {5, 1}, {0, 0, 0, 0, 0});
  w.tensor("conv.weight", {1, 1, 3}, {0, 0, 0});
  w.tensor("conv.bias", {1}, {0});
  if (o.lm) {
    // Forward LM: cell = tanh(10 · word) when the word lights it, kept by an open forget gate.
    w.tensor("lm.fwd.weight_ih", {4, 1}, {0, 0, 10, 0});
    w.tensor("lm.fwd.weight_hh", {4, 1}, {0, 0, 0, 0});
    w.tensor("lm.fwd.bias_ih", {4}, {10, 10, 0, 10});
    w.tensor("lm.fwd.bias_hh", {4}, {0, 0, 0, 0});
    w.tensor("lm.bwd.weight_ih", {4, 1}, {0, 0, 0, 0});
    w.tensor("lm.bwd.weight_hh", {4, 1}, {0, 0, 0, 0});
    w.tensor("lm.bwd.bias_ih", {4}, {0, 0, 0, 0});
    w.tensor("lm.bwd.bias_hh", {4}, {0, 0, 0, 0});
  }
  // [word ; char CNN ; LM forward ; LM backward ; domain bit]
  const std::uint32_t inputs = (o.lm ? 4 : 2) + (o.domain_bit ? 1 : 0);
  for (std::string suffix : {"", "_reverse"}) {
    // Gates i, f, g, o: input open, forget shut, cell = tanh(10 · word, or the LM state), output open.
    std::vector<float> ih(4 * inputs, 0.0f);
    ih[2 * inputs + (o.lm ? 2 : 0)] = 10;
    if (o.domain_bit) ih[2 * inputs + inputs - 1] = 10;
    w.tensor("lstm.weight_ih_l0" + suffix, {4, inputs}, ih);
    w.tensor("lstm.weight_hh_l0" + suffix, {4, 1}, {0, 0, 0, 0});
    w.tensor("lstm.bias_ih_l0" + suffix, {4}, {10, -10, 0, 10});
    w.tensor("lstm.bias_hh_l0" + suffix, {4}, {0, 0, 0, 0});
  }
  std::vector<float> out(9 * 2, 0.0f), bias(9, 0.0f);
  out[1 * 2 + 0] = 10;  // B-LOC from the forward state only
  bias[0] = o.o_bias;   // O, unless the word lights the state
  w.tensor("out.weight", {9, 2}, out);
  w.tensor("out.bias", {9}, bias);
  w.tensor("crf.start", {9}, std::vector<float>(9, 0));
  w.tensor("crf.end", {9}, std::vector<float>(9, 0));
  w.tensor("crf.trans", {9, 9}, std::vector<float>(81, 0));
  nlohmann::json header = {{"n_words", 4}, {"word_dim", 1}, {"n_chars", 5}, {"n_tags", 9}, {"char_dim", 1},
                           {"filters", 1}, {"width", 3},    {"hidden", 1},  {"n_bits", 0}, {"tags", kTags},
                           {"chars", {"", "", "", "", "ب"}}, {"lm_hidden", o.lm ? 1 : 0}};
  if (o.domain_bit) header.update({{"n_bits", 1}, {"bits", "domain: 1 for news, 0 for anercorp"}});
  header.update(o.header_changes);
  return w.bytes(header, o.version);
}

TEST(NeuralTagger, TagsWithATinyHandMadeModel) {
  NeuralTagger t = NeuralTagger::parse(tiny_model(), "tiny");
  std::vector<int> labels = t.tag({"زار", "الوزير", "بغداد", "أمس"});
  EXPECT_EQ(labels, (std::vector<int>{0, 0, 3, 0}));
  EXPECT_EQ(t.tag({"بَغْدَاد"}), std::vector<int>{3});  // the key drops the diacritics
  EXPECT_EQ(t.tag({"مدينة", "مجهولة"}), (std::vector<int>{0, 0}));  // a known word and an unknown one
  EXPECT_TRUE(t.tag({}).empty());
  std::vector<float> em = t.emissions({"بغداد"});
  ASSERT_EQ(em.size(), static_cast<std::size_t>(kLabels));
  // The output: 10 · tanh(tanh(10)) with the gates at sigmoid(±10).
  float gate = 1.0f / (1.0f + std::exp(-10.0f));
  EXPECT_NEAR(em[3], 10 * gate * std::tanh(gate * std::tanh(10.0f)), 1e-4);
  EXPECT_NEAR(em[0], 1.0f, 1e-6);

  NeuralTagger quantised = NeuralTagger::parse(tiny_model({.int8_words = true}), "tiny-int8");
  EXPECT_EQ(quantised.tag({"زار", "الوزير", "بغداد", "أمس"}), labels);
  EXPECT_NEAR(quantised.emissions({"بغداد"})[3], em[3], 1e-5);
}

TEST(NeuralTagger, AWordTheTableLacksIsLookedUpWithoutItsProclitics) {
  NeuralTagger t = NeuralTagger::parse(tiny_model(), "tiny");
  for (std::string_view w : {"وبغداد", "لبغداد", "فبغداد", "وببغداد"})
    EXPECT_EQ(t.tag({w}), std::vector<int>{3}) << w << ": بغداد's vector";
  EXPECT_EQ(t.tag({"ومجهولة"}), std::vector<int>{0}) << "unknown with or without و";
  NeuralTagger article = NeuralTagger::parse(tiny_model({.words = "البصرة\nمدينة"}), "tiny");
  EXPECT_EQ(article.tag({"للبصرة"}), std::vector<int>{3}) << "لل is ل before the article: البصرة";
  EXPECT_EQ(article.tag({"والبصرة"}), std::vector<int>{3});
  EXPECT_EQ(article.tag({"البصرة", "بصرة"}), (std::vector<int>{3, 0})) << "the article is no proclitic";
}

TEST(NeuralTagger, AnEnsembleAveragesItsNetworks) {
  // Two networks, the second with the first's word table: O's bias 1 and 3 average to 2.
  NeuralTagger both = NeuralTagger::parse(tiny_model() + tiny_model({.own_words = false, .o_bias = 3}), "two");
  EXPECT_EQ(both.networks(), 2u);
  EXPECT_EQ(NeuralTagger::parse(tiny_model(), "one").networks(), 1u);
  std::vector<float> one = NeuralTagger::parse(tiny_model(), "one").emissions({"بغداد", "مدينة"});
  std::vector<float> mean = both.emissions({"بغداد", "مدينة"});
  EXPECT_NEAR(mean[0], 2.0f, 1e-6);
  EXPECT_NEAR(mean[3], one[3], 1e-6);  // B-LOC: the same in both networks
  EXPECT_EQ(both.tag({"زار", "بغداد"}), (std::vector<int>{0, 3}));
}

TEST(NeuralTagger, LanguageModelStatesAreTheTaggersInput) {
  // The forward LM keeps بغداد's light for the words after it; the tagger reads only that
  // state, so the word before stays O. A wrong input order (the backward state first) or no
  // state carried would leave every word O.
  NeuralTagger t = NeuralTagger::parse(tiny_model({.lm = true}), "lm");
  EXPECT_EQ(t.tag({"مدينة", "بغداد", "مدينة"}), (std::vector<int>{0, 3, 3}));
  EXPECT_EQ(t.tag({"مدينة", "مدينة"}), (std::vector<int>{0, 0}));
}

TEST(NeuralTagger, ADomainBitIsSetForNewsAndNotForAnercorp) {
  // The bit's column lights every word's cell: read as news every word is a place; read as
  // ANERcorp (bit 0) only بغداد, as without the bit. A bit in the wrong column, or none, would
  // give the same tags both ways.
  NeuralTagger t = NeuralTagger::parse(tiny_model({.domain_bit = true}), "domain");
  EXPECT_EQ(t.tag({"زار", "بغداد"}, Domain::kAnercorp), (std::vector<int>{0, 3}));
  EXPECT_EQ(t.tag({"زار", "بغداد"}, Domain::kNews), (std::vector<int>{3, 3}));
  EXPECT_EQ(t.tag({"زار", "بغداد"}), (std::vector<int>{3, 3})) << "news by default";
  // Other input bits (the lexicon's) are no domain bit and stay unsupported.
  EXPECT_THROW(NeuralTagger::parse(tiny_model({.header_changes = {{"n_bits", 1}}}), "bits"), FormatError);
}

TEST(NeuralTagger, DamagedOrForeignFilesAreFormatErrorsWithTheOffset) {
  const std::string good = tiny_model();
  struct {
    std::string bytes;
    const char* message;
    const char* why;
  } cases[] = {
      {"", "bad magic", "empty"},
      {"MRSDNER", "bad magic", "shorter than the magic"},
      {"marsad-ner\n1\n", "bad magic", "the feature model's file"},
      {tiny_model({.version = 2}), "format version 2", "a newer format"},
      {tiny_model({.own_words = false}), "no word list", "a network without a word table and none before it"},
      {tiny_model({.header_changes = {{"n_words", 5.5e28}}}), "'n_words' is not a whole number",
       "a size too large for any integer (converting it would be undefined)"},
      {tiny_model({.header_changes = {{"hidden", -1}}}), "'hidden' is not a whole number", "a negative size"},
      {tiny_model({.header_changes = {{"width", "3"}}}), "'width' is not a whole number", "a size as a string"},
      {good + tiny_model({.lm = true}).substr(0, 400), "ends early", "a second network cut short"},
      {good.substr(0, good.size() - 3), "ends early", "truncated in the last tensor"},
      {good + "x", "bytes after the last record", "trailing garbage"},
  };
  for (const auto& c : cases) {
    try {
      NeuralTagger::parse(c.bytes, "m.bin");
      ADD_FAILURE() << "no error: " << c.why;
    } catch (const FormatError& e) {
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos) << e.what() << " — " << c.why;
      EXPECT_EQ(e.where().file, "m.bin");
      EXPECT_NE(e.where().offset, Location::kNoOffset) << c.why;
    }
  }
}

std::vector<std::string> names(NerMode mode, const std::string& text) {
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  std::vector<std::string> out;
  for (const Entity& e : Recognizer::instance(mode).recognize(text, tokens, sentences)) out.push_back(e.name);
  return out;
}

TEST(AccurateMode, TheBuiltInNeuralTaggerAddsWhatTheFeatureModelMissed) {
  // Two foreign clubs named without their head (نادي) and without a country after them are not
  // in the feature model's reach; the neural tagger reads them as the clubs.
  const std::string text = "ويفاوض لاتسيو المدافع منذ أسابيع بينما يراقبه ساوثامبتون.";
  EXPECT_EQ(names(NerMode::kFast, text), std::vector<std::string>{});
  EXPECT_EQ(names(NerMode::kAccurate, text), (std::vector<std::string>{"لاتسيو", "ساوثامبتون"}));
}

TEST(AccurateMode, MissingOrForeignModelFilesAreErrorsNamingTheFile) {
  EXPECT_THROW(Recognizer::accurate({}, "/nonexistent/ner_neural.bin"), IoError);
  const std::string path = ::testing::TempDir() + "not_a_model.bin";
  {
    std::ofstream f(path, std::ios::binary);
    f << "marsad-ner\n";
  }
  try {
    Recognizer::accurate({}, path);
    ADD_FAILURE() << "a feature model's header is no neural model";
  } catch (const FormatError& e) {
    EXPECT_EQ(e.where().file, path);
  }
}

}  // namespace
}  // namespace marsad::ner
