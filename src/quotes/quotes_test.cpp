#include "marsad/quotes.h"

#include <gtest/gtest.h>

#include "marsad/text.h"
#include "quotes/cue_lexicon.h"

namespace marsad::quotes {
namespace {

// A person or organisation for each listed name, with a mention at every occurrence.
std::vector<Entity> entities_for(std::string_view text,
                                 const std::vector<std::pair<std::string, std::string>>& names) {
  std::vector<Entity> out;
  for (const auto& [name, canonical] : names) {
    Entity e;
    e.id = "e";  // appended, not "e" + …: GCC 12 warns (-Wrestrict) on the temporary
    e.id += std::to_string(out.size() + 1);
    // وزارة … and a canonical name "org" are organisations, "misc" other names, تونس and مصر places.
    bool org = name.find("\u0648\u0632\u0627\u0631\u0629") == 0 || canonical == "org";
    bool place = name == "\u062A\u0648\u0646\u0633" || name == "\u0645\u0635\u0631";
    e.type = org ? EntityType::kOrganization : place ? EntityType::kLocation
             : canonical == "misc" ? EntityType::kMisc : EntityType::kPerson;
    e.name = canonical.empty() || canonical == "org" || canonical == "misc" ? name : canonical;
    for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1))
      e.mentions.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + name.size())});
    out.push_back(e);
  }
  return out;
}

std::string cut(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.end - s.begin)); }

// The quotes of `text` with the entities given.
std::vector<Quote> quotes_with(const std::string& text, const std::vector<Entity>& entities) {
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  return find_quotes(text, tokens, sentences, entities);
}

// The quotes of `text`, with an entity for each listed name (see entities_for).
std::vector<Quote> quotes_of(const std::string& text, const std::vector<std::pair<std::string, std::string>>& names = {}) {
  return quotes_with(text, entities_for(text, names));
}

// The quotes of `text`, with a person for each listed name holding the title beside it.
std::vector<Quote> quotes_of_titled(const std::string& text, const std::vector<std::pair<std::string, std::string>>& people) {
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& p : people) names.emplace_back(p.first, "");
  std::vector<Entity> entities = entities_for(text, names);
  for (std::size_t i = 0; i < people.size(); ++i) entities[i].titles = {people[i].second};
  return quotes_with(text, entities);
}

struct Expected {
  std::string speaker;
  std::string cue;
  QuoteKind kind;
  std::string content;
};

struct Case {
  const char* why;
  std::string text;
  std::vector<std::pair<std::string, std::string>> names;  // entities: mention, canonical name
  std::vector<Expected> quotes;
};

using K = QuoteKind;

const std::vector<Case>& cases() {
  static const std::vector<Case> kCases = {
      {"verb-subject order, a title before the name, an adjunct before the colon",
       "وقال وزير الخارجية سمير الحداد في مؤتمر صحفي: «لن نتراجع عن قرارنا».",
       {{"سمير الحداد", ""}},
       {{"سمير الحداد", "قال", K::kDirect, "لن نتراجع عن قرارنا"}}},
      {"a description as speaker; إن opens reported content",
       "قال المتحدث باسم الحكومة إن الوفد سيصل غدا.",
       {},
       {{"المتحدث باسم الحكومة", "قال", K::kIndirect, "الوفد سيصل غدا"}}},
      {"subject-verb order; the quoted outlet name after لـ is an adjunct, not the content",
       "المحلل الاقتصادي قال لـ«الشرق» إن الأسعار سترتفع.",
       {},
       {{"المحلل الاقتصادي", "قال", K::kIndirect, "الأسعار سترتفع"}}},
      {"an adverb of time after the verb is not its subject: the speaker is the one named before",
       "وأشاد الوزير خالد الفهد بالمشروع. وقال حينها: «هذا يوم تاريخي».",
       {{"خالد الفهد", ""}},
       {{"خالد الفهد", "قال", K::kDirect, "هذا يوم تاريخي"}}},
      {"verb-subject order: the newspaper told, after لـ, comes before the speaker",
       "وأوضح لـ«الأنباء» الدكتور فهد السالم مدير المستشفى أن القسم الجديد سيفتتح قريبا.",
       {{"فهد السالم", ""}},
       {{"فهد السالم", "أوضح", K::kIndirect, "القسم الجديد سيفتتح قريبا"}}},
      {"…and a description after it",
       "نفى لـ\"الأنباء\" مصدر مسؤول في النادي أن يكون العقد قد وقع.",
       {},
       {{"مصدر مسؤول في النادي", "نفى", K::kIndirect, "يكون العقد قد وقع"}}},
      {"وأضافت has no subject: the speaker is the one named before",
       "قالت الوزيرة هدى سليم إن الموازنة جاهزة.\nوأضافت أن البرلمان سيناقشها الأسبوع المقبل.",
       {{"هدى سليم", ""}},
       {{"هدى سليم", "قالت", K::kIndirect, "الموازنة جاهزة"},
        {"هدى سليم", "أضافت", K::kIndirect, "البرلمان سيناقشها الأسبوع المقبل"}}},
      {"a participle cue ends the first content and opens a direct quote by the same speaker",
       "أكد المدير أن المشروع سيكتمل في موعده، مضيفا: «نحن على الطريق الصحيح».",
       {},
       {{"المدير", "أكد", K::kIndirect, "المشروع سيكتمل في موعده"},
        {"المدير", "مضيفا", K::kDirect, "نحن على الطريق الصحيح"}}},
      {"a pronoun told stands between the verb and its subject, a noun with the article",
       "وأكد لنا المرشد السياحي أن المشهد نادر.",
       {},
       {{"المرشد السياحي", "أكد", K::kIndirect, "المشهد نادر"}}},
      {"…a manner after the pronoun is no subject: the speaker is the one before",
       "قال المدير إن الخطة جاهزة. وقال لنا بهدوء إن الأمر انتهى.",
       {},
       {{"المدير", "قال", K::kIndirect, "الخطة جاهزة"}, {"المدير", "قال", K::kIndirect, "الأمر انتهى"}}},
      {"a description of the article's own, then the speaker's name quoted",
       "وقال البائع العماني \"سالم\": \"المبيعات جيدة هذا الموسم\".",
       {{"سالم", ""}},
       {{"سالم", "قال", K::kDirect, "المبيعات جيدة هذا الموسم"}}},
      {"مرجحا: a participle of judging; workers in a sector a source after وفقا لـ",
       "قال الخبير إن الأسعار سترتفع، مرجحا أن يتراجع الطلب. ووفقا لعاملين في القطاع، فإن المحال ستغلق.",
       {},
       {{"الخبير", "قال", K::kIndirect, "الأسعار سترتفع"}, {"الخبير", "مرجحا", K::kIndirect, "يتراجع الطلب"},
        {"عاملين", "وفقا", K::kIndirect, "المحال ستغلق"}}},
      {"a remark in quote marks between the subject and its verb stands aside",
       "أحد الأيتام في الدار \"فضل عدم ذكر اسمه\" أوضح أن الفقيدة كانت أما للجميع.",
       {},
       {{"أحد الأيتام في الدار", "أوضح", K::kIndirect, "الفقيدة كانت أما للجميع"}}},
      {"…but a name given in quote marks is the subject's own",
       "وكانت صحيفة \"واشنطن بوست\" ذكرت أن الرجل خضع لرقابة أمنية.",
       {{"واشنطن بوست", "org"}},
       {{"واشنطن بوست", "ذكرت", K::kIndirect, "الرجل خضع لرقابة أمنية"}}},
      {"بقوله \"by his saying\" after a verb of saying names no one",
       "قال الخبير إن الرسوم مفيدة. وأجاب بقوله: \"المجلس بدأ النقاش منذ فترة\".",
       {},
       {{"الخبير", "قال", K::kIndirect, "الرسوم مفيدة"}, {"الخبير", "أجاب", K::kDirect, "المجلس بدأ النقاش منذ فترة"}}},
      {"a report inside a report gives an outer and an inner quote",
       "وصرّح المتحدث لقناة العربية بأن الوزير قال إن الاتفاق قريب.",
       {},
       {{"المتحدث", "صرّح", K::kIndirect, "الوزير قال إن الاتفاق قريب"},
        {"الوزير", "قال", K::kIndirect, "الاتفاق قريب"}}},
      {"an attribution opening the sentence: its content follows فإن",
       "وبحسب مصادر حكومية، فإن الحكومة ستقدم استقالتها.",
       {},
       {{"مصادر حكومية", "بحسب", K::kIndirect, "الحكومة ستقدم استقالتها"}}},
      {"the one told after the verb (لمحطة …, its quoted name) is no speaker",
       "وقال السفير لمحطة التلفزيون الكينية «كي تي إن»: «الزيارة في موعدها».",
       {},
       {{"السفير", "قال", K::kDirect, "الزيارة في موعدها"}}},
      {"the one told right after the verb, then no speaker: the one named before speaks on",
       "وأكدت الجدة سارة أنها سعيدة بالخبر. وقالت للصحف المحلية: «سأنتظره في القرية».",
       {{"سارة", "سارة أوما"}},
       {{"سارة أوما", "أكدت", K::kIndirect, "سعيدة بالخبر"},
        {"سارة أوما", "قالت", K::kDirect, "سأنتظره في القرية"}}},
      {"ل + the article after the verb is the one told; the subject before the verb speaks",
       "وتود الإدارة أن توضح للمشجع الوفي أنه تم التعاقد مع ثلاثة لاعبين.",
       {},
       {{"الإدارة", "توضح", K::kIndirect, "تم التعاقد مع ثلاثة لاعبين"}}},
      {"a bridge right before أن is the cue's, not a descriptor's phrase",
       "وأشارت بعض المصادر إلى أن عدد المفقودين يقارب ألفا.",
       {},
       {{"بعض المصادر", "أشارت", K::kIndirect, "عدد المفقودين يقارب ألفا"}}},
      {"the one told, then the speaker (كشف للصحيفة مصدر)",
       "وستعود البعثة الشهر المقبل، وفق ما كشف للصحيفة مصدر دبلوماسي.",
       {},
       {{"مصدر دبلوماسي", "وفق", K::kIndirect, "وستعود البعثة الشهر المقبل"}}},
      {"وفقا لوكالة: after an attribution with ل a media noun is the source, with its quoted name",
       "وارتفعت أسعار النفط، وفقا لوكالة «رويترز».",
       {},
       {{"وكالة «رويترز»", "وفقا", K::kIndirect, "وارتفعت أسعار النفط"}}},
      {"an attribution closing the sentence: its content is what comes before it",
       "ستغلق المدارس أسبوعا كاملا، بحسب وزارة التربية.",
       {{"وزارة التربية", ""}},
       {{"وزارة التربية", "بحسب", K::kIndirect, "ستغلق المدارس أسبوعا كاملا"}}},
      {"وفقا لـ: the speaker carries the ل, which is not part of it",
       "ووفقا لبيانات البنك المركزي، ارتفع التضخم إلى 5 في المئة.",
       {},
       {{"بيانات البنك المركزي", "وفقا", K::kIndirect, "ارتفع التضخم إلى 5 في المئة"}}},
      {"جاء في: a text is the speaker; quote marks inside reported content stay in it",
       "وجاء في البيان المشترك أن «البلدين ملتزمان بالحوار».",
       {},
       {{"البيان المشترك", "جاء في", K::kIndirect, "«البلدين ملتزمان بالحوار»"}}},
      {"a descriptor keeps its في phrase",
       "وقال مسؤول كبير في الإدارة الأمريكية إن الخطة جاهزة.",
       {},
       {{"مسؤول كبير في الإدارة الأمريكية", "قال", K::kIndirect, "الخطة جاهزة"}}},
      {"a short mention is named by its entity",
       "وقال الحداد للصحفيين إن المفاوضات انتهت.",
       {{"الحداد", "سمير الحداد"}},
       {{"سمير الحداد", "قال", K::kIndirect, "المفاوضات انتهت"}}},
      {"لكنه: the pronoun subject means the same speaker, and it ends the first content; after أن the content is reported even when quoted",
       "قال الخبير سعد الدليمي إن الاتفاق جيد، لكنه حذر من أن «الطريق طويل».",
       {{"سعد الدليمي", ""}},
       {{"سعد الدليمي", "قال", K::kIndirect, "الاتفاق جيد"},
        {"سعد الدليمي", "حذر", K::kIndirect, "«الطريق طويل»"}}},
      {"a participle whose subject is not a speech verb's: the person named in the sentence",
       "وأشاد رئيس الوزراء حيدر الساعدي بإقرار الموازنة، معتبرا أنها «رسالة ثقة».",
       {{"حيدر الساعدي", ""}},
       {{"حيدر الساعدي", "معتبرا", K::kIndirect, "«رسالة ثقة»"}}},
      {"an unclosed « is closed at its paragraph's end; the next paragraph is left alone",
       "وقال الوزير: «سنبدأ التنفيذ غدا.\nوفي خبر آخر، افتتح معرض الكتاب أبوابه.",
       {},
       {{"الوزير", "قال", K::kDirect, "سنبدأ التنفيذ غدا"}}},
      {"an unclosed « ends before a sentence that opens with و and a speech verb",
       "وقال الوزير: «سنبدأ التنفيذ غدا. وأضاف: إن الخطة جاهزة منذ أشهر.",
       {},
       {{"الوزير", "قال", K::kDirect, "سنبدأ التنفيذ غدا"}, {"الوزير", "أضاف", K::kIndirect, "الخطة جاهزة منذ أشهر"}}},
      {"quoted words right after the cue's preposition are its object, unless they open with أن",
       "حذر المحافظ من «المخاطر الكبيرة للسيول» في المنطقة، مشيرا إلى «أنها قد تقطع الطرق».",
       {},
       {{"المحافظ", "مشيرا", K::kDirect, "أنها قد تقطع الطرق"}}},
      {"quoted words after the cue's preposition in the speaker's own voice are his words",
       "وقال الوزير إن الخطة نجحت، مشيرا إلى «ثقة الحكومة بقدرات رجالنا في الميدان».",
       {},
       {{"الوزير", "قال", K::kIndirect, "الخطة نجحت"},
        {"الوزير", "مشيرا", K::kDirect, "ثقة الحكومة بقدرات رجالنا في الميدان"}}},
      {"quote marks without a cue are names or emphasis, not quotes",
       "وصل الوفد إلى بغداد حاملا رسالة «مهمة» من تنظيم «التحالف».",
       {},
       {}},
      {"أعلن without a complementizer announces a fact, not a statement",
       "أعلنت الشركة ارتفاع أرباحها بنسبة 20 في المئة.",
       {},
       {}},
      {"the speaker is separated from إن by a comma and a time adjunct",
       "أعلن وزير النفط باسم الربيعي، أمس الأحد، أن الصادرات ستزيد.",
       {{"باسم الربيعي", ""}},
       {{"باسم الربيعي", "أعلن", K::kIndirect, "الصادرات ستزيد"}}},
      {"an aside between dashes does not separate the cue from its content",
       "وقال سامي النجار، رئيس نقابة المعلمين - وهي أكبر نقابة في البلاد - مساء الأحد: «لن نعود إلى الصفوف قبل تنفيذ المطالب».",
       {{"سامي النجار", ""}},
       {{"سامي النجار", "قال", K::kDirect, "لن نعود إلى الصفوف قبل تنفيذ المطالب"}}},
      {"an attribution clause that goes on past its speaker: the content starts after its comma",
       "وبحسب مسؤول رفيع تحدث شرط عدم الكشف عن اسمه، فإن الوفد سيغادر اليوم.",
       {},
       {{"مسؤول رفيع", "بحسب", K::kIndirect, "الوفد سيغادر اليوم"}}},
      {"an implied speaker is the subject of the verb that opens the sentence",
       "وعبرت الفنانة عن سعادتها بالجائزة، وقالت: «هذا يوم لا أنساه».",
       {},
       {{"الفنانة", "قالت", K::kDirect, "هذا يوم لا أنساه"}}},
      {"a title the tagger took for a name does not hide the name after it",
       "وقالت الخبيرة منى فؤاد إن الأسعار ستستقر.",
       {{"الخبيرة", ""}, {"منى فؤاد", ""}},
       {{"منى فؤاد", "قالت", K::kIndirect, "الأسعار ستستقر"}}},
      {"English-style quote marks after a colon",
       "وقالت المديرة: \"المعرض مفتوح للجميع\".",
       {},
       {{"المديرة", "قالت", K::kDirect, "المعرض مفتوح للجميع"}}},
      {"معاليه stands for the speaker named before",
       "قال وزير الصحة سامي العلي إن المستشفى جاهز.\nوقال معاليه في تصريح إن الافتتاح قريب.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "قال", K::kIndirect, "المستشفى جاهز"},
        {"سامي العلي", "قال", K::kIndirect, "الافتتاح قريب"}}},
      {"a paper that opens its quote marks with ” as well: the outlet's name is an adjunct",
       "وقال المواطن ماجد لـ”الصحيفة” إن الماء انقطع.",
       {{"ماجد", ""}},
       {{"ماجد", "قال", K::kIndirect, "الماء انقطع"}}},
      {"ما وصفه بـ«…» quotes the speaker's own words for something",
       "قال النائب خالد إن القرار خاطئ.\nوانتقد ما وصفه بـ«العبث الإداري».",
       {{"خالد", ""}},
       {{"خالد", "قال", K::kIndirect, "القرار خاطئ"},
        {"خالد", "وصفه", K::kDirect, "العبث الإداري"}}},
      {"وحسب X set off by commas in mid-sentence opens the clause after it; after لل the source is written with its article",
       "بدأت الفيضانات الشهر الماضي، وحسب الهيئة، تم تسجيل 77 حالة وفاة.\n"
       "ارتفعت المبيعات بنسبة 11 في المئة، وفقا للتقرير.",
       {},
       {{"الهيئة", "حسب", K::kIndirect, "تم تسجيل 77 حالة وفاة"},
        {"التقرير", "وفقا", K::kIndirect, "ارتفعت المبيعات بنسبة 11 في المئة"}}},
      {"orders the words follow are no source, nor is an attribution inside someone's quote marks",
       "وأضاف الوزير سالم: «ستتوسع العمليات وفقا لتوجيهات الرئيس هادي».\n"
       "وانتشرت القوات في المدينة، وفقا لتعليمات الوزير سالم.",
       {{"سالم", ""}, {"هادي", ""}},
       {{"سالم", "أضاف", K::kDirect, "ستتوسع العمليات وفقا لتوجيهات الرئيس هادي"}}},
      {"أظهرت دراسة أن: a study's or a survey's finding is reported as the sets write it",
       "وأظهرت دراسة جديدة أن الأطفال ينامون أقل من آبائهم.",
       {},
       {{"دراسة جديدة", "أظهرت", K::kIndirect, "الأطفال ينامون أقل من آبائهم"}}},
      {"أظهر: a person shows by deeds, and a finding inside someone's words is theirs",
       "وأظهر العداء سالم العلي أنه جاهز للبطولة.\n"
       "وقالت الشبكة إن الوثيقة التي قدمتها الوكالة أظهرت أنه تم رصد الاختراق.",
       {{"سالم العلي", ""}},
       {{"الشبكة", "قالت", K::kIndirect, "الوثيقة التي قدمتها الوكالة أظهرت أنه تم رصد الاختراق"}}},
      {"ألمح إلى أن and ملمحا report as أشار does",
       "وألمح المدرب تيم إلى أن الفريق سيتعاقد مع لاعب، ملمحا إلى أن الصفقة قريبة.",
       {{"تيم", ""}},
       {{"تيم", "ألمح", K::kIndirect, "الفريق سيتعاقد مع لاعب"},
        {"تيم", "ملمحا", K::kIndirect, "الصفقة قريبة"}}},
      {"بحسب before a measure, not a source, attributes nothing",
       "وزعت المساعدات على الأسر بحسب عدد أفرادها.",
       {},
       {}},
      {"حسب before a measure attributes nothing, though a body is named after a word with و",
       "ووزعت اللجنة الحصص الغذائية على الأسر حسب الحاجة الفعلية وتحديد أولويات الأسر وتقوم جمعية البر بمتابعتها.",
       {{"جمعية البر", "org"}},
       {}},
      {"…، وفقا لـ a source whose name opens with و (وكالة) attributes",
       "قتل عشرون شخصا في هجمات الشهر الماضي، وفقا لحصيلة أعدتها وكالة الأنباء الألمانية.",
       {{"الأنباء الألمانية", "org"}},
       {{"الأنباء الألمانية", "وفقا", K::kIndirect, "قتل عشرون شخصا في هجمات الشهر الماضي"}}},
      {"a fronted topic's body is not the implied speaker: the one quoted before goes on",
       "قال المدرب سامي العلي إن الفريق جاهز.\nوعن الخيارات المطروحة أمام الاتحاد السعودي لتفادي الأزمة، أجاب \"أتوقع أن يقوم الاتحاد بتعديل اللائحة وإضافة كلمة جديدة\".",
       {{"سامي العلي", ""}, {"الاتحاد السعودي", "org"}},
       {{"سامي العلي", "قال", K::kIndirect, "الفريق جاهز"},
        {"سامي العلي", "أجاب", K::kDirect, "أتوقع أن يقوم الاتحاد بتعديل اللائحة وإضافة كلمة جديدة"}}},
      {"the holder named after his titles, past a body quoted after ل, is the speaker",
       "وأكد الرئيس التنفيذي لـ\"مدار ميديا\" الدكتور سليمان الفارس في الكتاب أن الصورة تغني عن ألف كلمة.",
       {{"مدار ميديا", "org"}, {"سليمان الفارس", ""}},
       {{"سليمان الفارس", "أكد", K::kIndirect, "الصورة تغني عن ألف كلمة"}}},
      {"وإذ is a coordinator, no subject; يشدد a speech verb (its content to the sentence end)",
       "قال الباحث خالد النمر إن الحوار ممكن. وإذ يشدد على أن الدولة يجب أن تبقى موحدة، يدعو الأطراف إلى الحوار.",
       {{"خالد النمر", ""}},
       {{"خالد النمر", "قال", K::kIndirect, "الحوار ممكن"},
        {"خالد النمر", "يشدد", K::kIndirect, "الدولة يجب أن تبقى موحدة، يدعو الأطراف إلى الحوار"}}},
      {"a speech verb with من after it (ويعتبر من، ويشدد من) does not cut the content",
       "وأوضح المدير خالد النمر أن المهرجان ينظم كل عام ويعتبر من أهم فعاليات الصيف.",
       {{"خالد النمر", ""}},
       {{"خالد النمر", "أوضح", K::kIndirect, "المهرجان ينظم كل عام ويعتبر من أهم فعاليات الصيف"}}},
      {"an aside between a tatweel and the colon; ذكر اسمه names no one; the opening verb's source speaks, not its object",
       "قال الوزير سامي العلي إن الحكومة باقية.\nواستبعد مصدر بمجلس الوزراء، تغيير العلي، وقال ـ رافضا ذكر اسمه : إنه يرجح بقاءه في منصبه.",
       {{"سامي العلي", ""}, {"العلي", "سامي العلي"}},
       {{"سامي العلي", "قال", K::kIndirect, "الحكومة باقية"},
        {"مصدر بمجلس الوزراء", "قال", K::kIndirect, "يرجح بقاءه في منصبه"}}},
      {"كل من and a list of people: they speak together",
       "وقال كل من سامي العلي وخالد النمر وفهد الراشد إن ما نأمله من الرئيس الجديد دعم الفرق.",
       {{"سامي العلي", ""}, {"وخالد النمر", "خالد النمر"}, {"وفهد الراشد", "فهد الراشد"}},
       {{"سامي العلي وخالد النمر وفهد الراشد", "قال", K::kIndirect, "ما نأمله من الرئيس الجديد دعم الفرق"}}},
      {"an attribution closing a sentence another cue reports is its channel, no second quote",
       "وبحسب وكالة الأنباء الكورية، فإنه لم تسجل أي وفاة جديدة منذ ثمانية أيام، حسبما أعلنت عنه الوزارة.",
       {{"الأنباء الكورية", "org"}},
       {{"الأنباء الكورية", "بحسب", K::kIndirect, "لم تسجل أي وفاة جديدة منذ ثمانية أيام"}}},
      {"…، بحسب a person closing a sentence another cue reports: the person is a source, not a channel",
       "لكن المنتقدين يحذرون من أن الانسحاب «يشكل سببا كبيرا للقلق»، بحسب خالد النمر، وهو باحث في مركز دراسات.",
       {{"خالد النمر", ""}},
       {{"المنتقدين", "يحذرون", K::kIndirect, "الانسحاب «يشكل سببا كبيرا للقلق»"},
        {"خالد النمر", "بحسب", K::kIndirect, "لكن المنتقدين يحذرون من أن الانسحاب «يشكل سببا كبيرا للقلق»"}}},
      {"a column of sayings: a paragraph that is only a quote, its speaker opening the next one",
       "قالوا\n* «لن نقبل بأي تسوية على حساب أرضنا».\nوزير الخارجية الليبي محمد الدايري خلال لقائه نظيره.\n"
       "* «الاتفاق خطوة أولى».\n(المبعوث الأممي برناردينو ليون في مؤتمر صحافي).\n"
       "* «الأسعار سترتفع».\nوفي المدينة ارتفعت الأسعار.",
       {{"محمد الدايري", ""}, {"برناردينو ليون", ""}},
       {{"محمد الدايري", "«", K::kDirect, "لن نقبل بأي تسوية على حساب أرضنا"},
        {"برناردينو ليون", "«", K::kDirect, "الاتفاق خطوة أولى"}}},
      {"a headline's «person: words» is a statement; the body's verb gives a second quote",
       "سامي العلي: لن نرفع الأسعار\nقال الوزير في مؤتمر صحفي إن الأسعار ثابتة.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", ":", K::kDirect, "لن نرفع الأسعار"},
        {"الوزير", "قال", K::kIndirect, "الأسعار ثابتة"}}},
      {"a headline label before a colon names no speaker",
       "بالفيديو: حريق في سوق المدينة القديمة\nاندلع حريق صباح اليوم.",
       {},
       {}},
      {"a channel between the verb and its content is skipped, and is no quote itself",
       "وشددت الوزارة، وفقا لما نقلته الوكالة الرسمية، على أن القرار نهائي.",
       {},
       {{"الوزارة", "شددت", K::kIndirect, "القرار نهائي"}}},
      {"a long adjunct before إن; وأضاف in the same sentence keeps the speaker, not the name in the adjunct",
       "قال المحافظ خلال زيارته لمستشفى المدينة برفقة المدير العام سالم الحربي وعدد من رؤساء "
       "الأقسام إن المبنى الجديد سيفتتح قريبا وأضاف أن الخدمات ستتحسن.",
       {{"سالم الحربي", ""}},
       {{"المحافظ", "قال", K::kIndirect, "المبنى الجديد سيفتتح قريبا"},
        {"المحافظ", "أضاف", K::kIndirect, "الخدمات ستتحسن"}}},
      {"أسفه after وأبدى is the verb's object, not a speaker",
       "قال الموظف فهد إن الراتب تأخر.\nوأبدى أسفه لما جرى، مضيفا أن الإدارة لم ترد.",
       {{"فهد", ""}},
       {{"فهد", "قال", K::kIndirect, "الراتب تأخر"},
        {"فهد", "مضيفا", K::kIndirect, "الإدارة لم ترد"}}},
      {"an adjunct closed by a comma before the verb (أثناء الحفل، كرم فلان …) leaves its subject the next speaker",
       "وقال المدير سالم العلي إن المشروع بدأ.\nأثناء الحفل، كرم الوزير فهد الحسن الفائزين. وقال إن العمل مستمر.",
       {{"سالم العلي", ""}, {"فهد الحسن", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "المشروع بدأ"}, {"فهد الحسن", "قال", K::kIndirect, "العمل مستمر"}}},
      {"a speech verb without a quote still names who speaks next (أكد دعمه … وقال)",
       "أكد المحافظ ناصر دعمه للمستشفى.\nوقال خلال جولته إن المبنى جاهز.",
       {{"ناصر", ""}},
       {{"ناصر", "قال", K::kIndirect, "المبنى جاهز"}}},
      {"الوزارة is the ministry named before in full",
       "أطلقت وزارة الصحة حملة التطعيم.\nوقالت الوزارة إن الحملة تستمر شهرا.",
       {{"وزارة الصحة", ""}},
       {{"وزارة الصحة", "قالت", K::kIndirect, "الحملة تستمر شهرا"}}},
      {"وبين is the verb بيّن when a speaker follows it",
       "وبين الوزير أن العمل مستمر.",
       {},
       {{"الوزير", "بين", K::kIndirect, "العمل مستمر"}}},
      {"… and وبين opening a sentence with a complementizer within ten words, past a style or a body's adjuncts",
       "وبين الدكتور طارق محمود أن العملية ناجحة. وبين القسم الإعلامي بالمستشفى، في بيان له، أن الرسالة مزيفة. "
       "وبين الفريقين خلاف قديم، وأكد المدرب أن الفوز مهم.",
       {{"طارق محمود", ""}},
       {{"طارق محمود", "بين", K::kIndirect, "العملية ناجحة"},
        {"القسم الإعلامي بالمستشفى", "بين", K::kIndirect, "الرسالة مزيفة"},
        {"المدرب", "أكد", K::kIndirect, "الفوز مهم"}}},
      {"… and so is بين after a relative pronoun, with its complementizer: the one the pronoun stands for speaks",
       "وحضر الحفل رئيس البلدية المهندس سالم الحداد، الذي بين أن المهرجان يستمر أسبوعا. والخلاف الذي بين البلدين قديم.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "بين", K::kIndirect, "المهرجان يستمر أسبوعا"}}},
      {"an office's holder between commas speaks though the tagger missed his foreign name, also past the office's place",
       "وقال مدير الوحدة في مصر، تولبرت نينسواه، إن الوحدة ليست معسكرا. وقال مدير المستشفى، في المقابل، إن الأسرة كافية.",
       {{"مصر", ""}},
       {{"تولبرت نينسواه", "قال", K::kIndirect, "الوحدة ليست معسكرا"},
        {"مدير المستشفى", "قال", K::kIndirect, "الأسرة كافية"}}},
      {"نقلا (citing) ends the speaker's phrase: the channel named before speaks, as the one it cites",
       "وقالت قناة الجزيرة إن الطائرة تحطمت.\nوأضافت القناة نقلا عن الشرطة أن اثنين من الركاب قتلا.\n"
       "وذكرت الصحيفة نقلا عن مصادرها أن التحقيق مستمر.",
       {{"قناة الجزيرة", "org"}},
       {{"قناة الجزيرة", "قالت", K::kIndirect, "الطائرة تحطمت"},
        {"قناة الجزيرة", "أضافت", K::kIndirect, "اثنين من الركاب قتلا"},
        {"الصحيفة", "ذكرت", K::kIndirect, "التحقيق مستمر"}}},
      {"… and its words are its own, not those of «أوضح ذلك» before it (that: what came before)",
       "وبلغت قيمة اللقاحات مليون ريال. أوضح ذلك المتحدث الرسمي سالم الحداد، الذي بين أن التوجيهات شملت التعليم.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "بين", K::kIndirect, "التوجيهات شملت التعليم"}}},
      {"وبين before anything else is «and between»",
       "وبين البلدين علاقات قديمة أن تستمر.",
       {},
       {}},
      {"بحسب X، فإن opens the attribution's own clause, whatever X names; not as a channel inside another report",
       "وحسب تلك التقارير، فإن السلطات فرضت إجراءات خاصة. وقال مسؤول إنه وفق نظام البنوك فإنه لا توجد قروض.",
       {},
       {{"تلك التقارير", "حسب", K::kIndirect, "السلطات فرضت إجراءات خاصة"},
        {"مسؤول", "قال", K::kIndirect, "وفق نظام البنوك فإنه لا توجد قروض"}}},
      {"بحسب X، فقد قال Y: X is the channel of Y's report; a verb with no subject of its own reports for X",
       "وبحسب \"رويترز\"، فقد قال هولاند إن الاتحاد باق، مشيرا إلى أن أحدا لم يخرج منه. "
       "وبحسب مصادر عسكرية، أكدت أن القوة زادت.",
       {{"رويترز", "org"}, {"هولاند", ""}},
       {{"هولاند", "قال", K::kIndirect, "الاتحاد باق"},
        {"هولاند", "مشيرا", K::kIndirect, "أحدا لم يخرج منه"},
        {"مصادر عسكرية", "بحسب", K::kIndirect, "القوة زادت"}}},
      {"كان before the subject is no part of it; the paper told after أبلغ, no one after it, is no speaker",
       "وكانت الحكومة أكدت أن الطريق سيفتح. وفي سياق الردود، فإن النجيفي أبلغ «الشرق الأوسط» بأن الدعم مشروط.",
       {{"الشرق الأوسط", "org"}, {"النجيفي", ""}},
       {{"الحكومة", "أكدت", K::kIndirect, "الطريق سيفتح"}, {"النجيفي", "أبلغ", K::kIndirect, "الدعم مشروط"}}},
      {"a role longer than ten words ends at its holder before أن; العام after a word with the article is «general»",
       "وأوضح مساعد مدير الأمن العام للشؤون الأمنية رئيس فريق العمل المكلف بمتابعة لجان التصحيح في المملكة "
       "اللواء جمعان الغامدي أن اللجان تعمل. وقال الادعاء العام الألماني إن المتهم سافر. "
       "وقالت الشركة العام الماضي إن الأرباح زادت.",
       {{"جمعان الغامدي", ""}},
       {{"جمعان الغامدي", "أوضح", K::kIndirect, "اللجان تعمل"},
        {"الادعاء العام الألماني", "قال", K::kIndirect, "المتهم سافر"},
        {"الشركة", "قالت", K::kIndirect, "الأرباح زادت"}}},
      {"a verse's brackets, ﴿ ﴾، { } and (( )), quote it like quote marks",
       "قال الله تعالى ﴿ من قتل نفسا ﴾ الآية. وقال تعالى {ولكم في القصاص حياة}. ويقول عز وجل (( ادع إلى سبيل ربك )).",
       {},
       {{"الله", "قال", K::kDirect, "من قتل نفسا"},
        {"الله", "قال", K::kDirect, "ولكم في القصاص حياة"},
        {"الله", "يقول", K::kDirect, "ادع إلى سبيل ربك"}}},
      {"بحسب X opening its sentence reaches فإن past a relative clause, and فقد after a comma; not a rule's",
       "وبحسب التفاصيل التي حصلت عليها «سبق» فإن المواطن اكتشف الخلل. وحسب ادعاءات المجلة، فقد وافق النادي "
       "على العرض. ووفقا لآلية الطرح التي اعتمدتها الهيئة فإن الحقوق تطرح على مرحلتين.",
       {{"سبق", "org"}},
       {{"التفاصيل", "بحسب", K::kIndirect, "المواطن اكتشف الخلل"},
        {"ادعاءات المجلة", "حسب", K::kIndirect, "وافق النادي على العرض"}}},
      {"the verb of بحسب ما ذكر is no cue of its own; the source keeps its quoted name",
       "ستطرح الشركة هاتفها الجديد الشهر المقبل، بحسب ما ذكر موقع \"الخبر\" المتخصص.",
       {},
       {{"موقع \"الخبر\"", "بحسب", K::kIndirect, "ستطرح الشركة هاتفها الجديد الشهر المقبل"}}},
      {"one quoted word after a speaker is a name, not what was said",
       "وكشفت شركة \"نور\" عن جهازها الجديد.",
       {},
       {}},
      {"الذي قال: the person the relative clause hangs on",
       "وحضر الحفل الوزير سامي العلي الذي قال إن الحفل ناجح.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "قال", K::kIndirect, "الحفل ناجح"}}},
      {"التي قالت after بحسب: the source the pronoun follows speaks, not a person named before بحسب",
       "وسيزور الوزير سامي العلي المدينة غدا بحسب المصادر الرسمية التي قالت إن الزيارة تستمر يومين.",
       {{"سامي العلي", ""}},
       {{"المصادر الرسمية", "بحسب", K::kIndirect, "وسيزور الوزير سامي العلي المدينة غدا"},
        {"المصادر الرسمية", "قالت", K::kIndirect, "الزيارة تستمر يومين"}}},
      {"a role's holder after a comma, then when it was said: the holder speaks",
       "وقال رئيس هيئة شؤون المتقاعدين، سالم الحداد مساء أمس الجمعة: «إن الصرف يبدأ الشهر المقبل».",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kDirect, "إن الصرف يبدأ الشهر المقبل"}}},
      {"a headline's office alone is the one the body names after that office",
       "رئيس الوحدة: الفريق جاهز\nوعد رئيس نادي الوحدة، متصدر الدوري في المواسم الأخيرة، سالم الحداد الجماهير "
       "ببطولة. وزار خالد النمر، المتحدث باسم الاتحاد، النادي أمس.",
       {{"سالم الحداد", ""}, {"خالد النمر", ""}},
       {{"سالم الحداد", ":", K::kDirect, "الفريق جاهز"}}},
      {"… also when the body names the holder first (a comma between)",
       "متحدث الانتخابات: الإقبال كبير\nوزار سالم الحداد، المتحدث الرسمي للانتخابات البلدية، المراكز أمس.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", ":", K::kDirect, "الإقبال كبير"}}},
      {"… but not one the body names after another office of that name",
       "وزير داخلية الأردن: الموسم جيد\nالتقى وزير الزراعة الأردني سالم الحداد المزارعين أمس.",
       {{"سالم الحداد", ""}},
       {{"وزير داخلية الأردن", ":", K::kDirect, "الموسم جيد"}}},
      {"أقر بأن reports what one admits; أقر with an object approves it, and استدرك goes on",
       "وقال الوزير سامي العلي إن الخطة جاهزة، لكنه أقر بأن التنفيذ صعب. وأقر البرلمان القانون الجديد. "
       "واستدرك سامي العلي: «سننجح».",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "قال", K::kIndirect, "الخطة جاهزة"},
        {"سامي العلي", "أقر", K::kIndirect, "التنفيذ صعب"},
        {"سامي العلي", "استدرك", K::kDirect, "سننجح"}}},
      {"بتأكيده على أن: a verbal noun with ب and its pronoun reports as a participle does, the sentence's subject",
       "واختتم الوزير سامي العلي كلمته بتأكيده على أن الخطة جاهزة.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "بتأكيده", K::kIndirect, "الخطة جاهزة"}}},
      {"… a body's office, a description of the body between commas, then the holder: the holder speaks",
       "ترك رئيس نادي الوحدة، بطل الدوري في المواسم الأخيرة، سالم الحداد الباب مفتوحا، بتأكيده أن القرار للاعب.",
       {{"الوحدة", "org"}, {"سالم الحداد", ""}},
       {{"سالم الحداد", "بتأكيده", K::kIndirect, "القرار للاعب"}}},
      {"سموه before anyone has spoken is the first person the article names",
       "استقبل الأمير فيصل الوفد.\nوقال سموه إن الزيارة مهمة.",
       {{"فيصل", ""}},
       {{"فيصل", "قال", K::kIndirect, "الزيارة مهمة"}}},
      {"God praised in the sentence does not speak: the subject after في المقابل does, up to its object",
       "وقال الأمير فهد إن الوطن باق.\nفي المقابل، استهل والد الشهيد حديثه بحمد الله، وقال: نشكر القيادة.",
       {{"فهد", ""}, {"الله", "misc"}},
       {{"فهد", "قال", K::kIndirect, "الوطن باق"}, {"والد الشهيد", "قال", K::kDirect, "نشكر القيادة"}}},
      {"a report verb with و inside a clause and an object after it is a verbal noun (uncovering)",
       "وأردف النقيب سالم أنه تم تشكيل فريق للوصول إلى الجناة وكشف هوياتهم، وترجح لدى الفريق أن الجناة غادروا.",
       {{"سالم", ""}},
       {{"سالم", "أردف", K::kIndirect,
         "تم تشكيل فريق للوصول إلى الجناة وكشف هوياتهم، وترجح لدى الفريق أن الجناة غادروا"}}},
      {"a relative clause between the one quoted and قوله is passed over",
       "ونقلت صحيفة «الوطن» عن الشاب، الذي يرقد في المستشفى بعد أن أجريت له ولوالدته العملية أول أمس "
       "بمستشفى الملك فهد بالدمام، قوله إنه سعيد بما قدمه.",
       {},
       {{"الشاب", "قوله", K::kIndirect, "سعيد بما قدمه"}}},
      {"a company or party's name in quote marks after its head is the source",
       "وأعلنت شركة «سامكو» أن أرباحها زادت. وذكر حزب \"الوسط\" الحاكم أن الحكومة ستستقيل.",
       {{"سامكو", "org"}, {"الوسط", "org"}},
       {{"سامكو", "أعلنت", K::kIndirect, "أرباحها زادت"}, {"الوسط", "ذكر", K::kIndirect, "الحكومة ستستقيل"}}},
      {"«the company» is the one that spoke last, though another was named by that head before it spoke",
       "قدمت شركة «سامكو» طلبا إلى شركة «نورتل» للحصول على بيانات. وقالت سامكو إنها تريد البيانات كاملة. "
       "وقالت الشركة في طلبها: «التغريدات مسيئة».",
       {{"سامكو", "org"}, {"نورتل", "org"}},
       {{"سامكو", "قالت", K::kIndirect, "تريد البيانات كاملة"}, {"سامكو", "قالت", K::kDirect, "التغريدات مسيئة"}}},
      {"… but a body named by that head after the last speaker's words is the one meant",
       "وقالت شركة «سامكو» إن أرباحها زادت. وفي خبر آخر وقعت شركة «نورتل» عقدا جديدا. وقالت الشركة إن العقد كبير.",
       {{"سامكو", "org"}, {"نورتل", "org"}},
       {{"سامكو", "قالت", K::kIndirect, "أرباحها زادت"}, {"نورتل", "قالت", K::kIndirect, "العقد كبير"}}},
      {"the office's holder after a comma, with the one he told and the day after his name, speaks",
       "وأوضح رئيس لجنة الرقابة بالبلدية، سالم الحداد لـ«الوطن» أمس، أنه سيتم إغلاق المحل.",
       {{"سالم الحداد", ""}, {"الوطن", "org"}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "سيتم إغلاق المحل"}}},
      {"مؤخرا and لاحقا after the subject are adverbs, not part of the speaker",
       "وكانت وزارة التعليم قد أكدت مؤخرا أنه سيتم تطبيق النظام الجديد.",
       {{"وزارة التعليم", ""}},
       {{"وزارة التعليم", "أكدت", K::kIndirect, "سيتم تطبيق النظام الجديد"}}},
      {"بحسب ما + a present tense: the source after the verb, not the verb",
       "ستطرح الشركة هاتفها الجديد الشهر المقبل، بحسب ما يذكر موقع \"الخبر\" المتخصص.",
       {},
       {{"موقع \"الخبر\"", "بحسب", K::kIndirect, "ستطرح الشركة هاتفها الجديد الشهر المقبل"}}},
      {"آن is a name, never the complementizer its search form looks like",
       "وقالت آن بوفيرت، الرئيسة التنفيذية للمنظمة، إن المحادثات مستمرة.",
       {},
       {{"آن بوفيرت", "قالت", K::kIndirect, "المحادثات مستمرة"}}},
      {"a book's title after سماه is no one's words",
       "وألف عنها كتابا بالإنجليزية سماه «الواحات المفقودة».",
       {},
       {}},
      {"دون أن opens an adjunct: its أن reports nothing",
       "وتساءل بعض القراء عن الطريقة التي دخلت بها الطائرات دون أن يلاحظها أحد.",
       {},
       {}},
      {"a semicolon before an addressee does not end the search for the content",
       "وأوضح المدير سالم؛ لـ\"الخبر\"، أن العمل مستمر.",
       {{"سالم", ""}},
       {{"سالم", "أوضح", K::kIndirect, "العمل مستمر"}}},
      {"a long apposition after a name before إن",
       "وقال سالم الحربي، المستشار في وزارة الاقتصاد والتخطيط والمشرف على برنامج التنمية "
       "الإقليمية في المنطقة الشرقية منذ سنوات، إن النمو مستمر.",
       {{"سالم الحربي", ""}},
       {{"سالم الحربي", "قال", K::kIndirect, "النمو مستمر"}}},
      {"a role given to a person where he was named stands for him later; an anonymous source does not",
       "أكد وزير الداخلية سالم العمر أن الأمن مستتب.\nوقال معالي وزير الداخلية إن الحدود آمنة. "
       "وقال مصدر أمني إن الدوريات زادت.",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "أكد", K::kIndirect, "الأمن مستتب"},
        {"سالم العمر", "قال", K::kIndirect, "الحدود آمنة"},
        {"مصدر أمني", "قال", K::kIndirect, "الدوريات زادت"}}},
      {"بيّن with its shadda is the verb after an adjunct (من جهته، وفي السياق ذاته) and before فيها + أن",
       "قال المدير سالم إن العمل بدأ.\nوفي السياق ذاته بيّن وكيل الأمين أنه تم البدء في الأعمال.\n"
       "وألقى المهندس خالد العمر كلمة بيّن فيها أن المشروع يخدم الأهالي.",
       {{"سالم", ""}, {"خالد العمر", ""}},
       {{"سالم", "قال", K::kIndirect, "العمل بدأ"},
        {"وكيل الأمين", "بيّن", K::kIndirect, "تم البدء في الأعمال"},
        {"خالد العمر", "بيّن", K::kIndirect, "المشروع يخدم الأهالي"}}},
      {"a verb of speech inside brackets (cited text) is no narrative subject for the next implied cue",
       "وقال المتحدث الرسمي عثمان مالي إن الرقابة من مهام الوزارة، حيث نصت المادة (يتولى الضبط موظفون ترى "
       "وزارة التجارة الاستعانة بهم).\nوأضاف قائلا: إن التدخل في الأسعار غير نظامي.",
       {{"عثمان مالي", ""}, {"وزارة التجارة", ""}},
       {{"عثمان مالي", "قال", K::kIndirect, "الرقابة من مهام الوزارة، حيث نصت المادة (يتولى الضبط موظفون ترى وزارة التجارة الاستعانة بهم)"},
        {"عثمان مالي", "قائلا", K::kIndirect, "التدخل في الأسعار غير نظامي"}}},
      {"وبين أن: the verb بيّن with a complementizer right after it, its speaker implied",
       "قال المدير سالم إن العمل بدأ.\nوبين أن المرحلة الأولى تنتهي قريبا.",
       {{"سالم", ""}},
       {{"سالم", "قال", K::kIndirect, "العمل بدأ"},
        {"سالم", "بين", K::kIndirect, "المرحلة الأولى تنتهي قريبا"}}},
      {"بين without و opens a clause after a comma; a quoted name inside the title joins the name after it",
       "من جانبه، بين رئيس لجنة \"ربيع المدينة\" خالد السعيد أن الفعاليات مجانية.",
       {{"خالد السعيد", ""}},
       {{"خالد السعيد", "بين", K::kIndirect, "الفعاليات مجانية"}}},
      {"فيما بين is «among», not the verb",
       "يتوزع العمل فيما بين الوزارات أن يكتمل في موعده.",
       {},
       {}},
      {"a quoted name in the speaker's apposition is skipped when a quote follows it",
       "وقال سامي المؤسس المشارك لجمعية \"أصدقاء البيئة\" في مؤتمر صحفي \"سنزرع ألف شجرة هذا العام\".",
       {{"سامي", ""}},
       {{"سامي", "قال", K::kDirect, "سنزرع ألف شجرة هذا العام"}}},
      {"أن after بعد belongs to the adjunct; the verb's content comes after it",
       "وقال الوزير بعد أن انتهى الاجتماع إن الاتفاق تم.",
       {},
       {{"الوزير", "قال", K::kIndirect, "الاتفاق تم"}}},
      {"رغم أنه opens no report: أعلن with a noun object and a concessive clause",
       "وأعلن اللاعب اعتزاله رغم أنه في قمة عطائه.",
       {},
       {}},
      {"لها after the verb is the addressee, not the speaker",
       "قال الطبيب سالم إن المريض بخير.\nثم التفت إلى الممرضة وقال لها: «جهزي الغرفة».",
       {{"سالم", ""}},
       {{"سالم", "قال", K::kIndirect, "المريض بخير"},
        {"سالم", "قال", K::kDirect, "جهزي الغرفة"}}},
      {"an implied speaker after a sentence that opens with a verb and names its subject: that subject",
       "قال المدير سالم العمر إن المعرض ناجح.\nوزارت الفنانة هند الأحمد المعرض مساء أمس.\n"
       "وأوضحت أنها تحب الرسم منذ طفولتها.",
       {{"سالم العمر", ""}, {"هند الأحمد", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "المعرض ناجح"},
        {"هند الأحمد", "أوضحت", K::kIndirect, "تحب الرسم منذ طفولتها"}}},
      {"العام after a role is «general», not a time that ends the phrase: the name after it is the subject",
       "واستنكر القنصل العام للمملكة في دبي سالم العمر الحادث.\nوقال في تصريح له إن الجالية بخير.",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "الجالية بخير"}}},
      {"a role in a body is held by a person: the description speaks, not the body",
       "وقال الأمين العام لاتحاد الكتاب إن المؤتمر ناجح.",
       {{"اتحاد الكتاب", "org"}},
       {{"الأمين العام لاتحاد الكتاب", "قال", K::kIndirect, "المؤتمر ناجح"}}},
      {"a role's holder named after a comma, after a title word, is the speaker; an adjunct after the comma is not",
       "وقال رئيس الهيئة، المهندس سالم العمر: «المشروع اكتمل».\nوقال وزير النقل، في مؤتمر صحفي، إن الطرق جاهزة.",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "قال", K::kDirect, "المشروع اكتمل"},
        {"وزير النقل", "قال", K::kIndirect, "الطرق جاهزة"}}},
      {"وأضاف goes on with the last speaker whoever the sentence between names",
       "قال المدير سالم العمر إن المعرض ناجح.\nوزارت الفنانة هند الأحمد المعرض مساء أمس.\n"
       "وأضاف أن الزوار كثيرون.",
       {{"سالم العمر", ""}, {"هند الأحمد", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "المعرض ناجح"},
        {"سالم العمر", "أضاف", K::kIndirect, "الزوار كثيرون"}}},
      {"a sentence that opens with a noun (وزيارة) names no new speaker",
       "قال المدير سالم العمر إن المعرض ناجح.\nوزيارة الفنانة هند الأحمد للمعرض كانت مفاجأة.\n"
       "وأكد أن الزوار كثيرون.",
       {{"سالم العمر", ""}, {"هند الأحمد", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "المعرض ناجح"},
        {"سالم العمر", "أكد", K::kIndirect, "الزوار كثيرون"}}},
      {"the attribution after the quote it closes: «…»، يقول فلان",
       "«نحن نطبخ كما كانت جداتنا تطبخ في القرية»، يقول الطاهي سامر الحلبي.",
       {{"سامر الحلبي", ""}},
       {{"سامر الحلبي", "يقول", K::kDirect, "نحن نطبخ كما كانت جداتنا تطبخ في القرية"}}},
      {"a quote already given to the verb before it is not given again to a verb after it",
       "وقال المدرب سالم: «سنلعب بكل قوتنا في المباراة المقبلة». قال المدرب ذلك بعد التدريب.",
       {{"سالم", ""}},
       {{"سالم", "قال", K::kDirect, "سنلعب بكل قوتنا في المباراة المقبلة"}}},
      {"هكذا تقول لـ«…» فلانة: the sentence before is what she says",
       "تراجعت أعداد الزوار هذا الصيف بسبب الحر الشديد. هكذا تقول لـ«الخبر» منى سالم، مديرة المتحف.",
       {{"منى سالم", ""}},
       {{"منى سالم", "تقول", K::kDirect, "تراجعت أعداد الزوار هذا الصيف بسبب الحر الشديد"}}},
      {"an outlet's name after لـ is whom he told, and two quoted words inside a phrase are a name",
       "وأكد مصدر أمني لـ«الخبر اليومي» سيطرة القوات على مواقع مهمة في «جبل النور» أمس.",
       {},
       {}},
      {"a verb's object (تؤكد وجود مفاوضات) names no one who speaks next",
       "قال رئيس النادي فهد العلي إن الموسم صعب. وذلك بعد الأحاديث التي تؤكد وجود مفاوضات مع الشركة.\n"
       "وأضاف أن اللاعبين جاهزون.",
       {{"فهد العلي", ""}},
       {{"فهد العلي", "قال", K::kIndirect, "الموسم صعب"},
        {"فهد العلي", "أضاف", K::kIndirect, "اللاعبين جاهزون"}}},
      {"المصدر نفسه is the source named before with the same noun, not the last speaker",
       "وقال مصدر عسكري إن الهجوم فشل. وقال المحافظ سامي العلي إن الطرق مفتوحة.\n"
       "وأكد المصدر نفسه أن القوات تتقدم.",
       {{"سامي العلي", ""}},
       {{"مصدر عسكري", "قال", K::kIndirect, "الهجوم فشل"},
        {"سامي العلي", "قال", K::kIndirect, "الطرق مفتوحة"},
        {"مصدر عسكري", "أكد", K::kIndirect, "القوات تتقدم"}}},
      {"a country after a feminine verb speaks as a state for a feminine cue",
       "وقال الوزير سالم العمر إن الحدود آمنة.\nكما أدانت تونس الهجوم على السفارة.\n"
       "وشددت على أن الأمن خط أحمر.",
       {{"سالم العمر", ""}, {"تونس", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "الحدود آمنة"},
        {"تونس", "شددت", K::kIndirect, "الأمن خط أحمر"}}},
      {"… but not for a masculine cue, which keeps the last speaker",
       "وقال الوزير سالم العمر إن الحدود آمنة.\nكما شهدت تونس أمطارا غزيرة.\n"
       "وأكد أن الأمن خط أحمر.",
       {{"سالم العمر", ""}, {"تونس", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "الحدود آمنة"},
        {"سالم العمر", "أكد", K::kIndirect, "الأمن خط أحمر"}}},
      {"a time adverb between the verb and its subject",
       "وأعلنت أمس الشرطة الاتحادية أن الطريق مغلق. وقال أمس الأول إن السبب حادث.",
       {},
       {{"الشرطة الاتحادية", "أعلنت", K::kIndirect, "الطريق مغلق"},
        {"الشرطة الاتحادية", "قال", K::kIndirect, "السبب حادث"}}},
      {"a headline: a body whose name is all there is before the colon makes a statement",
       "ناسا: المسبار يصل إلى المريخ العام المقبل\nأطلقت الوكالة المسبار أمس.",
       {{"ناسا", "org"}},
       {{"ناسا", ":", K::kDirect, "المسبار يصل إلى المريخ العام المقبل"}}},
      {"a headline: a short name in quote marks before the colon is a body's statement",
       "«الإسكان»: سنعمل قريبا على رسم خطة عمل متكاملة\nأقامت الوزارة حفل المعايدة أمس.",
       {},
       {{"الإسكان", ":", K::kDirect, "سنعمل قريبا على رسم خطة عمل متكاملة"}}},
      {"a headline: a body by its head and its place speaks; the body's verb goes on with the body named there",
       "صحة المنطقة الشرقية: لا إصابات جديدة بالحمى\nأوضحت المديرية العامة للشؤون الصحية نتائج الفحوص.\n"
       "وأفادت أن جميع الحالات سليمة.",
       {{"المديرية العامة للشؤون الصحية", "org"}},
       {{"صحة المنطقة الشرقية", ":", K::kDirect, "لا إصابات جديدة بالحمى"},
        {"المديرية العامة للشؤون الصحية", "أفادت", K::kIndirect, "جميع الحالات سليمة"}}},
      {"«…»، هذا ما قاله فلان: the words before are his, however few; هذا ما يؤكد أن is a reasoning",
       "«كان السباق جيدا»، هذا ما قاله العداء سالم الحربي، مضيفا «أردت أن أكون أسرع». وهذا ما يؤكد أن الفريق جاهز.",
       {{"سالم الحربي", ""}},
       {{"سالم الحربي", "قاله", K::kDirect, "كان السباق جيدا"},
        {"سالم الحربي", "مضيفا", K::kDirect, "أردت أن أكون أسرع"}}},
      {"the blessing after the verb stands for the Prophet named before it, not for a speaker",
       "وروى الصحابي عن النبي صلى الله عليه وسلم حديثا في الرفق. فقال صلى الله عليه وسلم: «الرفق زينة كل شيء».",
       {},
       {{"النبي", "قال", K::kDirect, "الرفق زينة كل شيء"}}},
      {"a description, a comma and «who is called» before a name: the name speaks",
       "وقال مبتكر الجهاز، ويدعى سالم العمري (26 عاما) إن الجهاز سيطرح قريبا.",
       {{"سالم العمري", ""}},
       {{"سالم العمري", "قال", K::kIndirect, "الجهاز سيطرح قريبا"}}},
      {"a headline: a profession before the colon speaks",
       "فلكي: موسم الأمطار يبدأ الأسبوع المقبل\nتوقع فلكي هطول الأمطار.",
       {},
       {{"فلكي", ":", K::kDirect, "موسم الأمطار يبدأ الأسبوع المقبل"}}},
      {"a headline: the people of a place before the colon speak",
       "أهالي القرية: السيول قطعت طريقنا الوحيد\nطالب السكان بإصلاح الطريق.",
       {},
       {{"أهالي القرية", ":", K::kDirect, "السيول قطعت طريقنا الوحيد"}}},
      {"a headline: a country or a rubric before the colon is a topic",
       "مصر: افتتاح المتحف الكبير الشهر المقبل\nقصة مصورة: يوم في السوق القديم",
       {{"مصر", ""}},
       {}},
      {"a headline: a place before the colon speaks where what follows denies or speaks for «us»",
       "مصر: لا مشاورات حول تعديل الحكومة\nنفى مجلس الوزراء وجود مشاورات.",
       {{"مصر", ""}},
       {{"مصر", ":", K::kDirect, "لا مشاورات حول تعديل الحكومة"}}},
      {"… not for the accusative's نًا (قانونًا): a topic still",
       "تونس: البرلمان يقر قانونًا جديدًا لمكافحة الإرهاب\nأقر البرلمان القانون أمس.",
       {{"تونس", ""}},
       {}},
      {"a headline: people named by a plural in ون before the colon speak; a word that only ends so is a rubric",
       "مسنون: الأعباء المالية سرقت فرحة العيد\nتحدث كبار السن في الحي عن أعباء العيد.",
       {},
       {{"مسنون", ":", K::kDirect, "الأعباء المالية سرقت فرحة العيد"}}},
      {"… not a word that only ends so (بالقانون: a column's rubric)",
       "بالقانون: إيران دولة نووية\nتقول العناوين إن الاتفاق تاريخي.",
       {},
       {{"العناوين", "تقول", K::kIndirect, "الاتفاق تاريخي"}}},
      {"the paper told (لـ«الوطن») is no subject of the sentence a participle goes on with",
       "وذكر لـ«الوطن» رئيس اللجنة سالم العلي حاجة المحافظة إلى فرع للجامعة، مضيفا أن الطلب كبير.",
       {{"الوطن", "org"}, {"سالم العلي", ""}},
       {{"سالم العلي", "مضيفا", K::kIndirect, "الطلب كبير"}}},
      {"a headline: a state's body by its short name and its nation's adjective speaks",
       "الداخلية الكويتية: غير صحيح منع المسافرين من الدخول\nنفت وزارة الداخلية ما تردد عن المنع.",
       {},
       {{"الداخلية الكويتية", ":", K::kDirect, "غير صحيح منع المسافرين من الدخول"}}},
      {"a role's phrase runs past في to the name of its holder",
       "وأوضح مدير العلاقات العامة في المستشفى سالم الحربي أن المواعيد تغيرت.",
       {{"سالم الحربي", ""}},
       {{"سالم الحربي", "أوضح", K::kIndirect, "المواعيد تغيرت"}}},
      {"… and past لدى (an envoy to a body) and a long chain of roles",
       "وقال السفير الليبي لدى الأمم المتحدة إبراهيم الدباشي: «يجب وضع حد للميليشيات».\n"
       "وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية نائبة رئيس المفوضية الأوروبية ليلى "
       "الحسن: \"إن الشراكة أولوية\".",
       {{"الأمم المتحدة", "org"}, {"إبراهيم الدباشي", ""}, {"ليلى الحسن", ""}},
       {{"إبراهيم الدباشي", "قال", K::kDirect, "يجب وضع حد للميليشيات"},
        {"ليلى الحسن", "قالت", K::kDirect, "إن الشراكة أولوية"}}},
      {"a headline's lone role is the person the body names with it first",
       "وزير: المصانع تحتاج مليار دولار\nقال وزير الصناعة الأردني سامي العلي لصحيفة محلية إن "
       "المصانع تحتاج مليار دولار.\nوقال وزير المالية فهد الحسن إن الموازنة لا تسمح.",
       {{"سامي العلي", ""}, {"فهد الحسن", ""}},
       {{"سامي العلي", ":", K::kDirect, "المصانع تحتاج مليار دولار"},
        {"سامي العلي", "قال", K::kIndirect, "المصانع تحتاج مليار دولار"},
        {"فهد الحسن", "قال", K::kIndirect, "الموازنة لا تسمح"}}},
      {"a headline's role of two words is the person the body names right before it (name, then role)",
       "أمير الواحة: الأمن أولويتنا\nاستقبل الأمير خالد بن سعد أمير منطقة الواحة أمس قادة الأمن. "
       "وأكد سموه أن الأمن أولوية.",
       {{"خالد بن سعد", ""}},
       {{"خالد بن سعد", ":", K::kDirect, "الأمن أولويتنا"},
        {"خالد بن سعد", "أكد", K::kIndirect, "الأمن أولوية"}}},
      {"a source close to someone is not that someone",
       "وأكد مصدر مقرب من الفرنسي سامي العلي أمس أن الأخير يدرس الترشح.",
       {{"سامي العلي", ""}},
       {{"مصدر مقرب من الفرنسي سامي العلي", "أكد", K::kIndirect, "الأخير يدرس الترشح"}}},
      {"a source described with the article is the one introduced before without it",
       "قالت مصادر مطلعة يمنية إن الوفد غادر صنعاء. وقال مسؤول أمريكي إن الهدنة صامدة.\n"
       "وأكدت المصادر أن الوفد سيعود. وقال المسؤول العراقي إن الحدود آمنة.",
       {},
       {{"مصادر مطلعة يمنية", "قالت", K::kIndirect, "الوفد غادر صنعاء"},
        {"مسؤول أمريكي", "قال", K::kIndirect, "الهدنة صامدة"},
        {"مصادر مطلعة يمنية", "أكدت", K::kIndirect, "الوفد سيعود"},
        {"المسؤول العراقي", "قال", K::kIndirect, "الحدود آمنة"}}},
      {"a title's abbreviation with its full stop belongs to the speaker phrase",
       "قال د. خالد الزعاق عضو الجمعية الفلكية إن الحرارة ستنخفض.\nوأوضح أ.د. سامي العلي أن الأمطار قادمة.\n"
       "ويؤكد د. علي أن الروبوت لن يحل محل الإنسان.",
       {{"خالد الزعاق", ""}, {"سامي العلي", ""}},
       {{"خالد الزعاق", "قال", K::kIndirect, "الحرارة ستنخفض"},
        {"سامي العلي", "أوضح", K::kIndirect, "الأمطار قادمة"},
        {"د. علي", "يؤكد", K::kIndirect, "الروبوت لن يحل محل الإنسان"}}},
      {"the subject before a relative clause, and before a channel (وفقا لـ) inside the report",
       "المسؤول العراقي الذي رفض ذكر اسمه قال إن الوفد وصل.\n"
       "رئيس الأركان الأمريكي وفقا للمسؤول العراقي أكد خلال الاجتماع أن النفوذ الإيراني يتراجع.",
       {},
       {{"المسؤول العراقي", "قال", K::kIndirect, "الوفد وصل"},
        {"رئيس الأركان الأمريكي", "أكد", K::kIndirect, "النفوذ الإيراني يتراجع"}}},
      {"a headline's speaker before the paper told and the colon; بان after باسم is a name",
       "الناطق باسم بان كي مون لـ«الشرق الأوسط»: سنحيل الملف إلى مجلس الأمن",
       {},
       {{"الناطق باسم بان كي مون", ":", K::kDirect, "سنحيل الملف إلى مجلس الأمن"}}},
      {"a body named behind ل after the verb is the one told, not the speaker; a committee's ل is its own",
       "وقال الوزير إن التقارير صحيحة. وقال لرويترز إن حقاني توفي. وقالت لجنة الانتخابات إن النتائج نهائية.",
       {{"الوزير", ""}, {"رويترز", "org"}, {"لجنة الانتخابات", "org"}},
       {{"الوزير", "قال", K::kIndirect, "التقارير صحيحة"},
        {"الوزير", "قال", K::kIndirect, "حقاني توفي"},
        {"لجنة الانتخابات", "قالت", K::kIndirect, "النتائج نهائية"}}},
      {"… any speaker who told a paper, named by what it is (a headline's topic tells no one)",
       "التحالف لـ«الوطن»: عدن آمنة اليوم وتطهيرها يحتاج وقتا",
       {},
       {{"التحالف", ":", K::kDirect, "عدن آمنة اليوم وتطهيرها يحتاج وقتا"}}},
      {"a source's quoted name of four words; quoted words after a person's name are a quote",
       "ذكر موقع «كل شيء عن الجزائر» أن التصريحات مستفزة.\n"
       "وقال وزير الخارجية سامي العلي \"إنها منطقة شهدت سوابق\" من قبل.",
       {{"سامي العلي", ""}},
       {{"موقع «كل شيء عن الجزائر»", "ذكر", K::kIndirect, "التصريحات مستفزة"},
        {"سامي العلي", "قال", K::kDirect, "إنها منطقة شهدت سوابق"}}},
      {"a role's holder named only after the quote",
       "بدوره، أكد أمين المنطقة أن الإمكانات متاحة للجميع.\n"
       "وجاء ذلك في خطاب إلى أمين المنطقة المهندس سامي العلي.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "أكد", K::kIndirect, "الإمكانات متاحة للجميع"}}},
      {"a channel between the verb and its content with no comma",
       "قالت الوزيرة سامية العلي إن العمل درس في التسامح.\n"
       "وتابعت وفقا لما ذكره راديو فرنسا الدولي إن المسؤولين عن التدمير سيحاكمون.",
       {{"سامية العلي", ""}},
       {{"سامية العلي", "قالت", K::kIndirect, "العمل درس في التسامح"},
        {"سامية العلي", "تابعت", K::kIndirect, "المسؤولين عن التدمير سيحاكمون"}}},
      {"the paper told after أبلغ without ل; the holder's name quoted after the role; أنه after a colon",
       "وأبلغت «الصحيفة» مصادر مطلعة أن الحالات أعيدت.\nوأوضح قائد الفرقة \"سامي العلي\": أنه تم توزيع الأفراد.",
       {{"سامي العلي", ""}},
       {{"مصادر مطلعة", "أبلغت", K::kIndirect, "الحالات أعيدت"},
        {"سامي العلي", "أوضح", K::kIndirect, "تم توزيع الأفراد"}}},
      {"a body's name in brackets after its description",
       "وقالت وكالة الأنباء الصينية (شينخوا) إن السفينة غرقت.",
       {{"شينخوا", "org"}},
       {{"شينخوا", "قالت", K::kIndirect, "السفينة غرقت"}}},
      {"… but not past an adjunct to the name of whom he met",
       "وقال وزير الخارجية خلال لقائه مع نظيره فهد العلي إن العلاقات قوية.",
       {{"فهد العلي", ""}},
       {{"وزير الخارجية", "قال", K::kIndirect, "العلاقات قوية"}}},
      {"وكان … قد قال: the subject stands between كان and قد",
       "وكان المتحدث باسم الجيش سامي العلي قد قال للصحفيين إن الهدنة صامدة.",
       {{"سامي العلي", ""}},
       {{"سامي العلي", "قال", K::kIndirect, "الهدنة صامدة"}}},
      {"a lede that opens with a verb without و names the next implied speaker",
       "قال الوزير إن الوفد وصل.\nاستقبل المحافظ سامي العلي الوفد أمس.\nوقال إن الزيارة مهمة.",
       {{"سامي العلي", ""}},
       {{"الوزير", "قال", K::kIndirect, "الوفد وصل"},
        {"سامي العلي", "قال", K::kIndirect, "الزيارة مهمة"}}},
      {"brackets right after a verb of saying and its speaker hold the words said; an aside before إن does not",
       "وقال المدير (نحن مستعدون لاستقبال الطلاب في الموعد المحدد) مؤكدا جاهزية المدارس.\n"
       "وقال المعلم (55 عاما من الخبرة) إن المدارس جاهزة.",
       {},
       {{"المدير", "قال", K::kDirect, "نحن مستعدون لاستقبال الطلاب في الموعد المحدد"},
        {"المعلم", "قال", K::kIndirect, "المدارس جاهزة"}}},
      {"a source noun, its adjectives, then its name in quote marks: the name is the source's",
       "وقالت وكالة الأنباء الصينية «شينخوا» اليوم إن السفينة غرقت.",
       {},
       {{"وكالة الأنباء الصينية «شينخوا»", "قالت", K::kIndirect, "السفينة غرقت"}}},
      {"لفت النظر/الانتباه إلى أن: the object of the idiom is no speaker",
       "قال الطبيب سالم العمر إن الحالات كثيرة.\nولفت النظر إلى أن الإصابات خطيرة.",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "الحالات كثيرة"},
        {"سالم العمر", "لفت النظر", K::kIndirect, "الإصابات خطيرة"}}},
      {"بدوره، then a verb and a role: the role's holder speaks next, not the last speaker",
       "أثنى المدير الدكتور خالد السالم على الفريق، مشيرا إلى أنه أنجز عمله.\n"
       "بدوره، قدم أمين الأحساء المهندس عادل الملحم شكره للمدير، وأكد أن الإمكانات متاحة.",
       {{"خالد السالم", ""}, {"عادل الملحم", ""}},
       {{"خالد السالم", "مشيرا", K::kIndirect, "أنجز عمله"},
        {"عادل الملحم", "أكد", K::kIndirect, "الإمكانات متاحة"}}},
      {"المصادر takes up a source introduced by a speech verb that gave no quote",
       "كشفت مصادر مطلعة يمنية لـ«عكاظ» عن خلافات كبيرة.\nوأوضحت المصادر أن الخلافات وصلت إلى الاتهامات.",
       {},
       {{"مصادر مطلعة يمنية", "أوضحت", K::kIndirect, "الخلافات وصلت إلى الاتهامات"}}},
      {"the outlet a quote named takes up الوكالة/الصحيفة; an outlet named by no name does not",
       "أفادت وكالة أنباء الأناضول أمس أن الغارات مستمرة.\nوقالت الوكالة إن القادة قتلوا.\n"
       "وذكر تقرير أجري بطلب الحكومة أن المسارات آمنة.\nوقال التقرير إن الفنادق تضررت.",
       {{"الأناضول", ""}},
       {{"الأناضول", "أفادت", K::kIndirect, "الغارات مستمرة"},
        {"الأناضول", "قالت", K::kIndirect, "القادة قتلوا"},
        {"تقرير أجري بطلب الحكومة", "ذكر", K::kIndirect, "المسارات آمنة"},
        {"التقرير", "قال", K::kIndirect, "الفنادق تضررت"}}},
      {"a participle after a verb whose subject is a role and whose object with ب names a person: the role's holder speaks",
       "خبر\nوقال أمين المدينة المهندس سالم العلي إن الحديقة جاهزة.\n"
       "ونوه أمين المدينة رئيس المجلس البلدي، بدعم الأمير خالد الفهد للمشروعات، مؤكدا أن المرحلة المقبلة واعدة.",
       {{"سالم العلي", ""}, {"خالد الفهد", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "الحديقة جاهزة"},
        {"سالم العلي", "مؤكدا", K::kIndirect, "المرحلة المقبلة واعدة"}}},
      {"فيما opens a clause whose verb's person subject takes the turn from the sentence's opening subject",
       "خبر\nاستقبل المدير العام سالم العلي أمس السفير كيم يونج.\n"
       "ورحب المدير العام بزيارة السفير والوفد المرافق، فيما أبدى يونج سعادته بالزيارة، وقال إنها مثمرة.",
       {{"سالم العلي", ""}, {"كيم يونج", ""}, {"يونج", "كيم يونج"}},
       {{"كيم يونج", "قال", K::kIndirect, "مثمرة"}}},
      {"a clause that فيما opens with its verb and a titled person ends the report before it, and a participle opening the next sentence is that person's",
       "خبر\nوأضاف خالد الجغيمان أن الأنشطة كثيرة ومتنوعة، فيما أثنى الدكتور سعد القرني على جهود العاملين. "
       "مبينا أن المكتب يسعى للتعاون.",
       {{"خالد الجغيمان", ""}, {"سعد القرني", ""}},
       {{"خالد الجغيمان", "أضاف", K::kIndirect, "الأنشطة كثيرة ومتنوعة"},
        {"سعد القرني", "مبينا", K::kIndirect, "المكتب يسعى للتعاون"}}},
      {"الذي/التي after a described source, no one named: the source's phrase up to the pronoun; التي after a role is another noun's (implied: the last speaker)",
       "خبر\nوأخص بالشكر ذلك الخبير المختص في قطاع الثروة الحيوانية الذي أشار إلى أن الخطورة كبيرة.\n"
       "ويبدو أنه رئيس مقتنع بالدعاية التي تقول إن الحرب قريبة.\n"
       "ونقلت الصحيفة عن المصادر المطلعة على الملف التي أكدت أن الاتفاق قريب.",
       {},
       {{"الخبير المختص في قطاع الثروة الحيوانية", "أشار", K::kIndirect, "الخطورة كبيرة"},
        {"الخبير المختص في قطاع الثروة الحيوانية", "تقول", K::kIndirect, "الحرب قريبة"},
        {"المصادر المطلعة على الملف", "أكدت", K::kIndirect, "الاتفاق قريب"}}},
      {"the eulogy after a name (صلى الله عليه وسلم، رضي الله عنه) is no part of the speaker",
       "خبر\nوقال رسول الله صلى الله عليه وسلم: «الدين النصيحة».\n"
       "وقال أبو سعيد الخدري رضي الله عنه: «كنا نخرج زكاة الفطر».",
       {},
       {{"رسول الله", "قال", K::kDirect, "الدين النصيحة"},
        {"أبو سعيد الخدري", "قال", K::kDirect, "كنا نخرج زكاة الفطر"}}},
      {"a rank is a role: the holder's surname quoted after it is the officer named before",
       "خبر\nقال المتحدث الأمني العقيد سالم القرشي إن البلاغ وصل أمس.\nوأكد العقيد “القرشي” أن المركبة ضبطت.",
       {{"سالم القرشي", ""}, {"القرشي", "سالم القرشي"}},
       {{"سالم القرشي", "قال", K::kIndirect, "البلاغ وصل أمس"},
        {"سالم القرشي", "أكد", K::kIndirect, "المركبة ضبطت"}}},
      {"زاد is a cue only with its words right after it; a rank and a surname are the officer named before",
       "خبر\nقال اللواء منصور التركي إن الخلية ضبطت.\nوزاد عدد الموقوفين إلى عشرة.\nوزاد: «التحقيقات مستمرة».\n"
       "وأضاف اللواء التركي أن الحدود آمنة.",
       {{"منصور التركي", ""}},
       {{"منصور التركي", "قال", K::kIndirect, "الخلية ضبطت"},
        {"منصور التركي", "زاد", K::kDirect, "التحقيقات مستمرة"},
        {"منصور التركي", "أضاف", K::kIndirect, "الحدود آمنة"}}},
      {"scripture cited is God's, and the one citing it goes on speaking after it",
       "وأكد الخطيب أن الإسلام دين العدل، فقال سبحانه (إن الله يأمر بالعدل والإحسان)، مشيرا إلى أن المساجد آمنة.",
       {},
       {{"الخطيب", "أكد", K::kIndirect, "الإسلام دين العدل"},
        {"الله", "قال", K::kDirect, "إن الله يأمر بالعدل والإحسان"},
        {"الخطيب", "مشيرا", K::kIndirect, "المساجد آمنة"}}},
      {"قوله تعالى: (…): the verse is God's, named after the cue, not the reciter's",
       "خطبة\nقال الإمام سالم العمر إن القرآن هدى للناس، وتلا قوله تعالى: (إن هذا القرآن يهدي للتي هي أقوم).",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "قال", K::kIndirect, "القرآن هدى للناس، وتلا قوله تعالى: (إن هذا القرآن يهدي للتي هي أقوم)"},
        {"الله", "قوله", K::kDirect, "إن هذا القرآن يهدي للتي هي أقوم"}}},
      {"قال عز من قائل: «mighty is He who says» names God, cut before من",
       "وفي الرحمة قال عز من قائل: (وما أرسلناك إلا رحمة للعالمين).",
       {},
       {{"الله", "قال", K::kDirect, "وما أرسلناك إلا رحمة للعالمين"}}},
      {"a verse cited before anyone speaks (قال الله فيهم) is God's and no speaker for the next implied cue: the opening verb's subject is",
       "الجهل\nوصف الداعية سالم العمري المفجرين بأنهم ممن قال الله فيهم: (إن الله لا يحب المفسدين).\n"
       "وأوضح أن التفجير جريمة بكل المقاييس.",
       {{"سالم العمري", ""}},
       {{"الله", "قال", K::kDirect, "إن الله لا يحب المفسدين"},
        {"سالم العمري", "أوضح", K::kIndirect, "التفجير جريمة بكل المقاييس"}}},
      {"the first implied speaker, none named before: the body's opening verb's subject, a body by its head and name",
       "وظائف في كلية التربية\nأعلنت كلية التربية بعفيف عن حاجتها لمتعاونين.\nوقالت إن الأولوية لحملة الماجستير.",
       {},
       {{"كلية التربية بعفيف", "قالت", K::kIndirect, "الأولوية لحملة الماجستير"}}},
      {"… or by its head with the article and an adjective after a feminine past verb; not after تعد (a thing)",
       "الزعيم\nجددت الإدارة الهلالية دعمها للفريق، وأكدت أنها تتجه لتصعيد لاعبين.\n",
       {},
       {{"الإدارة الهلالية", "أكدت", K::kIndirect, "تتجه لتصعيد لاعبين"}}},
      {"(a thing described so speaks not)",
       "الوكالة\nتعد الوكالة الشرعية عقدا جائزا.\nوأضافت أن الوكلاء كثيرون.\n",
       {},
       {{"", "أضافت", K::kIndirect, "الوكلاء كثيرون"}}},
      {"بالقول: the cue after a verb that is none, the verb's adverb after a verb of saying, no cue before و",
       "خبر\nومضى المركز الإعلامي بالقول: إن المقاتلين انسحبوا من المدينة.\n"
       "وعلق الوزير سالم العلي بالقول: «نحن مستعدون».\n"
       "وعبرت الدولة عن ذلك بالقول والعمل.",
       {{"سالم العلي", ""}},
       {{"المركز الإعلامي", "بالقول", K::kIndirect, "المقاتلين انسحبوا من المدينة"},
        {"سالم العلي", "علق", K::kDirect, "نحن مستعدون"}}},
      {"وعبر … عن: the verb expressed, also after an adjunct (وخلال اللقاء), its subject the next implied speaker",
       "خبر\nوعبر الوزير سالم العلي عن سعادته بالزيارة.\nوقال إن العلاقات قوية.\n"
       "وخلال اللقاء عبر المحافظ خالد الحربي عن شكره.\nوقال إن الدعم مستمر.",
       {{"سالم العلي", ""}, {"خالد الحربي", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "العلاقات قوية"},
        {"خالد الحربي", "قال", K::kIndirect, "الدعم مستمر"}}},
      {"a long role, a slash after the title, then the holder's name; ختم before أن; وختم حديثه بأن",
       "خبر\nمن جهته أوضح المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور / بدر السمحان ، أن "
       "الحملة مستمرة.\nوختم بدر السمحان أن الدعم متواصل.\nوختم حديثه بأن المشروع ناجح.",
       {{"بدر السمحان", ""}},
       {{"بدر السمحان", "أوضح", K::kIndirect, "الحملة مستمرة"},
        {"بدر السمحان", "ختم", K::kIndirect, "الدعم متواصل"},
        {"بدر السمحان", "ختم", K::kIndirect, "المشروع ناجح"}}},
      {"the verb's object after a speaker with the article is not the speaker's; a name the tagger missed is",
       "خبر\nكشف خبير بالهواتف الذكية طريقة استعادة الملفات المحذوفة، مشيرا إلى أن التطبيق مجاني.\n"
       "وقال الناطق الإعلامي لوزارة العمل تيسير المفرج «إن الوزارة تدقق البيانات».",
       {},
       {{"خبير بالهواتف الذكية", "مشيرا", K::kIndirect, "التطبيق مجاني"},
        {"الناطق الإعلامي لوزارة العمل تيسير المفرج", "قال", K::kDirect, "إن الوزارة تدقق البيانات"}}},
      {"… also in the cue's own sentence: a statement the body opens with, then قالت فيه:",
       "حكم بالقتل\nأصدرت وزارة الداخلية اليوم بيانا قالت فيه: نحرص على أمن الوطن والمواطن.",
       {},
       {{"وزارة الداخلية", "قالت", K::kDirect, "نحرص على أمن الوطن والمواطن"}}},
      {"… but not a thing the opening verb is about, nor a verb of the other gender",
       "زوار المعرض\nارتفع عدد زوار المعرض هذا العام.\nوقال إن المعرض ناجح.\n"
       "وقالت إن الزوار سعداء.",
       {},
       {{"", "قال", K::kIndirect, "المعرض ناجح"}, {"", "قالت", K::kIndirect, "الزوار سعداء"}}},
      {"one of someone's relatives is not that someone",
       "قال أحد أقارب الطالب سالم العمر إن الحادث مؤلم.\nوأضاف أن الأسرة صابرة.",
       {{"سالم العمر", ""}},
       {{"أحد أقارب الطالب سالم العمر", "قال", K::kIndirect, "الحادث مؤلم"},
        {"أحد أقارب الطالب سالم العمر", "أضاف", K::kIndirect, "الأسرة صابرة"}}},
      {"a headline's ministry by its short name, given in full in the text",
       "الصحة: لا إصابات جديدة بالمرض\nوقال المتحدث باسم وزارة الصحة إن الوضع مستقر.",
       {},
       {{"الصحة", ":", K::kDirect, "لا إصابات جديدة بالمرض"},
        {"المتحدث باسم وزارة الصحة", "قال", K::kIndirect, "الوضع مستقر"}}},
      {"two quoted words after a verb's object are a name, not a quote",
       "وأعلنت الشرطة إغلاق «شارع النور» اليوم.",
       {},
       {}},
      {"توقع أن reports a forecast",
       "وتوقع الخبير سالم أن ترتفع الأسعار.",
       {{"سالم", ""}},
       {{"سالم", "توقع", K::kIndirect, "ترتفع الأسعار"}}},
      {"نقلت الوكالة عن فلان قوله إن: the one after عن speaks",
       "ونقلت الوكالة الرسمية عن وزير المالية سالم العمر قوله إن العجز تراجع.",
       {{"سالم العمر", ""}},
       {{"سالم العمر", "قوله", K::kIndirect, "العجز تراجع"}}},
      {"الجامعة after a full name no entity covers: the name as written before",
       "أعلنت جامعة النور نتائج القبول.\nوقالت الجامعة إن التسجيل يبدأ غدا.",
       {},
       {{"جامعة النور", "قالت", K::kIndirect, "التسجيل يبدأ غدا"}}},
      {"words in brackets over two sentences; never closed, to the paragraph's end",
       "وقال الوزير سمير الحداد: (نحن مستعدون للحوار. وسنعمل مع الجميع) ثم غادر القاعة.\n"
       "وقال المتحدث: (لن نتراجع. ولن نتوقف",
       {{"سمير الحداد", ""}},
       {{"سمير الحداد", "قال", K::kDirect, "نحن مستعدون للحوار. وسنعمل مع الجميع"},
        {"المتحدث", "قال", K::kDirect, "لن نتراجع. ولن نتوقف"}}},
      {"a person named after the quoted name that ended the office is the speaker; ” opens the name",
       "وأوضح مدير مهرجان ” الواحة 3 ” العميد ركن سالم الحداد، في كلمة ألقاها أمس, أن المهرجان بدأ.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "المهرجان بدأ"}}},
      {"المكتب after a masculine body's full name no entity covers: that name, with its adjective",
       "ونشر مكتب الأمن العام في المدينة التفاصيل.\nوقال المكتب إن المصنع أغلق.",
       {},
       {{"مكتب الأمن العام", "قال", K::kIndirect, "المصنع أغلق"}}},
      {"the office's holder named between commas after it is the speaker, not the body in the office",
       "وأوضح مساعد المدير العام للعلاقات العامة والمتحدث الرسمي باسم شركة النور، سالم الحداد، أن الرحلات عادت.",
       {{"سالم الحداد", ""}, {"شركة النور", "org"}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "الرحلات عادت"}}},
      {"a name inside the quoted words after the office is no speaker",
       "وقال متحدث باسم الشركة \"سالم الحداد لم يعد يعمل هنا منذ عامين\".",
       {{"سالم الحداد", ""}},
       {{"متحدث باسم الشركة", "قال", K::kDirect, "سالم الحداد لم يعد يعمل هنا منذ عامين"}}},
      {"a role's phrase past في and a company's name, then the holder after a comma: the holder speaks",
       "وقال مدير المبيعات في شركة الريان للأثاث، كارل يوهانسون: «نتوقع نموا في الطلب».",
       {{"الريان للأثاث", "org"}, {"كارل يوهانسون", ""}},
       {{"كارل يوهانسون", "قال", K::kDirect, "نتوقع نموا في الطلب"}}},
      {"a role, a comma, another description and the holder's name before إن: the holder speaks",
       "وقال رئيس اللجنة الثقافية بالنادي في ليدز، الطالب الباحث في علم الوراثة فهد الرويلي، إن الحفل نجح.",
       {{"فهد الرويلي", ""}},
       {{"فهد الرويلي", "قال", K::kIndirect, "الحفل نجح"}}},
      {"…and an adjunct after the comma with no holder named keeps the role as the speaker",
       "وقال رئيس اللجنة الثقافية بالنادي في ليدز، في كلمته أمام الطلاب، إن الحفل نجح.",
       {},
       {{"رئيس اللجنة الثقافية بالنادي", "قال", K::kIndirect, "الحفل نجح"}}},
      {"متوقعا after a comma opens a report by the same speaker; as an adjective it cuts nothing",
       "وأكد المحلل سالم الحداد أن الارتفاع لم يكن متوقعا لدى المستثمرين، متوقعا أن تستقر الأسعار قريبا.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أكد", K::kIndirect, "الارتفاع لم يكن متوقعا لدى المستثمرين"},
        {"سالم الحداد", "متوقعا", K::kIndirect, "تستقر الأسعار قريبا"}}},
      {"a verb that tells the paper (أفادنا «told us») after حسب ما is the attribution's, not the speaker's",
       "وحسب ما أفادنا مدير الجوازات في المنفذ فإن العمل يسير بانتظام.",
       {},
       {{"مدير الجوازات", "حسب", K::kIndirect, "العمل يسير بانتظام"}}},
      {"ثانية after the verb is «again», no speaker: the one who spoke before goes on",
       "قال سالم الحداد إن الموسم صعب. وأكد ثانية أن الفريق سيعود.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kIndirect, "الموسم صعب"}, {"سالم الحداد", "أكد", K::kIndirect, "الفريق سيعود"}}},
      {"an office in construct with its body, no one named in it, right after a person spoke, is that person",
       "وقال الأمير علي بن الحسين إن الفيفا يحتاج إلى رؤوس جديدة.\nوأكد نائب رئيس الفيفا السابق أن الانتخابات ستكون نزيهة.",
       {{"علي بن الحسين", ""}, {"الفيفا", "org"}},
       {{"علي بن الحسين", "قال", K::kIndirect, "الفيفا يحتاج إلى رؤوس جديدة"},
        {"علي بن الحسين", "أكد", K::kIndirect, "الانتخابات ستكون نزيهة"}}},
      {"… not a woman's office after a man spoke, nor an unnamed spokesman (متحدث باسم)",
       "وقال المدير سالم العلي إن الفرص كثيرة.\nوقالت مديرة التوظيف النسائي إن البرنامج نجح. وقال متحدث باسم الشركة إن العقود وقعت.",
       {{"سالم العلي", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "الفرص كثيرة"},
        {"مديرة التوظيف النسائي", "قالت", K::kIndirect, "البرنامج نجح"},
        {"متحدث باسم الشركة", "قال", K::kIndirect, "العقود وقعت"}}},
      {"… and past his style after the comma",
       "أعرب الأمين العام لمجلس التعاون، الدكتور فهد العلي، عن استغرابه، مؤكدا أن التصريحات مستفزة.",
       {{"مجلس التعاون", "org"}, {"فهد العلي", ""}},
       {{"فهد العلي", "مؤكدا", K::kIndirect, "التصريحات مستفزة"}}},
      {"the body's dateline (reporter- outlet- place:) is a sentence of its own: no one in it speaks",
       "الجمعية تشكر الداعمين\nسالم الحربي- سبق- الرياض: أعرب رئيس الجمعية فهد العلي عن شكره، مؤكدا أن الدعم مستمر.",
       {{"سالم الحربي", ""}, {"سبق", "org"}, {"فهد العلي", ""}},
       {{"فهد العلي", "مؤكدا", K::kIndirect, "الدعم مستمر"}}},
      {"a participle's subject: the holder named after a comma behind the body of his office",
       "انتقد رئيس بلدية الواحة، منصور العلي، قرار الإغلاق، مشيرا إلى أن الأسواق تضررت.",
       {{"بلدية الواحة", "org"}, {"منصور العلي", ""}},
       {{"منصور العلي", "مشيرا", K::kIndirect, "الأسواق تضررت"}}},
      {"كلمة قال خلالها: a relative clause on the speech; its giver speaks, not the noun before the verb",
       "وقال سالم الحداد إن الموسم صعب. كما وجه لجماهيره كلمة قال خلالها إنه لم يخطئ.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kIndirect, "الموسم صعب"}, {"سالم الحداد", "قال", K::kIndirect, "لم يخطئ"}}},
      {"a topic fronted with وحول before the verb is no subject: the one who spoke before goes on",
       "وأكد سالم الحداد أن الانتخابات نزيهة. وحول أهداف المرحلة القادمة أشار إلى أن الأولوية للحوار.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أكد", K::kIndirect, "الانتخابات نزيهة"}, {"سالم الحداد", "أشار", K::kIndirect, "الأولوية للحوار"}}},
      {"the speaker's own أؤكد after قال opens his words; بشكل حازم is no speaker",
       "وأوضح سالم الحداد أن الائتلاف موحد. وحول الاتهامات قال أؤكد وبشكل حازم أن لا علاقة لأي دولة بالانتخابات.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "الائتلاف موحد"},
        {"سالم الحداد", "قال", K::kIndirect, "لا علاقة لأي دولة بالانتخابات"}}},
      {"a feminine verb does not go on with a man who spoke last: the body named since speaks",
       "أوضح الدكتور سالم الحداد أن الجامعة راسلت وزارة الخدمة المدنية، وأفادت أن البرامج ستغلق.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "الجامعة راسلت وزارة الخدمة المدنية"},
        {"وزارة الخدمة المدنية", "أفادت", K::kIndirect, "البرامج ستغلق"}}},
      {"a feminine cue goes on with the body a feminine verb opening its sentence has for subject, not a man in its object",
       "قالت مصادر أمنية إن الحملة مستمرة.\nكما اعتقلت الشرطة الفرنسية رجلا يدعى سالم الحداد أمس، وقالت إنها تشتبه في أنه خطط للهجوم.",
       {{"سالم الحداد", ""}},
       {{"مصادر أمنية", "قالت", K::kIndirect, "الحملة مستمرة"},
        {"الشرطة الفرنسية", "قالت", K::kIndirect, "تشتبه في أنه خطط للهجوم"}}},
      {"a feminine cue in the next paragraph goes on with a body a feminine verb had for subject, to the words with the article",
       "كما حددت الهيئة العامة للغذاء والدواء خطوات لحفظ الأغذية من التلوث.\nوذكرت أن الأغذية الساخنة تحفظ في الثلاجة.",
       {},
       {{"الهيئة العامة للغذاء والدواء", "ذكرت", K::kIndirect, "الأغذية الساخنة تحفظ في الثلاجة"}}},
      {"… nor a masculine one with a woman, and with no one named since it is no one's",
       "قالت الطبيبة منى العلي إن المرضى تحسنوا.\nوأضاف أن المستشفى مزدحم.",
       {{"منى العلي", ""}},
       {{"منى العلي", "قالت", K::kIndirect, "المرضى تحسنوا"}, {"", "أضاف", K::kIndirect, "المستشفى مزدحم"}}},
      {"… but a body's gender is written loosely: the body goes on speaking",
       "أفاد مجلس المقاومة أن الأسرى بخير.\nوقالت إن الجرحى يعالجون.",
       {{"مجلس المقاومة", "org"}},
       {{"مجلس المقاومة", "أفاد", K::kIndirect, "الأسرى بخير"}, {"مجلس المقاومة", "قالت", K::kIndirect, "الجرحى يعالجون"}}},
      {"″ closes “ after a digit: the source's quoted name belongs to it",
       "وقالت منظمة “توب 500″ إن الحاسوب الصيني يتصدر القائمة.",
       {},
       {{"منظمة “توب 500″", "قالت", K::kIndirect, "الحاسوب الصيني يتصدر القائمة"}}},
      {"a noun with the article is the one the article introduced with it and a name (شاب يدعى …)",
       "أنقذ شاب من سكان الحي يدعى سالم العلي طفلا من الغرق.\nوقال الشاب إن الماء كان باردا.",
       {{"سالم العلي", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "الماء كان باردا"}}},
      {"the holder's name between dashes after the role belongs to the speaker's phrase",
       "وقال المبعوث الأممي الخاص -نيكولا ماردين-: «إن الحل يبتعد».",
       {{"نيكولا ماردين", ""}},
       {{"نيكولا ماردين", "قال", K::kDirect, "إن الحل يبتعد"}}},
      {"«the official» after a named person has spoken is that person, unless a relative describes him",
       "وقال الوزير سالم الحداد إن الخطة جاهزة. وقال المسؤول التركي في مؤتمر صحافي إن التحقيق مستمر. "
       "وأكد مسؤول الحج أن التسجيل يبدأ قريبا.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kIndirect, "الخطة جاهزة"},
        {"سالم الحداد", "قال", K::kIndirect, "التحقيق مستمر"},
        {"سالم الحداد", "أكد", K::kIndirect, "التسجيل يبدأ قريبا"}}},
      {"the first cue, a verb opening its sentence, is the one person the sentence before names",
       "عنوان الخبر\nوفي المعرض أمس كانت الباحثة منى العلي بين الزوار. وأكدت أن الزوار كثيرون.",
       {{"منى العلي", ""}},
       {{"منى العلي", "أكدت", K::kIndirect, "الزوار كثيرون"}}},
      {"… not when it names two",
       "عنوان الخبر\nوفي المعرض أمس كانت منى العلي مع سارة الحداد. وأكدت أن الزوار كثيرون.",
       {{"منى العلي", ""}, {"سارة الحداد", ""}},
       {{"", "أكدت", K::kIndirect, "الزوار كثيرون"}}},
      {"… nor for a plural verb",
       "عنوان الخبر\nوفي المعرض أمس كان سالم العلي. ويقولون إن الموعد قريب.",
       {{"سالم العلي", ""}},
       {{"", "يقولون", K::kIndirect, "الموعد قريب"}}},
      {"a participle after a verb whose ب-object names a body is the one who spoke before",
       "قالت القائدة منى العلي إن المخيم ناجح. وأشادت بالعمل الذي يقدمه نادي الهلال، لافتة إلى أن الزيارة مفيدة.",
       {{"منى العلي", ""}, {"الهلال", "org"}},
       {{"منى العلي", "قالت", K::kIndirect, "المخيم ناجح"}, {"منى العلي", "لافتة", K::kIndirect, "الزيارة مفيدة"}}},
      {"the أن after a modal is the modal's, no report's",
       "واعتبرت الباحثة منى العلي التراث ثروة كبيرة يجب أن يعرفها الجيل الحالي.",
       {{"منى العلي", ""}},
       {}},
      {"a body's head alone is the body of that head named last, by its head and adjective too",
       "أصدرت محكمة الاستئناف حكما للشركة، ثم انتقلت القضية إلى المحكمة العليا، حيث أكدت المحكمة أن القرار نهائي.",
       {},
       {{"المحكمة العليا", "أكدت", K::kIndirect, "القرار نهائي"}}},
      {"a role alone with the article is the one person named before that role written after his name",
       "أعلن الدكتور سالم الحداد وزير الثقافة إطلاق مشروع جديد.\nوقال الوزير إن المشروع يبدأ غدا.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kIndirect, "المشروع يبدأ غدا"}}},
      {"a style and a surname the tagger left untagged is the one person of that surname",
       "أكد الدكتور رشيد العيد أن الاختبار أعيد. وأشار الدكتور العيد إلى أن النتائج جيدة.",
       {{"رشيد العيد", ""}},
       {{"رشيد العيد", "أكد", K::kIndirect, "الاختبار أعيد"}, {"رشيد العيد", "أشار", K::kIndirect, "النتائج جيدة"}}},
      {"a secretary general is a role: the name after it speaks",
       "وقال السكرتير العام للحزب المستشار سالم الحداد إن الزيارة تاريخية، مشيدا بأن نتائجها رائعة.\n"
       "وأنهى الحداد كلمته مشيدا بجهود الوفد.",
       {{"سالم الحداد", ""}, {"الحداد", "سالم الحداد"}},
       {{"سالم الحداد", "قال", K::kIndirect, "الزيارة تاريخية"}, {"سالم الحداد", "مشيدا", K::kIndirect, "نتائجها رائعة"}}},
      {"a statement issued by a body is the body's word",
       "وأوضح بيان صادر عن وزارة الخارجية اليوم أن الوفد وصل.",
       {},
       {{"وزارة الخارجية", "أوضح", K::kIndirect, "الوفد وصل"}}},
      {"… and one of a body by ل or in construct; «the statement» later speaks for the one who issued it",
       "وقال بيان لوزارة الخارجية الباكستانية إن الوفد وصل. وأضاف البيان أن المحادثات بدأت.\n"
       "وقالت رئاسة الجمهورية في بيان اليوم إن الرئيس وجه بالتحقيق. وذكر البيان أن الحكومة قررت التعويض.",
       {},
       {{"وزارة الخارجية الباكستانية", "قال", K::kIndirect, "الوفد وصل"},
        {"وزارة الخارجية الباكستانية", "أضاف", K::kIndirect, "المحادثات بدأت"},
        {"رئاسة الجمهورية", "قالت", K::kIndirect, "الرئيس وجه بالتحقيق"},
        {"رئاسة الجمهورية", "ذكر", K::kIndirect, "الحكومة قررت التعويض"}}},
      {"… but a statement no one is said to have issued stays the statement",
       "وجاء في بيان تم نشره أن الهجوم فشل. وأضاف البيان أن الوزير مسؤول.",
       {},
       {{"بيان تم نشره", "جاء في", K::kIndirect, "الهجوم فشل"}, {"البيان", "أضاف", K::kIndirect, "الوزير مسؤول"}}},
      {"a body's head alone speaks for the body of that kind named last by it",
       "نشرت صحيفة «ديلي ستار» صورا للطيار. ووفقا للصحيفة، فإن الطيار خالف القواعد.\n"
       "ووقعت شركة أرامكو عقدا مع الوزارة. وقالت الشركة إن العقد يمتد عامين.",
       {{"ديلي ستار", "org"}, {"أرامكو", "org"}},
       {{"ديلي ستار", "وفقا", K::kIndirect, "الطيار خالف القواعد"},
        {"أرامكو", "قالت", K::kIndirect, "العقد يمتد عامين"}}},
      {"… and so is a report issued from one",
       "وأكد تقرير صادر من الرئاسة العامة للأرصاد أن الأمطار قادمة.",
       {},
       {{"الرئاسة العامة للأرصاد", "أكد", K::kIndirect, "الأمطار قادمة"}}},
      {"the Arabic semicolon the news writes for a comma before a speaker's role",
       "من جهته، أوضح سالم الحداد؛ مستشار مالي، أن السوق راكدة. وتراجعت الجامعة إبان الحرب؛ وكان عليها أن تجد حلولا.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "أوضح", K::kIndirect, "السوق راكدة"}}},
      {"a coach is a role: the body inside his phrase is where, the name after it who",
       "عبر مدرب القادسية جميل بلقاسم عن قناعته بالنتائج وقال: \"أمامنا مرحلة جديدة\".",
       {{"القادسية", "org"}, {"جميل بلقاسم", ""}},
       {{"جميل بلقاسم", "قال", K::kDirect, "أمامنا مرحلة جديدة"}}},
      {"the role's holder named past a comma and the place he works in",
       "وقال الباحث الفلكي، بقسم علوم الفلك بجامعة الملك عبدالعزيز، سالم الحداد: \"الشهب تصل ذروتها الخميس\".",
       {{"جامعة الملك عبدالعزيز", "org"}, {"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kDirect, "الشهب تصل ذروتها الخميس"}}},
      {"a body's head alone is the body named before in quote marks after that head",
       "سجلت شركة “نوفاستار” أرباحا كبيرة. وذكرت الشركة أن المبيعات ارتفعت.",
       {{"نوفاستار", "org"}},
       {{"نوفاستار", "ذكرت", K::kIndirect, "المبيعات ارتفعت"}}},
      {"… a relative describing «the official» makes him an unnamed source",
       "وقال الوزير سالم الحداد إن الخطة جاهزة. وأشار المسؤول، الذي فضل عدم نشر اسمه، إلى أن الموعد تغير.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "قال", K::kIndirect, "الخطة جاهزة"}, {"المسؤول", "أشار", K::kIndirect, "الموعد تغير"}}},
      {"a one-letter title's full stop between the role's place and its holder ends nothing",
       "وأكد المدير الإقليمي للحملة في الأردن د. بدر السالم أن الورشة ستستمر عاما كاملا.",
       {{"بدر السالم", ""}},
       {{"بدر السالم", "أكد", K::kIndirect, "الورشة ستستمر عاما كاملا"}}},
      {"quote marks written »…», the paper's name among them",
       "وقال ل»الوطن» مدير الجمعية سالم العتيبي:»الموسم بدأ مبكرا هذا العام».",
       {{"سالم العتيبي", ""}},
       {{"سالم العتيبي", "قال", K::kDirect, "الموسم بدأ مبكرا هذا العام"}}},
      {"a channel carried the words of the one after عن; a verb of carrying without it moves things",
       "ونقلت وكالة الأنباء أمس عن سالم الحداد المتحدث باسم الوزارة أن الوظائف زادت. ونقلت الطائرة الركاب عن "
       "طريق جدة، وقال الطيار إن الرحلة هادئة.",
       {{"سالم الحداد", ""}},
       {{"سالم الحداد", "نقلت", K::kIndirect, "الوظائف زادت"}, {"الطيار", "قال", K::kIndirect, "الرحلة هادئة"}}},
      {"a channel learnt it from the sources after من; learning without them is the paper's own news",
       "وعلمت «الوطن» من مصادر مطلعة، أن اللجنة ستجتمع غدا. وعلم من مصدر مطلع اليوم الاثنين ان الموعد تأجل. "
       "وعلمت الصحيفة أن القاعة جاهزة. وكان علما من أعلام الشعر الذي يعرف أن الوزن أساسه.",
       {},
       {{"مصادر مطلعة", "علمت", K::kIndirect, "اللجنة ستجتمع غدا"},
        {"مصدر مطلع", "علم", K::kIndirect, "الموعد تأجل"}}},
      {"citing is a report with its clause after the subject, not with a list, nor after a relative",
       "وأوردت صحيفة حرييت أمس أن الشحنة متطابقة. فأورد المؤلف نماذج من أعمالهم: الأول والثاني. وقالت الصحيفة "
       "التي أوردت الخبر إن التحقيق مستمر.",
       {},
       {{"صحيفة حرييت", "أوردت", K::kIndirect, "الشحنة متطابقة"},
        {"صحيفة حرييت", "قالت", K::kIndirect, "التحقيق مستمر"}}},
      {"a short quoted name after a kind of source, the complementizer after it, is the speaker, not a quote",
       "وذكر راديو “بي بي سي”، اليوم الثلاثاء، أن الاشتباكات مستمرة. وقال موقع “الرياضي” إن اللاعب انتقل.",
       {},
       {{"بي بي سي", "ذكر", K::kIndirect, "الاشتباكات مستمرة"}, {"موقع “الرياضي”", "قال", K::kIndirect, "اللاعب انتقل"}}},
      {"figures issued by a body are the body's word",
       "وبحسب بيانات صدرت من وزارة العمل أمس، فإن البطالة تراجعت.",
       {},
       {{"وزارة العمل", "بحسب", K::kIndirect, "البطالة تراجعت"}}},
      {"a body's head with the article, tagged alone, is the body named before with its name in brackets",
       "شرع الباحثون في معهد (وودز هول) لعلوم المحيطات في مراقبة الحيتان.\nوقال المعهد في بيان إن الطائرات حلقت فوقها.",
       {{"المعهد", "org"}},
       {{"معهد (وودز هول) لعلوم المحيطات", "قال", K::kIndirect, "الطائرات حلقت فوقها"}}},
      {"a statement in a relative clause on the speech named by its owner before the verb",
       "أعلن متمردو حركة الشباب مسؤوليتهم عن الهجوم، بعد ساعات على تصريحات للرئيس الأمريكي باراك أوباما أكد فيها أن "
       "الحركة ضعفت.",
       {{"الشباب", "org"}, {"باراك أوباما", ""}},
       {{"باراك أوباما", "أكد", K::kIndirect, "الحركة ضعفت"}}},
      {"a pronoun right before the verb is its subject: the one it stands for speaks",
       "قالت المرشحة سلمى العتيبي إنها ستفوز. وتحاول سلمى العتيبي أن لا تركز حملتها على النخبة فهي تقول «الازدهار حق لكل "
       "الأمريكيين وليس للنخبة».",
       {{"سلمى العتيبي", ""}},
       {{"سلمى العتيبي", "قالت", K::kIndirect, "ستفوز"},
        {"سلمى العتيبي", "تقول", K::kDirect, "الازدهار حق لكل الأمريكيين وليس للنخبة"}}},
      {"a verb of going on right before the verb (ومضى يقول، وراحت تقول) is no subject: the speaker before goes on",
       "وقالت الباحثة منى سالم إن الأسعار ستتراجع. وراحت تقول إن الذهب آمن. وقال الخبير رائد العلي إن الطلب ضعيف. ومضى يقول "
       "«الصيف موسم هادئ في الأسواق كلها».",
       {{"منى سالم", ""}, {"رائد العلي", ""}},
       {{"منى سالم", "قالت", K::kIndirect, "الأسعار ستتراجع"},
        {"منى سالم", "تقول", K::kIndirect, "الذهب آمن"},
        {"رائد العلي", "قال", K::kIndirect, "الطلب ضعيف"},
        {"رائد العلي", "يقول", K::kDirect, "الصيف موسم هادئ في الأسواق كلها"}}},
      {"a statement or a report issued or published by someone named after the verb is theirs",
       "ووفقا لبيان أصدرته أمس إدارة العلاقات العامة بإمارة المنطقة، فإن الفرق الفنية باشرت عملها. وبحسب تقرير نشرته "
       "صحيفة الوطن، فإن المبيعات تراجعت بشدة. وقال بيان أصدره حول هذه النقطة إن الموقف ثابت.",
       {{"الوطن", "org"}},
       {{"إدارة العلاقات العامة بإمارة المنطقة", "وفقا", K::kIndirect, "الفرق الفنية باشرت عملها"},
        {"الوطن", "بحسب", K::kIndirect, "المبيعات تراجعت بشدة"},
        {"بيان أصدره حول هذه النقطة", "قال", K::kIndirect, "الموقف ثابت"}}},
      {"جل من قائل names God; a eulogy alone (قال عليه السلام) the Prophet named before it",
       "خطبة\nقال جل من قائل: (وقل اعملوا فسيرى الله عملكم). وروى الصحابة أن رسول الله صلى الله عليه وسلم حث على العمل. "
       "وقال عليه السلام: «اليد العليا خير من اليد السفلى».",
       {},
       {{"الله", "قال", K::kDirect, "وقل اعملوا فسيرى الله عملكم"},
        {"رسول الله", "قال", K::kDirect, "اليد العليا خير من اليد السفلى"}}},
      {"initials joined by full stops are one name, whatever their letters read as alone",
       "وذكرت شبكة إن.بي.سي نيوز أن القراصنة اخترقوا الحسابات.",
       {},
       {{"شبكة إن.بي.سي نيوز", "ذكرت", K::kIndirect, "القراصنة اخترقوا الحسابات"}}},
      {"a title the writer quotes after بعنوان is no statement; the content after it is",
       "وقالت الهيئة في تقرير بعنوان «آفاق السوق 2030» إن الطلب سيرتفع. ونشر سالم العلي كتابه «رحلة بين المدن».",
       {{"الهيئة", "org"}},
       {{"الهيئة", "قالت", K::kIndirect, "الطلب سيرتفع"}}},
      {"كتب reports speech from someone named; a writer's own كتبت is no cue",
       "وكتب سالم العلي على حسابه في «تويتر»: «الموسم بدأ مبكرا». وكتبت عن هذه الظاهرة أن الأسباب كثيرة.",
       {{"سالم العلي", ""}},
       {{"سالم العلي", "كتب", K::kDirect, "الموسم بدأ مبكرا"}}},
      {"قائلا with the words said right after it, no colon or complementizer; not the noon heat after في",
       "وأكد المدرب سالم العلي أهمية المباراة، قائلا لا نفكر إلا في الفوز. وسار الركب في قائلة الصيف.",
       {{"سالم العلي", ""}},
       {{"سالم العلي", "قائلا", K::kIndirect, "لا نفكر إلا في الفوز"}}},
      {"«the same source» closes the attribution's source, which is the one named before",
       "وقال مصدر أمني إن الخلية فككت أمس. وبحسب المصدر نفسه كانوا يخططون لهجمات في العاصمة.",
       {},
       {{"مصدر أمني", "قال", K::kIndirect, "الخلية فككت أمس"},
        {"مصدر أمني", "بحسب", K::kIndirect, "كانوا يخططون لهجمات في العاصمة"}}},
      {"a complementizer with the first person's pronoun (أننا، إنني) opens the content as إنه does",
       "وأكد المدير سالم العلي أننا سنعمل معا. وقال أيضا إنني سعيد بالنتائج.",
       {{"سالم العلي", ""}},
       {{"سالم العلي", "أكد", K::kIndirect, "سنعمل معا"}, {"سالم العلي", "قال", K::kIndirect, "سعيد بالنتائج"}}},
      {"a place between the description and the name: the person named before the content speaks",
       "وقال المعلم في مدرسة جازان سالم العلي إن المواقع التاريخية كثيرة. وقال الصحفي في محافظة جازان فهد "
       "الحربي لـ«عكاظ»: «المواقع مهملة».",
       {{"سالم العلي", ""}, {"فهد الحربي", ""}},
       {{"سالم العلي", "قال", K::kIndirect, "المواقع التاريخية كثيرة"}, {"فهد الحربي", "قال", K::kDirect, "المواقع مهملة"}}},
      {"the paper that asked (سؤال (عكاظ)، سؤال «الوطن») is no subject: the speaker before goes on",
       "وأكد المتحدث سالم العلي أن البرنامج جاهز. وأضاف في إجابته على سؤال (عكاظ) عن فوائده، قائلا: «البرنامج "
       "يوفر الوقت». وأضاف ردا على سؤال «الوطن» عن موعده، قائلا: «نطلقه قريبا».",
       {{"سالم العلي", ""}, {"عكاظ", "org"}, {"الوطن", "org"}},
       {{"سالم العلي", "أكد", K::kIndirect, "البرنامج جاهز"},
        {"سالم العلي", "قائلا", K::kDirect, "البرنامج يوفر الوقت"},
        {"سالم العلي", "قائلا", K::kDirect, "نطلقه قريبا"}}},
  };
  return kCases;
}

TEST(FindQuotes, Table) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.why);
    auto quotes = quotes_of(c.text, c.names);
    ASSERT_EQ(quotes.size(), c.quotes.size());
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      const Quote& q = quotes[i];
      EXPECT_EQ(q.speaker, c.quotes[i].speaker);
      EXPECT_EQ(cut(c.text, q.cue), c.quotes[i].cue);
      EXPECT_EQ(q.kind, c.quotes[i].kind);
      EXPECT_EQ(cut(c.text, q.span), c.quotes[i].content);
    }
  }
}

TEST(FindQuotes, SpeakerEntityAndSpans) {
  // The speaker span covers the title as written; the entity link names the person.
  std::string text = "وقال وزير الدفاع خالد العمري إن القوات جاهزة.";
  auto quotes = quotes_of(text, {{"خالد العمري", ""}});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
  EXPECT_EQ(cut(text, quotes[0].speaker_span), "وزير الدفاع خالد العمري");
}

TEST(FindQuotes, AnHonorificIsThePersonWhoHoldsItsTitle) {
  // سموه is the prince, though the martyr's father spoke since; not someone with no such title.
  const std::string text =
      "نقل الأمير فيصل بن خالد تعازي القيادة لسالم العلي والد الشهيد.\nوقال سالم العلي إن ابنه بطل.\n"
      "وقال سموه إن الوطن لا ينسى أبناءه.";
  auto entities = entities_for(text, {{"فيصل بن خالد", ""}, {"سالم العلي", ""}});
  entities[0].titles = {"الأمير"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "سالم العلي");
  EXPECT_EQ(quotes[1].speaker, "فيصل بن خالد");
  // Of two princes in the sentence before, the first is its subject, the one who speaks next.
  const std::string two =
      "هنأ الأمير جلوي بن مساعد ولي العهد الأمير محمد بن نايف على الإنجاز.\nوقال سموه إن الأمن نعمة.";
  entities = entities_for(two, {{"جلوي بن مساعد", ""}, {"محمد بن نايف", ""}});
  entities[0].titles = {"الأمير"};
  entities[1].titles = {"ولي العهد", "الأمير"};
  quotes = quotes_with(two, entities);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "جلوي بن مساعد");
}

TEST(FindQuotes, ARoleAloneIsTheOnePersonWhoHoldsIt) {
  // The NER gave each person his titles; السفير alone is the one ambassador named before.
  const std::string text =
      "وقال السفير الليبي لدى الأمم المتحدة سالم العلي إن الوضع صعب. وأكد وزير الخارجية فهد الحسن أن "
      "الحوار مستمر. وأشار السفير إلى أن الهدنة قريبة. وأضاف الوزير أن الوفد سيصل.";
  auto entities = entities_for(text, {{"سالم العلي", ""}, {"فهد الحسن", ""}, {"الأمم المتحدة", "org"}});
  entities[0].titles = {"السفير الليبي لدى الأمم المتحدة"};
  entities[1].titles = {"وزير الخارجية"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[2].speaker, "سالم العلي");
  EXPECT_EQ(quotes[2].speaker_entity, "e1");
  EXPECT_EQ(quotes[3].speaker, "فهد الحسن") << "وزير is the role's word without the article";
}

// A role with the article that goes on with words of its own (المدرب المخضرم) is still the one
// person named before whose title opens with it; not a head of state's (الرئيس الكيني is not
// the president named before).
TEST(FindQuotes, ARoleThatGoesOnIsStillTheOnePersonWhoHoldsIt) {
  const std::string text =
      "وقال المدرب الإسباني سالم العلي إن الفريق جاهز. وأضاف المدرب المخضرم أن ناديه قد يتعاقد مع مهاجم. "
      "وأكد الرئيس الأمريكي فهد الحسن أن الزيارة مهمة. وقال الرئيس الكيني قبيل الزيارة إن بلاده تنتظرها.";
  auto entities = entities_for(text, {{"سالم العلي", ""}, {"فهد الحسن", ""}});
  entities[0].titles = {"المدرب الإسباني"};
  entities[1].titles = {"الرئيس الأمريكي"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[1].speaker, "سالم العلي");
  EXPECT_EQ(quotes[1].speaker_entity, "e1");
  EXPECT_EQ(quotes[3].speaker_entity, "") << quotes[3].speaker;
}

TEST(FindQuotes, AHeadlinesRoleIsThePersonTheBodyNamesWithIt) {
  // The headline speaks in the name of a role the body gives one person after it; in the body,
  // a role speaks for no one named only after it.
  const std::string text =
      "القنصل الأردني: المواطنون بخير\n"
      "أكد القنصل العام في ميلانو سالم الحداد أن المواطنين بخير. وقال المدير الإيطالي إن المستشفى جاهز، "
      "واستقبل المدير العام للمستشفى فهد الحسن الوفد.";
  auto entities = entities_for(text, {{"سالم الحداد", ""}, {"فهد الحسن", ""}});
  entities[0].titles = {"القنصل العام في ميلانو"};
  entities[1].titles = {"المدير العام للمستشفى"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "سالم الحداد");
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
  EXPECT_EQ(quotes[2].speaker, "المدير الإيطالي");
}

TEST(FindQuotes, ARoleWithANationsAdjectiveIsTheOnePersonWhoHoldsIt) {
  // الوزير الأميركي after وزير الدفاع الأميركي فلان: the one minister named; الرئيس الأمريكي is
  // not the one president named, who may be another nation's.
  const std::string text =
      "التقى وزير الدفاع الأميركي سالم الحداد نظيره. وقال الوزير الأميركي إن الاتفاق جيد.\n"
      "واستقبل الرئيس فهد الحسن الوفد. وقال الرئيس الأمريكي إن الزيارة مهمة.";
  auto entities = entities_for(text, {{"سالم الحداد", ""}, {"فهد الحسن", ""}});
  entities[0].titles = {"وزير الدفاع الأميركي"};
  entities[1].titles = {"الرئيس"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "سالم الحداد");
  EXPECT_EQ(quotes[1].speaker, "الرئيس الأمريكي");
}

TEST(FindQuotes, AnOfficeWithAPlainAdjectiveIsTheOnePersonWhoHoldsIt) {
  // المتحدث الرسمي: the adjective names no office; the one spokesman named before speaks. Not
  // المتحدث الأمني when no one was given that office.
  const std::string text =
      "وأوضح المتحدث الرئاسي المصري السفير سامر يوسف أن اللقاء مثمر.\nولفت المتحدث الرسمي إلى أن "
      "الرئيس أكد موقف بلاده. وقال الوزير الأمني إن الوضع هادئ.";
  auto entities = entities_for(text, {{"سامر يوسف", ""}});
  entities[0].titles = {"المتحدث الرئاسي المصري", "السفير"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "سامر يوسف");
  EXPECT_EQ(quotes[1].speaker_entity, "e1");
  EXPECT_EQ(quotes[2].speaker, "الوزير الأمني");
}

TEST(FindQuotes, ARoleInConstructIsThePersonWithThatTitle) {
  // The article gives رئيس الوزراء to one person only (after the quote); وزير الخارجية is held
  // by nobody it names, and مدير alone says nothing about which office.
  const std::string text =
      "وقال رئيس الوزراء الإيطالي إن الحكومة باقية. وأكد وزير الخارجية أن الحوار مستمر. "
      "وذكر مدير المركز الوطني أن التقرير جاهز. واستقبل رئيس الوزراء ماتيو رينزي وزير الداخلية "
      "كارلو بيانكي ومدير الشرطة سامي الحسن أمس.";
  auto entities = entities_for(text, {{"ماتيو رينزي", ""}, {"كارلو بيانكي", ""}, {"سامي الحسن", ""}});
  entities[0].titles = {"رئيس الوزراء"};
  entities[1].titles = {"وزير الداخلية"};
  entities[2].titles = {"مدير"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "ماتيو رينزي");
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
  EXPECT_EQ(quotes[1].speaker_entity, "") << "وزير الخارجية is not وزير الداخلية";
  EXPECT_EQ(quotes[2].speaker_entity, "") << "a title of one word does not say which office";
}

TEST(FindQuotes, ARoleOverABodyNamedByItsKindIsThePersonWithThatHeadOverTheArticlesBody) {
  // رئيس النادي: the club the article names (التعاون) and the one person titled رئيس التعاون;
  // مدير الشركة names no one (no person's title has مدير over a body).
  const std::string text =
      "أعلنت إدارة نادي التعاون التوقيع مع الشركة. وأكد رئيس النادي أن الإدارة تسعى للتوقيع مع شركات أخرى. "
      "وقال مدير الشركة إن العقد جاهز. وحضر رئيس التعاون محمد القاسم التوقيع.";
  auto entities = entities_for(text, {{"التعاون", "org"}, {"محمد القاسم", ""}});
  entities[1].titles = {"رئيس التعاون"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "محمد القاسم");
  EXPECT_EQ(quotes[0].speaker_entity, "e2");
  EXPECT_EQ(quotes[1].speaker_entity, "");
}

TEST(FindQuotes, ARoleSaidShortIsThePersonWhoseTitleHasEachOfItsWords) {
  // مدير الكرة بنادي الفتح after مدير الفريق الأول لكرة القدم بنادي الفتح سالم العمري: the head
  // and every other word (لكرة is الكرة, بنادي the same); not مدير الإعلام بنادي الفتح, whose
  // الإعلام no title has.
  const std::string text =
      "أكد مدير الفريق الأول لكرة القدم بنادي الفتح سالم العمري أن المعسكر بدأ. وأوضح مدير الكرة "
      "بنادي الفتح أن الفريق سيلعب ثلاث مباريات. وقال مدير الإعلام بنادي الفتح إن الجماهير تنتظر.";
  auto entities = entities_for(text, {{"سالم العمري", ""}, {"الفتح", "org"}});
  entities[0].titles = {"مدير الفريق الأول لكرة القدم بنادي الفتح"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "سالم العمري");
  EXPECT_EQ(quotes[1].speaker_entity, "e1");
  EXPECT_EQ(quotes[2].speaker_entity, "") << quotes[2].speaker;
}

TEST(FindQuotes, ARoleWithAPlaceIsThePersonWhoseTitleHasItsAdjective) {
  // وزير خارجية مصر is وزير الخارجية المصري (مصر → المصري); وزير خارجية الأردن is not.
  const std::string text =
      "قال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة. وأكد وزير خارجية مصر أن الاتفاق "
      "قريب. وأضاف وزير خارجية الأردن أن بلاده تدعم الحل.";
  const auto quotes = quotes_of_titled(text, {{"سامح شكري", "وزير الخارجية المصري"}});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << quotes[1].speaker;
  EXPECT_EQ(quotes[2].speaker_entity, "") << quotes[2].speaker;
}

TEST(FindQuotes, ARoleIsTheOnePersonTitledByItsHeadAlone) {
  // سفير الولايات المتحدة في نيروبي, then السفير روبرت غوديك: the one person titled السفير. With
  // a second ambassador in the article the role stays unresolved.
  const std::string one =
      "أعلن سفير الولايات المتحدة في نيروبي أن الرئيس سيزور كينيا. وقال السفير روبرت غوديك إن الزيارة تاريخية.";
  auto quotes = quotes_of_titled(one, {{"روبرت غوديك", "السفير"}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker_entity, "e1") << quotes[0].speaker;
  const std::string two = one + " وقال السفير جون ماكين إن بلاده ترحب.";
  quotes = quotes_of_titled(two, {{"روبرت غوديك", "السفير"}, {"جون ماكين", "السفير"}});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker_entity, "") << quotes[0].speaker;
}

TEST(FindQuotes, ANumberOfThemSpeakAsWhoTheyAre) {
  // عدد من المواطنين، الكثير من الخبراء: the number and who they are, not «عدد» alone.
  auto quotes = quotes_of("وقال عدد من المواطنين إن الكهرباء انقطعت. ويرى الكثير من الخبراء أن الحل قريب.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "عدد من المواطنين");
  EXPECT_EQ(quotes[1].speaker, "الكثير من الخبراء");
}

TEST(FindQuotes, ATopicAfterTheVerbIsNoSpeaker) {
  // وأضاف حول تثبيت قوة الحرس: what is spoken about, not who speaks (the one speaking before).
  const auto quotes = quotes_of("وقال الأمير سالم العلي إن القوة جاهزة. وأضاف حول تثبيت قوة الحرس الوطني أن القرار نهائي.",
                                {{"سالم العلي", ""}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << quotes[1].speaker;
}

TEST(FindQuotes, WarnsInThePresent) {
  // تحذر as يحذر: "warns", a cue in the present too.
  const auto quotes = quotes_of("وتحذر شركات عقار محلية من أن نشاط البيع سيتراجع.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "شركات عقار محلية");
}

TEST(FindQuotes, TheRelativeClausesPronounIsNoSpeaker) {
  // وفق ما أفادت به بعض وسائل الإعلام: the pronoun of «ما» after the verb, its subject after it.
  const auto quotes = quotes_of("وأغلقت الحدود أمس، وفق ما أفادت به وسائل إعلام محلية، مؤكدة أن الحركة توقفت تماما.");
  ASSERT_GE(quotes.size(), 1u);
  for (const Quote& q : quotes) EXPECT_EQ(q.speaker, "وسائل إعلام محلية");
}

TEST(FindQuotes, TheRelativesPronounOnTheVerbOfAccordingToIsNoSpeaker) {
  // بحسب ما ذكره البيت الأبيض: the verb carries the pronoun of «ما»; the source follows it.
  auto quotes = quotes_of("وسيلتقي الرئيس نظيره الأمريكي الشهر المقبل، بحسب ما ذكره البيت الأبيض في بيان.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "البيت الأبيض");
  quotes = quotes_of("وارتفعت الأسعار خلال الربع الثاني، وفق ما أظهرته بيانات الهيئة.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "بيانات الهيئة");
}

TEST(FindQuotes, AlsoAndItBetweenTheVerbAndItsSubject) {
  // وشدد عليه أيضا المتحدث: «it» and «also» stand between the verb and who speaks.
  const auto quotes = quotes_of(
      "وقال الوزير خالد الفيصل إن الاتفاق نهائي. وشدد عليه أيضا المتحدث باسم الوزارة أن القرار نافذ.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "المتحدث باسم الوزارة");
}

TEST(FindQuotes, TheSpokesmanAndThisOfficialAreTheOnesIntroducedBefore) {
  // متحدث باسم قوات الإطفاء … وقال المتحدث; مسؤول في الشرطة … كما أوضح هذا المسؤول.
  auto quotes = quotes_of(
      "وقال متحدث باسم قوات الإطفاء إن المصابين خرجوا من المستشفى. وقال المتحدث: «لا نرسل أحدا إلى المبنى الآن».");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "متحدث باسم قوات الإطفاء");
  quotes = quotes_of(
      "وقال مسؤول في شرطة المدينة إن الدوريات زادت. كما أوضح هذا المسؤول أن رجاله يراقبون الطرق ليلا.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "مسؤول في شرطة المدينة");
}

TEST(FindQuotes, AdverbsAfterTheVerbAreNoSpeakers) {
  // وأعلن رسميا أن، قال صراحة إن، أكدت مسبقا أن: the adverb is no subject; the speaker is implied.
  const auto quotes = quotes_of(
      "وقال الوزير خالد الفيصل إن الاتفاق نهائي. وأعلن رسميا أن المشروع بدأ. وقال صراحة إن التمويل متوفر. "
      "وأكد مسبقا أن العمل سيتأخر.");
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_NE(quotes[0].speaker.find("خالد الفيصل"), std::string::npos) << quotes[0].speaker;
  for (const Quote& q : quotes) EXPECT_EQ(q.speaker, quotes[0].speaker) << q.cue.begin;
}

TEST(FindQuotes, TheParticleOfTheCompoundPastIsNoSpeaker) {
  // وكان قد أكد أن: كان قد is one past tense; its subject is the one speaking before.
  const auto quotes = quotes_of("وقال الوزير خالد الفيصل إن الاتفاق نهائي. وكان قد أكد أن العمل سيتأخر.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, quotes[0].speaker);
}

TEST(FindQuotes, WasAndThatAreNoSpeakers) {
  // لكنها كانت تقول: "was", the one speaking before; ويأتي ذلك في وقت قال فيه مسؤول: "that",
  // the source after the time's pronoun.
  const auto quotes = quotes_of("وأكدت سيندي تشاو أن العمل مستمر. لكنها كانت تقول إن الوقت ضيق. "
                                "ويأتي ذلك في وقت قال فيه مسؤول أمني إن الجيش مستعد.",
                                {{"سيندي تشاو", ""}});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << quotes[1].speaker;
  EXPECT_EQ(quotes[2].speaker, "مسؤول أمني");
}

TEST(FindQuotes, TwoCuesOverTheSameWordsReportThemOnce) {
  // حذر … بقوله «…»، أكد عليه … بقوله إن: the verb and «his saying» introduce one quote.
  auto quotes = quotes_of("وتحدث سالم العلي عن الأمن، لكنه حذر من انتقال الإرهاب إلى البلاد بقوله «سنضع حدا للفوضى».",
                          {{"سالم العلي", ""}});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
  EXPECT_EQ(quotes_of("وهو ما أكد عليه أيضا الوزير سالم العلي، بقوله إن «الأمن للجميع».", {{"سالم العلي", ""}}).size(), 1u);
}

TEST(FindQuotes, AReplysQuestionNamesNoSpeaker) {
  // The question a reply answers names others (برشلونة، النصر); the one who answers is the one
  // speaking before, and a reply after the verb is no speaker either.
  const std::string text =
      "وقال اللاعب سالم العلي إنه سعيد بالانتقال. وفي رده على سؤال حول مواجهة برشلونة في كأس العالم، "
      "بسبب انتقاله إلى النصر، قال: «المشاركة أمر لطيف». لكن مصدرا في النادي أفاد ردا على سؤال للصحيفة "
      "بالقول إن العقد طويل.";
  const auto quotes = quotes_of(text, {{"سالم العلي", ""}, {"برشلونة", ""}, {"النصر", ""}});
  ASSERT_GE(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << quotes[1].speaker;
  for (std::size_t i = 2; i < quotes.size(); ++i) EXPECT_EQ(quotes[i].speaker, "مصدرا في النادي");
}

TEST(FindQuotes, BayyanaWrittenAsBetween) {
  // بيّن "explained" without its shadda is بين "between": a cue where it opens a clause with
  // someone after it and a complementizer (or carries the shadda), never "between" itself.
  auto quotes = quotes_of("من جانبه بين المهندس سالم العلي أن الحدائق ستفتتح قريبا.", {{"سالم العلي", ""}});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_entity, "e1") << quotes[0].speaker;
  quotes = quotes_of("وبيّن الحساب الرسمي للنادي أن التذاكر نفدت.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "الحساب الرسمي للنادي");
  for (const char* text : {"جمع المشهد بيني وبين الأستاذ سالم العلي، وأذكر أن الضحك غلبني.",
                           "والفرق بين البلدين أن الأول أغنى.", "وقد بيَّن الله عقوبة القتل في كتابه."})
    EXPECT_TRUE(quotes_of(text, {{"سالم العلي", ""}}).empty()) << text;
}

TEST(FindQuotes, ADescriptionWithTheArticleIsThePersonNamedBeforeWithIt) {
  // الباحث after «الباحث الأردني حسن الخطيب»: the one person named before with that title; a
  // researcher not named before (no one so titled) stays a description.
  const std::string text =
      "ويقول الباحث الأردني حسن الخطيب إن الجماعة انقسمت. ويؤكد الباحث أن الانقسام قديم.";
  auto quotes = quotes_of_titled(text, {{"حسن الخطيب", "الباحث الأردني"}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << quotes[1].speaker;
  quotes = quotes_of_titled("وقال الوزير سالم العلي إن الخطة جاهزة. ويؤكد الباحث أن الخطة قديمة.", {{"سالم العلي", "الوزير"}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker_entity, "") << quotes[1].speaker;
}

TEST(FindQuotes, ARoleIsThePersonResolutionGaveItTo) {
  // The role also stood near another person (ودعا الرئيس اليمني … المبعوث سامي ولد الطالب), so
  // the words around it name two people; entity resolution gave it to one, who speaks.
  const std::string text =
      "طالب الرئيس اليمني عبدربه منصور هادي الأطراف باحترام الهدنة. ودعا الرئيس اليمني خلال لقائه "
      "المبعوث الأممي سامي ولد الطالب إلى زيارة عدن. وأكد الرئيس اليمني، أن المدينة تستقبل المساعدات.";
  auto entities = entities_for(text, {{"عبدربه منصور هادي", ""}, {"سامي ولد الطالب", ""}});
  entities[0].titles = {"الرئيس اليمني"};
  entities[1].titles = {"المبعوث الأممي"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "عبدربه منصور هادي");
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
}

TEST(FindQuotes, ARoleWithTheArticleIsThePersonWhoseTitleOpensWithIt) {
  // المبعوث الأممي: the first words of the one title given to a person named before.
  const std::string text =
      "وقال المبعوث الأممي الخاص للشرق الأوسط نيكولا ماردين إن الحل يبتعد. واعتبر المبعوث الأممي أن "
      "الاستيطان يهدد السلام.";
  auto entities = entities_for(text, {{"نيكولا ماردين", ""}});
  entities[0].titles = {"المبعوث الأممي الخاص للشرق الأوسط"};
  auto quotes = quotes_with(text, entities);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "نيكولا ماردين");
  EXPECT_EQ(quotes[1].speaker_entity, "e1");
}

TEST(FindQuotes, AHeadlinesRoleOfSeveralWordsIsThePersonTheBodyNamesAfterIt) {
  // «أمير الواحة للأهالي: …»: the body names the holder after the role, with a word more (منطقة).
  const std::string text =
      "أمير الواحة للأهالي: أبوابي مفتوحة\nأكد أمير منطقة الواحة الأمير سالم بن فهد أن أبوابه مفتوحة للجميع.";
  auto quotes = quotes_of(text, {{"سالم بن فهد", ""}});
  ASSERT_GE(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "سالم بن فهد");
  EXPECT_EQ(quotes[0].speaker_entity, "e1");
}

TEST(FindQuotes, AParticiplesSubjectHoldsTheOfficeOfABody) {
  // رئيس اللجنة الأولمبية فهد الراشد: the body is named first, inside the office's phrase; the
  // person after it is the sentence's subject and the participle's speaker, and goes on
  // speaking with وقال.
  const std::string text =
      "من جانبه قدم رئيس اللجنة الأولمبية فهد الراشد تهانيه للاعبين، مؤكدا أن اللجنة تسعى لإنجازات "
      "جديدة. وقال: \"نشكر الجميع على دعمهم\".";
  auto quotes = quotes_of(text, {{"الأولمبية", "org"}, {"فهد الراشد", ""}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "فهد الراشد");
  EXPECT_EQ(quotes[1].speaker, "فهد الراشد");
}

TEST(FindQuotes, AttributionsInsideAndBeforeAClause) {
  // وفقا للتقارير between the speaker and إنه is a channel of the verb's report, no quote of
  // its own; after a comma, ووفقا لمصادر … فإن opens a clause whose content follows it, not
  // the words before it.
  std::string text =
      "قالت الرابطة إن الاتفاق قريب، وتقول المؤسسة وفقاً للتقارير إنه من المرجح أن البطاقات لن تتاح قبل سنة.\n"
      "وقعت ثلاثة حوادث على طريق الساحل، ووفقاً لمصادر في الهلال الأحمر فإن الفرق باشرت الحوادث فورا.";
  auto quotes = quotes_of(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "المؤسسة");
  EXPECT_EQ(cut(text, quotes[1].span), "من المرجح أن البطاقات لن تتاح قبل سنة");
  EXPECT_EQ(quotes[2].speaker.rfind("مصادر", 0), 0u) << quotes[2].speaker;
  EXPECT_EQ(cut(text, quotes[2].span), "الفرق باشرت الحوادث فورا");
}

TEST(FindQuotes, AFeminineBodysAdjectiveAgrees) {
  // ومنعت اللجنة الإضافات: الإضافات does not agree with اللجنة, so it is the verb's object and
  // not part of the subject that the next cue (وأكدت) leaves implicit.
  std::string text =
      "أعلنت اللجنة المنظمة لمعرض الكتاب إطلاق مسابقة للتصوير.\n"
      "ومنعت اللجنة الإضافات على الصور، وأكدت أنه لن يتم قبول الصور المعدلة.";
  auto quotes = quotes_of(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.find("الإضافات"), std::string::npos) << quotes[0].speaker;
  EXPECT_EQ(quotes[0].speaker.rfind("اللجنة", 0), 0u) << quotes[0].speaker;
}

TEST(FindQuotes, AnUnnamedSourceInABodyIsNotTheBody) {
  // The organisation is tagged inside the speaker phrase; the official, not the union, spoke.
  std::string text = "وأوضح مسؤول رفيع في الاتحاد الأفريقي أن المفاوضات متعثرة. وقال الاتحاد الأفريقي إن الحوار مستمر.";
  auto quotes = quotes_of(text, {{"الاتحاد الأفريقي", "org"}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "مسؤول رفيع في الاتحاد الأفريقي");
  EXPECT_EQ(quotes[0].speaker_entity, "");
  EXPECT_EQ(quotes[1].speaker_entity, "e1") << "the body itself speaking is linked";
}

TEST(FindQuotes, ImpliedSpeakerHasNoSpan) {
  auto quotes = quotes_of("قال المدرب إن الفريق جاهز. وتابع: «سنلعب للفوز».");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "المدرب");
  EXPECT_EQ(quotes[1].speaker_span, Span{});
}

TEST(FindQuotes, ImpliedSpeakerInTheSameSentencePointsAtThePhrase) {
  // مضيفا after a quote in its own sentence: the speaker phrase is in sight, so it is marked.
  std::string text = "قال المدرب سامي إن الفريق جاهز، مضيفا أن اللاعبين بخير.";
  auto quotes = quotes_of(text, {{"سامي", ""}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "سامي");
  EXPECT_EQ(cut(text, quotes[1].speaker_span), "المدرب سامي");
}

TEST(FindQuotes, ConjunctionCutAsWritten) {
  // Old PDF copy writes the waw as a presentation form (U+FEED, three bytes) or with a fatha:
  // the cue starts after the whole letter and its mark, never inside a code point.
  for (std::string text : {"\uFEEDأضاف المدير أن العمل مستمر.", "وَأضاف المدير أن العمل مستمر."}) {
    auto quotes = quotes_of(text);
    ASSERT_EQ(quotes.size(), 1u) << text;
    EXPECT_EQ(cut(text, quotes[0].cue), "أضاف") << text;
  }
}

TEST(FindQuotes, TheCallersSearchFormsGiveTheSameQuotes) {
  // The analyzer hands its search forms to every module; the quotes must not change for it,
  // and forms of the wrong count are ignored.
  const std::string text = "وقال وزير المالية سالم العمر إن العجز تراجع، مضيفا أن الإيرادات زادت.";
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  auto entities = entities_for(text, {{"سالم العمر", ""}});
  std::vector<std::string> norms;
  for (const auto& t : tokens) norms.push_back(text::normalize_search(t.view(text)));
  const auto plain = find_quotes(text, tokens, sentences, entities);
  ASSERT_EQ(plain.size(), 2u);
  for (auto forms : {std::span<const std::string>(norms), std::span<const std::string>(norms).first(3)}) {
    const auto given = find_quotes(text, tokens, sentences, entities, forms);
    ASSERT_EQ(given.size(), plain.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
      EXPECT_EQ(given[i].span, plain[i].span);
      EXPECT_EQ(given[i].speaker, plain[i].speaker);
    }
  }
}

TEST(FindQuotes, DegenerateInputs) {
  // Marks and cues with nothing around them must not crash or produce empty quotes.
  for (std::string text : {"", "«", "»", "قال", "قال إن", "«««", "\"", "بحسب", "وفقا ل",
                           "قال: «", "جاء في", "مضيفا:", "\n\n«\n»",
                           "وبحسب مسؤول،", "بحسب الوزارة، فإن",  // fuzzer: attribution at the end
                           "قال إن كذا.\nكما", "قال إن كذا.\nكما وأكد أن", "هكذا", "هكذا قال",
                           "«كلام طويل جدا هنا هنا هنا» هكذا قال لـ«", "قد قال إن", "وكان قد قال إن",
                           "بين", "، بين أن", "المصدر نفسه", "قال المصدر نفسه إن", "لـ«", "«»، يقول"}) {
    for (const Quote& q : quotes_of(text)) {
      EXPECT_LT(q.span.begin, q.span.end) << text;
      EXPECT_LE(q.span.end, text.size()) << text;
    }
  }
}

TEST(CueLexicon, RejectsBadTable) {
  EXPECT_THROW(CueLexicon("قال\tshout\n"), FormatError);
  EXPECT_THROW(CueLexicon("قال\n"), FormatError);
  EXPECT_THROW(CueLexicon("أضاف\tverb\tmaybe\n"), FormatError);
}

TEST(CueLexicon, ContinuingCues) {
  // وأضاف goes on with the speaker before it, وأكد may start a new one; و is stripped.
  CueLexicon lexicon("أضاف\tverb\tcontinues\nأكد\tverb\n");
  EXPECT_TRUE(lexicon.continues(fold_word("وأضاف")));
  EXPECT_TRUE(lexicon.continues(fold_word("اضاف")));
  EXPECT_FALSE(lexicon.continues(fold_word("وأكد")));
  EXPECT_EQ(lexicon.word_class(fold_word("وأضاف")), CueClass::kVerb);
}

TEST(CueLexicon, ParticiplesThatAreAlsoAdjectives) {
  CueLexicon lexicon("متوقعا\tparticiple\tadjective\nمؤكدا\tparticiple\n");
  EXPECT_TRUE(lexicon.adjective(fold_word("متوقعاً")));
  EXPECT_FALSE(lexicon.adjective(fold_word("مؤكدا")));
  EXPECT_EQ(lexicon.word_class(fold_word("متوقعا")), CueClass::kParticiple);
}

}  // namespace
}  // namespace marsad::quotes
