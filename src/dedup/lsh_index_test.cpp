#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "marsad/dedup.h"
#include "marsad/document.h"
#include "marsad/error.h"

namespace marsad::dedup {
namespace {

// A story written for these tests, and the forms it takes when another outlet republishes it.
const char* kStory =
    "أعلنت وزارة المياه في مدينة الواحة الخضراء اليوم عن بدء تشغيل محطة جديدة لتحلية المياه على "
    "الساحل الشرقي، بطاقة إنتاجية تبلغ ثلاثمئة ألف متر مكعب يوميا.\n"
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن المحطة ستغطي احتياجات أكثر من مليون نسمة في الأحياء "
    "الجنوبية، وإن العمل فيها استمر ثلاث سنوات بتكلفة إجمالية بلغت أربعة مليارات ريال.\n"
    "وأضاف أن الوزارة تخطط لربط المحطة بشبكة الأنابيب الرئيسية قبل نهاية العام، مشيرا إلى أن المرحلة "
    "الثانية من المشروع ستشمل إنشاء خزانات استراتيجية في المناطق الشمالية.\n"
    "وأوضح أن المحطة تعتمد على تقنية التناضح العكسي، وأنها تستهلك طاقة أقل بنسبة ثلاثين في المئة من "
    "المحطات القديمة، كما أنها مزودة بألواح شمسية تغطي جزءا من احتياجاتها الكهربائية.\n"
    "ومن المتوقع أن يزور أمير المنطقة المحطة الأسبوع المقبل لافتتاحها رسميا بحضور عدد من المسؤولين "
    "ورجال الأعمال.";

// Republished: hamza dropped, a clitic changed (وقال → قال), a figure in digits, the last
// paragraph cut and a sentence of the outlet's own added at the top.
const char* kLightEdit =
    "نقلت مصادر رسمية للصحيفة تفاصيل المشروع.\n"
    "اعلنت وزارة المياه في مدينة الواحة الخضراء اليوم عن بدء تشغيل محطة جديدة لتحلية المياه على "
    "الساحل الشرقي، بطاقة انتاجية تبلغ 300 ألف متر مكعب يوميا.\n"
    "قال المتحدث باسم الوزارة في مؤتمر صحفي إن المحطة ستغطي احتياجات أكثر من مليون نسمة في الاحياء "
    "الجنوبية، وإن العمل فيها استمر ثلاث سنوات بتكلفة إجمالية بلغت أربعة مليارات ريال.\n"
    "وأضاف أن الوزارة تخطط لربط المحطة بشبكة الأنابيب الرئيسية قبل نهاية العام، مشيرا الى ان المرحلة "
    "الثانية من المشروع ستشمل إنشاء خزانات استراتيجية في المناطق الشمالية.\n"
    "وأوضح أن المحطة تعتمد على تقنية التناضح العكسي، وأنها تستهلك طاقة أقل بنسبة ثلاثين في المئة من "
    "المحطات القديمة، كما أنها مزودة بألواح شمسية تغطي جزءا من احتياجاتها الكهربائية.";

// Two unrelated stories that end with the same outlet boilerplate.
const char* kBoilerplate =
    "\nتابعوا آخر الأخبار المحلية والدولية عبر موقعنا الإلكتروني وحساباتنا على شبكات التواصل "
    "الاجتماعي، ولا تنسوا الاشتراك في النشرة البريدية اليومية لتصلكم أهم العناوين كل صباح.";
const char* kMatch =
    "فاز فريق النجوم على ضيفه فريق الساحل بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على الملعب "
    "البلدي ضمن الجولة الخامسة من الدوري. وسجل المهاجم الشاب هدف الفوز في الدقيقة الأخيرة بعد تمريرة "
    "من قائد الفريق، ليرتقي النجوم إلى المركز الثالث برصيد عشر نقاط. وأبدى المدرب رضاه عن أداء "
    "اللاعبين رغم الغيابات، مؤكدا أن الفريق يستعد للمواجهة المقبلة أمام المتصدر.";
const char* kBookFair =
    "افتتح معرض الكتاب السنوي أبوابه للزوار صباح اليوم بمشاركة مئتي دار نشر من خمس عشرة دولة، ويستمر "
    "عشرة أيام. ويتضمن البرنامج الثقافي المصاحب ندوات عن الرواية والترجمة وأمسيات شعرية وورش عمل "
    "للأطفال. وقال رئيس اللجنة المنظمة إن المعرض يخصص هذا العام جناحا للكتب الرقمية، وإن أسعار الكتب "
    "مدعومة بنسبة عشرين في المئة لطلاب الجامعات.";

TEST(LshIndex, LightEditJoinsTheStorysCluster) {
  EXPECT_GE(exact_jaccard(shingle_hashes(kStory), shingle_hashes(kLightEdit)), 0.5)
      << "the fixture must be a near-duplicate by the definition under test";
  LshIndex lsh;
  EXPECT_EQ(lsh.add("story", signature(kStory)).cluster, "story");
  AddResult r = lsh.add("edit", signature(kLightEdit));
  EXPECT_EQ(r.cluster, "story");
  ASSERT_EQ(r.matches.size(), 1u);
  EXPECT_EQ(r.matches[0].key, "story");
  EXPECT_GE(r.matches[0].similarity, 0.5);
  EXPECT_EQ(lsh.cluster_of("edit"), "story");
}

TEST(LshIndex, CutRepublicationJoinsByContainment) {
  // Another outlet keeps only the first two paragraphs: Jaccard falls under 0.5, but all of the
  // short version is inside the story. Without the containment rule it would be missed.
  std::string story = kStory;
  std::size_t second_break = story.find('\n', story.find('\n') + 1);
  std::string cut = story.substr(0, second_break);
  const double j = estimate_jaccard(signature(story), signature(cut));
  ASSERT_LT(j, 0.5);
  ASSERT_GE(j, 0.35);
  EXPECT_GE(estimate_containment(signature(cut), signature(story)), 0.9);
  LshIndex with, without({.containment = 0});
  for (LshIndex* lsh : {&with, &without}) {
    lsh->add("story", signature(story));
    lsh->add("cut", signature(cut));
  }
  EXPECT_EQ(with.cluster_of("cut"), "story");
  EXPECT_EQ(without.cluster_of("cut"), "cut");
}

TEST(LshIndex, SharedBoilerplateIsNotADuplicate) {
  std::string a = std::string(kMatch) + kBoilerplate, b = std::string(kBookFair) + kBoilerplate;
  double j = exact_jaccard(shingle_hashes(a), shingle_hashes(b));
  EXPECT_GT(j, 0.05) << "the boilerplate must really be shared";
  EXPECT_LT(j, 0.3);
  LshIndex lsh;
  lsh.add("match", signature(a));
  AddResult r = lsh.add("fair", signature(b));
  EXPECT_EQ(r.cluster, "fair");
  EXPECT_TRUE(r.matches.empty());
  EXPECT_TRUE(lsh.clusters().empty());
}

TEST(LshIndex, ExactCopiesAndUnrelatedStories) {
  LshIndex lsh;
  lsh.add("a1", signature(kStory));
  lsh.add("m1", signature(kMatch));
  lsh.add("a2", signature(kStory));
  lsh.add("f1", signature(kBookFair));
  lsh.add("m2", signature(kMatch));
  auto clusters = lsh.clusters();
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0], (std::vector<std::string>{"a1", "a2"}));
  EXPECT_EQ(clusters[1], (std::vector<std::string>{"m1", "m2"}));
  EXPECT_EQ(lsh.clusters(1).size(), 3u);  // with singletons: a, m, f
  EXPECT_EQ(lsh.cluster_of("f1"), "f1");
  EXPECT_DOUBLE_EQ(lsh.similarity("a1", "a2"), 1.0);
  EXPECT_LT(lsh.similarity("a1", "f1"), 0.1);
}

TEST(LshIndex, SingleLinkageBridgeMergesClustersIntoTheOldest) {
  // x and y are far apart; their concatenation is close to both (J ≈ 0.5 each), so it
  // joins two clusters and the younger one is reported as absorbed.
  LshIndex lsh({.threshold = 0.35, .bands = 64, .rows = 2, .linkage = Linkage::kSingle});
  lsh.add("x", signature(kMatch));
  lsh.add("y", signature(kBookFair));
  ASSERT_EQ(lsh.cluster_of("y"), "y");
  AddResult r = lsh.add("xy", signature(std::string(kMatch) + "\n" + kBookFair));
  EXPECT_EQ(r.cluster, "x");
  EXPECT_EQ(r.absorbed, std::vector<std::string>{"y"});
  EXPECT_EQ(lsh.cluster_of("y"), "x");
  EXPECT_EQ(lsh.clusters().size(), 1u);
}

TEST(LshIndex, LeaderLinkageNeverMergesClusters) {
  // The same bridge under the default linkage joins one cluster and leaves the other alone,
  // so cluster ids stored in an archive never change.
  LshIndex lsh({.threshold = 0.35, .bands = 64, .rows = 2});
  lsh.add("x", signature(kMatch));
  lsh.add("y", signature(kBookFair));
  AddResult r = lsh.add("xy", signature(std::string(kMatch) + "\n" + kBookFair));
  EXPECT_EQ(r.matches.size(), 2u);
  EXPECT_TRUE(r.cluster == "x" || r.cluster == "y") << r.cluster;
  EXPECT_TRUE(r.absorbed.empty());
  EXPECT_EQ(lsh.cluster_of("x"), "x");
  EXPECT_EQ(lsh.cluster_of("y"), "y");
}

TEST(LshIndex, LeaderLinkageComparesWithTheFirstArticle) {
  // edit2 is a light edit of edit1 but too far from the story that heads edit1's cluster:
  // under leader linkage it starts its own cluster instead of being chained in.
  std::string edit2 = std::string(kLightEdit) + "\n" + kBookFair + "\n" + kMatch;
  ASSERT_LT(estimate_jaccard(signature(kStory), signature(edit2)), 0.45);
  ASSERT_GE(estimate_jaccard(signature(kLightEdit), signature(edit2)), 0.45);
  // Jaccard alone (edit2 carries most of the story, so containment would join it).
  LshIndex leader({.threshold = 0.45, .containment = 0}),
      single({.threshold = 0.45, .containment = 0, .linkage = Linkage::kSingle});
  for (LshIndex* lsh : {&leader, &single}) {
    lsh->add("story", signature(kStory));
    lsh->add("edit1", signature(kLightEdit));
    lsh->add("edit2", signature(edit2));
  }
  EXPECT_EQ(leader.cluster_of("edit1"), "story");
  EXPECT_EQ(leader.cluster_of("edit2"), "edit2");
  EXPECT_EQ(single.cluster_of("edit2"), "story");
}

TEST(LshIndex, ExactCopyLandsBesideItsOriginal) {
  // "longer" extends the light edit by a few sentences: close to the edit, too far from the
  // story, so it heads a cluster of its own. A copy of the edit resembles that head more than
  // the story, yet it must join the story's cluster, where its identical original is.
  const std::string match = kMatch;
  const std::string longer = std::string(kLightEdit) + "\n" + match.substr(0, match.find(' ', match.size() / 4));
  LshIndex lsh({.threshold = 0.7, .containment = 0});
  lsh.add("story", signature(kStory));
  lsh.add("edit", signature(kLightEdit));
  lsh.add("longer", signature(longer));
  ASSERT_EQ(lsh.cluster_of("edit"), "story");
  ASSERT_EQ(lsh.cluster_of("longer"), "longer");
  ASSERT_GT(lsh.similarity("edit", "longer"), lsh.similarity("edit", "story"));
  EXPECT_EQ(lsh.add("copy", signature(kLightEdit)).cluster, "story");
}

TEST(LshIndex, EmptyTextsNeverCluster) {
  LshIndex lsh;
  lsh.add("e1", signature(""));
  AddResult r = lsh.add("e2", signature(" "));
  EXPECT_EQ(r.cluster, "e2");
  EXPECT_TRUE(lsh.clusters().empty());
}

TEST(LshIndex, BadUseIsAnInputError) {
  EXPECT_THROW(LshIndex({.threshold = 0.5, .bands = 10, .rows = 10}), InputError);
  EXPECT_THROW(LshIndex({.threshold = 0.0}), InputError);
  EXPECT_THROW(LshIndex({.threshold = 1.5}), InputError);
  LshIndex lsh;
  lsh.add("k", signature(kStory));
  EXPECT_THROW(lsh.add("k", signature(kMatch)), InputError);
  EXPECT_THROW(lsh.cluster_of("missing"), InputError);
  EXPECT_THROW(lsh.similarity("k", "missing"), InputError);
}

TEST(LshIndex, ExactDuplicateBodiesInSaudiNewsNet) {
  // A few thousand real articles: every pair of identical non-empty bodies must share a cluster.
  const std::filesystem::path path =
      std::filesystem::path(MARSAD_SHARED_DIR) / "data/news-saudinewsnet/saudinewsnet.jsonl.zst";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found: " << path;
  DocumentReader reader(path);
  LshIndex lsh;
  std::map<std::string, std::string> first_with_body;
  Document d;
  int checked = 0;
  for (int n = 0; n < 3000 && reader.next(d); ++n) {
    lsh.add(d.id, signature(d.body));
    if (signature(d.body).empty()) continue;
    auto [it, fresh] = first_with_body.emplace(d.body, d.id);
    if (!fresh) {
      EXPECT_EQ(lsh.cluster_of(d.id), lsh.cluster_of(it->second)) << d.id << " vs " << it->second;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0) << "the sample should hold some exact duplicates";
}

}  // namespace
}  // namespace marsad::dedup
