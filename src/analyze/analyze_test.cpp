#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"
#include "analyze/overlaps.h"
#include "ner/model.h"

namespace marsad {
namespace {

using nlohmann::json;

Span find(const std::string& text, std::string_view s, std::size_t from = 0) {
  auto at = static_cast<std::uint32_t>(text.find(s, from));
  return {at, at + static_cast<std::uint32_t>(s.size())};
}

// An analysis written by hand, with every kind of span, over a text whose code points and
// bytes differ (Arabic) and with a title span that does not start at 0.
Analysis sample() {
  Analysis a;
  a.document = Document::from_text("bahrain-talks", "\n  محادثات في المنامة\nقال الوزير خالد سالم أمس إن «الاتفاق قريب».");
  a.document.date = "2024-05-02";
  a.document.source = "alyawm";
  a.document.url = "https://alyawm.example/1";
  a.date = "2024-05-02";
  const std::string& t = a.document.text;
  a.entities = {{"e1", EntityType::kPerson, "خالد سالم", {"الوزير"}, {find(t, "خالد سالم")}},
                {"e2", EntityType::kLocation, "المنامة", {}, {find(t, "المنامة")}}};
  a.times = {{find(t, "أمس"), "DATE", "2024-05-01", ""}};
  Quote q;
  q.kind = QuoteKind::kIndirect;
  q.span = find(t, "«الاتفاق قريب»");
  q.cue = find(t, "قال");
  q.speaker_span = find(t, "الوزير خالد سالم");
  q.speaker = "خالد سالم";
  q.speaker_entity = "e1";
  a.quotes = {q};
  a.keyphrases = {"خالد سالم", "الاتفاق"};
  a.summary = {find(t, "قال الوزير خالد سالم أمس إن «الاتفاق قريب».")};
  a.timeline = {{"2024-05-01", find(t, "أمس"), a.summary[0], {"e1"}}};
  return a;
}

TEST(AnalysisJson, CodePointOffsets) {
  json j = to_json(sample());
  const std::string& text = j["text"].get_ref<const std::string&>();
  EXPECT_EQ(j["title_start"], 3);  // "\n  " comes first
  EXPECT_EQ(j["entities"][0]["mentions"][0]["text"], "خالد سالم");
  // "\n  محادثات في المنامة\nقال الوزير " is 33 code points (59 bytes)
  EXPECT_EQ(j["entities"][0]["mentions"][0]["start"], 33);
  EXPECT_EQ(j["entities"][0]["type"], "PER");
  EXPECT_EQ(j["quotes"][0]["kind"], "indirect");
  EXPECT_EQ(j["quotes"][0]["cue"], "قال");
  EXPECT_EQ(j["quotes"][0]["speaker_entity"], "e1");
  EXPECT_EQ(j["times"][0]["value"], "2024-05-01");
  EXPECT_EQ(j["timeline"][0]["entities"][0], "e1");
  EXPECT_FALSE(text.empty());
}

// The JSON as nlohmann builds it from the fields (the format's definition), for dump_json to
// match byte for byte.
json built(const Analysis& a) {
  const std::string& t = a.document.text;
  const auto cp = [&](std::uint32_t byte) { return text::count_codepoints(std::string_view(t).substr(0, byte)); };
  const auto span = [&](Span s) {
    return json{{"text", t.substr(s.begin, s.end - s.begin)}, {"start", cp(s.begin)}, {"end", cp(s.end)}};
  };
  json j = {{"id", a.document.id}, {"title", a.document.title}, {"date", a.document.date},
            {"source", a.document.source}, {"url", a.document.url}, {"reference_date", a.date},
            {"text", t}, {"title_start", cp(a.document.title_begin)}, {"title_end", cp(a.document.title_end)},
            {"body_start", cp(a.document.body_begin)}, {"keyphrases", a.keyphrases}};
  if (!a.document.author.empty()) j["author"] = a.document.author;
  j["entities"] = json::array();
  for (const Entity& e : a.entities) {
    json m = json::array();
    for (Span x : e.mentions) m.push_back(span(x));
    j["entities"].push_back({{"id", e.id}, {"type", entity_type_name(e.type)}, {"name", e.name},
                             {"titles", e.titles}, {"mentions", m}});
  }
  j["times"] = json::array();
  for (const TimeExpression& x : a.times) {
    json tj = span(x.span);
    tj.update({{"type", x.type}, {"value", x.value}, {"mod", x.mod}});
    j["times"].push_back(tj);
  }
  j["quotes"] = json::array();
  for (const Quote& q : a.quotes) {
    json qj = span(q.span);
    qj.update({{"speaker", q.speaker}, {"speaker_entity", q.speaker_entity},
               {"cue", t.substr(q.cue.begin, q.cue.end - q.cue.begin)},
               {"kind", q.kind == QuoteKind::kDirect ? "direct" : "indirect"}, {"cue_start", cp(q.cue.begin)},
               {"cue_end", cp(q.cue.end)}, {"speaker_start", cp(q.speaker_span.begin)},
               {"speaker_end", cp(q.speaker_span.end)}});
    j["quotes"].push_back(qj);
  }
  j["summary"] = json::array();
  for (Span s : a.summary) j["summary"].push_back(span(s));
  j["timeline"] = json::array();
  for (const TimelineEntry& e : a.timeline) {
    json tj = span(e.sentence);
    tj.update({{"value", e.value}, {"time", span(e.time)}, {"entities", e.entities}});
    j["timeline"].push_back(tj);
  }
  return j;
}

TEST(AnalysisJson, WrittenDirectlyAsTheTreeWouldPrint) {
  constexpr auto kReplace = json::error_handler_t::replace;
  Analysis a = sample();
  for (int indent : {-1, 2})
    EXPECT_EQ(dump_json(a, indent), built(a).dump(indent, ' ', false, kReplace)) << indent;
  // Escapes (quote marks, backslash, control characters), an author, empty lists, and a
  // string that is not UTF-8 (through the library): U+FFFD where nlohmann puts it.
  Analysis odd = sample();
  odd.document.author = "سالم \"أبو فهد\" \\ الكاتب\t\x01\x1f\x7f";
  odd.document.url = std::string("https://a.example/\xff\xfe?x=\xd8");
  odd.entities[1].titles = {"\b\f\r\n"};
  odd.keyphrases.clear();
  odd.times.clear();
  odd.timeline[0].entities.clear();
  for (int indent : {-1, 2, 4})
    EXPECT_EQ(dump_json(odd, indent), built(odd).dump(indent, ' ', false, kReplace)) << indent;
  EXPECT_EQ(to_json(odd), json::parse(built(odd).dump(-1, ' ', false, kReplace)));
}

TEST(AnalysisJson, RoundTripIsExact) {
  Analysis a = sample();
  json j = to_json(a);
  Analysis b = analysis_from_json(j);
  EXPECT_EQ(to_json(b), j);
  EXPECT_EQ(b.document.text, a.document.text);
  EXPECT_EQ(b.document.title, a.document.title);
  EXPECT_EQ(b.document.body, a.document.body);
  EXPECT_EQ(b.document.title_begin, a.document.title_begin);
  EXPECT_EQ(b.document.body_begin, a.document.body_begin);
  EXPECT_EQ(b.entities[0].mentions, a.entities[0].mentions);
  EXPECT_EQ(b.quotes[0].span, a.quotes[0].span);
  EXPECT_EQ(b.quotes[0].speaker_span, a.quotes[0].speaker_span);
  EXPECT_EQ(b.timeline[0].sentence, a.timeline[0].sentence);
  EXPECT_EQ(analysis_from_json(json::parse(j.dump())).document.text, a.document.text);
}

TEST(AnalysisJson, DamagedRecordsSayWhat) {
  json good = to_json(sample());
  struct {
    const char* why;
    std::function<void(json&)> damage;
  } cases[] = {
      {"text missing", [](json& j) { j.erase("text"); }},
      {"offset beyond the text", [](json& j) { j["entities"][0]["mentions"][0]["end"] = 100000; }},
      {"negative offset", [](json& j) { j["quotes"][0]["start"] = -1; }},
      {"span reversed", [](json& j) { j["summary"][0]["start"] = 40; j["summary"][0]["end"] = 2; }},
      {"unknown entity type", [](json& j) { j["entities"][0]["type"] = "ANIMAL"; }},
      {"unknown quote kind", [](json& j) { j["quotes"][0]["kind"] = "rumour"; }},
      {"entities not an array", [](json& j) { j["entities"] = "none"; }},
      {"not an object", [](json& j) { j = json::array(); }},
  };
  for (auto& c : cases) {
    json j = good;
    c.damage(j);
    EXPECT_THROW(analysis_from_json(j), FormatError) << c.why;
  }
}

TEST(Render, EveryFormatAndEscaping) {
  Analysis a = sample();
  a.document.title = "<script>alert(1)</script>";
  std::string html = render(a, "html");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("dir=\"rtl\""), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"ent PER\" data-entity=\"e1\""), std::string::npos);
  EXPECT_NE(html.find("class=\"timex\" data-value=\"2024-05-01\""), std::string::npos);

  std::string text = render(a, "text");
  EXPECT_NE(text.find("خالد سالم [e1] (قال, indirect): «الاتفاق قريب»\n"), std::string::npos)
      << "a quote with its own marks is not wrapped in a second pair";
  EXPECT_NE(text.find("أمس → 2024-05-01 (DATE)"), std::string::npos);

  std::string conllu = render(a, "conllu");
  EXPECT_NE(conllu.find("\tخالد\t_\t_\t_\t_\t_\t_\t_\tNER=B-PER"), std::string::npos);
  EXPECT_NE(conllu.find("\tسالم\t_\t_\t_\t_\t_\t_\t_\tNER=I-PER"), std::string::npos);
  // A name with a proclitic is a multiword token: the tag is on the name, not on the ب.
  Analysis b;
  b.document = Document::from_text("t", "وصل الوفد بالمنامة.");
  b.entities = {{"e1", EntityType::kLocation, "المنامة", {}, {find(b.document.text, "المنامة")}}};
  EXPECT_NE(render(b, "conllu").find("3-4\tبالمنامة\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=10:18\n"
                                     "3\tب\t_\t_\t_\t_\t_\t_\t_\tNER=O\n"
                                     "4\tالمنامة\t_\t_\t_\t_\t_\t_\t_\tNER=B-LOC\n"),
            std::string::npos)
      << render(b, "conllu");

  std::string line = render(a, "jsonl");
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  EXPECT_EQ(json::parse(line), to_json(a));
  EXPECT_NE(render(a, "timeml").find("<TimeML"), std::string::npos);
  EXPECT_THROW(render(a, "pdf"), InputError);
}

TEST(Overlaps, MentionsInsideATimeExpressionAreTheTime) {
  // «أبريل (نيسان)»: the Levantine month name is not the car maker; نيسان موتور, reaching
  // beyond the time expression, is.
  const std::string text = "أعلنت نيسان موتور في أبريل (نيسان) الماضي أرباحها.";
  const Span month = find(text, "أبريل (نيسان) الماضي"), word = find(text, "نيسان", month.begin);
  std::vector<Entity> entities = {
      {"e1", EntityType::kOrganization, "نيسان موتور", {}, {find(text, "نيسان موتور")}},
      {"e2", EntityType::kOrganization, "نيسان", {}, {word}},
      {"e3", EntityType::kLocation, "أبريل", {}, {find(text, "أبريل"), find(text, "أرباحها")}}};
  analyze::drop_mentions_in_times(entities, {{month, "DATE", "2024-04", ""}});
  ASSERT_EQ(entities.size(), 2u) << "e2 had only a mention inside the time";
  EXPECT_EQ(entities[0].name, "نيسان موتور");
  EXPECT_EQ(entities[1].id, "e2") << "renumbered";
  EXPECT_EQ(entities[1].mentions, (std::vector<Span>{find(text, "أرباحها")}));
}

TEST(Overlaps, AFeastIsBothAnEventAndADate) {
  // «عيد الفطر المبارك» is a date; the feast's name inside it stays an event (MISC), while a
  // one-word name inside a time goes.
  const std::string text = "عاد المصلون في عيد الفطر المبارك ويوم الأحد.";
  const Span feast = find(text, "عيد الفطر المبارك"), day = find(text, "يوم الأحد");
  std::vector<Entity> entities = {{"e1", EntityType::kMisc, "عيد الفطر", {}, {find(text, "عيد الفطر")}},
                                  {"e2", EntityType::kMisc, "الأحد", {}, {find(text, "الأحد")}}};
  analyze::drop_mentions_in_times(entities, {{feast, "DATE", "2015-07-17", ""}, {day, "DATE", "2015-07-19", ""}});
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].name, "عيد الفطر");
}

TEST(Analyzer, SpansPointIntoTheTextAsGiven) {
  Analyzer analyzer;
  Document doc = Document::from_parts(
      "t1", "محادثات المياه في بغداد",
      "وقال وزير الموارد المائية العراقي حسن الكناني أمس إن «المخزون في أدنى مستوياته».\n"
      "وأضاف أن الحكومة ستطلب من تركيا زيادة الإطلاقات خلال الأسبوع المقبل.\n"
      "وبحسب مسؤولين في الوزارة، فإن الخطة ستعرض على مجلس الوزراء يوم الأحد.");
  Analysis a = analyzer.analyze(doc, {.date = "2024-09-28"});
  EXPECT_EQ(a.date, "2024-09-28");
  EXPECT_EQ(a.document.text, doc.text);
  auto inside = [&](Span s) { return s.begin <= s.end && s.end <= doc.text.size(); };
  for (const auto& e : a.entities)
    for (const Span& m : e.mentions) EXPECT_TRUE(inside(m));
  for (const auto& t : a.times) EXPECT_TRUE(inside(t.span));
  ASSERT_GE(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[1].speaker, a.quotes[0].speaker);  // وأضاف: the same speaker
  EXPECT_LE(a.summary.size(), 3u);
  EXPECT_FALSE(a.keyphrases.empty());
  EXPECT_EQ(to_json(analysis_from_json(to_json(a))), to_json(a));
}

TEST(Analyzer, TheSideThatTakesItsTurnSpeaksNext) {
  // «من جهته، شن فلان هجوما … وقال»: the subject of the verb after the side's turn is the
  // implied speaker, not the sources quoted before.
  Analyzer analyzer;
  Document doc = Document::from_parts("t3", "اللجنة تؤجل الاجتماع",
                                      "قالت مصادر خاصة إن الاجتماع تأجل.\n"
                                      "من جهته، شن الأمير سامي العلي هجوما على اللجنة.\n"
                                      "وقال عبر حسابه في تويتر: «لن نسكت عن الظلم».");
  Analysis a = analyzer.analyze(doc, {});
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "مصادر خاصة");
  EXPECT_EQ(a.quotes[1].speaker, "سامي العلي");
}

TEST(Analyzer, ReferenceDate) {
  Analyzer analyzer;
  Document doc = Document::from_parts("t2", "عنوان", "وصل الوفد أمس.");
  doc.date = "2023-03-15T08:00:00";
  EXPECT_EQ(analyzer.analyze(doc).date, "2023-03-15");  // the document's own date
  EXPECT_EQ(analyzer.analyze(doc, {.date = "2024-01-01"}).date, "2024-01-01");
  doc.date = "March 2023";
  EXPECT_EQ(analyzer.analyze(doc).date, "");  // not a date: ignored
  for (const char* impossible : {"2015-13-45", "2015-02-29", "2016-04-31"}) {
    doc.date = impossible;  // shaped like a date but none: ignored too, not the end of a batch
    EXPECT_EQ(analyzer.analyze(doc).date, "") << impossible;
    EXPECT_THROW(analyzer.analyze(doc, {.date = impossible}), InputError) << impossible;
  }
  doc.date = "2016-02-29";
  EXPECT_EQ(analyzer.analyze(doc).date, "2016-02-29");  // a leap day
  EXPECT_THROW(analyzer.analyze(doc, {.date = "15/03/2023"}), InputError);
}

TEST(Analyzer, WithARecognizerOfItsOwn) {
  Document doc = Document::from_parts("t3", "زيارة", "وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق أمس والتقى الرئيس السوري.");
  const std::string fast = to_json(Analyzer().analyze(doc)).dump();
  // A copy of the built-in model finds what the built-in one finds …
  const auto& builtin = ner::Recognizer::instance();
  auto copy = std::make_unique<const ner::Recognizer>(builtin.model().save({{"زار", "الوزير", "دمشق"}}), "copy");
  EXPECT_EQ(to_json(Analyzer(std::move(copy)).analyze(doc)).dump(), fast);
  // … and a model trained on one sentence (written for this test) finds something else.
  const std::filesystem::path data = std::filesystem::temp_directory_path() / "marsad_analyze_tiny.conll",
                              model = std::filesystem::temp_directory_path() / "marsad_analyze_tiny.bin";
  std::ofstream(data) << "زار\tO\nسالم\tB-PERS\nمدينة\tO\nطرابلس\tB-LOC\n";
  ner::TrainOptions opts;
  opts.data = data;
  opts.dev_fraction = 0;
  opts.epochs = 2;
  opts.hash_bits = 12;
  opts.document_folds = 0;
  ner::train(opts, model);
  EXPECT_NE(to_json(Analyzer(std::make_unique<const ner::Recognizer>(model)).analyze(doc)).dump(), fast);
  EXPECT_THROW(Analyzer(std::unique_ptr<const ner::Recognizer>()), InputError);
}

TEST(Analyzer, OddArticles) {
  Analyzer analyzer;
  for (const char* text : {"عنوان فقط", "Only English text here. Nothing Arabic at all.",
                           "وقال الوزير: «هذا اقتباس لا ينتهي\nوفقرة ثانية بعده.", "«««»»»", "١٢٣ ٤٥٦"}) {
    Analysis a = analyzer.analyze(Document::from_text("odd", text));
    json j = to_json(a);
    EXPECT_EQ(analysis_from_json(j).document.text, text);
  }
}

}  // namespace
}  // namespace marsad
