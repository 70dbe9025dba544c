// Mining organisation and place names from unlabeled news.
//
// News writes a new name after a head noun that says what it is (نادي الهلال، صحيفة سبق،
// محافظة ضبا) long before a gazetteer lists it. The words right after such a head are a
// candidate; the corpus then decides whether the candidate is a name:
// - it stops at what cannot be part of a name: function words, titles, adjectives of origin
//   (السعودي), a word with a preposition or و + the article (للاستثمار، والتنمية), numbers and
//   punctuation, and common words (a word that the corpus mostly writes the other way, with
//   ال if it has none, without if it has);
// - of one to three words, the longer reading wins when most head occurrences of the shorter
//   go on with it (محافظة حفر الباطن: حفر الباطن, not حفر);
// - it must follow heads often (min_count) and mostly heads of one type (min_type_share);
// - it must often be whole: a word that is mostly followed by more of a name (سان، نيو، لوس)
//   is the start of several names, not one (min_end_share);
// - a fair share of all its occurrences must follow a head (min_head_share): هيئة الاتصالات
//   says nothing of الاتصالات, which the corpus mostly uses as a common noun;
// - one word written with ال is kept only if the corpus seldom drops it (max_bare_ratio):
//   الكهرباء، التعاون، الحدود are written without it in construct (كهرباء المنازل) and are
//   common nouns; الهلال، الرياض hardly ever (هلال, رياض are other words).
#include "ner/names_mining.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/text.h"
#include "util/hash.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kNerNameHeads;
extern const std::string_view kStopwordsAr;
extern const std::string_view kIndexFunctionWords;
}  // namespace marsad::data

namespace marsad::ner {
namespace {

constexpr std::uint32_t kBoundary = 0, kStop = 1;

enum Flag : std::uint8_t {
  kHeadOrg = 1, kHeadLoc = 2, kFunction = 4, kTitle = 8, kOrigin = 16, kNisba = 32,
  kPrepositional = 64, kShort = 128,
};

constexpr std::string_view kAl = "ال";

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Flags of a normalized word that need no corpus counts.
std::uint8_t word_flags(const std::string& w, const std::unordered_map<std::string, std::uint32_t>& heads,
                        const std::unordered_map<std::string, bool>& function_words, const Lexicon& lex) {
  std::uint8_t f = 0;
  for (const auto& [skip, form] : name_readings(w)) {
    if (auto it = heads.find(form); it != heads.end()) f |= it->second == 1 ? kHeadOrg : kHeadLoc;
    if (lex.contains(form, Category::kTitle) || lex.contains(form, Category::kPersonTrigger)) f |= kTitle;
  }
  std::string_view rest = w;
  if (starts_with(rest, "و") || starts_with(rest, "ف")) rest.remove_prefix(2);
  if (function_words.count(w) || function_words.count(std::string(rest))) f |= kFunction;
  if (lex.contains(w, Category::kNationality)) f |= kOrigin;
  // The article with an adjective ending of origin or relation (الآسيوي، الاقتصادية).
  if (starts_with(w, kAl) && letters(w) >= 5 && (ends_with(w, "ي") || ends_with(w, "يه"))) f |= kNisba;
  // و / ف / ب / ك + the article, or ل + the article written لل: a new phrase, not a name's word.
  for (std::string_view p : {"وال", "فال", "بال", "كال", "لل"})
    if (starts_with(w, p) && letters(w) > letters(p) + 1) f |= kPrepositional;
  if (letters(w) < 2) f |= kShort;
  return f;
}

void write_row(std::ostream& out, const MinedName& n) {
  out << n.type << '\t' << n.name << '\t' << n.after_head << '\t' << n.of_type << '\t' << n.total << '\t'
      << std::fixed << std::setprecision(3) << (n.total ? double(n.after_head) / double(n.total) : 0.0) << '\t'
      << double(n.ends) / double(std::max<std::uint32_t>(n.after_head, 1)) << '\t' << n.other_form << '\t'
      << (n.dropped_by.empty() ? "kept" : n.dropped_by) << '\n';
}

}  // namespace

std::size_t NameMiner::KeyHash::operator()(const Key& k) const noexcept {
  return util::mix64(util::mix64(k.w[0] * 0x9E3779B97F4A7C15ull ^ k.w[1]) + k.w[2]);
}

NameMiner::NameMiner(NameMiningOptions opts) : opts_(opts), lexicon_(builtin_lexicon()) {
  util::for_each_table_line(data::kNerNameHeads, [&](std::string_view line) {
    auto f = util::split_tabs(line);
    if (f.size() != 2 || (f[0] != "ORG" && f[0] != "LOC"))
      throw FormatError("data/ner_name_heads.tsv: expected ORG|LOC<TAB>head: " + std::string(line));
    heads_[text::normalize_search(f[1])] = f[0] == "ORG" ? 1 : 2;
  });
  for (std::string_view table : {data::kStopwordsAr, data::kIndexFunctionWords})
    util::for_each_table_line(table, [&](std::string_view line) {
      function_words_[text::normalize_search(util::split_tabs(line)[0])] = true;
    });
  words_ = {"<s>", "<stop>"};
  counts_ = {0, 0};
  flags_ = {0, 0};
}

std::uint32_t NameMiner::id_of(const std::string& norm) {
  auto [it, added] = ids_.emplace(norm, static_cast<std::uint32_t>(words_.size()));
  if (added) {
    words_.push_back(norm);
    counts_.push_back(0);
    flags_.push_back(word_flags(norm, heads_, function_words_, lexicon_));
  }
  ++counts_[it->second];
  return it->second;
}

std::uint64_t NameMiner::count_of(std::string_view norm) const {
  auto it = ids_.find(std::string(norm));
  return it == ids_.end() ? 0 : counts_[it->second];
}

void NameMiner::add(std::string_view article) {
  ++documents_;
  auto tokens = text::tokenize(article);
  std::string norm, spelling;
  std::vector<std::uint32_t> token_of;  // stream position - start → token index
  for (const auto& s : text::split_sentences(article, tokens)) {
    stream_.push_back(kBoundary);
    const std::size_t start = stream_.size();
    token_of.clear();
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
      token_of.push_back(t);
      if (tokens[t].kind != text::TokenKind::kWord) {
        stream_.push_back(kStop);
        continue;
      }
      text::normalize_into(tokens[t].view(article), text::Profile::kSearch, norm);
      stream_.push_back(id_of(norm));
    }
    // How the words after a head are spelt, to write names as the corpus writes them.
    for (std::size_t p = start; p < stream_.size(); ++p) {
      if (!(flags_[stream_[p]] & (kHeadOrg | kHeadLoc))) continue;
      for (std::size_t q = p + 1; q < stream_.size() && q <= p + 3 && stream_[q] != kStop; ++q) {
        text::normalize_into(tokens[token_of[q - start]].view(article), text::Profile::kDisplay, spelling);
        ++spellings_[stream_[q]][text::remove_tatweel(text::dediac(spelling))];
      }
    }
  }
}

// How often the corpus writes ال before the word, per time as it is. High for an adjective
// or a noun without the article (كبرى: الكبرى), and for a word whose first letters only look
// like the article once hamza is folded (إلكتروني → الكتروني: الالكتروني).
double NameMiner::article_ratio(std::uint32_t id) const {
  return static_cast<double>(count_of(std::string(kAl) + words_[id])) / static_cast<double>(counts_[id]);
}

// Whether the word carries the article: it starts with ال and the corpus does not put another
// ال before it.
bool NameMiner::definite(std::uint32_t id) const {
  return starts_with(words_[id], kAl) && letters(words_[id]) >= 4 && article_ratio(id) <= opts_.max_article_ratio;
}

// How often the corpus writes the word the other way: with the article if it has none,
// without if it has (الاتصالات: اتصالات), per time as it is.
double NameMiner::other_form(std::uint32_t id) const {
  if (!definite(id)) return article_ratio(id);
  return static_cast<double>(count_of(std::string_view(words_[id]).substr(kAl.size()))) /
         static_cast<double>(counts_[id]);
}

// A word the corpus mostly writes the other way is a common noun or an adjective, not a
// name's: without the article, كبرى / الكبرى, رئيس / الرئيس; with it, القريبة / قريبة,
// المشروعات / مشروعات. (Names keep their form: جدة, الهلال. One-word names face a
// stricter test in mine().)
bool NameMiner::common_word(std::uint32_t id) const {
  constexpr double kMaxBareRatio = 0.5;
  return other_form(id) > (definite(id) ? kMaxBareRatio : opts_.max_article_ratio);
}

// و / ف / ب / ل / ك + a word the corpus has more often alone (وبلدات، وخط، بمساحة) starts a
// new phrase; وادي and بريدة do not.
bool NameMiner::conjunct(std::uint32_t id) const {
  const std::string& w = words_[id];
  for (std::string_view p : {"و", "ف", "ب", "ل", "ك"})
    if (starts_with(w, p) && count_of(std::string_view(w).substr(p.size())) > counts_[id]) return true;
  return false;
}

bool NameMiner::ends_name(std::uint32_t id) const {
  return id < 2 || (flags_[id] & (kHeadOrg | kHeadLoc | kFunction | kTitle | kOrigin | kNisba | kPrepositional | kShort)) ||
         common_word(id) || conjunct(id);
}

std::uint8_t NameMiner::name_run(std::size_t pos) const {
  if (pos + 1 >= stream_.size()) return 0;
  const std::uint32_t first = stream_[pos + 1];
  // A title opens a person's name (جامعة الملك سعود), not the organisation's own.
  if (first < 2 || (flags_[first] & (kHeadOrg | kHeadLoc | kFunction | kTitle | kOrigin | kPrepositional | kShort)) ||
      conjunct(first) || common_word(first))
    return 0;
  std::uint8_t run = 1;
  while (run < 3 && pos + 1 + run < stream_.size() && !ends_name(stream_[pos + 1 + run])) ++run;
  return run;
}

NameMiner::Key NameMiner::key_at(std::size_t pos, std::size_t length) const {
  Key k;
  for (std::size_t i = 0; i < length; ++i) k.w[i] = stream_[pos + i];
  return k;
}

// Occurrences of each name anywhere in the corpus, its first word read with or without
// proclitics (لنادي الهلال and للهلال both count for الهلال).
NameMiner::Totals NameMiner::totals(const Counts& names) const {
  std::vector<bool> first(words_.size(), false);
  for (const auto& [k, c] : names) first[k.w[0]] = true;
  std::vector<std::vector<std::uint32_t>> readings(words_.size());
  for (std::uint32_t id = 2; id < words_.size(); ++id)
    for (const auto& [skip, form] : name_readings(words_[id])) {
      auto it = ids_.find(form);
      if (it != ids_.end() && first[it->second]) readings[id].push_back(it->second);
    }
  Totals out;
  for (std::size_t pos = 0; pos < stream_.size(); ++pos)
    for (std::uint32_t r : readings[stream_[pos]]) {
      Key k;
      k.w[0] = r;
      for (std::size_t len = 1; len <= 3; ++len) {
        if (len > 1) {
          if (pos + len - 1 >= stream_.size() || stream_[pos + len - 1] < 2) break;
          k.w[len - 1] = stream_[pos + len - 1];
        }
        if (names.count(k)) ++out[k];
      }
    }
  return out;
}

std::string NameMiner::display(const Key& k) const {
  std::string out;
  for (std::size_t i = 0; i < k.size(); ++i) {
    std::string best = words_[k.w[i]];
    std::uint32_t top = 0;
    if (auto it = spellings_.find(k.w[i]); it != spellings_.end())
      for (const auto& [s, n] : it->second)
        if (n > top || (n == top && s < best)) top = n, best = s;
    out += (i ? " " : "") + best;
  }
  return out;
}

std::vector<MinedName> NameMiner::mine() const {
  Counts prefixes;
  std::vector<Occurrence> occurrences;
  for (std::size_t pos = 0; pos < stream_.size(); ++pos) {
    const std::uint8_t f = flags_[stream_[pos]];
    const bool org = f & kHeadOrg, loc = f & kHeadLoc;
    if (org == loc) continue;  // no head, or a word that is both
    const std::uint8_t run = name_run(pos);
    if (run == 0) continue;
    for (std::size_t len = 1; len <= run; ++len) ++(org ? prefixes[key_at(pos + 1, len)].org : prefixes[key_at(pos + 1, len)].loc);
    occurrences.push_back({static_cast<std::uint32_t>(pos), run, org});
  }
  // Each occurrence's name: the longest reading each of whose extensions carries on most of
  // the head occurrences of the shorter one.
  Counts names;
  for (const Occurrence& o : occurrences) {
    std::size_t len = 1;
    while (len < o.run) {
      const std::uint32_t longer = prefixes.at(key_at(o.head + 1, len + 1)).sum();
      const std::uint32_t shorter = prefixes.at(key_at(o.head + 1, len)).sum();
      if (longer < opts_.min_count || longer < opts_.min_extension_share * shorter) break;
      ++len;
    }
    auto& c = names[key_at(o.head + 1, len)];
    ++(o.org ? c.org : c.loc);
    c.ends += len == o.run;  // what follows cannot be a name's word (or three words were read)
  }
  const Totals total = totals(names);
  std::vector<MinedName> out;
  for (const auto& [k, c] : names) {
    MinedName n;
    n.type = c.org >= c.loc ? "ORG" : "LOC";
    n.name = display(k);
    n.after_head = c.sum();
    n.of_type = std::max(c.org, c.loc);
    n.ends = c.ends;
    auto t = total.find(k);
    n.total = std::max<std::uint64_t>(t == total.end() ? 0 : t->second, n.after_head);
    const bool article = definite(k.w[0]);
    if (k.size() == 1) n.other_form = other_form(k.w[0]);
    if (n.of_type < opts_.min_count)
      n.dropped_by = "count";
    else if (n.of_type < opts_.min_type_share * n.after_head)
      n.dropped_by = "type";
    else if (static_cast<double>(n.after_head) < opts_.min_head_share * static_cast<double>(n.total))
      n.dropped_by = "head-share";
    else if (n.ends < opts_.min_end_share * n.after_head)
      n.dropped_by = "end";
    else if (k.size() == 1 && article && n.other_form > opts_.max_bare_ratio)
      n.dropped_by = "bare";
    out.push_back(std::move(n));
  }
  std::sort(out.begin(), out.end(), [](const MinedName& a, const MinedName& b) {
    return std::tie(a.type, a.name) < std::tie(b.type, b.name);
  });
  return out;
}

void add_mined_names(std::string_view tsv, const std::string& source, Lexicon& lex) {
  std::uint64_t line_no = 0;
  for (std::size_t pos = 0; pos < tsv.size();) {
    std::size_t end = std::min(tsv.find('\n', pos), tsv.size());
    std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = util::split_tabs(line);
    if (f.size() != 2 || f[1].empty() || (f[0] != "ORG" && f[0] != "LOC"))
      throw FormatError("expected ORG|LOC<TAB>name", {source, line_no});
    lex.add(f[1], f[0] == "ORG" ? Category::kMinedOrg : Category::kMinedLoc);
  }
}

std::size_t mine_names(const std::filesystem::path& corpus, const NameMiningOptions& opts,
                       const std::filesystem::path& out, const std::filesystem::path& report, std::ostream* log) {
  NameMiner miner(opts);
  DocumentReader reader(corpus);
  Document doc;
  while ((opts.max_documents == 0 || miner.documents() < opts.max_documents) && reader.next(doc)) {
    miner.add(doc.text);
    if (log && miner.documents() % 5000 == 0) *log << "names: read " << miner.documents() << " documents\n";
  }
  if (log) reader.warn_skipped(*log);  // bad records: said, not lost silently
  std::vector<MinedName> names = miner.mine();
  std::ofstream file(out, std::ios::binary);
  if (!file) throw IoError("cannot write names", {out.string()});
  file << "# Mined from " << corpus.filename().string() << " (" << miner.documents()
       << " articles) by: marsad train ner-names --corpus " << corpus.filename().string() << " --min-count "
       << opts.min_count << " --min-type-share " << opts.min_type_share << " --min-head-share "
       << opts.min_head_share << " --max-article-ratio " << opts.max_article_ratio << " --max-bare-ratio "
       << opts.max_bare_ratio << " --min-extension-share " << opts.min_extension_share << " --min-end-share " << opts.min_end_share << "\n"
       << "# type<TAB>name (see models/README.md)\n";
  std::size_t kept = 0;
  for (const auto& n : names)
    if (n.dropped_by.empty()) file << n.type << '\t' << n.name << '\n', ++kept;
  if (!file) throw IoError("cannot write names", {out.string()});
  if (!report.empty()) {
    std::ofstream rep(report, std::ios::binary);
    if (!rep) throw IoError("cannot write report", {report.string()});
    rep << "type\tname\tafter_head\tof_type\ttotal\thead_share\tend_share\tother_form\tdecision\n";
    for (const auto& n : names) write_row(rep, n);
  }
  if (log) *log << "names: " << names.size() << " candidates, " << kept << " kept\n";
  return kept;
}

}  // namespace marsad::ner
