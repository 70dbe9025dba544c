#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "ner/model.h"

namespace marsad::ner {
namespace {

namespace fs = std::filesystem;

fs::path temp_file(const std::string& name) { return fs::path(::testing::TempDir()) / name; }

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A small model: 2^12 rows of random weights, the built-in lexicon, two clustered words.
Model random_model(std::uint64_t seed) {
  Model m;
  m.hash_bits = 12;
  m.lexicon = builtin_lexicon();
  m.clusters = {{"بغداد", {500, 3, 1}}, {"القاهره", {400, 3, 1}}};
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> noise(0, 1);
  m.emission.resize(static_cast<std::size_t>(m.rows()) * kLabels);
  for (float& w : m.emission) w = noise(rng);
  for (auto& row : m.transition)
    for (float& t : row) t = noise(rng) * 3;
  return m;
}

// The obvious decoder: every allowed label sequence, scored in full.
std::vector<int> brute_force(const Model& m, const SentenceFeatures& f) {
  const std::size_t n = f.offsets.size() - 1;
  std::vector<int> labels(n, 0), best;
  float best_score = -1e30f;
  for (;;) {
    bool ok = true;
    float score = 0;
    for (std::size_t i = 0; i < n && ok; ++i) {
      int prev = i ? labels[i - 1] : kStart;
      ok = allowed(prev, labels[i]);
      score += m.transition[prev][labels[i]];
      for (auto k = f.offsets[i]; k < f.offsets[i + 1]; ++k)
        score += m.emission[static_cast<std::size_t>(f.ids[k]) * kLabels + static_cast<std::size_t>(labels[i])];
    }
    if (ok && score > best_score) best_score = score, best = labels;
    std::size_t i = 0;
    while (i < n && ++labels[i] == kLabels) labels[i++] = 0;
    if (i == n) return best;
  }
}

TEST(Features, ContextAndCliticsShapeTheIds) {
  Model m = random_model(1);
  SentenceFeatures a, b, c;
  m.extract({"وصل", "الوفد", "إلى", "بغداد"}, a);
  m.extract({"وصل", "الوفد", "إلى", "بغداد", "أمس"}, b);
  ASSERT_EQ(a.offsets.size(), 5u);
  auto ids = [](const SentenceFeatures& f, std::size_t i) {
    std::vector<std::uint32_t> v(f.ids.begin() + f.offsets[i], f.ids.begin() + f.offsets[i + 1]);
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(ids(a, 0), ids(b, 0)) << "a word three places away is outside the ±2 window";
  EXPECT_NE(ids(a, 3), ids(b, 3)) << "the next word changes the last word's features";
  // ببغداد and بغداد share the features of their common reading (cluster, frequency).
  m.extract({"وصل", "الوفد", "إلى", "ببغداد"}, c);
  auto x = ids(a, 3), y = ids(c, 3);
  std::vector<std::uint32_t> shared;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(shared));
  EXPECT_GE(shared.size(), 8u);
  EXPECT_LT(shared.size(), x.size()) << "but the surface form still differs";
  m.extract(std::vector<std::string>{}, c);
  EXPECT_EQ(c.offsets.size(), 1u) << "an empty sentence has no features";
}

TEST(Decode, ViterbiEqualsBruteForceAndKeepsBio) {
  const std::vector<std::vector<std::string>> sentences = {
      {"قال"}, {"التقى", "الرئيس", "بوفد"}, {"زار", "وزير", "الخارجية", "القاهرة", "أمس"}};
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    Model m = random_model(seed);
    for (const auto& s : sentences) {
      SentenceFeatures f;
      m.extract(s, f);
      std::vector<int> fast = m.decode(f);
      EXPECT_EQ(fast, brute_force(m, f)) << "seed " << seed;
      for (std::size_t i = 0; i < fast.size(); ++i) EXPECT_TRUE(allowed(i ? fast[i - 1] : kStart, fast[i]));
    }
  }
}

TEST(Decode, StrongInsideWeightsStillGiveValidTags) {
  Model m = random_model(3);
  std::fill(m.emission.begin(), m.emission.end(), 0.0f);
  for (std::size_t r = 0; r < m.rows(); ++r) m.emission[r * kLabels + 2] = 5;  // I-PERS everywhere
  auto tags = m.tag({"زار", "الوزير", "المدينة"});
  EXPECT_EQ(tags, (std::vector<std::string>{"B-PERS", "I-PERS", "I-PERS"}))
      << "I-PERS cannot open the sentence: the decoder starts with B-PERS instead";
}

// Sorted ids of word i.
std::vector<std::uint32_t> word_ids(const SentenceFeatures& f, std::size_t i) {
  std::vector<std::uint32_t> v(f.ids.begin() + f.offsets[i], f.ids.begin() + f.offsets[i + 1]);
  std::sort(v.begin(), v.end());
  return v;
}

TEST(LabelCounts, KeepsCountsAcrossGrowthAndKeyZero) {
  LabelCounts c;
  // Keys that share their low bits collide in the open-addressing table; 0 is a key too.
  for (std::uint64_t k = 0; k < 1000; ++k) c.at(k << 20)[k % 5] += static_cast<std::int32_t>(k + 1);
  for (std::uint64_t k = 0; k < 1000; ++k) {
    const auto* found = c.find(k << 20);
    ASSERT_NE(found, nullptr) << k;
    EXPECT_EQ((*found)[k % 5], static_cast<std::int32_t>(k + 1)) << k;
  }
  EXPECT_EQ(c.find(12345), nullptr);
}

TEST(DocumentVotes, WhatTheFirstPassSaidElsewhereBecomesFeatures) {
  Model m = random_model(4);
  SentenceFeatures a, b;
  // The city is tagged in the first sentence; the second has it with the preposition ب.
  m.extract({"قصفت", "الطائرات", "بغداد", "فجرا"}, a);
  m.extract({"اجتمع", "الوزراء", "ببغداد", "أمس"}, b);
  const std::vector<int> la = {0, 0, 3, 0}, lb = {0, 0, 0, 0};  // 3 = B-LOC
  DocumentVotes alone, both;
  alone.add(b, lb);
  both.add(a, la);
  both.add(b, lb);
  DocumentFeatures fa, fb;
  alone.features(b, lb, m.hash_bits, fa);
  both.features(b, lb, m.hash_bits, fb);
  EXPECT_NE(word_ids(fa, 2), word_ids(fb, 2)) << "ببغداد reads as بغداد, tagged a place elsewhere";
  EXPECT_EQ(word_ids(fa, 0), word_ids(fb, 0)) << "اجتمع is not in the other sentence";
  EXPECT_EQ(word_ids(fa, 2).size(), 1u) << "seen nowhere else: one 'unseen' feature";

  // A word's own label is no evidence about it.
  DocumentVotes tagged;
  const std::vector<int> lb2 = {0, 0, 3, 0};
  tagged.add(b, lb2);
  DocumentFeatures ft;
  tagged.features(b, lb2, m.hash_bits, ft);
  EXPECT_EQ(word_ids(ft, 2), word_ids(fa, 2));

  // Removing a sentence undoes adding it (the window slides).
  both.add(a, la, -1);
  both.features(b, lb, m.hash_bits, fb);
  EXPECT_EQ(word_ids(fb, 2), word_ids(fa, 2));
}

TEST(DocumentVotes, AMultiWordNameTaggedElsewhereMarksEachWordsPlace) {
  Model m = random_model(5);
  SentenceFeatures a, b;
  m.extract({"قال", "سالم", "الحداد", "إن", "الاتفاق", "قريب"}, a);
  m.extract({"التقى", "سالم", "الحداد", "بالوفد"}, b);
  const std::vector<int> none(4, 0);
  DocumentVotes as_name, as_words;
  as_name.add(a, {0, 1, 2, 0, 0, 0});   // B-PERS I-PERS
  as_words.add(a, {0, 1, 0, 0, 0, 0});  // only the first name tagged
  as_name.add(b, none);
  as_words.add(b, none);
  DocumentFeatures fn, fw;
  as_name.features(b, none, m.hash_bits, fn);
  as_words.features(b, none, m.hash_bits, fw);
  // With the two-word name, both words gain a name feature (its first and its last word).
  EXPECT_EQ(word_ids(fn, 1).size(), word_ids(fw, 1).size() + 1);
  EXPECT_NE(word_ids(fn, 2), word_ids(fw, 2));
  EXPECT_EQ(word_ids(fn, 3), word_ids(fw, 3)) << "بالوفد is outside the name";
}

// A model with a document pass of random weights.
Model random_document_model(std::uint64_t seed, std::uint32_t window) {
  Model m = random_model(seed);
  Model other = random_model(seed + 100);
  m.document.emission = other.emission;
  m.document.transition = other.transition;
  m.document.window = window;
  return m;
}

TEST(DocumentPass, RunningTextSeesOnlyTheWindow) {
  const std::vector<std::vector<std::string>> text = {
      {"زار", "سالم", "بغداد"}, {"ثم", "عاد", "سالم", "إلى", "القاهرة"}, {"وقال", "إن", "بغداد", "آمنة"},
      {"وأضاف", "سالم", "أن", "القاهرة", "تدعم", "بغداد"}, {"وغادر", "سالم"}, {"وصلت", "بعثة", "إلى", "بغداد"}};
  std::vector<SentenceFeatures> f(text.size());
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    Model m = random_document_model(seed, 1);
    for (std::size_t s = 0; s < text.size(); ++s) m.extract(text[s], f[s]);
    auto running = m.decode_document(f, true);
    ASSERT_EQ(running.size(), text.size());
    // Sentence s's document is sentences s-1 .. s+1: tagging just those as a whole article
    // gives the same labels.
    for (std::size_t s = 1; s + 1 < text.size(); ++s) {
      std::vector<SentenceFeatures> part(f.begin() + static_cast<std::ptrdiff_t>(s) - 1,
                                         f.begin() + static_cast<std::ptrdiff_t>(s) + 2);
      EXPECT_EQ(running[s], m.decode_document(part, false)[1]) << "seed " << seed << " sentence " << s;
    }
    for (const auto& labels : running)
      for (std::size_t i = 0; i < labels.size(); ++i) EXPECT_TRUE(allowed(i ? labels[i - 1] : kStart, labels[i]));
  }
}

TEST(DocumentPass, PackedTableTagsLikeTheWeights) {
  const std::vector<std::vector<std::string>> text = {
      {"استقبل", "الرئيس", "وفدا", "من", "بغداد"}, {"وأكد", "الوفد", "دعم", "القاهرة", "للاتفاق"}};
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    Model m = random_document_model(seed, 5);
    m.quantize();
    std::vector<SentenceFeatures> f(text.size());
    for (std::size_t s = 0; s < text.size(); ++s) m.extract(text[s], f[s]);
    auto weights = m.decode_document(f, false);
    m.pack();  // 16-bit rows of both passes side by side: the run-time path
    EXPECT_EQ(m.decode_document(f, false), weights) << "seed " << seed;
  }
}

TEST(DocumentPass, WithoutOneTheSentencePassDecides) {
  Model m = random_model(6);
  std::vector<SentenceFeatures> f(2);
  m.extract({"زار", "سالم", "بغداد"}, f[0]);
  m.extract({"وعاد", "سالم", "إلى", "القاهرة"}, f[1]);
  auto labels = m.decode_document(f, false);
  EXPECT_EQ(labels[0], m.decode(f[0]));
  EXPECT_EQ(labels[1], m.decode(f[1]));
}

// Sentences written for this test, in ANERcorp's format.
constexpr const char* kTinyCorpus =
    "زار\tO\nالرئيس\tO\nسالم\tB-PERS\nالحداد\tI-PERS\nمدينة\tO\nطرابلس\tB-LOC\n.\tO\n\n"
    "وصل\tO\nسالم\tB-PERS\nالحداد\tI-PERS\nإلى\tO\nطرابلس\tB-LOC\n.\tO\n\n"
    "أعلنت\tO\nشركة\tO\nالنور\tB-ORG\nللطاقة\tI-ORG\nأرباحها\tO\n.\tO\n\n"
    "قالت\tO\nشركة\tO\nالنور\tB-ORG\nللطاقة\tI-ORG\nإن\tO\nطرابلس\tB-LOC\nمدينة\tO\nكبيرة\tO\n.\tO\n";

// Options for a model trained in a test: small table, no dev part.
TrainOptions tiny_options(const fs::path& data, int epochs, std::uint32_t hash_bits) {
  TrainOptions opts;
  opts.data = data;
  opts.dev_fraction = 0;
  opts.epochs = epochs;
  opts.hash_bits = hash_bits;
  return opts;
}

TEST(Training, LearnsSavesAndLoadsTheSameModel) {
  fs::path data = temp_file("ner_tiny.conll"), out = temp_file("ner_tiny.bin");
  write(data, kTinyCorpus);
  TrainOptions opts = tiny_options(data, 8, 14);
  opts.document_folds = 1;
  EXPECT_THROW(train(opts, out), InputError) << "one part leaves nothing to train the first pass on";
  opts.document_folds = 2;
  TrainReport report = train(opts, out);
  EXPECT_EQ(report.train_sentences, 4u);
  EXPECT_EQ(report.model_bytes, fs::file_size(out));

  Recognizer loaded(out);
  for (const auto& s : read_conll(data)) EXPECT_EQ(loaded.tag(s.words), s.tags) << "a perceptron fits 4 sentences";
  EXPECT_TRUE(loaded.model().has_document_pass());
  // Saving what was loaded gives the same bytes: nothing is lost in the round trip.
  const std::vector<std::vector<std::string>> samples = {{"زار", "سالم", "الحداد", "طرابلس"}};
  std::string again = loaded.model().save(samples);
  Recognizer reloaded(again, "again");
  EXPECT_EQ(reloaded.tag({"وصل", "سالم", "الحداد", "إلى", "طرابلس"}),
            loaded.tag({"وصل", "سالم", "الحداد", "إلى", "طرابلس"}));
  EXPECT_EQ(reloaded.model().save(samples), again);
  EXPECT_EQ(loaded.held_out(), 0.0) << "trained on every gold sentence";
}

TEST(Training, TheModelRecordsTheDevPartItHeldOut) {
  fs::path data = temp_file("ner_tiny2.conll"), out = temp_file("ner_held.bin");
  write(data, kTinyCorpus);
  TrainOptions opts = tiny_options(data, 4, 12);
  opts.dev_fraction = 0.25;
  opts.document_folds = 0;
  train(opts, out);
  EXPECT_EQ(Recognizer(out).held_out(), 0.25);
  // The built-in model: format version 3 knows no held-out share, or version 4 on records it.
  const double builtin = Recognizer::instance().held_out();
  EXPECT_TRUE(builtin == -1 || (builtin >= 0 && builtin < 1)) << builtin;
}

// Training on a file with an untagged sentence is refused, naming that file.
void expect_refused_naming(const TrainOptions& opts, const fs::path& out, const std::string& file) {
  try {
    train(opts, out);
    ADD_FAILURE() << "untagged sentences in " << file << " must be refused";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(file), std::string::npos) << e.what();
  }
}

TEST(Training, LearnsFromMachineLabelledArticlesToo) {
  // Two articles labelled "by a machine" (written for this test) name a bank and a person the
  // gold sentences never show; the sentence pass learns them, the dev part stays gold.
  fs::path data = temp_file("ner_gold.conll"), extra = temp_file("ner_extra.conll");
  write(data, kTinyCorpus);
  const std::string article =
      "-DOCSTART-\tO\n\nانضم\tO\nكريم\tB-PERS\nالعاني\tI-PERS\nإلى\tO\nمصرف\tB-ORG\nالرافدين\tI-ORG\n.\tO\n\n"
      "وقال\tO\nالعاني\tB-PERS\nإن\tO\nمصرف\tB-ORG\nالرافدين\tI-ORG\nيربح\tO\n.\tO\n\n";
  write(extra, article + article);
  const std::vector<std::string> words = {"انضم", "كريم", "العاني", "إلى", "مصرف", "الرافدين", "."};
  const std::vector<std::string> tags = {"O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "O"};
  TrainOptions opts = tiny_options(data, 8, 14);
  opts.dev_fraction = 0.25;
  opts.document_folds = 2;
  fs::path out = temp_file("ner_gold_only.bin");
  train(opts, out);
  EXPECT_NE(Recognizer(out).tag(words), tags) << "the gold sentences alone do not teach these names";

  opts.extra = extra;
  opts.extra_document_share = 0.5;
  out = temp_file("ner_with_extra.bin");
  TrainReport report = train(opts, out);
  EXPECT_EQ(report.train_sentences, 3u);
  EXPECT_EQ(report.extra_sentences, 4u);
  EXPECT_EQ(report.dev_sentences, 1u) << "the dev part is cut from the gold file only";
  EXPECT_EQ(Recognizer(out).tag(words), tags);

  opts.extra_document_share = 1.5;
  EXPECT_THROW(train(opts, out), InputError);
  opts.extra_document_share = 0;
  write(extra, "-DOCSTART-\tO\n\nانضم\nكريم\n");
  expect_refused_naming(opts, out, "ner_extra.conll");
}

TEST(Training, LearnsFromMoreGoldArticlesWithBothPassesNeverAsDev) {
  // A hand-labelled news article (written for this test) names a club and its coach that the
  // gold sentences never show. Given as more gold, both passes learn it; the dev part is still
  // cut from --data alone, and a file with an untagged line is named in the error.
  fs::path data = temp_file("ner_gold2.conll"), more = temp_file("ner_more_gold.conll");
  write(data, kTinyCorpus);
  write(more,
        "-DOCSTART-\tO\n\nتعاقد\tO\nنادي\tO\nالفيصلي\tB-ORG\nمع\tO\nالمدرب\tO\nنزار\tB-PERS\nمحروس\tI-PERS\n.\tO\n\n"
        "وقال\tO\nمحروس\tB-PERS\nإن\tO\nالفيصلي\tB-ORG\nيستعد\tO\n.\tO\n\n"
        "-DOCSTART-\tO\n\nفاز\tO\nالفيصلي\tB-ORG\nبقيادة\tO\nنزار\tB-PERS\nمحروس\tI-PERS\n.\tO\n\n");
  const std::vector<std::string> words = {"تعاقد", "نادي", "الفيصلي", "مع", "المدرب", "نزار", "محروس", "."};
  const std::vector<std::string> tags = {"O", "O", "B-ORG", "O", "O", "B-PERS", "I-PERS", "O"};
  TrainOptions opts = tiny_options(data, 8, 14);
  opts.dev_fraction = 0.25;
  opts.document_folds = 2;
  fs::path out = temp_file("ner_without_more.bin");
  train(opts, out);
  EXPECT_NE(Recognizer(out).tag(words), tags) << "the gold sentences alone do not teach these names";

  opts.more_gold = {more};
  out = temp_file("ner_with_more.bin");
  TrainReport report = train(opts, out);
  EXPECT_EQ(report.train_sentences, 3u);
  EXPECT_EQ(report.more_gold_sentences, 3u);
  EXPECT_EQ(report.dev_sentences, 1u) << "the dev part is cut from --data only";
  EXPECT_EQ(Recognizer(out).tag(words), tags);
  // The model file records the articles it learnt, so that scores on them can be flagged.
  const auto seen = Recognizer(out).learnt_articles(read_conll(more));
  EXPECT_EQ(seen.learnt, 2u);
  EXPECT_EQ(seen.articles, 2u);
  write(data, std::string("-DOCSTART-\tO\n\n") + kTinyCorpus);
  EXPECT_EQ(Recognizer(out).learnt_articles(read_conll(data)).learnt, 0u) << "an article it never saw";
  EXPECT_EQ(Recognizer(out).learnt_articles(read_conll(data)).articles, 1u);

  write(more, "-DOCSTART-\tO\n\nتعاقد\tO\nالفيصلي\n");
  expect_refused_naming(opts, out, "ner_more_gold.conll");
}

TEST(Training, DomainFeaturesKeepEachCorpussConvention) {
  // The same sentence (written for this test) is tagged one way in --data (ANERcorp's domain:
  // the channel الجزيرة) and another in the news articles (the island). With --domains each
  // domain keeps its own reading, and the model reads text as news unless told otherwise;
  // without, one reading serves both and the domain changes nothing.
  fs::path data = temp_file("ner_domain_gold.conll"), more = temp_file("ner_domain_news.conll");
  std::string anercorp = kTinyCorpus, news = "-DOCSTART-\tO\n\n";
  for (int i = 0; i < 3; ++i) {
    anercorp += "\nذكرت\tO\nالجزيرة\tB-ORG\nالخبر\tO\n.\tO\n";
    news += "ذكرت\tO\nالجزيرة\tB-LOC\nالخبر\tO\n.\tO\n\n";
  }
  write(data, anercorp);
  write(more, news);
  TrainOptions opts = tiny_options(data, 8, 14);
  opts.document_folds = 2;
  opts.more_gold = {more};
  opts.domains = true;
  fs::path out = temp_file("ner_domains.bin");
  train(opts, out);
  const std::vector<std::string> words = {"ذكرت", "الجزيرة", "الخبر", "."};
  Recognizer r(out);
  EXPECT_TRUE(r.model().domains);
  EXPECT_EQ(r.tag(words)[1], "B-LOC") << "news by default";
  r.set_domain(Domain::kAnercorp);
  EXPECT_EQ(r.tag(words)[1], "B-ORG");

  opts.domains = false;
  out = temp_file("ner_no_domains.bin");
  train(opts, out);
  Recognizer plain(out);
  EXPECT_FALSE(plain.model().domains);
  const auto before = plain.tag(words);
  plain.set_domain(Domain::kAnercorp);
  EXPECT_EQ(plain.tag(words), before);
}

TEST(Clusters, KeepEveryWordAcrossGrowthAndUpdateInPlace) {
  // A thousand words push the table through several growths; adding a word again replaces
  // its information; words() gives them in the order first added.
  Clusters c;
  for (int i = 0; i < 1000; ++i)
    c.add("مدينة" + std::to_string(i), {static_cast<std::uint32_t>(i + 1), static_cast<std::uint16_t>(i % 7), 1, {}});
  c.add("مدينة5", {77, 2, 2, {}});
  for (int i = 0; i < 1000; ++i) {
    const WordInfo* w = c.find("مدينة" + std::to_string(i));
    ASSERT_NE(w, nullptr) << i;
    EXPECT_EQ(w->count, i == 5 ? 77u : static_cast<std::uint32_t>(i + 1));
  }
  EXPECT_EQ(c.find("مدينة1000"), nullptr);
  EXPECT_EQ(Clusters().find("مدينة1"), nullptr) << "an empty table";
  const auto words = c.words();
  ASSERT_EQ(words.size(), 1000u);
  EXPECT_EQ(words[0].first, "مدينة0");
  EXPECT_EQ(words[5].second.count, 77u);
}

TEST(Clusters, ExtraClusteringsAreLearnedReadAndSaved) {
  // Two kinds of words in two kinds of contexts: cities after a travel verb, dishes after a
  // verb of eating. Each extra clustering gives every word an id within its own size.
  fs::path corpus = temp_file("clusters_corpus.txt"), out = temp_file("clusters.tsv");
  std::string text = "عنوان\n";
  const char* cities[] = {"بغداد", "دمشق", "عمان", "تونس"};
  const char* dishes[] = {"الكبسة", "المنسف", "الكسكس", "الفلافل"};
  for (int r = 0; r < 20; ++r)
    for (int k = 0; k < 4; ++k)
      text += std::string("سافر الوفد إلى ") + cities[k] + " أمس . أكل الضيوف " + dishes[(k + r) % 4] + " ليلا .\n";
  write(corpus, text);
  ClusterOptions opts;
  opts.vocabulary = 30;
  opts.contexts = 10;
  opts.fine = 4;
  opts.coarse = 2;
  opts.extra = {2, 3};
  learn_clusters(corpus, opts, out);
  Clusters c = read_clusters(out.string());
  const WordInfo* baghdad = c.find("بغداد");
  ASSERT_NE(baghdad, nullptr);
  EXPECT_GE(baghdad->extra[0], 1);
  EXPECT_LE(baghdad->extra[0], 2);
  EXPECT_GE(baghdad->extra[1], 1);
  EXPECT_LE(baghdad->extra[1], 3);
  EXPECT_EQ(baghdad->extra[2], 0) << "only two extra clusterings were asked for";
  opts.extra = {2, 2, 2, 2};
  EXPECT_THROW(learn_clusters(corpus, opts, out), InputError);

  // The extra ids travel in the model file.
  Model m = random_model(4);
  m.clusters = {{"بغداد", {500, 3, 1, {2, 7, 9}}}};
  Recognizer loaded(m.save({{"زار", "الوفد", "بغداد"}}), "extra");
  const WordInfo* back = loaded.model().clusters.find("بغداد");
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->extra, (std::array<std::uint16_t, kExtraClusterings>{2, 7, 9}));
}

TEST(Features, WordsOfOneExtraClusterShareAFeature) {
  // Two club names with different fine and coarse clusters: how many features they share
  // depends only on how many extra clusterings put them together.
  auto shared = [](std::array<std::uint16_t, kExtraClusterings> celtic, std::array<std::uint16_t, kExtraClusterings> benfica) {
    Model m = random_model(5);
    m.clusters = {{"سلتيك", {30, 5, 2, celtic}}, {"بنفيكا", {20, 8, 3, benfica}}};
    SentenceFeatures a, b;
    m.extract({"فاز", "سلتيك"}, a);
    m.extract({"فاز", "بنفيكا"}, b);
    auto x = word_ids(a, 1), y = word_ids(b, 1);
    std::vector<std::uint32_t> both;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
    return both.size();
  };
  EXPECT_EQ(shared({1, 4, 6}, {1, 4, 9}), shared({1, 4, 6}, {2, 5, 9}) + 2);
  EXPECT_EQ(shared({1, 4, 6}, {1, 4, 6}), shared({1, 4, 6}, {2, 5, 9}) + 3);
}

TEST(ModelFile, BadFilesAreFormatErrorsNamingTheFile) {
  fs::path data = temp_file("ner_tiny2.conll"), good = temp_file("ner_good.bin");
  write(data, kTinyCorpus);
  train(tiny_options(data, 2, 12), good);
  const std::string bytes = read(good);

  struct Case {
    std::string name;
    std::string bytes;
    const char* expect;
  } cases[] = {
      {"not_a_model.bin", "hello, this is not a model", "bad magic"},
      {"empty.bin", "", "bad magic"},
      {"truncated.bin", bytes.substr(0, bytes.size() / 2), "damaged"},
      {"header_only.bin", bytes.substr(0, 14), "truncated"},
      {"future.bin", bytes.substr(0, 11) + '\x07' + bytes.substr(12), "version 7"},
      {"flipped.bin", bytes.substr(0, bytes.size() - 40) + char(bytes[bytes.size() - 40] ^ 0x5A) +
                          bytes.substr(bytes.size() - 39), "damaged"},
  };
  for (const auto& c : cases) {
    fs::path p = temp_file(c.name);
    write(p, c.bytes);
    try {
      Recognizer r(p);
      ADD_FAILURE() << c.name << " loaded";
    } catch (const FormatError& e) {
      EXPECT_NE(std::string(e.what()).find(c.name), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(c.expect), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(Recognizer(temp_file("no_such_model.bin")), IoError);
}

TEST(DefaultModel, TagsAnInventedSentence) {
  const Recognizer& r = Recognizer::instance();
  auto tags = r.tag({"وصل", "الوفد", "المصري", "إلى", "بغداد", "أمس", "."});
  ASSERT_EQ(tags.size(), 7u);
  EXPECT_EQ(tags[4], "B-LOC") << "a capital in the gazetteer, after إلى";
  EXPECT_EQ(tags[0], "O");
}

}  // namespace
}  // namespace marsad::ner
