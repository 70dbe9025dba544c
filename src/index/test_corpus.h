// Small archives for the index tests: Arabic news sentences written for these tests, each
// chosen to exercise one matching rule (clitics, tashkeel, hamza, numbers, Latin, entities).
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/index.h"

namespace marsad::index::testing {

struct EntitySpec {
  const char* name;
  EntityType type;
};

struct ArticleSpec {
  const char* id;
  const char* title;
  const char* body;
  const char* date;
  const char* source;
  std::vector<EntitySpec> entities;
};

inline const std::vector<ArticleSpec>& corpus() {
  using enum EntityType;
  static const std::vector<ArticleSpec> kCorpus = {
      {"d01", "العراق يوقع اتفاقا للطاقة", "وقّع العراقُ اتفاقاً جديداً مع الأردن لتصدير الكهرباء في عام ٢٠١٤.",
       "2014-03-02", "alpha", {{"العراق", kLocation}, {"الأردن", kLocation}}},
      {"d02", "زيارة رئيس الوزراء إلى بغداد",
       "وصل رئيس الوزراء محمد السوداني إلى بغداد بعد جولة في البصرة. وقال السوداني إن الحكومة ماضية في الإصلاح.",
       "2024-09-28", "beta", {{"محمد السوداني", kPerson}, {"بغداد", kLocation}, {"البصرة", kLocation}}},
      {"d03", "أسعار النفط ترتفع",
       "ارتفعت أسعار النفط في الأسواق العالمية بنسبة 2.5% يوم الإثنين، بحسب تقرير لمنظمة أوبك.", "2024-10-05",
       "alpha", {{"أوبك", kOrganization}}},
      {"d04", "العراقيون يحتفلون بالعيد", "احتفل العراقيون والعراقيات بعيد الفطر في الحدائق العامة ببغداد.",
       "2024-04-10", "gamma", {}},
      {"d05", "اجتماع في عمان", "التقى وزير الخارجية الأردني نظيره العراقي في عمّان لبحث ملف المياه.",
       "2023-11-08", "beta", {{"عمان", kLocation}}},
      {"d06", "تقرير اقتصادي",
       "قالت الحكومة إن عجز الموازنة بلغ 12 مليار دولار في 2014، وإن الإنفاق على الصحة سيرتفع.", "2015-01-15",
       "gamma", {}},
      {"d07", "مباراة كرة القدم",
       "فاز المنتخب العراقي على نظيره السعودي بهدفين مقابل هدف في مباراة ودية أقيمت بالرياض.", "2024-12-20",
       "delta", {{"الرياض", kLocation}}},
      {"d08", "Tech news", "أعلنت شركة Google عن مركز بيانات جديد في الدوحة، ويتوقع أن يوفر مئات الوظائف.",
       "2025-02-01", "delta", {{"Google", kOrganization}, {"الدوحة", kLocation}}},
      {"d09", "المعلمون يضربون",
       "أضرب المعلمون في عدة مدارس للمطالبة بزيادة الرواتب، وقال نقيب المعلمين إن الإضراب سيستمر.", "2024-11-03",
       "alpha", {}},
      {"d10", "حوار مع السوداني", "في حوار صحفي، تحدث محمد شياع السوداني عن علاقات بلاده مع إيران وتركيا.",
       "2025-01-05", "beta",
       {{"محمد شياع السوداني", kPerson}, {"إيران", kLocation}, {"تركيا", kLocation}}},
      {"d11", "مياه دجلة", "تراجع منسوب مياه دجلة والفرات إلى أدنى مستوى منذ عقود، وحذر خبراء من أزمة مياه.", "",
       "alpha", {}},
      {"d12", "بيان الخارجية", "أصدرت وزارة الخارجية بياناً أكدت فيه أنّ «الحوار هو الطريق الوحيد» لحل الأزمة.",
       "2024-09-01", "gamma", {}},
  };
  return kCorpus;
}

inline Analysis make_analysis(const ArticleSpec& s) {
  Analysis a;
  a.document = Document::from_parts(s.id, s.title, s.body);
  a.document.date = s.date;
  a.document.source = s.source;
  for (const auto& e : s.entities) {
    std::string id = "e";  // appended, not "e" + …: GCC 12 warns (-Wrestrict) on the temporary
    id += std::to_string(a.entities.size() + 1);
    a.entities.push_back({std::move(id), e.type, e.name, {}, {}});
  }
  return a;
}

/// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("marsad-index-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void build_archive(const std::filesystem::path& dir, const std::vector<ArticleSpec>& specs) {
  Writer w(dir);
  for (const auto& s : specs) w.add(make_analysis(s));
  w.commit();
}

}  // namespace marsad::index::testing
