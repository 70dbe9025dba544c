#include "summary/words.h"

#include <algorithm>
#include <cctype>
#include <deque>

#include "marsad/text.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kStopwordsAr;
}

namespace marsad::summary {
namespace {

// Two-byte UTF-8 forms of the letters involved.
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kKaf = "\u0643",
                           kAl = "\u0627\u0644";

// Removes و/ف when what follows is itself prefixed (والحكومة، وبالقرب، وللمرة): a bare word
// may start with و (وزير) and must keep it.
std::string_view strip_conjunction(std::string_view w) {
  if ((util::has_prefix(w, kWaw) || util::has_prefix(w, kFa)) && w.size() > 6) {
    std::string_view rest = w.substr(2);
    if (util::has_prefix(rest, kAl) || util::has_prefix(rest, "\u0628\u0627\u0644") || util::has_prefix(rest, "\u0644\u0644"))
      return rest;
  }
  return w;
}

}  // namespace

std::string_view key_of_folded(std::string_view folded) {
  std::string_view w = strip_conjunction(folded);
  static constexpr std::string_view kPrefixes[] = {"\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644"};
  for (std::string_view p : kPrefixes)
    if (util::has_prefix(w, p) && w.size() > p.size() + 4) return w.substr(p.size());
  if (util::has_prefix(w, kAl) && w.size() > 6) return w.substr(kAl.size());
  return w;
}

std::string_view search_form(const Context& ctx, std::size_t i, std::string& buffer) {
  if (ctx.norms.size() == ctx.tokens.size()) return ctx.norms[i];
  buffer.clear();
  text::normalize_into(ctx.tokens[i].view(ctx.text), text::Profile::kSearch, buffer);
  return buffer;
}

std::string word_key(std::string_view surface) {
  std::string folded;
  text::normalize_into(surface, text::Profile::kSearch, folded);
  return std::string(key_of_folded(folded));
}

std::uint32_t WordIds::id(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(words_.size());
  ids_.emplace(words_.emplace_back(word), id);
  return id;
}

std::string display_word(std::string_view surface) {
  std::string_view w = surface;
  if ((util::has_prefix(w, kWaw) || util::has_prefix(w, kFa)) && w.size() > 6) {
    std::string_view rest = w.substr(2);
    if (util::has_prefix(rest, "\u0627\u0644") || util::has_prefix(rest, "\u0628\u0627\u0644") ||
        util::has_prefix(rest, "\u0644\u0644"))
      w = rest;
  }
  if ((util::has_prefix(w, kBa) || util::has_prefix(w, kKaf)) && util::has_prefix(w.substr(2), kAl) && w.size() > 8)
    return std::string(w.substr(2));
  if (util::has_prefix(w, "\u0644\u0644") && w.size() > 8) return std::string(kAl) + std::string(w.substr(4));
  return std::string(w);
}

namespace {

constexpr std::size_t kMinTitleWords = 3;   // shorter titles recur in text by chance
constexpr std::size_t kMaxEchoExtra = 6;    // words around the title: the source's formula
constexpr std::size_t kMinSuffixTitle = 5;  // a title this long ending a sentence is no chance

bool word_like(const text::Token& t) {
  return t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kLatin ||
         t.kind == text::TokenKind::kNumber;
}

bool in_title(const Context& ctx, const text::Sentence& s) {
  return s.begin < ctx.title.end && ctx.title.begin < s.end;
}


// A writer's contact line or a closing tag list (see boilerplate).
bool closing_matter(const Context& ctx, std::size_t k) {
  const text::Sentence& s = ctx.sentences[k];
  const std::string_view text = ctx.text.substr(s.begin, s.end - s.begin);
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1))
    if (at + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[at + 1]))) return true;  // a@b.com, @handle
  if (text.find("http://") != std::string_view::npos || text.find("https://") != std::string_view::npos ||
      text.find("www.") != std::string_view::npos)
    return true;
  // «سمات» (tags) opening the body's last sentence: a list of names and words, no sentence.
  if (k + 1 != ctx.sentences.size() || s.first_token >= s.last_token) return false;
  std::string first;
  text::normalize_into(ctx.tokens[s.first_token].view(ctx.text), text::Profile::kSearch, first);
  return first == "\u0633\u0645\u0627\u062A";
}

std::vector<bool> title_echoes(const Context& ctx) {
  std::vector<bool> echo(ctx.sentences.size(), false);
  if (ctx.title.end <= ctx.title.begin) return echo;
  // Word keys of the title, and of the body with each word's sentence: a title written with
  // ".." (بالصور .. رمضان في ليبيا) is two sentences, and so is its repetition.
  std::vector<std::string_view> title, body;
  std::vector<std::size_t> sentence_of, words_in(ctx.sentences.size(), 0);
  std::deque<std::string> own;  // the keys, when the caller gave no search forms (ctx.norms)
  const auto key = [&](std::size_t i) -> std::string_view {  // kept until the search below
    if (ctx.norms.size() == ctx.tokens.size()) return key_of_folded(ctx.norms[i]);
    return key_of_folded(search_form(ctx, i, own.emplace_back()));
  };
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k) {
    const text::Sentence& s = ctx.sentences[k];
    bool heading = in_title(ctx, s);
    for (std::size_t i = s.first_token; i < s.last_token && i < ctx.tokens.size(); ++i) {
      const text::Token& t = ctx.tokens[i];
      if (!word_like(t)) continue;
      bool title_word = ctx.title.begin <= t.begin && t.end <= ctx.title.end;
      if (heading && title_word) title.push_back(key(i));
      if (heading) continue;
      body.push_back(key(i));
      sentence_of.push_back(k);
      ++words_in[k];
    }
  }
  if (title.size() < kMinTitleWords) return echo;
  for (auto at = body.begin();
       (at = std::search(at, body.end(), title.begin(), title.end())) != body.end(); ++at) {
    auto i = static_cast<std::size_t>(at - body.begin());
    std::size_t first = sentence_of[i], last = sentence_of[i + title.size() - 1], words = 0;
    for (std::size_t k = first; k <= last; ++k) words += words_in[k];
    // Or the title ends a sentence: a formula glued to the last one without a full stop.
    bool ends = i + title.size() == body.size() || sentence_of[i + title.size()] != last;
    if (words <= title.size() + kMaxEchoExtra || (ends && title.size() >= kMinSuffixTitle))
      for (std::size_t k = first; k <= last; ++k) echo[k] = true;
  }
  return echo;
}

}  // namespace

const std::vector<bool>& boilerplate_of(const Context& ctx, std::vector<bool>& storage) {
  if (ctx.boilerplate != nullptr && ctx.boilerplate->size() == ctx.sentences.size()) return *ctx.boilerplate;
  storage = boilerplate(ctx);
  return storage;
}

std::vector<bool> boilerplate(const Context& ctx) {
  std::vector<bool> out = title_echoes(ctx);
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k)
    if (!in_title(ctx, ctx.sentences[k]) && closing_matter(ctx, k)) out[k] = true;
  return out;
}

const StopWords& StopWords::instance() {
  static const StopWords words(data::kStopwordsAr);
  return words;
}

StopWords::StopWords(std::string_view tsv) {
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view{} : tsv.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    std::string folded;
    text::normalize_into(line.substr(0, line.find('\t')), text::Profile::kSearch, folded);
    if (!folded.empty()) words_.insert(std::move(folded));
  }
  // Every preposition with a pronoun (عليهما، بينهم، لديها، منه، إليكم) is a function word; the
  // list need not spell them out. على، إلى، لدى are folded as علي، الي، لدي, the form they take
  // before a pronoun (عليه). Not لي، بي: after و they would take ولي, a noun and a name.
  for (const char* preposition : {"في", "من", "الي", "علي", "عن", "مع", "بين", "لدي", "عند", "حول", "ضد", "دون",
                                  "نحو", "خلال", "ب", "ل"})
    for (const char* pronoun : {"ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "نا", "ي"}) {
      const std::string_view p = preposition, q = pronoun;
      if (p.size() == 2 && q == "ي") continue;
      words_.insert(std::string(p) + std::string(q));
    }
}

bool StopWords::contains(std::string_view folded) const {
  if (words_.find(folded) != words_.end()) return true;
  if ((util::has_prefix(folded, kWaw) || util::has_prefix(folded, kFa)) && folded.size() > 2)
    return words_.find(folded.substr(2)) != words_.end();
  return false;
}

}  // namespace marsad::summary
