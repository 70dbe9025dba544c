#include "marsad/summary.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "summary/words.h"

namespace marsad::summary {
namespace {

struct Article {
  std::string text;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  std::vector<Entity> entities;

  explicit Article(std::string t) : text(std::move(t)) {
    tokens = text::tokenize(text);
    sentences = text::split_sentences(text, tokens);
  }
  Context context() const {
    auto nl = static_cast<std::uint32_t>(text.find('\n'));
    return {text, tokens, sentences, entities, {0, nl}};
  }
  std::string cut(Span s) const { return text.substr(s.begin, s.end - s.begin); }
  Span find(std::string_view s) const {
    auto at = static_cast<std::uint32_t>(text.find(s));
    return {at, at + static_cast<std::uint32_t>(s.size())};
  }
};

TEST(WordKey, CliticsThatDoNotChangeTheWordAreRemoved) {
  struct {
    const char* word;
    const char* key;
    const char* why;
  } cases[] = {
      {"الحكومة", "حكومه", "the article goes, ة is folded"},
      {"والحكومة", "حكومه", "و before the article goes with it"},
      {"للحكومة", "حكومه", "ل + ال is written لل"},
      {"بالحكومة", "حكومه", "ب before the article"},
      {"وزير", "وزير", "a bare word starting with و keeps it"},
      {"فرنسا", "فرنسا", "a bare word starting with ف keeps it"},
      {"الأمن", "امن", "hamza forms fold to ا"},
  };
  for (const auto& c : cases) EXPECT_EQ(word_key(c.word), c.key) << c.why;
  EXPECT_EQ(display_word("والحكومة"), "الحكومة");
  EXPECT_EQ(display_word("للحكومة"), "الحكومة");
  EXPECT_EQ(display_word("بالعراق"), "العراق");
  EXPECT_EQ(display_word("وزير"), "وزير");
}

TEST(TimeSortKey, Table) {
  struct {
    const char* value;
    const char* key;
    const char* why;
  } cases[] = {
      {"2024-09-28", "2024-09-28", "a day sorts as written"},
      {"2024-09", "2024-09", "a month sorts before its days"},
      {"2024-W38", "2024-09-16", "ISO week 38 of 2024 starts on Monday 16 September"},
      {"2021-W01", "2021-01-04", "week 1 is the one holding 4 January"},
      {"2025-Q3", "2025-07", "a quarter sorts at its first month"},
      {"2024-SU", "2024-06", "a season at its first month"},
      {"201", "2010", "a decade"},
      {"2024-09-28T10:30", "2024-09-28T10:30", "a time of day"},
      {"XXXX-09", "", "September of no known year is no point in time"},
      {"PRESENT_REF", "", "a reference, not a date"},
      {"P2Y", "", "a duration"},
      {"", "", "nothing"},
  };
  for (const auto& c : cases) EXPECT_EQ(time_sort_key(c.value), c.key) << c.why;
}

TEST(Keyphrases, RepeatedPhrasesAndEntitiesWithoutRepetition) {
  Article a(
      "البرلمان يناقش الموازنة العامة\n"
      "بدأ البرلمان العراقي مناقشة الموازنة العامة لعام 2025. وقالت النائبة سهى الموسوي إن "
      "الموازنة العامة تحتاج إلى تعديلات في أبواب الاستثمار. وطالبت الموسوي بزيادة مخصصات "
      "الاستثمار في المحافظات. ويتوقع أن يصوت البرلمان العراقي على الموازنة العامة الشهر المقبل.");
  Entity e;
  e.id = "e1";
  e.type = EntityType::kPerson;
  e.name = "سهى الموسوي";
  e.mentions = {a.find("سهى الموسوي"), a.find("الموسوي بزيادة")};
  e.mentions[1].end = e.mentions[1].begin + static_cast<std::uint32_t>(std::string("الموسوي").size());
  a.entities = {e};
  auto phrases = keyphrases(a.context(), 5);
  ASSERT_FALSE(phrases.empty());
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has("الموازنة العامة"));      // in the title and three times in the body
  EXPECT_TRUE(has("سهى الموسوي"));          // an entity, named canonically
  EXPECT_TRUE(has("البرلمان العراقي"));
  EXPECT_FALSE(has("الموازنة"));            // contained in a better phrase
  for (const auto& p : phrases) EXPECT_EQ(p.find("في "), std::string::npos) << p;  // no stop word
  EXPECT_LE(phrases.size(), 5u);
  EXPECT_TRUE(keyphrases(a.context(), 0).empty());
}

TEST(WordKey, FoldedFormGivesTheSameKey) {
  // key_of_folded is word_key without the normalization: the two must agree.
  for (const char* w : {"والحكومة", "للمدارس", "بالعراق", "وزير", "كالبرق", "الأمن"}) {
    std::string folded;
    text::normalize_into(w, text::Profile::kSearch, folded);
    EXPECT_EQ(key_of_folded(folded), word_key(w)) << w;
  }
  WordIds ids;
  EXPECT_EQ(ids.id("حكومه"), 0u);
  EXPECT_EQ(ids.id("وزير"), 1u);
  EXPECT_EQ(ids.id("حكومه"), 0u);  // the same word keeps its number
  EXPECT_EQ(ids.word(1), "وزير");
}

TEST(Keyphrases, NoPiecesOfNamesAndNoFormulas) {
  // Without NER the name الأمير سالم بن فهد repeats as n-grams; the pieces that end in بن or
  // begin with it are no keyphrases, nor is الله from رحمه الله / إن شاء الله.
  Article a(
      "افتتاح مركز الأمير سالم\n"
      "افتتح الأمير سالم بن فهد مركز الأبحاث الجديد. وقال الأمير سالم بن فهد إن المركز سيخدم "
      "الباحثين إن شاء الله. وشكر الأمير سالم بن فهد الباحثين، وترحم على مؤسس المركز رحمه الله. "
      "ويضم مركز الأبحاث مختبرات حديثة، والله الموفق.");
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    EXPECT_FALSE(p.ends_with(" بن")) << p;
    EXPECT_FALSE(p.starts_with("بن ")) << p;
    EXPECT_EQ(p.find("الله"), std::string::npos) << p;
  }
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "مركز الأبحاث"), phrases.end());
}

TEST(Keyphrases, LongNamesWholeAndTitlesNotAlone) {
  // A five-word name is a candidate whole (سلمان بن عبدالعزيز آل سعود; they were cut at
  // four); a word that mostly comes right before a name (الدكتور) is its title, not what the
  // article is about.
  Article a(
      "افتتاح مستشفى جديد في الباحة\n"
      "افتتح الأمير خالد بن سعود آل نايف مستشفى الباحة الجديد. وقال الدكتور سامي العتيبي إن "
      "المستشفى يضم مئتي سرير. وأوضح الدكتور فهد القحطاني أن المستشفى يخدم القرى. وأكد الدكتور "
      "نايف الحربي أن الأمير خالد بن سعود آل نايف تابع المشروع. وشكر الدكتور ماجد الشهري فريق "
      "المستشفى. ويضم المستشفى الجديد قسما لمرضى السكري، ويعالج مرضى السكري فيه مجانا.");
  auto mention = [&](const std::string& text, std::size_t from = 0) {
    auto at = static_cast<std::uint32_t>(a.text.find(text, from));
    return Span{at, at + static_cast<std::uint32_t>(text.size())};
  };
  const std::string prince = "خالد بن سعود آل نايف";
  Entity p{};
  p.id = "e1", p.type = EntityType::kPerson, p.name = prince;
  p.mentions = {mention(prince), mention(prince, a.text.find("أن الأمير"))};
  a.entities = {p};
  for (const char* doctor : {"سامي العتيبي", "فهد القحطاني", "نايف الحربي", "ماجد الشهري"}) {
    Entity d{};
    d.id = "e" + std::to_string(a.entities.size() + 1), d.type = EntityType::kPerson, d.name = doctor;
    d.mentions = {mention(doctor)};
    a.entities.push_back(d);
  }
  auto phrases = keyphrases(a.context(), 5);
  auto has = [&](const std::string& p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has(prince));
  EXPECT_FALSE(has("الدكتور"));
}

TEST(Keyphrases, NoPhraseCutsANameAndNoTitleWithItsName) {
  // The tagger found محمد بن سلمان and سامي العتيبي. «الأمير محمد» and «مذكرات سامي» cut a name;
  // «الدكتور سامي العتيبي» is the name with its title: none is a keyphrase.
  Article a(
      "الأمير محمد بن سلمان يدشن مشروع الإسكان\n"
      "دشن الأمير محمد بن سلمان مشروع الإسكان في الرياض. وتابع الأمير محمد بن سلمان مراحل مشروع "
      "الإسكان. وقال الدكتور سامي العتيبي إن المشروع يضم ألف وحدة. وأضاف الدكتور سامي العتيبي أن "
      "مذكرات سامي العتيبي تروي قصة المشروع، وأن الأمير محمد بن سلمان وجه بإنجازه.");
  auto all = [&](const std::string& text) {
    std::vector<Span> spans;
    for (auto at = a.text.find(text); at != std::string::npos; at = a.text.find(text, at + 1))
      spans.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + text.size())});
    return spans;
  };
  Entity prince{}, doctor{};
  prince.id = "e1", prince.type = EntityType::kPerson, prince.name = "محمد بن سلمان";
  prince.mentions = all(prince.name);
  doctor.id = "e2", doctor.type = EntityType::kPerson, doctor.name = "سامي العتيبي";
  doctor.mentions = all(doctor.name);
  a.entities = {prince, doctor};
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const std::string& p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has("محمد بن سلمان"));
  EXPECT_TRUE(has("سامي العتيبي"));
  EXPECT_TRUE(has("مشروع الإسكان"));
  for (const char* cut : {"الأمير محمد", "مذكرات سامي", "الدكتور سامي العتيبي", "الدكتور سامي", "سلمان يدشن"})
    EXPECT_FALSE(has(cut)) << cut;
}

TEST(Keyphrases, NoPhraseHoldsAVerb) {
  // يستقبل (never written اليستقبل in the corpus) and بلغ (often بلغت, never البلغ) are verbs:
  // «الأمير يستقبل المهنئين» is no
  // phrase, and neither is «يستقبل المهنئين»: the phrase starts after it. تنفيذ (often
  // التنفيذ) is a noun.
  Article a(
      "الأمير يستقبل المهنئين بعيد الفطر\n"
      "الأمير يستقبل المهنئين في قصر الحكم. ويستقبل المهنئين بعد صلاة العيد. وتابع الأمير تنفيذ "
      "المشاريع، وأكد أن تنفيذ المشاريع أولوية. ويستقبل المهنئين يوميا. بلغ حجم التداول مليار ريال، "
      "وبلغ حجم التداول أمس مليار ريال.");
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const std::string& p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("يستقبل"), std::string::npos) << p;
    EXPECT_EQ(p.find("بلغ"), std::string::npos) << p << ": a perfect verb (بلغت, بلغوا; never البلغ)";
  }
  EXPECT_TRUE(has("حجم التداول"));
  EXPECT_TRUE(std::any_of(phrases.begin(), phrases.end(), [](const std::string& p) { return p.starts_with("المهنئين"); }));
  EXPECT_TRUE(has("تنفيذ المشاريع"));
}

TEST(Keyphrases, NoPronounBoundPhraseNoFutureVerbNoNumberWords) {
  // مدتها and سيارتهم point back into the text (مدة، سيارة are what the corpus writes);
  // سيفتتح is يفتتح in the future; عشر is a quantity's word. What is left is the topic.
  Article a(
      "مصرف يطرح صكوكا\n"
      "أعلن المصرف طرح صكوك إسلامية مدتها عشر سنوات. وتبلغ قيمة الصكوك الإسلامية مليار ريال، "
      "وستطرح الصكوك الإسلامية مدتها عشر سنوات على المستثمرين. وسيفتتح المصرف فروعا جديدة. "
      "وقال المستثمرون إن سيارتهم الجديدة وصلت. الصكوك الإسلامية أداة دين.");
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("مدتها"), std::string::npos) << p;
    EXPECT_EQ(p.find("سيارتهم"), std::string::npos) << p;
    EXPECT_EQ(p.find("سيفتتح"), std::string::npos) << p;
    EXPECT_EQ(p.find("عشر"), std::string::npos) << p;
  }
  EXPECT_EQ(phrases[0], "الصكوك الإسلامية");
}

TEST(Keyphrases, NoPhraseEndsWithATitleOrHoldsAFormFourVerb) {
  // الدكتور stands before names: «وزير الصحة الدكتور» runs on into one. أحالت is a verb of the
  // form أفعل that the corpus never writes in the plural (أحالوا), seen with ت and never with
  // the article.
  Article a(
      "إحالة قضية الاحتيال\n"
      "أحالت الشرطة قضية الاحتيال إلى النيابة. وقال وزير الصحة الدكتور سالم الفهد إن قضية الاحتيال "
      "خطيرة. وأحالت الشرطة المتهمين إلى المحكمة، وزار وزير الصحة الدكتور سالم الفهد المستشفى. "
      "والتقى الدكتور ماجد العلي الوفد.");
  a.entities = {Entity{"e1", EntityType::kPerson, "سالم الفهد", {}, {}},
                Entity{"e2", EntityType::kPerson, "ماجد العلي", {}, {a.find("ماجد العلي")}}};
  for (std::size_t at = a.text.find("سالم الفهد"); at != std::string::npos; at = a.text.find("سالم الفهد", at + 1))
    a.entities[0].mentions.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string("سالم الفهد").size())});
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    EXPECT_FALSE(p.ends_with("الدكتور")) << p;
    EXPECT_EQ(p.find("أحالت"), std::string::npos) << p;
  }
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "وزير الصحة"), phrases.end());
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "قضية الاحتيال"), phrases.end());
}

TEST(Keyphrases, NotTheDatelinesReporterOrOutlet) {
  // «سامي الحربي – صحيفة الواحة» names who wrote the story and for whom, not what it is
  // about; the outlet's name later in quote marks is the same entity. A place there may be.
  Article a(
      "افتتاح مكتبة عامة في تبوك\n"
      "سامي الحربي – صحيفة الواحة\n"
      "افتتح أمير منطقة تبوك المكتبة العامة الجديدة في تبوك. وقال مدير المكتبة العامة لـ\"صحيفة "
      "الواحة\" إن المكتبة العامة تضم مئة ألف كتاب.");
  Entity reporter{"e1", EntityType::kPerson, "سامي الحربي", {}, {a.find("سامي الحربي")}};
  Entity outlet{"e2", EntityType::kOrganization, "صحيفة الواحة", {}, {a.find("صحيفة الواحة")}};
  Entity city{"e3", EntityType::kLocation, "تبوك", {}, {a.find("تبوك المكتبة")}};
  city.mentions[0].end = city.mentions[0].begin + static_cast<std::uint32_t>(std::string("تبوك").size());
  a.entities = {reporter, outlet, city};
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("الحربي"), std::string::npos) << p;
    EXPECT_EQ(p.find("الواحة"), std::string::npos) << p;
  }
  EXPECT_TRUE(has("تبوك"));
  EXPECT_TRUE(has("المكتبة العامة"));

  // A place and a dash open the news itself: who acts after it is what the article is about.
  Article b(
      "افتتاح مكتبة عامة\n"
      "تبوك - افتتح الأمير فهد بن سلطان المكتبة العامة الجديدة. وتضم المكتبة العامة مئة ألف كتاب.");
  Entity prince{"e1", EntityType::kPerson, "فهد بن سلطان", {}, {b.find("فهد بن سلطان")}};
  b.entities = {prince};
  phrases = keyphrases(b.context(), 10);
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "فهد بن سلطان"), phrases.end());
}

TEST(Keyphrases, BodiesNamedByWhatTheyDoAreWhole) {
  // The tagger leaves «كلية الحاسبات وتقنية المعلومات» out (ANERcorp tags no department named
  // by its function), but it is what an editor tags the article with: head, words with the
  // article, and a noun with و before one (the n-grams stop at وتقنية); no title or person's
  // name taken in (عميد كلية الحاسبات وتقنية المعلومات | الدكتور سالم الفهد).
  Article a(
      "وظائف في جامعة الساحل\n"
      "أعلنت كلية الحاسبات وتقنية المعلومات بجامعة الساحل عن وظائف محاضرين. وقال عميد كلية "
      "الحاسبات وتقنية المعلومات الدكتور سالم الفهد إن الوظائف للسعوديين، وإن كلية الحاسبات وتقنية "
      "المعلومات تستقبل الطلبات عشرة أيام.");
  Entity dean{"e1", EntityType::kPerson, "سالم الفهد", {}, {a.find("سالم الفهد")}};
  Entity uni{"e2", EntityType::kOrganization, "جامعة الساحل", {}, {a.find("جامعة الساحل")}};
  a.entities = {dean, uni};
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has("كلية الحاسبات وتقنية المعلومات"));
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("الدكتور"), std::string::npos) << p;
    EXPECT_NE(p, "كلية الحاسبات") << p;
  }
}

TEST(Keyphrases, APricesCurrencyIsNoTopic) {
  // ريال after each amount is a MISC entity (as ANERcorp tags currencies) and the article's most
  // frequent name, but no reader tags a report with it; الدولار, the currency itself, may be.
  Article a(
      "ارتفاع أسعار التمور\n"
      "ارتفع سعر صندوق التمور في سوق بريدة إلى 90 ريال بعد أن كان 70 ريال، وبلغ سعر الصنف الفاخر 150 ريال. "
      "وقال تجار سوق بريدة إن أسعار التمور ترتفع كل موسم. وتراجع الدولار أمام اليورو.");
  Entity riyal{"e1", EntityType::kMisc, "ريال", {}, {}};
  for (std::size_t at = a.text.find("ريال"); at != std::string::npos; at = a.text.find("ريال", at + 1))
    riyal.mentions.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string("ريال").size())});
  Entity dollar{"e2", EntityType::kMisc, "الدولار", {}, {a.find("الدولار")}};
  a.entities = {riyal, dollar};
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_FALSE(has("ريال"));
  EXPECT_TRUE(has("الدولار"));
  EXPECT_TRUE(has("سوق بريدة"));
}

TEST(Keyphrases, InnerWordsAreShownAsWritten) {
  // The key of والفنون is that of الفنون, so the phrase is found however it is written; but
  // only its first word loses و ب ل: «الثقافة الفنون» and «الملتحقين التنظيم» misquote the text.
  Article a(
      "معرض جديد\n"
      "افتتحت جمعية الثقافة والفنون معرضا للخط العربي. وقالت جمعية الثقافة والفنون إن المعرض "
      "يستمر أسبوعا. وتنظم جمعية الثقافة والفنون ورشا للأطفال. وشارك الملتحقون بالبرنامج الصيفي "
      "في المعرض، وعرض الملتحقون بالبرنامج الصيفي أعمالهم.");
  auto phrases = keyphrases(a.context(), 10);
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has("جمعية الثقافة والفنون"));
  EXPECT_TRUE(has("الملتحقون بالبرنامج الصيفي"));
  for (const auto& p : phrases) EXPECT_EQ(p.find("الثقافة الفنون"), std::string::npos) << p;
}

TEST(Keyphrases, AWordWithWawAndAPrepositionOpensAPhrase) {
  // ولفترة is و + ل + فترة: it opens a phrase, shown without both (not «ريال ولفترة», «لفترة …»).
  Article a(
      "صكوك جديدة\n"
      "طرح البنك صكوكا بقيمة ملياري ريال ولفترة استحقاق عشر سنوات. ويرى المحللون أن فترة استحقاق "
      "الصكوك تناسب المستثمرين، وأن ملياري ريال مبلغ كبير.");
  auto phrases = keyphrases(a.context(), 10);
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("\u0648\u0644\u0641\u062A\u0631\u0629"), std::string::npos) << testing::PrintToString(phrases);
    EXPECT_FALSE(p.starts_with("\u0644\u0641\u062A\u0631\u0629")) << testing::PrintToString(phrases);
  }
}

TEST(Keyphrases, NoPieceOfAConstruct) {
  // An indefinite noun before a word with the article heads it (إضافة): «عطلة نهاية» of «عطلة
  // نهاية الأسبوع» (الأسبوع is a time word, which ends the content runs) and «رئيس» of «رئيس
  // مجلس الإدارة» are cut from what they name.
  Article a(
      "الموظفون بعد العطلة\n"
      "يشعر موظفون كثيرون بالتعب بعد عطلة نهاية الأسبوع الطويلة. وقال رئيس مجلس الإدارة إن عطلة نهاية "
      "الأسبوع تريح الموظفين، وإن رئيس مجلس الإدارة يمنح الموظفين إجازة بعد عيد الفطر السعيد. وتبدأ "
      "الإجازة بعد عيد الفطر السعيد مباشرة.");
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases)
    for (const char* piece : {"عطلة نهاية", "عطلة", "رئيس", "رئيس مجلس"})
      EXPECT_NE(p, piece) << testing::PrintToString(phrases);
  auto has = [&](const char* p) { return std::find(phrases.begin(), phrases.end(), p) != phrases.end(); };
  EXPECT_TRUE(has("عيد الفطر السعيد")) << testing::PrintToString(phrases);
}

TEST(Keyphrases, NoWordInTheAccusativeOfAnAdverb) {
  // «معلنًا الرحيل» and «عددا من» are an adverb and an object, not topics: the first says so
  // with its tanween, the corpus writes the second's عدد far more often than عددا. A verb (قدمت)
  // is no phrase's word either.
  Article a(
      "اللاعب يغادر النادي\n"
      "غرد اللاعب على حسابه معلنًا الرحيل عن النادي، وقدمت إدارة النادي عددا من العروض للاعب. "
      "وقال مدرب الفريق إن رحيل اللاعب خسارة، وإن إدارة النادي قدمت عددا من العروض.");
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("معلنًا"), std::string::npos) << testing::PrintToString(phrases);
    EXPECT_EQ(p.find("عددا"), std::string::npos) << p;
  }
}

TEST(Keyphrases, EqualScoresAreOrderedByTheirWords) {
  // Two people named once each, with the same two words in opposite orders: their scores
  // are equal, and the order must not depend on the order the scores were summed in.
  Article a("عنوان\nاستقبل خالد سمير الوفد. وحضر سمير خالد اللقاء.");
  Entity e{"e1", EntityType::kPerson, "خالد سمير", {}, {a.find("خالد سمير")}};
  Entity f{"e2", EntityType::kPerson, "سمير خالد", {}, {a.find("سمير خالد")}};
  a.entities = {f, e};
  auto phrases = keyphrases(a.context(), 2);
  ASSERT_EQ(phrases.size(), 2u);
  EXPECT_EQ(phrases[0], "خالد سمير");  // خ sorts before س
  EXPECT_EQ(phrases[1], "سمير خالد");
}

TEST(Summarize, CentralLeadAndNotRedundant) {
  Article a(
      "ارتفاع أسعار الخبز في عمّان\n"
      "رفعت المخابز في عمّان أسعار الخبز بنسبة عشرة في المئة بعد زيادة كلفة الطحين المستورد.\n"
      "خلفية\n"
      "وقال أصحاب المخابز إن كلفة الطحين ارتفعت مرتين منذ بداية العام بسبب الشحن.\n"
      "وقال أصحاب المخابز إن كلفة الطحين ارتفعت مرتين منذ بداية العام بسبب الشحن والتأمين.\n"
      "ودعت جمعية حماية المستهلك الحكومة إلى دعم أسعار الخبز للأسر الفقيرة في عمّان.\n"
      "وفي سياق آخر افتتحت البلدية حديقة جديدة في حي الرابية يوم الخميس الماضي.");
  auto spans = summarize(a.context(), 3);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_TRUE(std::is_sorted(spans.begin(), spans.end(),
                             [](Span x, Span y) { return x.begin < y.begin; }));
  std::vector<std::string> chosen;
  for (Span s : spans) chosen.push_back(a.cut(s));
  EXPECT_EQ(chosen[0].rfind("رفعت المخابز", 0), 0u);  // the lead
  int bakers = 0;
  for (const auto& s : chosen) {
    bakers += s.rfind("وقال أصحاب المخابز", 0) == 0;
    EXPECT_NE(s, "خلفية");                          // a heading is never a summary sentence
    EXPECT_EQ(s.find("ارتفاع أسعار الخبز في عمّان"), std::string::npos);  // nor the title
  }
  EXPECT_EQ(bakers, 1);  // the near-identical pair contributes one sentence
  EXPECT_EQ(summarize(a.context(), 10).size(), 5u);  // all sentences long enough
  EXPECT_TRUE(summarize(a.context(), 0).empty());
}

TEST(TitleEchoes, SentencesThatRepeatTheTitle) {
  struct {
    const char* text;
    std::vector<bool> echoes;  // per sentence, the title's first
    const char* why;
  } cases[] = {
      {"افتتاح جسر جديد في البصرة\nافتتحت الحكومة جسرا جديدا. رابط الخبر بموقع الميناء: افتتاح جسر جديد في البصرة",
       {false, false, true}, "a source's closing formula around the title"},
      {"افتتاح جسر جديد في البصرة\nافتتحت الحكومة جسرا جديدا فوق شط العرب رابط الخبر: افتتاح جسر جديد في البصرة",
       {false, true}, "the formula glued to the last sentence: a long title ends it"},
      {"عاجل! انهيار مبنى قديم في الموصل\nرابط الخبر: عاجل! انهيار مبنى قديم في الموصل",
       {false, false, true, true}, "a title of two sentences, repeated the same way"},
      {"افتتاح جسر جديد في البصرة\nوقال المحافظ إن افتتاح جسر جديد في البصرة يخفف الزحام على الطرق المؤدية إلى الميناء والمطار.",
       {false, false}, "a sentence that uses the title's words and goes on says more than the title"},
      {"انهيار مبنى قديم في الموصل\nانهار مبنى قديم في الموصل أمس. وقال الدفاع المدني إن لا ضحايا. "
       "writer@example.com للتواصل مع الكاتب أرسل رسالة. سمات الموصل انهيار مبنى",
       {false, false, false, true, true}, "a contact line with an e-mail address, and the closing tag list"},
      {"سمات القيادة\nسمات القائد الناجح كثيرة. وأولها الصدق مع فريقه.",
       {false, false, false}, "سمات opening a sentence that is not the last is a word of the report"},
      {"جسر البصرة\nافتتحت الحكومة جسر البصرة.", {false, false}, "a two-word title recurs by chance"},
  };
  for (const auto& c : cases) {
    Article a(c.text);
    EXPECT_EQ(boilerplate(a.context()), c.echoes) << c.why;
  }
}

TEST(Keyphrases, NothingFromTheSourcesClosingFormula) {
  // The source names itself in a formula that repeats the title: neither its name (here an
  // entity, as NER finds it) nor the formula's words are what the article is about.
  Article a(
      "افتتاح مستشفى الأطفال في الطائف\n"
      "افتتح وزير الصحة مستشفى الأطفال الجديد في الطائف بسعة مئتي سرير. ويضم مستشفى الأطفال "
      "أقساما للطوارئ والعناية المركزة. رابط الخبر بصحيفة النخيل: افتتاح مستشفى الأطفال في الطائف");
  Entity paper{"e1", EntityType::kOrganization, "صحيفة النخيل", {}, {a.find("صحيفة النخيل")}};
  Entity city{"e2", EntityType::kLocation, "الطائف", {}, {a.find("الطائف بسعة")}};
  city.mentions[0].end = city.mentions[0].begin + static_cast<std::uint32_t>(std::string("الطائف").size());
  a.entities = {paper, city};
  auto phrases = keyphrases(a.context(), 10);
  ASSERT_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    EXPECT_EQ(p.find("النخيل"), std::string::npos) << p;
    EXPECT_EQ(p.find("رابط"), std::string::npos) << p;
  }
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "مستشفى الأطفال"), phrases.end());
  for (Span s : summarize(a.context(), 3)) EXPECT_EQ(a.cut(s).find("رابط الخبر"), std::string::npos);
}

TEST(Timeline, SortedByValueWithEntitiesOfTheSentence) {
  Article a("عنوان\nزار الوزير بغداد في 2024-10-15. وكان قد زار أنقرة في سبتمبر 2024. وسيعود في صيف 2025.");
  Entity e{"e1", EntityType::kLocation, "بغداد", {}, {a.find("بغداد")}};
  Entity f{"e2", EntityType::kLocation, "أنقرة", {}, {a.find("أنقرة")}};
  a.entities = {e, f};
  std::vector<TimeExpression> times = {
      {a.find("2024-10-15"), "DATE", "2024-10-15", ""},
      {a.find("سبتمبر 2024"), "DATE", "2024-09", ""},
      {a.find("صيف 2025"), "DATE", "2025-SU", ""},
      {a.find("عنوان"), "DURATION", "P1Y", ""},  // durations have no place on a timeline
      {a.find("2024-10-15"), "DATE", "2024-10-15", ""},  // the same date twice in one sentence
      {a.find("صيف 2025"), "DATE", "2024", "END"},       // the end of a year sorts after its months
  };
  auto line = timeline(a.context(), times);
  ASSERT_EQ(line.size(), 4u);
  EXPECT_EQ(line[0].value, "2024-09");
  EXPECT_EQ(line[2].value, "2024");
  EXPECT_EQ(line[0].entities, std::vector<std::string>{"e2"});
  EXPECT_EQ(line[1].value, "2024-10-15");
  EXPECT_EQ(line[1].entities, std::vector<std::string>{"e1"});
  EXPECT_EQ(line[3].value, "2025-SU");
  EXPECT_TRUE(line[3].entities.empty());
  EXPECT_EQ(a.cut(line[1].sentence), "زار الوزير بغداد في 2024-10-15.");
}

TEST(ScoreAbout, SentencesByOverlapPhrasesByWordKeys) {
  Article a("عنوان\nافتتح أمير المنطقة مشروع الإسكان الجديد في الرياض. وحضر الحفل عدد من المسؤولين. "
            "وتبلغ تكلفة المشروع مليار ريال.");
  GoldAbout gold;
  gold.sentences = {a.find("افتتح أمير المنطقة مشروع الإسكان الجديد في الرياض"), a.find("وتبلغ تكلفة المشروع مليار ريال")};
  gold.keyphrases = {"مشروع الإسكان", "الرياض", "تكلفة المشروع"};
  // The first sentence with its full stop still matches; the second chosen is not the reader's.
  std::vector<Span> summary = {a.find("افتتح أمير المنطقة مشروع الإسكان الجديد في الرياض."),
                               a.find("وحضر الحفل عدد من المسؤولين.")};
  std::vector<std::string> phrases = {"بالرياض", "الإسكان", "أمير المنطقة"};
  AboutScores s = score_about(a.text, gold, summary, phrases);
  EXPECT_EQ(s.sentences_found, 1u);
  EXPECT_EQ(s.sentences_right, 1u);
  EXPECT_EQ(s.gold_sentences, 2u);
  EXPECT_EQ(s.phrases_found, 1u) << "بالرياض is الرياض";
  EXPECT_EQ(s.phrases_found_partly, 2u) << "الإسكان is inside مشروع الإسكان";
  EXPECT_EQ(s.phrases_right_partly, 2u);
  EXPECT_GT(s.rouge1, 0.5);
  EXPECT_LT(s.rouge1, 1.0);
  AboutScores same = score_about(a.text, gold, gold.sentences, gold.keyphrases);
  EXPECT_DOUBLE_EQ(same.rouge1, 1.0);
  EXPECT_DOUBLE_EQ(same.rouge2, 1.0);
  EXPECT_EQ(same.phrases_right, 3u);
  same += s;
  EXPECT_EQ(same.articles, 2u);
}

}  // namespace
}  // namespace marsad::summary
