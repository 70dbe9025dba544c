// Labels, the phrase lexicon, proclitic stripping and the cluster file reader.
#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <fstream>
#include <sstream>
#include <utility>

#include "marsad/error.h"
#include "marsad/text.h"
#include "ner/model.h"
#include "ner/names_mining.h"
#include "util/strings.h"
#include "marsad/document.h"

namespace marsad::data {
extern const std::string_view kNerTitles;
extern const std::string_view kNerTriggers;
extern const std::string_view kNerNames;
}  // namespace marsad::data

namespace marsad::ner {
namespace {

constexpr std::string_view kLabelNames[kLabels] = {"O",     "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                                   "B-ORG", "I-ORG",  "B-MISC", "I-MISC"};
constexpr std::string_view kCategoryNames[] = {"country",  "city",           "title",       "org_head", "loc_head",
                                               "person_trigger", "nationality", "mined_org", "mined_loc"};
static_assert(std::size(kCategoryNames) == static_cast<std::size_t>(Category::kCount));

// A mined name matches only as written, article included: الهلال is a club, هلال a first name
// and the crescent, where الرئيس and رئيس are one title.
bool exact_first_word(Category c) { return c == Category::kMinedOrg || c == Category::kMinedLoc; }

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// The key a phrase's first word is filed under: without the article, so that الرئيس and
// رئيس share one entry list.
std::string_view article_key(std::string_view norm) {
  return util::has_prefix(norm, "ال") && norm.size() >= 8 ? norm.substr(4) : norm;
}

}  // namespace

std::string_view label_name(int label) noexcept {
  return label >= 0 && label < kLabels ? kLabelNames[label] : std::string_view("O");
}

int parse_label(std::string_view tag) noexcept {
  for (int i = 0; i < kLabels; ++i)
    if (kLabelNames[i] == tag) return i;
  return -1;
}

std::string_view category_name(Category c) noexcept { return kCategoryNames[static_cast<int>(c)]; }

Category parse_category(std::string_view name) {
  for (int i = 0; i < static_cast<int>(Category::kCount); ++i)
    if (kCategoryNames[i] == name) return static_cast<Category>(i);
  throw InputError("unknown lexicon category '" + std::string(name) + "'");
}

// ---------------------------------------------------------------------------------------------

std::string_view strip_proclitics(std::string_view w, std::size_t& skipped) noexcept {
  // Letters are two bytes each in the Arabic block; "at least two letters remain" = 4 bytes.
  constexpr std::string_view kWaw = "و", kFa = "ف", kBa = "ب", kKaf = "ك", kLam = "ل", kAl = "ال";
  std::size_t p = 0;
  auto can_cut = [&](std::size_t n) { return w.size() >= p + n + 4; };
  if ((util::has_prefix(w.substr(p), kWaw) || util::has_prefix(w.substr(p), kFa)) && can_cut(2)) p += 2;
  std::string_view rest = w.substr(p);
  if (util::has_prefix(rest, "لل") && can_cut(4)) {
    p += 4;  // ل + (ا)ل: the article's alef is not written after ل
  } else {
    if ((util::has_prefix(rest, kBa) || util::has_prefix(rest, kKaf) || util::has_prefix(rest, kLam)) &&
        util::has_prefix(rest.substr(2), kAl) && can_cut(6))
      p += 2;
    if (util::has_prefix(w.substr(p), kAl) && can_cut(4)) p += 4;
  }
  skipped = p;
  return w.substr(p);
}

Readings name_readings(std::string_view w) {
  Readings out;
  out.emplace_back(0, w);
  // The form `head` + `tail`, unless shorter than two letters or already read; compared before
  // it is built (most words have one or two readings, and most forms are already there).
  auto add = [&](std::size_t skip, std::string_view head, std::string_view tail) {
    const std::size_t size = head.size() + tail.size();
    if (size < 4) return;  // a name has at least two letters
    for (const auto& r : out)
      if (r.second.size() == size && std::string_view(r.second).starts_with(head) &&
          std::string_view(r.second).substr(head.size()) == tail)
        return;
    std::string& form = out.emplace_back(skip, std::string()).second;
    form.reserve(size);
    form.append(head).append(tail);
  };
  static constexpr std::string_view kConjunctions[] = {"", "و", "ف"};
  for (std::string_view conj : kConjunctions) {
    if (!util::has_prefix(w, conj)) continue;
    std::size_t p = conj.size();
    if (p > 0) add(p, {}, w.substr(p));
    std::string_view rest = w.substr(p);
    if (util::has_prefix(rest, "لل")) {
      add(p + 2, "ا", rest.substr(2));  // للعراق → العراق, span from the 2nd ل
      add(p + 2, {}, rest.substr(2));   // للندن → لندن
    } else if (util::has_prefix(rest, "ب") || util::has_prefix(rest, "ل") || util::has_prefix(rest, "ك")) {
      add(p + 2, {}, rest.substr(2));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

std::uint32_t Lexicon::list_of(std::uint64_t key) const noexcept {
  if (slots_.empty()) return 0;
  return slots_[util::probe(slots_, key, [](const Slot& s) { return s.list != 0; },
                            [key](const Slot& s) { return s.key == key; })]
      .list;  // an empty slot's is 0
}

void Lexicon::insert(std::uint64_t key, std::uint32_t list) noexcept {  // a key not yet in the table
  slots_[util::probe(slots_, key, [](const Slot& s) { return s.list != 0; }, [](const Slot&) { return false; })] = {key, list};
}

void Lexicon::add(std::string_view phrase, Category category) {
  std::vector<std::string> words = split_words(text::normalize_search(phrase));
  if (words.empty()) return;
  const std::uint64_t key = hash_word(article_key(words[0]));
  std::uint32_t at = list_of(key);
  if (at == 0) {
    by_first_.emplace_back();
    at = static_cast<std::uint32_t>(by_first_.size());
    util::keep_half_empty(slots_, by_first_.size(), 4, [](const Slot& s) { return s.list != 0; },
                          [](const Slot& s) { return s.key; });
    insert(key, at);
  }
  auto& list = by_first_[at - 1];
  Shape shape{hash_word(words[0]), static_cast<std::uint32_t>(rest_.size()), static_cast<std::uint32_t>(words.size())};
  for (std::size_t k = 1; k < words.size(); ++k) rest_.push_back(hash_word(words[k]));
  const auto same = [&](std::uint32_t idx) {
    const Shape& o = shapes_[idx];
    return entries_[idx].category == category && o.first == shape.first && o.size == shape.size &&
           std::equal(rest_.begin() + o.rest, rest_.begin() + o.rest + o.size - 1, rest_.begin() + shape.rest);
  };
  if (std::any_of(list.begin(), list.end(), same)) {
    rest_.resize(shape.rest);
    return;
  }
  std::string joined;
  for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
  list.push_back(static_cast<std::uint32_t>(entries_.size()));
  entries_.push_back({std::move(joined), category});
  shapes_.push_back(shape);
  if (words.size() > 1) second_words_[static_cast<std::size_t>(category)].insert(words[1]);
  if (words.size() == 1) add_single(shape.first, 1u << static_cast<unsigned>(category));
}

void Lexicon::add_single(std::uint64_t key, std::uint32_t categories) {
  auto taken = [](const Single& s) { return s.categories != 0; };
  if (!singles_.empty()) {
    Single& s = singles_[util::probe(singles_, key, taken, [key](const Single& s) { return s.key == key; })];
    if (s.categories != 0) {
      s.categories |= categories;
      return;
    }
  }
  util::keep_half_empty(singles_, single_count_ + 1, 4, taken, [](const Single& s) { return s.key; });
  singles_[util::probe(singles_, key, taken, [](const Single&) { return false; })] = {key, categories};
  ++single_count_;
}

bool Lexicon::second_word(std::string_view word, Category c) const {
  return second_words_[static_cast<std::size_t>(c)].contains(word);
}

// Entries starting at words[i], whose first word may carry proclitics (بالعراق, وإيران) and
// whose other words must match exactly.
// (Words are compared by their 64-bit hashes; the entries of a list share the first word's
// key, the word without the article.)
template <typename Hash, typename Fn>
void Lexicon::for_each_at(std::span<const std::string> words, std::size_t i, Hash hash_at, Fn fn) const {
  for (const auto& reading : name_readings(words[i])) {
    const std::uint32_t list = list_of(hash_word(article_key(reading.second)));
    if (list == 0) continue;
    std::uint64_t first = 0;  // the reading's own hash, when an entry needs it
    for (std::uint32_t idx : by_first_[list - 1]) {
      const Shape& ph = shapes_[idx];
      if (i + ph.size > words.size()) continue;
      if (exact_first_word(entries_[idx].category)) {
        if (first == 0) first = hash_word(reading.second);
        if (ph.first != first) continue;
      }
      bool ok = true;
      for (std::size_t k = 1; k < ph.size && ok; ++k) ok = hash_at(i + k) == rest_[ph.rest + k - 1];
      if (ok) fn(entries_[idx].category, ph.size);
    }
  }
}

std::vector<std::uint32_t> Lexicon::match(std::span<const std::string> words) const {
  std::vector<std::uint32_t> bits(words.size(), 0);
  std::vector<std::uint64_t> hashes(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) hashes[i] = hash_word(words[i]);
  const auto hash_at = [&](std::size_t k) { return hashes[k]; };
  for (std::size_t i = 0; i < words.size(); ++i)
    for_each_at(words, i, hash_at, [&](Category c, std::size_t len) {
      auto cat = static_cast<std::uint32_t>(c);
      bits[i] |= 1u << (2 * cat);
      for (std::size_t k = 1; k < len; ++k) bits[i + k] |= 1u << (2 * cat + 1);
    });
  return bits;
}

bool Lexicon::starts(std::span<const std::string> words, std::size_t i, Category c,
                     std::size_t& length) const {
  length = 0;
  const auto hash_at = [&](std::size_t k) { return hash_word(words[k]); };
  for_each_at(words, i, hash_at, [&](Category found, std::size_t len) {
    if (found == c) length = std::max(length, len);
  });
  return length > 0;
}

bool Lexicon::contains(std::string_view word, Category c) const {
  if (singles_.empty()) return false;
  const std::uint64_t key = hash_word(word);
  const Single& s = singles_[util::probe(singles_, key, [](const Single& s) { return s.categories != 0; },
                                         [key](const Single& s) { return s.key == key; })];
  return (s.categories >> static_cast<unsigned>(c)) & 1u;
}

Lexicon builtin_lexicon() {
  Lexicon lex;
  util::for_each_table_line(data::kNerTitles, [&](std::string_view line) { lex.add(line, Category::kTitle); });
  util::for_each_table_line(data::kNerTriggers, [&](std::string_view line) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw FormatError("data/ner_triggers.tsv: line without a tab: " + std::string(line));
    lex.add(line.substr(tab + 1), parse_category(line.substr(0, tab)));
  });
  add_mined_names(data::kNerNames, "models/ner_names.tsv", lex);
  return lex;
}

Clusters read_clusters(const std::string& path) {
  std::ifstream in = open_input(path, "word clusters");
  Clusters out;
  std::string line;
  std::uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::istringstream fields(line);
    std::string word;
    WordInfo info;
    if (!(std::getline(fields, word, '\t') && fields >> info.count >> info.fine >> info.coarse))
      throw FormatError("expected word<TAB>count<TAB>fine<TAB>coarse[<TAB>extra…]", {path, n});
    for (auto& e : info.extra)
      if (!(fields >> e)) break;
    out.add(std::move(word), info);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

Clusters::Clusters(std::initializer_list<std::pair<std::string, WordInfo>> words) {
  for (const auto& [w, info] : words) add(w, info);
}

void Clusters::add(std::string word, WordInfo info) {
  const std::uint64_t key = key_of(word);
  if (!slots_.empty())
    if (Slot& s = slots_[at(key)]; s.key != 0) {
      s.info = info;
      return;
    }
  words_.push_back(std::move(word));
  util::keep_half_empty(slots_, words_.size(), 2, [](const Slot& s) { return s.key != 0; },
                        [](const Slot& s) { return s.key; });
  slots_[at(key)] = {key, info};
}

const WordInfo* Clusters::find(std::string_view word) const noexcept {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[at(key_of(word))];
  return s.key != 0 ? &s.info : nullptr;
}

std::vector<std::pair<std::string_view, WordInfo>> Clusters::words() const {
  std::vector<std::pair<std::string_view, WordInfo>> out;
  out.reserve(words_.size());
  for (const std::string& w : words_) out.emplace_back(w, *find(w));
  return out;
}

}  // namespace marsad::ner
