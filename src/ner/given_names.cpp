// Mining given names from unlabeled news with the tagger's own readings.
//
// In one sentence the tagger may miss a foreign first name it reads right elsewhere: «بحسب
// تشارلز ليستر» gives ليستر alone, though over the corpus it tags تشارلز inside a person's name
// 45 times out of 55 (الأمير تشارلز، تشارلز ديكنز). Counted over many articles, its readings
// tell a given name from a word that only stands before names: a word is kept when
//   - the corpus has it often enough to count (min_count);
//   - the tagger reads it inside a person's name in most of its occurrences (min_person_share),
//     which verbs and nouns before names (يضم، للمدرب) never are;
//   - and, in a fair share of them, as the first word of a name of two words or more
//     (min_first_share): a surname (ليستر) or a title word the tagger takes in stands alone or
//     last.
// Not kept whatever the counts: words with the article behind a proclitic or not (nisba
// surnames, والملازم), function words and single letters. Entity resolution then takes a
// listed word into the person's name that follows it (resolve.cpp, add_given_names). Only the
// tagger's labels are counted, not what resolution makes of them, so the list does not feed on
// itself.
#include <algorithm>
#include <fstream>
#include <ostream>
#include <unordered_map>
#include <unordered_set>

#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kStopwordsAr;
extern const std::string_view kIndexFunctionWords;
}  // namespace marsad::data

namespace marsad::ner {
namespace {

struct Counts {
  std::uint64_t total = 0, person = 0, first = 0;
};

// Whether every character of a search-normalized word is an Arabic letter.
bool arabic_letters_only(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    int len = 1;
    if (!text::is_arabic_letter(text::decode_utf8(w, i, len))) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// With the article, behind a proclitic or not (الأمير، والملازم، بالشيخ).
bool definite(std::string_view w) {
  for (std::string_view p : {"ال", "وال", "فال", "بال", "كال", "لل"})
    if (w.starts_with(p)) return true;
  return false;
}

}  // namespace

std::size_t mine_given_names(const std::filesystem::path& corpus, const GivenNameOptions& opts,
                             const std::filesystem::path& out, std::ostream* log) {
  const Recognizer& tagger = Recognizer::instance();
  std::unordered_set<std::string> function_words;
  for (std::string_view table : {data::kStopwordsAr, data::kIndexFunctionWords})
    util::for_each_table_line(table, [&](std::string_view line) {
      function_words.insert(text::normalize_search(util::split_tabs(line)[0]));
    });

  std::unordered_map<std::string, Counts> counts;
  DocumentReader reader(corpus);
  Document doc;
  std::size_t documents = 0;
  std::vector<std::vector<std::string>> words, forms;
  while ((opts.max_documents == 0 || documents < opts.max_documents) && reader.next(doc)) {
    ++documents;
    const std::vector<text::Token> tokens = text::tokenize(doc.text);
    const std::vector<text::Sentence> sentences = text::split_sentences(doc.text, tokens);
    words.assign(sentences.size(), {});
    forms.assign(sentences.size(), {});
    for (std::size_t s = 0; s < sentences.size(); ++s)
      for (std::uint32_t t = sentences[s].first_token; t < sentences[s].last_token; ++t) {
        words[s].emplace_back(tokens[t].view(doc.text));
        forms[s].push_back(tokens[t].kind == text::TokenKind::kWord ? text::normalize_search(words[s].back())
                                                                      : std::string());
      }
    const std::vector<std::vector<std::string>> tags = tagger.tag_article(words);
    for (std::size_t s = 0; s < tags.size(); ++s)
      for (std::size_t i = 0; i < tags[s].size(); ++i) {
        if (forms[s][i].empty()) continue;
        Counts& c = counts[forms[s][i]];
        ++c.total;
        if (tags[s][i].ends_with("PERS")) ++c.person;
        if (tags[s][i] == "B-PERS" && i + 1 < tags[s].size() && tags[s][i + 1] == "I-PERS") ++c.first;
      }
    if (log && documents % 5000 == 0) *log << "given names: read " << documents << " documents\n";
  }
  if (log) reader.warn_skipped(*log);  // bad records: said, not lost silently

  std::vector<std::pair<std::string, Counts>> kept;
  for (auto& [word, c] : counts) {
    const auto n = static_cast<double>(c.total);
    if (c.total < opts.min_count || c.person < opts.min_person_share * n || c.first < opts.min_first_share * n)
      continue;
    if (definite(word) || text::count_codepoints(word) < 2 || function_words.count(word) || !arabic_letters_only(word))
      continue;
    kept.emplace_back(word, c);
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  std::ofstream file(out, std::ios::binary);
  if (!file) throw IoError("cannot write given names", {out.string()});
  file << "# Mined from " << corpus.filename().string() << " (" << documents
       << " articles) by: marsad train ner-given --corpus " << corpus.filename().string() << " --min-count "
       << opts.min_count << " --min-person-share " << opts.min_person_share << " --min-first-share "
       << opts.min_first_share << "\n# word<TAB>first word of a name<TAB>in a person's name<TAB>occurrences "
       << "(search form; see models/README.md)\n";
  for (const auto& [word, c] : kept) file << word << '\t' << c.first << '\t' << c.person << '\t' << c.total << '\n';
  if (!file) throw IoError("cannot write given names", {out.string()});
  if (log) *log << "given names: " << counts.size() << " words counted, " << kept.size() << " kept\n";
  return kept.size();
}

}  // namespace marsad::ner
