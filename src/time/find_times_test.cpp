#include <gtest/gtest.h>

#include "marsad/error.h"
#include "marsad/time.h"
#include "time/lexicon.h"

namespace marsad::time {
namespace {

struct Case {
  const char* sentence;
  const char* date;  // reference date, "" for none
  const char* span;  // expected text of the first expression found
  const char* type;
  const char* value;
  const char* mod;
  const char* why;
};

std::vector<TimeExpression> run(const std::string& text, const char* date) {
  auto tokens = text::tokenize(text);
  return find_times(text, tokens, date);
}

std::string span_text(const std::string& text, const TimeExpression& t) {
  return text.substr(t.span.begin, t.span.end - t.span.begin);
}

// Each expression found in `text`, in order, as "its words → value" and " mod" when it has one.
using Found = std::vector<std::string>;
Found found(const std::string& text, const char* date) {
  Found out;
  for (const auto& t : run(text, date))
    out.push_back(span_text(text, t) + " → " + t.value + (t.mod.empty() ? "" : " " + t.mod));
  return out;
}

void check(const Case& c) {
  std::string text = c.sentence;
  auto times = run(text, c.date);
  ASSERT_FALSE(times.empty()) << c.why << ": nothing found in " << c.sentence;
  const auto& t = times.front();
  EXPECT_EQ(span_text(text, t), c.span) << c.why;
  EXPECT_EQ(t.type, c.type) << c.why;
  EXPECT_EQ(t.value, c.value) << c.why;
  EXPECT_EQ(t.mod, c.mod) << c.why;
}

TEST(FindTimes, YearsAndMonths) {
  const Case cases[] = {
      {"تأسست الشركة عام 2014 في دبي.", "2024-09-28", "عام 2014", "DATE", "2014", "", "year after عام"},
      {"افتتح المتحف سنة ٢٠١٨ بحضور الوزير.", "2024-09-28", "سنة ٢٠١٨", "DATE", "2018", "",
       "Arabic-Indic digits"},
      {"صدر القانون في 2019م بعد نقاش طويل.", "2024-09-28", "2019م", "DATE", "2019", "",
       "era letter م makes a bare number a year"},
      {"وقعت الاتفاقية بعام 1994 في عمان.", "2024-09-28", "عام 1994", "DATE", "1994", "",
       "proclitic ب left out of the span"},
      {"وفي سبتمبر 2023 أعلنت الوزارة خطتها.", "2024-09-28", "سبتمبر 2023", "DATE", "2023-09", "",
       "Egyptian/Gulf month name with a year, after وفي"},
      {"اندلعت الاحتجاجات في تشرين الأول 2019 ببيروت.", "2024-09-28", "تشرين الأول 2019", "DATE",
       "2019-10", "", "Levantine two-word month name"},
      {"أقر البرلمان الموازنة في كانون الثاني الماضي.", "2024-09-28", "كانون الثاني الماضي", "DATE",
       "2024-01", "", "الماضي after a month: its last occurrence"},
      {"ستفتتح الجامعة فرعها الجديد في يناير.", "2024-09-28", "يناير", "DATE", "2025-01", "",
       "future verb: the next January"},
      {"أعلنت الشركة أرباحها في يناير.", "2024-09-28", "يناير", "DATE", "2024-01", "",
       "no future marker: the reference year"},
      {"سيعلن عن طلبات السلع المعمرة لشهر يونيو.", "2015-07-26", "شهر يونيو", "DATE", "2015-06", "",
       "future verb, but next June is eleven months off: the June just past"},
      {"زار الوزير عمان في آذار/مارس 2022.", "2024-09-28", "آذار/مارس 2022", "DATE", "2022-03", "",
       "paired names in either order"},
      {"تبدأ المحادثات في سبتمبر أيلول المقبل.", "2015-07-31", "سبتمبر أيلول المقبل", "DATE", "2015-09", "",
       "paired names with nothing between them"},
      {"ارتفع التضخم في أيلول (سبتمبر) الماضي.", "2024-09-28", "أيلول (سبتمبر) الماضي", "DATE",
       "2023-09", "", "pair in brackets; الماضي in the same month means last year's"},
      {"تنتهي المرحلة الأولى حتى سبتمبر/أيلول من العام المقبل.", "2024-09-28",
       "سبتمبر/أيلول من العام المقبل", "DATE", "2025-09", "", "month of a relative year"},
      {"قال إن المفاوضات ستبدأ في نوفمبر.", "", "نوفمبر", "DATE", "XXXX-11", "",
       "no reference date: the month stays unresolved"},
      {"تستمر المرحلة حتى سبتمبر من العام المقبل.", "", "سبتمبر من العام المقبل", "DATE", "XXXX-09",
       "", "no reference date: still one expression"},
      {"ارتفعت المبيعات خلال العام الحالي 2015م بنسبة كبيرة.", "2015-07-22", "العام الحالي 2015م", "DATE",
       "2015", "", "the year written out restates the relative one: one expression"},
      {"بلغ عدد الفروع بنهاية شهر مايو الماضي 1959 فرعا.", "2015-07-22", "نهاية شهر مايو الماضي", "DATE",
       "2015-05", "END", "a number after الماضي that is not its year counts something"},
      {"بلغت المبيعات في شهر أغسطس الجاري 2015 مليون ريال.", "2015-08-06", "شهر أغسطس الجاري 2015",
       "DATE", "2015-08", "", "the year the adjective gives, written out"},
  };
  for (const auto& c : cases) check(c);
}

TEST(FindTimes, AmbiguousMonthNamesNeedContext) {
  // مارس is also "he practised"; آب is spelled like أب "father" once normalized.
  EXPECT_TRUE(run("مارس اللاعب الرياضة منذ صغره.", "2024-09-28").empty());
  EXPECT_TRUE(run("وقال الأب إن ابنه بخير.", "2024-09-28").empty());
  EXPECT_TRUE(run("التقى رمضان بزملائه في النادي.", "2024-09-28").empty());
  EXPECT_EQ(run("وصل الوفد في مارس الماضي.", "2024-09-28").at(0).value, "2024-03");
}

TEST(FindTimes, DaysAndNumericDates) {
  const Case cases[] = {
      {"أجريت الانتخابات في 28/9/2024 وسط إقبال ضعيف.", "", "28/9/2024", "DATE", "2024-09-28", "",
       "day/month/year"},
      {"نشرت النتائج بتاريخ 2024-09-28 على الموقع.", "", "2024-09-28", "DATE", "2024-09-28", "", "ISO"},
      {"صدر المرسوم في ٢٨-٩-٢٠٢٤ بعد الظهر.", "", "٢٨-٩-٢٠٢٤", "DATE", "2024-09-28", "",
       "Arabic-Indic digits with dashes"},
      {"ولد الكاتب في 5 يونيو 1950 بالقاهرة.", "", "5 يونيو 1950", "DATE", "1950-06-05", "",
       "day month year"},
      {"يبدأ المهرجان في الخامس عشر من أغسطس.", "2024-09-28", "الخامس عشر من أغسطس", "DATE",
       "2024-08-15", "", "ordinal teen day with من"},
      {"عقد الاجتماع يوم الثلاثاء 24 سبتمبر في الرياض.", "2024-09-28", "يوم الثلاثاء 24 سبتمبر",
       "DATE", "2024-09-24", "", "weekday with its date: one expression"},
  };
  for (const auto& c : cases) check(c);
  EXPECT_TRUE(run("وقال المتحدث إن النتيجة 31/2/2024.", "").empty()) << "no 31 February";
  EXPECT_TRUE(run("فاز الفريق 3-1 على ضيفه.", "").empty()) << "a score is not a date";
}

TEST(FindTimes, Hijri) {
  const Case cases[] = {
      {"بدأ شهر رمضان 1445 هـ بعد رؤية الهلال.", "", "شهر رمضان 1445 هـ", "DATE", "2024-03", "",
       "Ramadan 1445 ran 11 March – 9 April 2024 (Umm al-Qura): most of it in March"},
      {"صدر القرار في 15 رمضان 1445 هـ.", "", "15 رمضان 1445 هـ", "DATE", "2024-03-25", "",
       "a Hijri day is one Gregorian day"},
      {"تأسست الجمعية عام 1420هـ في جدة.", "", "عام 1420هـ", "DATE", "1999", "",
       "1420 AH: April 1999 – April 2000, its middle in 1999"},
      {"أقيم الحفل في 1 محرم 1446 هـ.", "", "1 محرم 1446 هـ", "DATE", "2024-07-07", "",
       "Hijri new year 1446"},
      {"تبدأ الإجازة في الأول من شوال المقبل.", "2024-09-28", "الأول من شوال المقبل", "DATE",
       "2025-03-30", "", "Hijri month without a year, resolved from the reference date"},
      {"هنأ الملك المواطنين بعيد الفطر.", "2015-07-22", "عيد الفطر", "DATE", "2015-07-17", "",
       "a holiday: its nearest occurrence (1 Shawwal 1436)"},
      {"يحل عيد الأضحى بعد أسابيع.", "2024-05-20", "عيد الأضحى", "DATE", "2024-06-16", "",
       "10 Dhu al-Hijjah 1445"},
      {"عاد الموظفون إلى مكاتبهم بعد إجازة العيد.", "2015-07-26", "العيد", "DATE", "2015-07-17", "",
       "العيد alone: the Eid nearest the date (al-Fitr 1436, nine days before; al-Adha is two months on)"},
      {"ازدحمت الأسواق استعدادا للعيد.", "2024-06-05", "لعيد", "DATE", "2024-06-16", "",
       "after ل, whose second lam is the article's (as in للعام → لعام); al-Adha 1445 is eleven days on, al-Fitr two months back"},
      {"وسيحتفل الأطفال في ثاني أيام العيد.", "2015-07-21", "ثاني أيام العيد", "DATE", "2015-07-18", "",
       "its second day; the Eid four days past, even in a clause about the future (al-Adha is two months on)"},
      {"وسيحتفل الأطفال في ثاني أيام العيد.", "2015-09-01", "ثاني أيام العيد", "DATE", "2015-09-24", "",
       "three weeks before al-Adha 1436 (23 September 2015)"},
      {"وسيقام الحفل في ثاني أيام عيد الفطر.", "2015-08-11", "ثاني أيام عيد الفطر", "DATE", "2015-07-18", "",
       "a future clause, but al-Fitr 1436 is 25 days past and the next eleven months on: the one past"},
      {"وسيقام الحفل في ثاني أيام عيد الفطر.", "2015-03-01", "ثاني أيام عيد الفطر", "DATE", "2015-07-18", "",
       "… and the next when the last is more than half a year past"},
      {"وتزدحم الحدائق بالزوار منذ يوم العيد.", "2015-07-26", "يوم العيد", "DATE", "2015-07-17", "",
       "the feast's day: one date with the feast, no length of one day beside it"},
      {"وتراجعت المبيعات في الثلاث السنوات الماضية.", "2015-07-26", "الثلاث السنوات الماضية", "DURATION", "P3Y", "",
       "a count with the article before its unit with the article (السنوات الثلاث in the plural's own order)"},
  };
  for (const auto& c : cases) check(c);
  // A school or fiscal year named by two Hijri years, with or without هـ: two years, each Hijri
  // (العام 1436 alone had been the Gregorian year 1436); two Gregorian years stay a range.
  EXPECT_EQ(found("يبدأ القبول للعام 1436/1437هـ وللعام 1435 - 1436 وللعام 2015/2016م.", "2015-08-06"),
            (Found{"لعام 1436 → 2015", "1437هـ → 2016", "لعام 1435 → 2014", "1436 → 2015", "لعام 2015 → 2015"}));
  // A bare year of the Hijri era's last century, up to the next year, is Hijri when the article
  // has a date; a later one stays Gregorian, and so does any year without a date to count from.
  EXPECT_EQ(found("ولد الشاعر في أبها عام 1390، وافتتحت المكتبة صيف 1434، وبنيت القلعة عام 1473.", "2015-07-21"),
            (Found{"عام 1390 → 1970", "صيف 1434 → 2013-SU", "عام 1473 → 1473"}));
  EXPECT_EQ(found("ولد الشاعر في أبها عام 1390.", ""), (Found{"عام 1390 → 1390"}));
  // A weekday with a day/month and no year: the weekday tells the calendar (17 Shawwal 1436
  // was Sunday 2 August 2015; 17 October 2015 a Saturday).
  EXPECT_EQ(found("تجرى المقابلات الأحد 17/10 ثم الاثنين 18/10، والسبت 17/10 موعد آخر.", "2015-08-02"),
            (Found{"الأحد 17/10 → 2015-08-02", "الاثنين 18/10 → 2015-08-03", "السبت 17/10 → 2015-10-17"}));
  // Ramadan by its epithets, with هذا and a modifier before them.
  EXPECT_EQ(found("وتنتهي الفعاليات نهاية هذا الشهر الفضيل، وتكثر الزيارات في الشهر الكريم.", "2015-07-10"),
            (Found{"نهاية هذا الشهر الفضيل → 2015-07 END", "الشهر الكريم → 2015-07"}));
  EXPECT_TRUE(run("احتفلت المملكة بالعيد الوطني.", "2015-09-23").empty()) << "the national day is no Eid";
  EXPECT_EQ(run("صلى الناس صلاة العيد.", "").at(0).value, "XXXX") << "without a date, which Eid is unknown";
}

TEST(FindTimes, Relative) {
  const Case cases[] = {
      {"وصل الوفد أمس إلى جدة.", "2024-09-28", "أمس", "DATE", "2024-09-27", "", "yesterday"},
      {"وقع الحادث أول أمس قرب الحدود.", "2024-09-28", "أول أمس", "DATE", "2024-09-26", "",
       "the day before yesterday, two words"},
      {"وصل الوفد ما قبل الأمس إلى جدة.", "2015-08-04", "ما قبل الأمس", "DATE", "2015-08-02", "",
       "the day before yesterday, with قبل"},
      {"يغادر الوفد غدا إلى عمان.", "2024-09-28", "غدا", "DATE", "2024-09-29", "", "tomorrow"},
      {"ستهبط يوم غد أول طائرة مدنية في المطار.", "2015-08-06", "يوم غد", "DATE", "2015-08-07", "",
       "an ordinal without the article after it opens the next phrase (not اليوم الأول)"},
      {"تستخدم المرهم كل صباح.", "2015-08-06", "كل صباح", "SET", "P1D", "", "every morning: daily"},
      {"اجتمع الطرفان الأسبوع الماضي.", "2024-09-28", "الأسبوع الماضي", "DATE", "2024-W38", "",
       "ISO week before the reference's W39"},
      {"تنتهي المهلة الشهر المقبل.", "2024-12-15", "الشهر المقبل", "DATE", "2025-01", "",
       "next month across a year end"},
      {"ارتفعت الأسعار هذا العام.", "2024-09-28", "هذا العام", "DATE", "2024", "", "this year"},
      {"تراجعت الصادرات خلال العام الماضي.", "2024-09-28", "العام الماضي", "DATE", "2023", "",
       "last year; خلال left out"},
      {"اعتقل المشتبه به قبل ثلاثة أيام.", "2024-09-28", "قبل ثلاثة أيام", "DATE", "2024-09-25", "",
       "three days ago"},
      {"صدر القانون رقم 32 لعام 2015 بمنح عفو عام.", "2015-07-26", "عام 2015", "DATE", "2015", "",
       "a number before a unit with ل is no length: a law's number, then its year"},
      {"ارتفعت أسعار البنزين بأنواعه الثلاثة لشهر أغسطس 2015.", "2015-08-02", "شهر أغسطس 2015", "DATE", "2015-08", "",
       "a cardinal up to ten is no day of the month (the three kinds), nor a length with لشهر"},
      {"عبرت السفن القناة الجديدة قبيل 12 يوماً.", "2015-07-26", "قبيل 12 يوماً", "DATE", "2015-07-14", "",
       "قبيل, shortly before, counts back as قبل does"},
      {"غادر الوفد قبل حوالي أسبوع.", "2024-09-28", "قبل حوالي أسبوع", "DATE", "2024-W38", "APPROX",
       "about a week ago"},
      {"وصلنا بعد قرابة ساعة بالسيارة.", "2024-09-28", "قرابة ساعة", "DURATION", "PT1H", "APPROX",
       "hours need a time of day to shift from: a duration"},
      {"تعود البعثة بعد أسبوعين.", "2024-09-28", "بعد أسبوعين", "DATE", "2024-W41", "",
       "two weeks from now"},
      {"قال ذلك في وقت سابق من الشهر الجاري.", "2024-09-28", "وقت سابق من الشهر الجاري", "DATE",
       "2024-09", "", "earlier this month: a time within this month"},
      {"ستتغير الأمور في المستقبل.", "2024-09-28", "المستقبل", "DATE", "FUTURE_REF", "",
       "في المستقبل"},
      {"سيفتتح المعرض في المستقبل القريب.", "2024-09-28", "المستقبل القريب", "DATE", "FUTURE_REF", "",
       "the near future"},
      {"عقدت الجلسة يوم الأحد الماضي.", "2024-09-28", "يوم الأحد الماضي", "DATE", "2024-09-22", "",
       "28 September 2024 is a Saturday; last Sunday is the 22nd"},
      {"سيصل الرئيس يوم الأحد.", "2024-09-28", "يوم الأحد", "DATE", "2024-09-29", "",
       "future verb: the coming Sunday"},
      {"وصل الوفد أمس.", "", "أمس", "DATE", "PAST_REF", "", "no reference date"},
      {"تنتهي الولاية العام المقبل.", "", "العام المقبل", "DATE", "FUTURE_REF", "", "no reference date"},
  };
  for (const auto& c : cases) check(c);
}

TEST(FindTimes, Modifiers) {
  const Case cases[] = {
      {"ستنتهي المهمة في موعد لا يتجاوز نهاية سبتمبر/أيلول 2025.", "2024-09-28",
       "نهاية سبتمبر/أيلول 2025", "DATE", "2025-09", "END", "one mod per TIMEX3: END wins"},
      {"تبدأ الدراسة مطلع العام المقبل.", "2024-09-28", "مطلع العام المقبل", "DATE", "2025", "START",
       "start of next year"},
      {"وصلت الشحنة في منتصف الشهر الجاري.", "2024-09-28", "منتصف الشهر الجاري", "DATE", "2024-09",
       "MID", "middle of this month"},
      {"تدفع الرواتب نهاية الشهر.", "2024-09-28", "نهاية الشهر", "DATE", "2024-09", "END",
       "bare الشهر after a position word is the current month"},
      {"قد تبقى القوات بعد عام 2026.", "2024-09-28", "بعد عام 2026", "DATE", "2026", "AFTER",
       "after a year"},
      {"تنسحب القوات بحلول سبتمبر/أيلول 2026.", "2024-09-28", "بحلول سبتمبر/أيلول 2026", "DATE",
       "2026-09", "ON_OR_BEFORE", "by a month"},
      {"بنيت القلعة قبل عام 1900.", "", "قبل عام 1900", "DATE", "1900", "BEFORE", "before a year"},
      {"تغير الوضع في أواخر التسعينيات.", "", "أواخر التسعينيات", "DATE", "199", "END",
       "end of a decade"},
  };
  for (const auto& c : cases) check(c);
  check({"استمرت الأزمة حوالي عامين.", "2024-09-28", "حوالي عامين", "DURATION", "P2Y", "APPROX",
         "about two years"});
  check({"غاب عن بلاده أكثر من عقد.", "", "أكثر من عقد", "DURATION", "P10Y", "MORE_THAN",
         "more than a decade"});
  check({"فاز منتخب الناشئين تحت 17 عاما بالبطولة.", "", "تحت 17 عاما", "DURATION", "P17Y", "LESS_THAN",
         "an age group: under 17 years"});
  EXPECT_TRUE(run("ستتحول في نهاية المطاف إلى علاقة أخرى.", "2024-09-28").empty())
      << "نهاية المطاف (eventually) is no date";
}

TEST(FindTimes, Durations) {
  const Case cases[] = {
      {"قال إن عامين غير كافيين.", "", "عامين", "DURATION", "P2Y", "", "dual noun: two years"},
      {"استمرت المفاوضات ثلاثة أشهر.", "", "ثلاثة أشهر", "DURATION", "P3M", "",
       "masculine number with a plural noun"},
      {"سجن ثلاث سنوات.", "", "ثلاث سنوات", "DURATION", "P3Y", "", "feminine noun, masculine number form"},
      {"يعمل المركز 24 ساعة.", "", "24 ساعة", "DURATION", "PT24H", "", "hours take PT"},
      {"عاش هناك عشرين عاما.", "", "عشرين عاما", "DURATION", "P20Y", "", "tens with accusative noun"},
      {"امتدت الحرب خمسة وعشرين عاما.", "", "خمسة وعشرين عاما", "DURATION", "P25Y", "",
       "unit and tens joined by و"},
      {"وهي المرة الثالثة خلال العقدين الأخيرين.", "", "العقدين الأخيرين", "DURATION", "P20Y", "",
       "two decades"},
      {"المهمة المستمرة منذ عقد.", "", "عقد", "DURATION", "P10Y", "", "منذ makes a bare decade a duration"},
      {"ارتفعت الأسعار خلال الأشهر الستة الماضية.", "", "الأشهر الستة الماضية", "DURATION", "P6M", "",
       "the last six months"},
      {"عمل في الخارج لسنوات.", "", "سنوات", "DURATION", "PXY", "", "years of unknown count"},
      {"تستغرق الرحلة عدة أيام.", "", "عدة أيام", "DURATION", "PXD", "", "quantifier"},
      {"استمر الخلاف بين القبيلتين عشرات السنين.", "", "عشرات السنين", "DURATION", "PXY", "", "tens of years"},
      {"بقي في المنفى سنين عديدة.", "", "سنين عديدة", "DURATION", "PXY", "", "quantifier after the unit"},
      {"تعود الصخور إلى ملايين السنين.", "", "ملايين السنين", "DURATION", "PXY", "", "millions of years: a count unsaid"},
      {"سكن الإنسان الوادي منذ آلاف السنين.", "", "آلاف السنين", "DURATION", "PXY", "", "thousands of years"},
      {"تأخرت الرحلة أياما عدة.", "", "أياما عدة", "DURATION", "PXD", "", "عدة after the unit"},
      {"تصدر النتائج خلال 60 يوم عمل.", "", "60 يوم عمل", "DURATION", "P60D", "", "working days"},
      {"قضى أسبوعا واحدا في المستشفى.", "", "أسبوعا واحدا", "DURATION", "P1W", "", "one week"},
      {"يتدرب الخريجون لمدة عام كامل.", "", "عام كامل", "DURATION", "P1Y", "", "a whole year"},
      {"وتقدم الكلية دبلوما مدته عام في الترميم.", "", "عام", "DURATION", "P1Y", "", "مدته before a bare unit"},
      {"تستقبل الخيمة زوارها لشهر كامل في الصيف.", "", "شهر كامل", "DURATION", "P1M", "",
       "a whole month, with no word of duration before it"},
      {"يبقى المعرض مفتوحا لفترة أسبوع في الحديقة.", "", "أسبوع", "DURATION", "P1W", "", "فترة: a period of one week"},
      {"قتل عشرة أشخاص خلال الـ24 ساعة الماضية.", "", "الـ24 ساعة الماضية", "DURATION", "PT24H", "",
       "الـ before digits belongs to the expression"},
      {"وصلت الفرق بعد أقل من ربع ساعة من البلاغ.", "", "أقل من ربع ساعة", "DURATION", "PT15M", "LESS_THAN",
       "a quarter of an hour, in minutes"},
      {"عاد بعد نصف عام من الغياب.", "", "نصف عام", "DURATION", "P6M", "", "half a year, in months"},
      {"ختم المشروع مرحلته بعد مضي عام ونصف.", "", "عام ونصف", "DURATION", "P18M", "", "a year and a half"},
      {"قضى ثلاث سنوات ونصف في الغربة.", "", "ثلاث سنوات ونصف", "DURATION", "P3.5Y", "", "years and a half (as the sets write them)"},
      {"استمر الاجتماع ساعة ونصف.", "", "ساعة ونصف", "DURATION", "PT90M", "", "an hour and a half, in minutes"},
      {"سجن أربعة أشهر ونصف الشهر.", "", "أربعة أشهر ونصف الشهر", "DURATION", "P4.5M", "",
       "months and a half: no whole number of days, a fraction"},
      {"يمتد العقد ثلاث سنوات قادمة.", "", "ثلاث سنوات قادمة", "DURATION", "P3Y", "",
       "an indefinite adjective agrees with an indefinite count"},
      {"تستمر الدورة لمدة (24) شهرًا.", "", "(24) شهرًا", "DURATION", "P24M", "", "a count in brackets"},
  };
  for (const auto& c : cases) check(c);
  EXPECT_TRUE(run("وقع الطرفان عقد الشراكة.", "").empty()) << "عقد without context is a contract";
  EXPECT_TRUE(run("قال الأمين العام إن الوضع خطير.", "").empty()) << "العام as 'general'";
  EXPECT_TRUE(run("ازدحمت الأسواق خلال أيام التسوق.", "").empty()) << "the days of something, not a length";
  EXPECT_EQ(run("ستنتهي الأعمال خلال أيام.", "").size(), 1u) << "within days: a duration";
  EXPECT_TRUE(run("صوت نصف الأعضاء ضد القرار.", "").empty()) << "half of something else";
  EXPECT_TRUE(run("ورد ذلك في المادة (24) من النظام.", "").empty()) << "a number in brackets counts no time";
}

TEST(FindTimes, ADayOfTheMonthTheReferenceGives) {
  const Case cases[] = {
      {"تبدأ الدراسة في الثاني عشر من الشهر الجاري.", "2015-07-24", "الثاني عشر من الشهر الجاري", "DATE",
       "2015-07-12", "", "an ordinal day of this month"},
      {"ينتهي التسجيل في 5 من الشهر المقبل.", "2015-07-24", "5 من الشهر المقبل", "DATE", "2015-08-05", "",
       "digits, next month"},
      {"افتتح المعرض في الخامس من الشهر الماضي.", "2015-01-10", "الخامس من الشهر الماضي", "DATE", "2014-12-05",
       "", "last month, across the year"},
      {"يبدأ الموسم في العاشر من الشهر المقبل.", "", "العاشر من الشهر المقبل", "DATE", "XXXX-XX-10", "",
       "no reference date: the day alone"},
      {"سيعقد الاجتماع في الخامس من الشهر ذاته.", "2015-07-31", "الخامس من الشهر ذاته", "DATE", "2015-07-05", "",
       "the same month with none named before: the reference's"},
  };
  for (const auto& c : cases) check(c);
  // التاسع من نفس الشهر: the month of the date named before it, not the reference's.
  auto same = run("أجلت المغادرة حتى الحادي عشر من أغسطس 2014 بدلا من التاسع من نفس الشهر.", "2015-07-31");
  ASSERT_EQ(same.size(), 2u);
  EXPECT_EQ(same[1].value, "2014-08-09");
  same = run("وصل في 3 مارس 2014 وغادر في العاشر من الشهر نفسه.", "2015-07-31");
  ASSERT_EQ(same.size(), 2u);
  EXPECT_EQ(same[1].value, "2014-03-10");
  auto t = run("قتل ثلاثة من الشهر الجاري.", "2015-07-24");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2015-07") << "a cardinal word counts people, not the day";
  t = run("بلغ الإنتاج 500 ألف برميل في العشرين يوما الأولى من الشهر الجاري.", "2015-07-24");
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.back().value, "2015-07") << "an ordinal after a unit is its adjective";
}

TEST(FindTimes, ATimeDatedByTheDateAfterIt) {
  const std::string text = "وقع الحادث في حدود الساعة 4:10 من تاريخ 5/8/2024 على الطريق.";
  const auto t = run(text, "2024-08-07");
  ASSERT_EQ(t.size(), 2u) << "the time, and the date as an expression of its own";
  EXPECT_EQ(t[0].value, "2024-08-05T04:10");
  EXPECT_EQ(text.substr(t[1].span.begin, t[1].span.end - t[1].span.begin), "5/8/2024");
  EXPECT_EQ(t[1].value, "2024-08-05");
}

TEST(FindTimes, TimesOfDayAndSets) {
  const Case cases[] = {
      {"وقع الانفجار الساعة الثالثة مساء.", "2024-09-28", "الساعة الثالثة مساء", "TIME",
       "2024-09-28T15:00", "", "ordinal hour, evening"},
      {"وصلت الطائرة في 10:30 صباحا.", "2024-09-28", "10:30 صباحا", "TIME", "2024-09-28T10:30", "",
       "clock digits"},
      {"انطلقت الألعاب النارية عند الساعة 9.30 مساء.", "2024-09-28", "الساعة 9.30 مساء", "TIME",
       "2024-09-28T21:30", "", "hours and minutes with a dot after الساعة"},
      {"وقع الحادث الساعة 4.15 دقيقة عصرا.", "2024-09-28", "الساعة 4.15 دقيقة عصرا", "TIME",
       "2024-09-28T16:15", "", "… and the minutes' unit after them"},
      {"تبدأ المقابلات من الساعة الـ12:30 ظهرا.", "2024-09-28", "الساعة الـ12:30 ظهرا", "TIME",
       "2024-09-28T12:30", "", "الـ between الساعة and the digits"},
      {"وقع الحادث في حدود الساعة 4:10 من تاريخ 5/8/2024 على الطريق.", "2024-08-07", "في حدود الساعة 4:10",
       "TIME", "2024-08-05T04:10", "APPROX", "around the hour, dated by the date after تاريخ (its own expression)"},
      {"اندلع الحريق مساء أمس.", "2024-09-28", "مساء أمس", "TIME", "2024-09-27TEV", "",
       "part of day of yesterday"},
      {"عقد اللقاء ظهر اليوم.", "2024-09-28", "ظهر اليوم", "TIME", "2024-09-28TMI", "", "midday today"},
      {"بدأ الاجتماع في الساعة العاشرة والنصف من صباح أمس.", "2024-09-28",
       "الساعة العاشرة والنصف من صباح أمس", "TIME", "2024-09-27T10:30", "", "half past, anchored"},
      {"تصدر الهيئة تقريرها سنويا.", "", "سنويا", "SET", "P1Y", "", "yearly"},
      {"يجتمع المجلس كل أسبوع.", "", "كل أسبوع", "SET", "P1W", "", "every week"},
      {"تقام الصلاة كل يوم جمعة.", "", "كل يوم جمعة", "SET", "XXXX-WXX-5", "", "every Friday"},
      {"تجرى الانتخابات كل أربع سنوات.", "", "كل أربع سنوات", "SET", "P4Y", "", "every four years"},
      {"شهد القرن الحادي والعشرين تحولات.", "", "القرن الحادي والعشرين", "DATE", "20", "",
       "the 21st century is TIMEX3 20"},
      {"ازدهرت السينما في الثمانينيات من القرن الماضي.", "2024-09-28",
       "الثمانينيات من القرن الماضي", "DATE", "198", "", "a decade of the last century"},
  };
  for (const auto& c : cases) check(c);
}

TEST(FindTimes, SeasonsQuartersAndNamedHours) {
  const Case cases[] = {
      {"تقام البطولة صيف 2026 في الدوحة.", "", "صيف 2026", "DATE", "2026-SU", "", "season of a year"},
      {"تنشط السياحة الشتاء المقبل.", "2024-09-28", "الشتاء المقبل", "DATE", "2025-WI", "",
       "next winter"},
      {"نما الاقتصاد في الربع الأول من العام الجاري.", "2024-09-28", "الربع الأول من العام الجاري",
       "DATE", "2024-Q1", "", "quarter of a relative year"},
      {"تراجعت المبيعات في النصف الثاني من 2023.", "", "النصف الثاني من 2023", "DATE", "2023-H2", "",
       "half of a year"},
      {"ارتفعت أرباح الشركة في الربع الثاني بنسبة 5%.", "2015-07-31", "الربع الثاني", "DATE", "2015-Q2", "",
       "a quarter with no year is the reference year's"},
      {"أوصى المجلس بتوزيع أرباح النصف الأول على المساهمين.", "2015-08-11", "النصف الأول", "DATE", "2015-H1", "",
       "a half with no year after the results it divides is the reference year's"},
      {"ارتفعت الإيرادات خلال النصف الثاني بنسبة 9%.", "2015-08-11", "النصف الثاني", "DATE", "2015-H2", "",
       "… and before a rate"},
      {"ارتفعت الأسعار خلال الأيام القليلة الماضية.", "2015-07-31", "الأيام القليلة الماضية", "DURATION", "PXD",
       "", "a few days, definite"},
      {"ستنتهي الأعمال خلال أشهر قليلة.", "2015-07-31", "أشهر قليلة", "DURATION", "PXM", "", "a few months"},
      {"ازدحمت الأسواق خلال أيام عيد الفطر المبارك.", "2015-07-21", "عيد الفطر المبارك", "DATE", "2015-07-17", "",
       "the days of a feast are no length of days"},
      {"تكثر الزيارات في أيام رمضان.", "2015-07-21", "رمضان", "DATE", "2015-07", "",
       "the days of a month name it (رمضان alone is also a given name)"},
      {"سجل اللاعب 20 هدفا في الموسم الماضي.", "2015-07-31", "الموسم الماضي", "DATE", "PAST_REF", "",
       "a season is no calendar unit: a vague past"},
      {"بدأ الفريق استعداده للموسم الجديد بمعسكر في النمسا.", "2015-08-10", "لموسم الجديد", "DATE", "FUTURE_REF", "",
       "a phrase after ل + the article without its alef (للموسم): the first lam is the preposition"},
      {"يستعد الفريق للموسم الرياضي القادم بمعسكر خارجي.", "2015-07-23", "لموسم الرياضي القادم", "DATE", "FUTURE_REF", "",
       "the season named with its kind between the noun and its adjective of time"},
      {"لم يخسر الفريق أي مباراة هذا الموسم.", "2015-08-10", "هذا الموسم", "DATE", "PRESENT_REF", "",
       "this season: a vague present"},
      {"وأعلنت الشرطة الاول من امس القبض على المتهم.", "2015-07-22", "الاول من امس", "DATE", "2015-07-20", "",
       "the day before yesterday with the article"},
      {"ستستمر التجارب حتى نهاية تشرين أول/أكتوبر 2016.", "2015-07-24", "نهاية تشرين أول/أكتوبر 2016", "DATE",
       "2016-10", "END", "a Syriac month written without the article, paired"},
      {"أنهى منتخب مواليد 2000 لكرة القدم معسكره.", "2015-08-02", "2000", "DATE", "2000", "",
       "a team of those born in a year: the year, whatever follows"},
      {"زار الرازي (ت 932م) أرمينيا.", "", "932م", "DATE", "0932", "",
       "three digits and م after ت (died): the era"},
      {"لعب المدافع موسما واحدا مع النادي.", "2015-08-10", "موسما واحدا", "DURATION", "P1Y", "",
       "a season counted with واحد is a year's length"},
      {"فاز الفريق بلقب موسم 2014، وخسر لقب الكأس.", "2015-08-10", "2014", "DATE", "2014", "",
       "the season's year after موسم, as after an event"},
      {"اندلع الحريق في تمام التاسعة مساء ليلة أول أمس.", "2015-07-22", "التاسعة مساء", "TIME",
       "2015-07-20T21:00", "", "an hour word after تمام, on the day right after it"},
      {"فاز الفريق في المباراة الثالثة مساء أمس.", "2015-07-22", "مساء أمس", "TIME", "2015-07-21TEV", "",
       "an ordinal after a noun is no hour"},
      {"يفتح المتحف حتى منتصف الليل.", "2024-09-28", "منتصف الليل", "TIME", "2024-09-29T00:00", "",
       "midnight ends the day"},
      {"أعلن الوزير أمس الثلاثاء عن خطته.", "2024-09-25", "أمس الثلاثاء", "DATE", "2024-09-24", "",
       "the weekday restating yesterday is part of it"},
      {"بدأت الحملة اليوم (الاثنين) في الكويت.", "2024-10-21", "اليوم (الاثنين)", "DATE", "2024-10-21",
       "", "weekday in brackets, as Saudi papers write it"},
      {"يعقد المجلس جلسته مطلع كل شهر.", "", "مطلع كل شهر", "SET", "P1M", "START", "start of each month"},
      {"تصدر النشرة فصليا.", "", "فصليا", "SET", "P3M", "", "quarterly"},
      {"فتح باب الترشح في العاشر من شوال الجاري.", "2015-08-08", "العاشر من شوال الجاري", "DATE",
       "2015-07-26", "", "الجاري after a Hijri month: the current Hijri year"},
      {"خرج اللاعب من المعسكر يوم أمس الأول.", "2015-07-25", "يوم أمس الأول", "DATE", "2015-07-23", "",
       "يوم before a relative day"},
      {"ضبطت الشرطة 19 متهما خلال الأربع والعشرين ساعة الماضية.", "", "الأربع والعشرين ساعة الماضية",
       "DURATION", "PT24H", "", "definite number, unit and adjective"},
      {"زار الفريق المرضى في أول أيام عيد الفطر.", "2015-07-23", "أول أيام عيد الفطر", "DATE",
       "2015-07-17", "", "the first day of a holiday"},
      {"لعب المدافع مع النادي موسمين قبل انتقاله.", "2015-07-20", "موسمين", "DURATION", "P2Y", "",
       "two seasons: a season counted is a year"},
      {"سيعمل الفريق على تطوير الأداء في الفترة المقبلة.", "2015-07-20", "الفترة المقبلة", "DATE", "FUTURE_REF", "",
       "the coming period: a vague future"},
      {"هنأ الأمير المواطنين بعيد الفطر المبارك.", "2015-07-20", "عيد الفطر المبارك", "DATE", "2015-07-17", "",
       "a holiday's epithet is part of its name"},
      {"صام الناس في التاسع من شهر رمضان الكريم.", "2015-07-20", "التاسع من شهر رمضان الكريم", "DATE",
       "2015-06-26", "", "… and a holy month's"},
      {"وقع الانفجار في الساعات الأولى من صباح الجمعة.", "2015-07-21", "الساعات الأولى من صباح الجمعة",
       "TIME", "2015-07-17TMO", "", "the first hours of a morning: early that morning, not one o'clock"},
      {"نشرت المجلة في عددها لشهر أغسطس الجاري 2015 الترتيب.", "2015-08-10", "شهر أغسطس الجاري 2015",
       "DATE", "2015-08", "", "a year after الجاري"},
      {"اندلعت النيران في المستودع الليلة الماضية.", "2015-07-25", "الليلة الماضية", "TIME", "2015-07-24TNI", "",
       "last night: the part of the day with the article before الماضية"},
      {"عقد الوزير مؤتمرا صحافيا الليلة قبل الماضية.", "2015-07-25", "الليلة قبل الماضية", "TIME",
       "2015-07-23TNI", "", "the night before last"},
      {"يلتقي المنتخبان هذا المساء في الدوحة.", "2015-07-25", "هذا المساء", "TIME", "2015-07-25TEV", "",
       "this evening"},
      {"يقدم المسرح عرضه الليلة وغدا في أبها.", "2015-07-25", "الليلة", "TIME", "2015-07-25TNI", "",
       "tonight, joined to tomorrow"},
      {"وصل الوفد إلى تونس مساء أمس.", "", "مساء أمس", "TIME", "PAST_REF", "",
       "without a reference date, no part is added to PAST_REF"},
      {"ارتفع عدد الزوار خلال عام .2014", "2015-08-03", "عام .2014", "DATE", "2014", "",
       "a full stop put before the year it ends"},
      {"يسافر الفريق إلى إيطاليا قبل مباراة الكأس بأسبوع، ثم يعود.", "2015-07-27", "أسبوع", "DURATION", "P1W", "",
       "a singular unit with ب closing a phrase opened by قبل: the gap"},
      {"تكبد المعدن خسائر في مايو/أيار ويونيو/حزيران 1999.", "2015-08-08", "مايو/أيار", "DATE", "1999-05", "",
       "the year after the next month joined by و is this month's too"},
      {"استقر الذهب قرب أدنى مستوياته في خمس سنوات ونصف السنة.", "2015-08-08", "خمس سنوات ونصف السنة", "DURATION",
       "P5.5Y", "", "the unit again after ونصف is part of the length"},
      {"تنتهي الاتفاقية بعد ثلاث سنوات ونصف.", "2015-07-21", "بعد ثلاث سنوات ونصف", "DATE", "2019-01", "",
       "a date years and a half away, in months"},
      {"أبرز الأحداث في التاريخ\n1938 - السلطات تمنع التجارة. 1940 - الحرب العالمية الثانية: بدء القتال.", "2015-07-23",
       "1938", "DATE", "1938", "", "a year heading an entry of a chronology, before a dash"},
      {"نشر الاتحاد أرقام (2012، 2013، 2014) كاملة.", "2015-08-10", "2012", "DATE", "2012", "",
       "years listed alone in brackets"},
  };
  for (const auto& c : cases) check(c);
  EXPECT_TRUE(run("يتفاقم الخطر يوما بعد يوم، ويتطور المهرجان عاما بعد عام.", "2015-07-21").empty())
      << "يوما بعد يوم is day after day: no date, no length";
  EXPECT_TRUE(run("تعادل الفريقان بنتيجة صفر-صفر في المباراة الودية.", "2015-08-01").empty())
      << "صفر-صفر is a score, not the month Safar named twice";
  EXPECT_TRUE(run("عرضت القناة فيلم الليلة الأخيرة أمس الأول.", "2015-08-01").size() == 1)
      << "الليلة الأخيرة is the last of some nights (here a film's title), not last night";
  EXPECT_TRUE(run("تغيرت القيم في هذا العصر.", "2015-08-01").empty()) << "هذا العصر is this age";
  EXPECT_TRUE(run("احتفل السكان بيوم الوطن في الحديقة.", "2015-08-01").empty())
      << "ب + a singular unit in a construct is no gap";
  EXPECT_TRUE(run("سجل الفريق هدفين في النصف الثاني من المباراة.", "2015-07-31").empty())
      << "a half with no year is a match's";
  // An hour with no day of its own is on the last day named, also a part of a day.
  auto night = run("أحيا الفنان ليلة أول أمس حفلا. وأطل على الحضور في تمام التاسعة مساء.", "2015-07-22");
  ASSERT_EQ(night.size(), 2u);
  EXPECT_EQ(night[1].value, "2015-07-20T21:00");
  EXPECT_TRUE(run("ألهمت أحداث الربيع العربي الشباب.", "2024-09-28").empty()) << "الربيع العربي is a name";
  EXPECT_TRUE(run("احتفلت المدارس باليوم الوطني.", "2024-09-28").empty()) << "National Day, not today";
  EXPECT_TRUE(run("استمرت الاجتماعات حتى الساعات الأولى من الصباح.", "2015-07-21").empty())
      << "early morning of no day in particular";
  EXPECT_TRUE(run("نظمت الجمعية فعالية في اليوم العالمي للسكري.", "2024-09-28").empty())
      << "a World Day, not today";
  EXPECT_NO_THROW(run("نما الاقتصاد في الربع الأول من العام الجاري.", "")) << "no reference, no year";
}

TEST(FindTimes, TenseOfTheClauseAndClockOnADay) {
  // 8 February 2024 is a Thursday. The weekday belongs to the past clause (أعلن), not to the
  // future one after أن.
  check({"أعلن الاتحاد الأربعاء أن البطولة ستقام في المغرب.", "2024-02-08", "الأربعاء", "DATE",
         "2024-02-07", "", "past clause: the last Wednesday"});
  check({"قال وزير الدفاع الخميس إنه سيسمح بتسليح الجنود.", "2015-08-01", "الخميس", "DATE", "2015-07-30", "",
         "إنه opens the future clause as إن does: the Thursday is the saying's, past"});
  check({"يتوقع أن يتأثر الأردن بمنخفض جوي مساء الأربعاء.", "2024-12-30", "مساء الأربعاء", "TIME",
         "2025-01-01TEV", "", "أن + imperfect verb: the coming Wednesday"});
  // 21 July 2015 is a Tuesday. «المقبلة» of a span with its own noun (الأشهر المقبلة) puts that
  // span ahead, not the clause: the Monday of the selling is the last one.
  EXPECT_EQ(found("مع توقعات بمزيد الخسائر في الأشهر المقبلة في أعقاب موجة بيع مكثفة يوم الاثنين باع فيها المستثمرون.",
                  "2015-07-21"),
            (Found{"الأشهر المقبلة → PXM", "يوم الاثنين → 2015-07-20"}));
  // 26 July 2015 is a Sunday: a scheduled event's imperfect verb speaks of the coming Tuesday,
  // but not after كان, nor for a feast in such a clause.
  check({"الحلف الأطلسي يجتمع الثلاثاء بطلب من أنقرة.", "2015-07-26", "الثلاثاء", "DATE", "2015-07-28", "",
         "يجتمع: the coming Tuesday"});
  check({"حيث يبدأ التقديم يوم الأحد ويستمر خمسة أيام.", "2015-07-23", "يوم الأحد", "DATE", "2015-07-26", "",
         "يبدأ التقديم: the coming Sunday (23 July 2015 is a Thursday)"});
  check({"يواجه الفريق النصر الخميس بعد المقبل.", "2015-07-31", "الخميس بعد المقبل", "DATE", "2015-08-13", "",
         "بعد المقبل: the Thursday after the next"});
  check({"كان الفريق يلعب الثلاثاء في الدوحة.", "2015-07-26", "الثلاثاء", "DATE", "2015-07-21", "",
         "كان … يلعب: the last Tuesday"});
  check({"تقام الفعاليات في عيد الفطر بالحديقة.", "2015-07-26", "عيد الفطر", "DATE", "2015-07-17", "",
         "a feast keeps the reference year"});
  std::string text = "تعقد الورشة يوم الاثنين المقبل الساعة العاشرة صباحا.";
  auto times = run(text, "2025-03-05");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[0].value, "2025-03-10");
  EXPECT_EQ(times[1].value, "2025-03-10T10:00") << "the clock time is on the day before it";
}

TEST(FindTimes, BareWeekdayIsTheDayAnotherMentionFixes) {
  // 24 July 2015 is a Friday. The headline's bare Sunday is the body's «الأحد المقبل».
  std::string text = "تعليم المنطقة يستقبل المتقدمين الأحد الساعة العاشرة صباحا\n"
                     "تبدأ الإدارة الأحد المقبل استقبال المتقدمين للتدريس.";
  auto times = run(text, "2015-07-24");
  ASSERT_EQ(times.size(), 3u);
  EXPECT_EQ(times[0].value, "2015-07-26") << "the week the body names, not the tense's past one";
  EXPECT_EQ(times[1].value, "2015-07-26T10:00") << "the clock time moves with its day";
  EXPECT_EQ(times[2].value, "2015-07-26");
  // A body clause in the future fixes the headline's week too.
  times = run("المطار يوقع عقد المبنى الخميس\nمن المقرر أن توقع إدارة المطار الخميس عقد المبنى.", "2015-07-21");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[0].value, "2015-07-23");
  EXPECT_EQ(times[1].value, "2015-07-23");
  // A clause in the future does not take a past day named elsewhere.
  times = run("التقى الوزير الوفد الأحد الماضي، وسيزور المصنع الأحد.", "2015-07-24");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[0].value, "2015-07-19");
  EXPECT_EQ(times[1].value, "2015-07-26") << "سيزور: the coming Sunday";
  // A story told day by day: the Monday after «يوم الأحد 1 فبراير» is 2 February…
  times = run("وفي يوم الأحد 1 فبراير أدى الأمراء القسم، وفي يوم الاثنين رأس الملك الجلسة.", "2015-07-21");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[1].value, "2015-02-02") << "told on from the day named before it";
  // …but a date without its weekday is background: «نشر الثلاثاء» is the reference Tuesday.
  times = run("أطلقت أنقرة في 24 يوليو حربا على الإرهاب. وفي مقال نشر الثلاثاء انتقد الوزير السياسة.",
              "2015-08-11");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[1].value, "2015-08-11");
  // In the body, a clause with no future mark does not take a coming day.
  check({"نشرت الحكومة المرسوم السبت، وترتفع الضريبة اعتبارا من السبت 25 يوليو.", "2015-07-21", "السبت",
         "DATE", "2015-07-18", "", "a body clause keeps the past day"});
  // The nearest mention wins: the past Sunday of the second sentence.
  times = run("يعقد المجلس جلسته الأحد المقبل. وكان المجلس قد اجتمع الأحد الماضي، وناقش الأعضاء الأحد "
              "الميزانية.",
              "2015-07-24");
  ASSERT_EQ(times.size(), 3u);
  EXPECT_EQ(times[2].value, "2015-07-19");
}

TEST(FindTimes, NewsPaperHabits) {
  const Case cases[] = {
      {"سيلعب اللاعب بشكل أسبوعي مع فريقه الجديد.", "", "بشكل أسبوعي", "SET", "P1W", "",
       "adverbial phrase of frequency"},
      {"انفجرت السيارات صباح اليوم الأحد في غزة.", "2015-07-21", "صباح اليوم الأحد", "TIME",
       "2015-07-19TMO", "", "the weekday wins over a crawl date two days late"},
      {"تسلمت المدارس المستلمة حديثا أجهزتها.", "", "حديثا", "DATE", "PAST_REF", "", "recently"},
      {"وكان الوزير قد أعلن قبل فترة عن خطته.", "", "قبل فترة", "DATE", "PAST_REF", "", "a while ago"},
      {"لم يزر المدينة منذ فترة طويلة.", "", "منذ فترة طويلة", "DATE", "PAST_REF", "", "for a long while"},
      {"وهذا ما نراه في وقتنا الحاضر.", "", "وقتنا الحاضر", "DATE", "PRESENT_REF", "", "nowadays"},
      {"ولا تزال العادة باقية حتى يومنا هذا في القرى.", "", "يومنا هذا", "DATE", "PRESENT_REF", "", "to this day"},
      // 31 July 2015 is a Friday: the Monday four days back, not three ahead.
      {"عاد اللاعب إلى التدريبات صباح اليوم الاثنين.", "2015-07-31", "صباح اليوم الاثنين", "TIME",
       "2015-07-27TMO", "", "the weekday is taken before a late publication date"},
      {"بدأت الجلسة اليوم السبت بحضور الأعضاء.", "2015-07-31", "اليوم السبت", "DATE", "2015-08-01", "",
       "…but the next day forward (a date stamped before midnight)"},
      {"توقعت الأرصاد لهذا اليوم أمطارا.", "2015-07-31", "هذا اليوم", "DATE", "2015-07-31", "",
       "هذا اليوم is today"},
      {"تتكون السحب الركامية بعد الظهر على المرتفعات.", "2015-07-31", "بعد الظهر", "TIME",
       "2015-07-31TAF", "", "the afternoon with no day named: the document's"},
      {"تشتد الرياح خلال فترة ما بعد الظهيرة.", "2015-07-31", "بعد الظهيرة", "TIME", "2015-07-31TAF",
       "", "الظهيرة is midday too"},
      {"وبلغ سعر الذهب 1104 دولارات للأوقية الساعة 1438 بتوقيت جرينتش.", "2015-07-21", "الساعة 1438",
       "TIME", "2015-07-21T14:38", "", "four digits before a time zone: hours and minutes"},
      {"عقد الزوجان قرانهما عند الساعة الثالثة بعد الظهر على الشاطئ.", "2015-07-31",
       "الساعة الثالثة بعد الظهر", "TIME", "2015-07-31T15:00", "", "بعد الظهر: an afternoon hour"},
      {"باشرت الفرق البلاغ في الساعة العاشرة والثلث صباحا.", "2015-07-31",
       "الساعة العاشرة والثلث صباحا", "TIME", "2015-07-31T10:20", "", "والثلث: twenty past"},
      {"باشر الدفاع المدني البلاغ يوم الجمعة الموافق ٨/ ١٠ /١٤٣٦هـ في المدينة.", "2015-07-31",
       "يوم الجمعة", "DATE", "2015-07-24", "",
       "the date after الموافق restates the weekday: it gives the weekday's value"},
      {"تقام المباراة في التاسعة من مساء الأربعاء المقبل.", "2015-07-31",
       "التاسعة من مساء الأربعاء المقبل", "TIME", "2015-08-05T21:00", "",
       "an hour word without الساعة, joined to the part of the day by من"},
  };
  for (const auto& c : cases) check(c);
  // The date after الموافق restates a time's weekday too; one of another weekday is miswritten.
  EXPECT_EQ(found("عقد الاجتماع الساعة الرابعة عصراً من يوم الأحد الموافق 1436/9/25هـ.", "2015-07-22"),
            (Found{"الساعة الرابعة عصراً من يوم الأحد → 2015-07-12T16:00", "1436/9/25هـ → 2015-07-12"}));
  EXPECT_EQ(found("أقيم الحفل يوم الأحد الموافق 10/07/1436هـ.", "2015-07-27"),
            (Found{"يوم الأحد → 2015-07-26", "10/07/1436هـ → 2015-04-29"}));
  EXPECT_TRUE(run("وزعت الوزارة موسوعة خطب الجمعة على الأئمة.", "2015-07-21").empty())
      << "خطب الجمعة: Friday sermons";
  EXPECT_TRUE(run("استعد الطلاب منذ اليوم الأول للدراسة.", "2015-07-21").empty())
      << "اليوم الأول: the first day of something, not today";
  EXPECT_TRUE(run("يحضرن في اليوم المحدد، وقتل مئة في اليوم السابق، وسيأتي اليوم الذي نندم فيه.", "2015-08-02").empty())
      << "the day set, the day before, the day when: not today";
  EXPECT_EQ(found("توفيت الطفلة في 26 رمضان 1436، ولم تسلم الجثة في نفس اليوم.", "2015-07-27"),
            (Found{"26 رمضان 1436 → 2015-07-13", "نفس اليوم → 2015-07-13"}))
      << "the same day: the day named before, not today";
  EXPECT_EQ(found("صادرت البلدية أطنانا عام 2013، وفي العام نفسه أغلقت محلات.", "2015-07-27"),
            (Found{"عام 2013 → 2013", "العام نفسه → 2013"}))
      << "the same year: the year named before";
  EXPECT_TRUE(run("وحضر الجميع في اليوم نفسه، وفي نفس الوقت.", "2015-08-04").empty())
      << "the same day with no day named before: no date (not today)";
  EXPECT_TRUE(run("حل ثالثا في سباق 400 م، وفرض حرم للشواطئ بارتداد 100م.", "2015-08-04").empty())
      << "three digits and م after a noun: metres";
  EXPECT_TRUE(run("وخلال موسم الحج ازدحمت شوارع مكة.", "2015-08-10").empty())
      << "a season alone is no length, even after خلال";
  EXPECT_TRUE(run("بدأ الموسم الرياضي 2015/2016م بمباراة ودية.", "").empty())
      << "a season written as a range of years is not the year 2016";
  check({"تستعد البرازيل لأولمبياد 2016 بالعاصمة.", "", "2016", "DATE", "2016", "",
         "a year naming an event"});
  check({"أعلن الاتحاد أن مباريات مونديال روسيا 2018 ستقام في أربع مدن.", "", "2018", "DATE", "2018", "",
         "an event's year, its place between, whatever verb follows"});
  check({"تستعد دبي لاستضافة إكسبو 2020 وسط توقعات كبيرة.", "", "2020", "DATE", "2020", "",
         "an event's year before a word no count takes"});
  check({"ارتفعت الأسعار بين عامي 2010 و2014 بنسبة كبيرة.", "", "عامي 2010", "DATE", "2010", "",
         "the two years' noun in the first year's extent, as عام in عام 2010"});
  EXPECT_TRUE(run("وصل نحو 2000 جندي إلى المدينة.", "").empty()) << "a count, not a year";
  EXPECT_TRUE(run("فاز الفريق 3 / 2 على ضيفه.", "").empty()) << "a score with spaced slashes is no date";
  check({"وصل الوفد ٨/ ١٠ /١٤٣٦هـ إلى المدينة.", "", "٨/ ١٠ /١٤٣٦هـ", "DATE", "2015-07-24", "",
         "a Hijri date typed with spaces around its slashes"});
  check({"فاز الفريق في المباراة الثالثة مساء أمس.", "2015-07-31", "مساء أمس", "TIME", "2015-07-30TEV", "",
         "an ordinal before a part of the day without من is an adjective, not an hour"});
  EXPECT_TRUE(run("وفاز مانشستر سيتي باللقب في مايو.", "2015-07-21").at(0).value == "2015-05")
      << "سيتي is no future verb";
}

// A range's first count takes the unit written after the second: two lengths, as TimeML has no
// ranges; a count that opens no range (no بين or من) or does not rise to the second is left alone.
TEST(FindTimes, ARangesFirstCountTakesTheUnitAfterTheSecond) {
  EXPECT_EQ(found("تتراوح أعمار المشاركين بين 18 و25 عاما.", ""), (Found{"18 → P18Y", "25 عاما → P25Y"}));
  EXPECT_EQ(found("صدرت بحقهم أحكام بين ثلاث وسبع سنوات.", ""), (Found{"ثلاث → P3Y", "سبع سنوات → P7Y"}));
  EXPECT_EQ(found("يستغرق الطهي من 10 إلى 15 دقيقة.", ""), (Found{"10 → PT10M", "15 دقيقة → PT15M"}));
  EXPECT_EQ(found("شارك أطفال أعمارهم بين (12-16 عاما).", ""), (Found{"12 → P12Y", "16 عاما → P16Y"}));
  EXPECT_EQ(found("وزع 40 و10 أيام إجازة.", ""), (Found{"10 أيام → P10D"})) << "no بين or من before the first";
  EXPECT_EQ(found("بين 30 و10 أيام.", ""), (Found{"10 أيام → P10D"})) << "a range rises";
}

// A range of days within a month: the first day is a date of the second's month (a Hijri month
// too); و links a range only after بين or من, and a first day must come before the second.
TEST(FindTimes, ARangesFirstDayIsADateOfTheSameMonth) {
  EXPECT_EQ(found("تقام الفعاليات من 5 إلى 9 أغسطس المقبل.", "2015-07-25"),
            (Found{"5 → 2015-08-05", "9 أغسطس المقبل → 2015-08-09"}));
  EXPECT_EQ(found("بلغت الإصابات من تاريخ 12-17 من شهر شوال الجاري 60 إصابة.", "2015-08-03"),
            (Found{"12 → 2015-07-28", "17 من شهر شوال الجاري → 2015-08-02"}));
  EXPECT_EQ(found("يعقد المؤتمر بين 3 و7 سبتمبر.", "2015-07-25"), (Found{"3 → 2015-09-03", "7 سبتمبر → 2015-09-07"}));
  EXPECT_EQ(found("نصت المادة 5 و17 أغسطس على ذلك.", "2015-07-25"), (Found{"17 أغسطس → 2015-08-17"}))
      << "no بين or من before the first";
  EXPECT_EQ(found("من 20 إلى 3 أغسطس.", "2015-07-25"), (Found{"3 أغسطس → 2015-08-03"})) << "a range rises";
}

// A length counted from an event (بعد ساعات على الاعتداء، بعد سنوات طويلة من المفاوضات) is that
// length, not a date moved from the reference; «طويلة» is the length's, but عقود طويلة الأجل are
// long-term contracts. (وافقت قبل ثلاثة أشهر على المشروع: على is the verb's, the date stands.)
TEST(FindTimes, ALengthFromAnEventIsNoDate) {
  EXPECT_EQ(found("وبعد ساعات على الاعتداء اتهم الوزير التنظيم.", "2015-07-21"), (Found{"ساعات → PTXH"}));
  EXPECT_EQ(found("وبعد أربعة أيام على فوزه استقال.", "2015-07-21"), (Found{"أربعة أيام → P4D"}));
  EXPECT_EQ(found("توصلوا إلى اتفاق بعد سنوات طويلة من المفاوضات.", "2015-07-21"), (Found{"سنوات طويلة → PXY"}));
  EXPECT_EQ(found("وسيعود بعد أربعة أيام.", "2015-07-21"), (Found{"بعد أربعة أيام → 2015-07-25"}));
  EXPECT_EQ(found("ووقعت الشركة بعقود طويلة الأجل.", "2015-07-21"), Found{});
  // على after the length is the verb's when a verb that takes it stands before قبل: a date.
  EXPECT_EQ(found("وكانت الحكومة وافقت قبل ثلاثة أشهر على المشروع.", "2015-07-21"),
            (Found{"قبل ثلاثة أشهر → 2015-04"}));
  EXPECT_EQ(found("وكان الجيش قد سيطر قبل أسابيع على المدينة.", "2015-07-21"), (Found{"قبل أسابيع → PAST_REF"}));
}

// A month or a week in the accusative is one of them (أمضى شهرا); a year only with «another»
// after it, since عاما is also "general" (قائدا عاما); not the unit of a number set apart by
// quote marks.
TEST(FindTimes, ASingleUnitInTheAccusativeIsOneOfThem) {
  EXPECT_EQ(found("أمضى اللاعب شهرا في المستشفى.", "2015-07-21"), (Found{"شهرا → P1M"}));
  EXPECT_EQ(found("ومدد النادي عقده عاما آخر.", "2015-07-21"), (Found{"عاما آخر → P1Y"}));
  EXPECT_EQ(found("وعين قائدا عاما للقوات.", "2015-07-21"), Found{});
  EXPECT_EQ(found("السجن «30» شهرا لمتهم.", "2015-07-21"), Found{});
}

// Decades and centuries count in years, with a number (P50Y) and without one: some years, as
// the gold sets write them.
TEST(FindTimes, DecadesAndCenturiesAreYears) {
  EXPECT_EQ(found("وظل المبنى مهجورا لعقود.", "2015-07-21"), (Found{"عقود → PXY"}));
  EXPECT_EQ(found("وبقيت المدينة تحت الحكم العثماني عدة قرون.", "2015-07-21"), (Found{"عدة قرون → PXY"}));
}

// بين سبتمبر ويناير الماضيين: the dual adjective after a pair of months or seasons dates both,
// the first the last of its name before the second; a holiday's everyday name (عيد الحج); a standard's number
// (الآيزو 2008:9001) is no year.
// Years listed in brackets, one by one, whatever the dashes between them (the tatweel a writer
// stretches for one: (2016ــ2017- 2018)); two years with a dash stay a range's first.
TEST(FindTimes, YearsListedInBrackets) {
  EXPECT_EQ(found("إعداد خطة التدريب لـ (3) سنوات القادمة (2016ــ2017- 2018) ، والدراسة.", "2015-08-10"),
            (Found{"(3) سنوات → P3Y", "2016 → 2016", "2017 → 2017", "2018 → 2018"}));
  EXPECT_EQ(found("خطة الأعوام (2016-2017-2018) للتدريب.", "2015-08-10"),
            (Found{"2016 → 2016", "2017 → 2017", "2018 → 2018"}));
  EXPECT_EQ(found("خطة (2016-2017) للتدريب.", "2015-08-10"), (Found{"2016 → 2016"}));
}

// Two years with a dash spaced apart: a period from one to the other, both years, when the first
// is a year in its own right (after خلال الفترة, عام, بين عامي); written tight they stay a
// season's or a plan's name, and a later number that does not rise is no range.
TEST(FindTimes, AYearRangeWithSpacedDashNamesBothYears) {
  EXPECT_EQ(found("ارتفع المعدل المسجل خلال الفترة 1981 - 2010 بنسبة كبيرة.", "2015-07-22"),
            (Found{"1981 → 1981", "2010 → 2010"}));
  EXPECT_EQ(found("شغل المنصب بين عامي 1991 - 1998 ثم استقال.", "2015-07-22"),
            (Found{"عامي 1991 → 1991", "1998 → 1998"}));
  EXPECT_EQ(found("خطة (2016-2017) للتدريب.", "2015-08-10"), (Found{"2016 → 2016"}));
  EXPECT_EQ(found("خلال الفترة 2014 - 2010 تراجعت المبيعات.", "2015-07-22"), (Found{"2014 → 2014"}));
}

// خلال الأسبوع in a market report: the document's week; not a week an ordinal or adjective names.
TEST(FindTimes, DuringTheWeekIsTheDocumentsWeek) {
  EXPECT_EQ(found("وتراجعت أسعار معظم المواد خلال الأسبوع، مقارنة بالأسعار السابقة.", "2015-08-04"),
            (Found{"الأسبوع → 2015-W32"}));
  EXPECT_TRUE(run("ستشعر بالألم خلال الأسبوع الأول من العلاج.", "2015-08-04").empty());
  EXPECT_TRUE(run("وانخفضت الصفقات خلال الأسبوع نفسه بنسبة كبيرة.", "2015-08-04").empty());
}

// A wire's filing time under the report («// انتهى // 06:20 ت م», Makkah time) is on the
// report's day, not on the last day the report named.
TEST(FindTimes, AWiresFilingTimeIsOnTheReportsDay) {
  EXPECT_EQ(found("تعقد اللجنة اجتماعها يوم غد الثلاثاء في الرياض.\n // انتهى //\n 06:20 ت م\n", "2015-08-10"),
            (Found{"يوم غد الثلاثاء → 2015-08-11", "06:20 → 2015-08-10T06:20"}));
}

TEST(FindTimes, PairsOfMonthsHolidaysAndCodes) {
  EXPECT_EQ(found("دمرت المدينة بين سبتمبر (أيلول) ويناير (كانون الثاني) الماضيين.", "2015-07-21"),
            (Found{"سبتمبر (أيلول) → 2014-09", "يناير (كانون الثاني) الماضيين → 2015-01"}));
  // (two seasons alike; they threw out of the whole analysis before)
  EXPECT_EQ(found("تعرض الدار أزياءها لموسمي الربيع والصيف المقبلين في لندن.", "2015-07-31"),
            (Found{"الربيع → 2016-SP", "الصيف المقبلين → 2016-SU"}));
  EXPECT_EQ(found("تراجعت المبيعات في الشتاء والربيع الماضيين.", "2015-07-31"),
            (Found{"الشتاء → 2014-WI", "الربيع الماضيين → 2015-SP"}));
  EXPECT_EQ(found("تنظم المخيمات خلال إجازة عيد الحج المبارك.", "2015-08-07"), (Found{"عيد الحج المبارك → 2015-09-23"}));
  EXPECT_EQ(found("تنتقل الفرق إلى المشاعر مع بدء يوم التروية.", "2015-08-07"), (Found{"يوم التروية → 2015-09-21"}));
  EXPECT_EQ(found("حصلت الجامعة على شهادة الآيزو 2008:9001 من المعهد.", "2015-08-06"), Found{});
}

// An age given by the number alone (في السابعة من عمرها) is a length in years; «قديماً» the past;
// a numeric date with an impossible year (٦٤٦١/٤/٩, digits reversed) is none.
TEST(FindTimes, AgesTheOldDaysAndImpossibleYears) {
  EXPECT_EQ(found("توفيت الطفلة وهي في السابعة من عمرها.", "2015-07-21"), (Found{"السابعة من عمرها → P7Y"}));
  EXPECT_EQ(found("تعلم القراءة في الـ12 من العمر.", "2015-07-21"), (Found{"الـ12 من العمر → P12Y"}));
  EXPECT_EQ(found("وفي الشهر الثالث من عمره أصيب.", "2015-07-21"), Found{}) << "a month of his life, no age";
  EXPECT_EQ(found("جندوا الأطفال في سن الخامسة عشرة، والتحق بالنادي في سن التاسعة من العمر.", "2015-07-21"),
            (Found{"سن الخامسة عشرة → P15Y", "سن التاسعة من العمر → P9Y"}));
  EXPECT_EQ(found("وكانوا قديماً يسافرون على الإبل.", "2015-07-21"), (Found{"قديماً → PAST_REF"}));
  // A broken plural in the accusative is a length in any context (not عقودا, "contracts"); لامس
  // is the verb "touched", not لأمس.
  EXPECT_EQ(found("لينهي الحزب شهورا من الانقسام، ووقعت الشركة عقودا جديدة.", "2015-07-21"), (Found{"شهورا → PXM"}));
  EXPECT_EQ(found("ولامس الدولار أعلى مستوى له.", "2015-07-21"), Found{});
  // The era's adjective and «of time» are the expression's; «these days» the present.
  EXPECT_EQ(found("بني في منتصف الستينات الميلادية وبقي قرابة الخمسة عقود من الزمن.", "2015-07-21"),
            (Found{"منتصف الستينات الميلادية → 196 MID", "قرابة الخمسة عقود من الزمن → P50Y APPROX"}));
  // … also after قبل and بعد, whose date it does not cut off (من is no event's here), and as الزمان.
  EXPECT_EQ(found("افتتح الجسر قبل نحو عقدين من الزمن، وصمد عامين من الزمان.", "2015-07-21"),
            (Found{"قبل نحو عقدين من الزمن → 1995 APPROX", "عامين من الزمان → P2Y"}));
  EXPECT_EQ(found("تشهد الأسواق هذه الأيام حركة، وتنخفض الأسعار خلال الفترة القريبة المقبلة.", "2015-07-21"),
            (Found{"هذه الأيام → PRESENT_REF", "الفترة القريبة المقبلة → FUTURE_REF"}));
  // The last spring that has ended (this year's, in July), the next autumn that has not begun;
  // «قبل أن يبدأ» is past, no future.
  EXPECT_EQ(found("نما الاقتصاد خلال الربيع الماضي، ويبدأ المشروع الخريف المقبل.", "2015-07-26"),
            (Found{"الربيع الماضي → 2015-SP", "الخريف المقبل → 2015-FA"}));
  EXPECT_EQ(found("تدرب الفريق قبل أن يبدأ معسكره ثالث أيام عيد الفطر.", "2015-08-11"),
            (Found{"ثالث أيام عيد الفطر → 2015-07-19"}));
  EXPECT_EQ(found("صدر القرار رقم ٦٤٦١/٤/٩ أمس.", "2015-07-21"), (Found{"أمس → 2015-07-20"}));
}

// Dates relative to the last one the text named: الشهر نفسه من العام الماضي (one expression),
// الشهر السابق / العام السابق the one before the month or year named, however often repeated; with
// none named, the reference's reading. العام after an office is "general" (الأمين العام السابق).
// An ordinal hour after من، إلى or a joined ل is a clock time (من السابعة مساء وحتى السادسة صباحا).
TEST(FindTimes, RelativeToTheLastDateNamed) {
  EXPECT_EQ(found("زادت المبيعات خلال يوليو الماضي مقارنة بالشهر نفسه من العام الماضي، وزادت عن الشهر السابق، "
                  "وزادت الصادرات عن الشهر السابق.",
                  "2015-08-07"),
            (Found{"يوليو الماضي → 2015-07", "الشهر نفسه من العام الماضي → 2014-07", "الشهر السابق → 2015-06",
                   "الشهر السابق → 2015-06"}));
  EXPECT_EQ(found("بلغت القروض في 2013 نحو مليار مقارنة بالعام السابق.", "2015-08-07"),
            (Found{"2013 → 2013", "العام السابق → 2012"}));
  EXPECT_EQ(found("زادت الأرباح عن الشهر السابق.", "2015-08-07"), (Found{"الشهر السابق → 2015-07"}));
  EXPECT_EQ(found("قال كوفي عنان الأمين العام السابق للأمم المتحدة إن الإصلاح ضروري.", "2015-08-07"), Found{});
  EXPECT_EQ(found("يمتد الحظر من السابعة مساء وحتى السادسة صباحا.", ""),
            (Found{"السابعة مساء → XXXX-XX-XXT19:00", "السادسة صباحا → XXXX-XX-XXT06:00"}));
  // … and after إلى, or with ل joined to it (مدّ الدوام للثامنة مساء: «until eight»); an ordinal
  // after a noun it agrees with stays an adjective (للمرحلة الثالثة مساء أمس).
  EXPECT_EQ(found("تفتح المكتبة من العاشرة صباحا إلى السادسة مساء، ومدّ المعرض ساعاته للثامنة مساء.", ""),
            (Found{"العاشرة صباحا → XXXX-XX-XXT10:00", "السادسة مساء → XXXX-XX-XXT18:00",
                   "لثامنة مساء → XXXX-XX-XXT20:00"}));
  EXPECT_EQ(found("تأهل الفريق للمرحلة الثالثة مساء أمس.", "2015-07-26"), (Found{"مساء أمس → 2015-07-25TEV"}));
}

// A length after قبلها، بعدها، قبل ذلك، بعد ذلك is a date counted from the last one named in its
// sentence or the one before, as fine as its unit; with none near, too coarse a date, or no
// count, a length.
TEST(FindTimes, ALengthCountedFromTheLastDateNamed) {
  EXPECT_EQ(found("فاز الفريق بالدوري عام 2014 والكأس المحلية قبلها بعام.", "2015-07-21"),
            (Found{"عام 2014 → 2014", "قبلها بعام → 2013"}));
  EXPECT_EQ(found("لعب الفريق الثلاثاء الماضي، ثم خاض بعدها بثلاثة أيام مباراته الثانية.", "2015-08-14"),
            (Found{"الثلاثاء الماضي → 2015-08-11", "بعدها بثلاثة أيام → 2015-08-14"}));
  EXPECT_EQ(found("جاء في مايو 2015 ثم وبعد ذلك بشهرين عاد، وافتتح في 2012 بعد أن أغلق قبل ذلك بـ3 أعوام.", ""),
            (Found{"مايو 2015 → 2015-05", "بعد ذلك بشهرين → 2015-07", "2012 → 2012", "قبل ذلك بـ3 أعوام → 2009"}));
  EXPECT_EQ(found("أعيد انتخابه في مايو الماضي لكنه استقال بعد ذلك بأيام قليلة.", "2015-08-14"),
            (Found{"مايو الماضي → 2015-05", "أيام قليلة → PXD"}));
  EXPECT_EQ(found("وقع الحادث عام 2014. ثم تبعه آخر. ثم ثالث قبلها بعام.", "2015-08-14"),
            (Found{"عام 2014 → 2014"}))
      << "two sentences back is no longer the event just told";
  EXPECT_EQ(found("تأسس النادي عام 1990 ثم هبط بعدها بثلاثة أيام.", "2015-08-14"),
            (Found{"عام 1990 → 1990", "ثلاثة أيام → P3D"}));
}

// الفترة الصباحية / المسائية: a session of the day, of the day named right before it, of the last
// part of a day in its sentence or the last session, else of any day.
TEST(FindTimes, ASessionOfTheDay) {
  EXPECT_EQ(found("يعاود الفريق تمارينه غدا الثلاثاء في الفترة الصباحية.", "2015-07-27"),
            (Found{"غدا الثلاثاء → 2015-07-28", "الفترة الصباحية → 2015-07-28TMO"}));
  EXPECT_EQ(found("تقام الندوة الأولى يوم الخميس القادم في الفترة الصباحية. وفي الفترة المسائية تقام ندوة ثانية.",
                  "2015-08-10"),
            (Found{"يوم الخميس القادم → 2015-08-13", "الفترة الصباحية → 2015-08-13TMO",
                   "الفترة المسائية → 2015-08-13TEV"}));
  EXPECT_EQ(found("يقدم المهرجان 8 عروض يوميا في الفترة المسائية.", "2015-08-10"),
            (Found{"يوميا → P1D", "الفترة المسائية → XXXX-XX-XXTEV"}));
  EXPECT_EQ(found("ويستمر المعسكر حتى يوم الاثنين المقبل بواقع 5 أيام، وفي الفترة المسائية التمرين العملي.", "2015-08-10"),
            (Found{"يوم الاثنين المقبل → 2015-08-17", "5 أيام → P5D", "الفترة المسائية → XXXX-XX-XXTEV"}))
      << "a camp's days, not the day it ends";
  EXPECT_EQ(found("تقام الدورة مساء يوم الجمعة. وتقام الدورات في الفترة المسائية.", "2015-08-10"),
            (Found{"مساء يوم الجمعة → 2015-08-14TEV", "الفترة المسائية → XXXX-XX-XXTEV"}));
}

// Years of history: three digits with an era (ميلاديا، للهجرة), before the Christian era (BC),
// and a year joined by و to one written out, of the same era; not a count (2500 إسترليني).
TEST(FindTimes, YearsOfHistoryAndCoordinatedYears) {
  EXPECT_EQ(found("ولد عام 568 ميلاديا، وبني المعبد عام 500 قبل الميلاد.", "2015-07-23"),
            (Found{"عام 568 ميلاديا → 0568", "عام 500 قبل الميلاد → BC0500"}));
  EXPECT_EQ(found("عاش بين حوالي 570 و632 ميلاديا، وحكم بين عامي 284 و246 قبل الميلاد.", "2015-07-23"),
            (Found{"حوالي 570 → 0570 APPROX", "632 ميلاديا → 0632", "284 → BC0284", "246 قبل الميلاد → BC0246"}));
  EXPECT_EQ(found("تغير كل شيء بين عامي 1990 و1995، وبلغ الإيجار ما بين 2000 و2500 إسترليني.", "2015-07-23"),
            (Found{"عامي 1990 → 1990", "1995 → 1995", "2000 → 2000"}));
}

TEST(FindTimes, SeveralInOneSentenceAndOffsets) {
  std::string text = "وفي عام 2014، ثم في مارس/آذار 2003، ثم خلال العقدين الأخيرين.";
  auto times = run(text, "2024-09-28");
  ASSERT_EQ(times.size(), 3u);
  EXPECT_EQ(span_text(text, times[0]), "عام 2014");
  EXPECT_EQ(times[1].value, "2003-03");
  EXPECT_EQ(times[2].value, "P20Y");
  for (std::size_t k = 1; k < times.size(); ++k) EXPECT_LE(times[k - 1].span.end, times[k].span.begin);
  // Tashkeel inside a clitic word: the span still starts on the letter after the clitic.
  std::string vocalized = "وَبِعَامِ 2014 تَغَيَّرَ كُلُّ شَيْءٍ.";
  auto v = run(vocalized, "");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(span_text(vocalized, v[0]), "عَامِ 2014");
}

TEST(FindTimes, ReferenceDate) {
  std::string text = "وصل الوفد أمس.";
  auto tokens = text::tokenize(text);
  for (const char* bad : {"2024-13-01", "28/09/2024", "2024-02-30", "2024-09-28T25:00", "yesterday"})
    EXPECT_THROW(find_times(text, tokens, bad), InputError) << bad;
  EXPECT_EQ(find_times(text, tokens, "2024-03-01T10:15").at(0).value, "2024-02-29") << "leap year";
  EXPECT_EQ(find_times(text, tokens, "2024-03-01 10:15:00").at(0).value, "2024-02-29");
}

TEST(FindTimes, ClockTimeAsTheLastWord) {
  // A clock time looks ahead for the day it is on (الساعة العاشرة صباح الأحد); as the last
  // words of the text there is nothing ahead (fuzz_analyze found a read past the end here;
  // the ASan suite would catch it again). The time still resolves to the reference day.
  for (const char* text : {"وصل الوفد الساعة العاشرة", "اشتعلت النيران الساعة 10"}) {
    auto times = run(text, "2024-09-28");
    ASSERT_EQ(times.size(), 1u) << text;
    EXPECT_EQ(times[0].value, "2024-09-28T10:00") << text;
  }
}

TEST(FindTimes, NothingInPlainOrBrokenText) {
  EXPECT_TRUE(run("", "2024-09-28").empty());
  EXPECT_TRUE(run("قال الرئيس إن البلاد تواجه تحديات كبيرة.", "2024-09-28").empty());
  std::string broken = "عام \xff\xfe 2014 \xc3";  // invalid UTF-8 is read as U+FFFD
  EXPECT_NO_THROW(run(broken, "2024-09-28"));
  // Rules that do date arithmetic on an earlier result must not choke on unresolved values.
  for (const char* text : {"يراجع المتقدمون يومي الأحد والاثنين المقبلين.", "وصل منتصف الليل أمس.",
                           "بين الساعة العاشرة من صباح الأحد والسبت"})
    EXPECT_NO_THROW(run(text, "")) << text;
}

TEST(HolidayDays, AlternativesAndBadArguments) {
  auto days = holiday_days("hijri:10:1|hijri:12:10");
  ASSERT_EQ(days.size(), 2u);
  EXPECT_TRUE(days[1].hijri);
  EXPECT_EQ(days[1].month, 12);
  EXPECT_EQ(days[1].day, 10);
  for (const char* bad : {"", "hijri:10", "julian:1:1", "hijri:13:1", "hijri:1:31", "gregorian:2:x", "hijri:10:1|"}) {
    std::string error;
    EXPECT_TRUE(holiday_days(bad, &error).empty()) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

// The value of the expression whose text is `span` in `text` read on `date`.
std::string value_of(const std::string& text, const char* date, const std::string& span) {
  for (const auto& t : run(text, date))
    if (span_text(text, t) == span) return t.value;
  return "(not found)";
}

// A clock time with no day of its own takes the last day named before it, even sentences
// earlier; a day a year or more from the reference date does not count.
// The analyzer hands its search forms to every module: the same times with them, and forms of
// the wrong count are ignored.
TEST(FindTimes, TheCallersSearchFormsGiveTheSameTimes) {
  const std::string text = "وصل الوفد أمس الأحد، ويغادر بعد ثلاثة أيام في الساعة العاشرة صباحا.";
  auto tokens = text::tokenize(text);
  std::vector<std::string> norms;
  for (const auto& t : tokens) norms.push_back(text::normalize_search(t.view(text)));
  const auto plain = find_times(text, tokens, "2015-07-21");
  ASSERT_EQ(plain.size(), 3u);
  for (auto forms : {std::span<const std::string>(norms), std::span<const std::string>(norms).first(2)}) {
    const auto given = find_times(text, tokens, "2015-07-21", forms);
    ASSERT_EQ(given.size(), plain.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
      EXPECT_EQ(given[i].span, plain[i].span);
      EXPECT_EQ(given[i].value, plain[i].value);
    }
  }
}

TEST(FindTimes, ClockTimesOnTheLastDayNamed) {
  const std::string interviews =
      "تبدأ المقابلات الشخصية للمعلمين الأحد المقبل في مقر الإدارة. وتكون مقابلات المتقدمين من "
      "الساعة العاشرة صباحا حتى الساعة الواحدة ظهرا.";
  EXPECT_EQ(value_of(interviews, "2015-07-24", "الساعة العاشرة صباحا"), "2015-07-26T10:00");
  EXPECT_EQ(value_of(interviews, "2015-07-24", "الساعة الواحدة ظهرا"), "2015-07-26T13:00");
  EXPECT_EQ(value_of("وتكون المقابلات من الساعة العاشرة صباحا.", "2015-07-24", "الساعة العاشرة صباحا"),
            "2015-07-24T10:00") << "no day named: the reference day";
  EXPECT_EQ(value_of("يعقد الاجتماع يوم الاثنين الساعة العاشرة صباحا.", "", "الساعة العاشرة صباحا"),
            "XXXX-WXX-1T10:00") << "without a reference date, the day right before still counts";
  const std::string memoir = "ولدت الفنانة في 27 مايو 1931. وكانت تحضر حفلة الساعة الثالثة مساء.";
  EXPECT_EQ(value_of(memoir, "2015-07-21", "الساعة الثالثة مساء"), "2015-07-21T15:00")
      << "84 years before the reference date: not the day of this clock time";
  const std::string wire =
      "وصلت الأسعار إلى 61 دولارا في 23 يونيو. وهبط الخام 14 سنتا بحلول الساعة 0024 بتوقيت جرينتش.";
  EXPECT_EQ(value_of(wire, "2015-07-27", "بحلول الساعة 0024"), "2015-07-27T00:24")
      << "a zoned time with no day in its sentence: the report's day, not an earlier sentence's";
  const std::string today = "ارتفع النفط اليوم الخميس. وبلغ برنت 53 دولارا بحلول الساعة 0647 بتوقيت جرينتش.";
  EXPECT_EQ(value_of(today, "2015-07-31", "بحلول الساعة 0647"), "2015-07-30T06:47") << "the report's day named";
}

// A clock time that recurs (after a set in its sentence with no day between, or right before
// one) is on no one day.
TEST(FindTimes, ClockTimesOfASetRecur) {
  const std::string fair = "وأعلنت الأمانة أمس أن المعرض يفتح يوميا من الساعة الرابعة عصرا حتى الساعة الحادية عشرة ليلا.";
  EXPECT_EQ(value_of(fair, "2015-07-21", "الساعة الرابعة عصرا"), "XXXX-XX-XXT16:00") << "not yesterday's";
  EXPECT_EQ(value_of(fair, "2015-07-21", "الساعة الحادية عشرة ليلا"), "XXXX-XX-XXT23:00");
  EXPECT_EQ(value_of("وتقام العروض كل خميس في الساعة التاسعة مساء.", "2015-07-21", "الساعة التاسعة مساء"), "XXXX-WXX-4T21:00");
  EXPECT_EQ(value_of("وكانت تحضر حفلة الساعة الثالثة مساء كل خميس.", "2015-07-21", "الساعة الثالثة مساء"), "XXXX-WXX-4T15:00");
  EXPECT_EQ(value_of("يعمل المركز يوميا، وسيصل الوزير يوم الأحد الساعة الثامنة صباحا.", "2015-07-21", "الساعة الثامنة صباحا"),
            "2015-07-26T08:00") << "a day named after the set: that day";
  EXPECT_EQ(value_of("يعمل المركز يوميا. وقال المدير إنه وصل الساعة الثامنة صباحا.", "2015-07-21", "الساعة الثامنة صباحا"),
            "2015-07-21T08:00") << "the set in another sentence: the reference day";
}

TEST(FindTimes, MidnightOfTheNightBefore) {
  EXPECT_EQ(value_of("ودعا إلى احترام الهدنة التي سرت منتصف الليلة الماضية.", "2015-07-26", "منتصف الليلة الماضية"),
            "2015-07-26T00:00") << "the midnight that began the reference day";
  EXPECT_EQ(value_of("وبدأ سريان الهدنة منتصف ليل أمس.", "2015-07-27", "منتصف ليل أمس"), "2015-07-27T00:00");
  EXPECT_EQ(value_of("تبدأ الهدنة عند منتصف الليل.", "2015-07-26", "منتصف الليل"), "2015-07-27T00:00");
}

TEST(FindTimes, AWrittenDateRestatesTheDayBeforeIt) {
  // A story the site dates a month late: the writer's dates win over القادم and المقبل.
  const std::string notice = "يبدأ التسجيل يوم الأحد القادم 27 / 8 / 1436هـ حتى الثامن من شهر رمضان المقبل 1436هـ.";
  EXPECT_EQ(value_of(notice, "2015-07-21", "يوم الأحد القادم 27 / 8 / 1436هـ"), "2015-06-14");
  EXPECT_EQ(value_of(notice, "2015-07-21", "الثامن من شهر رمضان المقبل 1436هـ"), "2015-06-25");
  EXPECT_EQ(value_of("ولم تسمح بإقامة صلاتي الجمعة والعيد فيه.", "2015-07-31", "الجمعة"), "2015-07-31")
      << "a feast after و that falls on a Friday is not the Friday's date";
}

TEST(FindTimes, IntentSpeaksOfTheComingWeekday) {
  EXPECT_EQ(value_of("ويعتزم مجلس الإدارة استعراض النتائج يوم الأربعاء.", "2015-08-10", "يوم الأربعاء"), "2015-08-12");
  EXPECT_EQ(value_of("وقالت الشركة في أبريل إنها تنوي توسيع المصنع.", "2015-07-27", "أبريل"), "2015-04")
      << "a month is not moved by intent";
  EXPECT_EQ(value_of("ستعود الحياة إلى طبيعتها في القريب العاجل.", "2015-07-26", "القريب العاجل"), "FUTURE_REF");
}

TEST(FindTimes, ABareYearRestatingARelativeYearIsPartOfIt) {
  EXPECT_EQ(value_of("ارتفعت الأرباح خلال العام الماضي 2014م، بنسبة كبيرة.", "2015-07-21", "العام الماضي 2014م"), "2014");
  EXPECT_EQ(value_of("حتى نهاية شهر يوليو من هذا العام ٢٠١٥ تقريبا.", "2015-08-03", "نهاية شهر يوليو من هذا العام ٢٠١٥"),
            "2015-07");
  EXPECT_EQ(value_of("وفي العام الماضي 2013 كانت الأرباح أقل.", "2015-07-21", "العام الماضي"), "2014")
      << "another year is no restatement";
  EXPECT_EQ(value_of("تراجعت الأسعار خلال الفترة القليلة الماضية.", "2015-07-21", "الفترة القليلة الماضية"), "PAST_REF");
}

}  // namespace
}  // namespace marsad::time
