#include "time/words.h"
#include <algorithm>

namespace marsad::time {
namespace {

constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644",
                           kKaf = "\u0643", kAl = "\u0627\u0644", kSeen = "\u0633",
                           kAn = "\u0627\u0646";

struct Found {
  const Entry* entry = nullptr;
  int stripped = 0;  // proclitic letters removed
  bool definite = false;
  bool conj = false;
};

// The entry of `form`, or of `form` without its article.
Found find_form(const Lexicon& lex, std::string_view form, int stripped, bool conj) {
  if (const Entry* e = lex.find(form)) return {e, stripped, false, conj};
  if (form.size() > 4 && form.starts_with(kAl))
    if (const Entry* e = lex.find(form.substr(4))) return {e, stripped, true, conj};
  return {};
}

// Tries the word as it is, then without و/ف, then without ب/ل/ك (لل being ل + the article
// without its alef), keeping the first form the lexicon knows.
Found find_with_clitics(const Lexicon& lex, std::string_view form) {
  Found f = find_form(lex, form, 0, false);
  if (f.entry) return f;
  int stripped = 0;
  bool conj = false;
  if (form.size() > 4 && (form.starts_with(kWaw) || form.starts_with(kFa))) {
    form.remove_prefix(2);
    stripped = 1;
    conj = true;
    if ((f = find_form(lex, form, stripped, conj)).entry) return f;
  }
  if (form.size() > 4 && form.starts_with(kLam) && form.substr(2).starts_with(kLam)) {
    if (const Entry* e = lex.find(form.substr(4))) return {e, stripped + 1, true, conj};
    // An entry written with its article (العيد): للعيد is ل + العيد.
    if (const Entry* e = lex.find(std::string(kAl).append(form.substr(4)))) return {e, stripped + 1, false, conj};
  }
  if (form.size() > 4 && (form.starts_with(kBa) || form.starts_with(kLam) || form.starts_with(kKaf)))
    return find_form(lex, form.substr(2), stripped + 1, conj);
  return {};
}

// Byte offset in `surface` after its first `letters` letters (tashkeel and tatweel between
// them belong to the clitic, as the normalizer dropped them).
std::uint32_t skip_letters(std::string_view surface, int letters) {
  std::size_t pos = 0;
  while (pos < surface.size()) {
    int len = 1;
    char32_t c = text::decode_utf8(surface, pos, len);
    if (letters == 0 && !text::is_arabic_diacritic(c) && c != text::kTatweel) break;
    if (text::is_arabic_letter(c)) --letters;
    pos += static_cast<std::size_t>(len);
  }
  return static_cast<std::uint32_t>(pos);
}

int parse_integer(std::string_view norm, std::uint8_t& digits) {
  if (norm.empty() || norm.size() > 9) return -1;
  int value = 0;
  for (char c : norm) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  digits = static_cast<std::uint8_t>(norm.size());
  return value;
}

// A verb in the future: سـ + an imperfect prefix (سيعلن، ستبدأ، سنواصل). Nouns that start the
// same way are excluded by their first letters; words the lexicon knows are never verbs.
bool is_future_verb(std::string_view norm) {
  if (norm.size() < 8 || !norm.starts_with(kSeen)) return false;
  static constexpr std::string_view kPrefixes[] = {"\u0633\u064A", "\u0633\u062A", "\u0633\u0646"};
  static constexpr std::string_view kNouns[] = {
      "\u0633\u064A\u0627", "\u0633\u064A\u0637", "\u0633\u064A\u062F", "\u0633\u064A\u0646",
      "\u0633\u064A\u0644", "\u0633\u064A\u0631", "\u0633\u064A\u0641", "\u0633\u062A\u064A\u0646",
      "\u0633\u062A\u0648\u0646", "\u0633\u062A\u0647", "\u0633\u062A\u0627", "\u0633\u0646\u0647",
      "\u0633\u0646\u0648", "\u0633\u0646\u064A", "\u0633\u0646\u062A", "\u0633\u0646\u062F",
      "\u0633\u0646\u063A"};
  bool prefix = false;
  for (auto p : kPrefixes) prefix = prefix || norm.starts_with(p);
  if (!prefix) return false;
  for (auto n : kNouns)
    if (norm.starts_with(n)) return false;
  return true;
}

std::string_view without_conj(std::string_view norm) {
  if (norm.size() > 4 && (norm.starts_with(kWaw) || norm.starts_with(kFa))) norm.remove_prefix(2);
  return norm;
}

// Whether items[k] puts its clause in the future: a future word (سوف، لن، المقرر، المقبل), a
// verb سيـ/ستـ/سنـ, or أن + an imperfect verb (أن يتأثر، على أن تعود; not after قبل or بعد).
bool marks_future(const Words& words, std::size_t k) {
  const Word& w = words.items[k];
  if (const Sense* f = w.sense(Kind::kFuture)) return f->value == 0;
  // (an adjective of a span that has its own: «توقعات بمزيد الخسائر في الأشهر المقبلة في أعقاب
  // موجة بيع يوم الاثنين» — the months are ahead, the Monday's selling is past)
  if (const Sense* s = w.sense(Kind::kRelAdj); s && s->value > 0) {
    const Sense* span = k > 0 ? words.items[k - 1].sense(Kind::kUnit) : nullptr;
    return !(span && static_cast<Plurality>(span->arg) == Plurality::kPlural);
  }
  if (w.entry || w.kind != text::TokenKind::kWord) return false;
  std::string_view norm = without_conj(words.norm(w));
  // (قبل أن يبدأ، بعد أن يصل: "before/after he began", a clause of time, no future)
  const auto after_before = [&] {
    if (k == 0) return false;
    const std::string_view prev = without_conj(words.norm(words.items[k - 1]));
    return prev == "\u0642\u0628\u0644" || prev == "\u0628\u0639\u062F";  // قبل، بعد
  };
  if (norm == kAn && k + 1 < words.items.size() && !after_before()) {
    std::string_view next = words.norm(words.items[k + 1]);
    return next.size() >= 8 && (next.starts_with("\u064A") || next.starts_with("\u062A"));
  }
  return is_future_verb(norm);
}

// أن/إن alone or with its subject's pronoun (إنه، أنها، أنهم، إننا).
bool complementizer(std::string_view norm) {
  if (!norm.starts_with(kAn)) return false;
  const std::string_view rest = norm.substr(kAn.size());
  static constexpr std::string_view kPronouns[] = {"", "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627",
                                                   "\u0647\u0646", "\u0646\u0627", "\u0646\u064A", "\u0643", "\u0643\u0645"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), rest) != std::end(kPronouns);
}

// Clauses end at punctuation and line breaks; a complementizer أن/إن opens a new one (قال
// كارتر الخميس إنه سيسمح: the Thursday is the saying's, past).
bool opens_clause(std::string_view text, const Words& words, std::size_t i) {
  if (i == words.items.size()) return true;
  const Word& w = words.items[i];
  if (w.punct && std::string_view(".?!,;:").find(w.punct) != std::string_view::npos) return true;
  if (w.kind == text::TokenKind::kWord && complementizer(without_conj(words.norm(w)))) return true;
  return i > 0 && text.substr(words.items[i - 1].end, w.token_begin - words.items[i - 1].end)
                          .find('\n') != std::string_view::npos;
}

// The phrase a head word may start once its proclitics are removed: وتشرين، بعيد، وبشكل، and
// للموسم (ل + the article without its alef) for الموسم.
int phrase_head(const Lexicon& lex, std::string& head, bool& conj) {
  conj = false;
  if (lex.starts_phrase(head)) return 0;
  int stripped = 0;
  if (head.size() > 4 && (head.starts_with(kWaw) || head.starts_with(kFa))) {
    head.erase(0, 2);
    stripped = 1;
    conj = true;
    if (lex.starts_phrase(head)) return stripped;
  }
  if (head.size() > 6 && head.starts_with(kLam) && std::string_view(head).substr(2).starts_with(kLam)) {
    std::string definite = std::string(kAl).append(std::string_view(head).substr(4));
    if (lex.starts_phrase(definite)) {
      head = std::move(definite);
      return stripped + 1;
    }
  }
  if (head.size() > 4 && (head.starts_with(kBa) || head.starts_with(kLam) || head.starts_with(kKaf))) {
    head.erase(0, 2);
    if (lex.starts_phrase(head)) return stripped + 1;
  }
  return -1;
}

// Joins a lexicon phrase starting at items[i] into one word; returns the words it took.
std::size_t join_phrase(const Lexicon& lex, std::string_view text, Words& words, std::size_t i,
                        std::string& key) {
  Word& first = words.items[i];
  std::string head(words.norm(first));
  bool conj = false;
  int stripped = phrase_head(lex, head, conj);
  if (stripped < 0) return 1;
  std::size_t best = 1;
  const Entry* best_entry = nullptr;
  key.assign(head);
  for (std::size_t n = 2; n <= lex.max_phrase_words() && i + n <= words.items.size(); ++n) {
    key += ' ';
    key += words.norm(words.items[i + n - 1]);
    if (const Entry* e = lex.find(key)) best = n, best_entry = e;
  }
  if (!best_entry) return 1;
  first.conj = conj;
  first.begin = first.token_begin +
                skip_letters(text.substr(first.token_begin, first.end - first.token_begin), stripped);
  first.entry = best_entry;
  first.definite = false;
  first.end = words.items[i + best - 1].end;
  return best;
}

}  // namespace

Words read_words(std::string_view text, std::span<const text::Token> tokens, std::span<const std::string> norms) {
  const Lexicon& lex = Lexicon::instance();
  Words words;
  words.items.reserve(tokens.size());
  std::string buf;
  std::uint32_t prev_end = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const text::Token& t = tokens[k];
    Word w;
    w.kind = t.kind;
    w.begin = w.token_begin = t.begin;
    w.end = t.end;
    w.space_before = t.begin > prev_end;
    prev_end = t.end;
    std::string_view surface = t.view(text);
    if (norms.empty()) text::normalize_into(surface, text::Profile::kSearch, buf);
    else buf = norms[k];
    w.norm_begin = static_cast<std::uint32_t>(words.arena.size());
    w.norm_size = static_cast<std::uint32_t>(buf.size());
    words.arena += buf;
    if (t.kind == text::TokenKind::kNumber) {
      w.number = parse_integer(buf, w.digits);
    } else if (t.kind == text::TokenKind::kPunct && buf.size() == 1) {
      w.punct = buf[0];
    } else if (t.kind == text::TokenKind::kWord) {
      Found f = find_with_clitics(lex, buf);
      // لامس (the verb "touched") written without the hamza that لأمس, "for yesterday", takes.
      if (f.stripped > 0 && (surface == "\u0644\u0627\u0645\u0633" || surface == "\u0648\u0644\u0627\u0645\u0633")) f = Found{};
      w.entry = f.entry;
      w.definite = f.definite;
      w.conj = f.conj;
      if (f.stripped > 0) w.begin = t.begin + skip_letters(surface, f.stripped);
    }
    words.items.push_back(w);
  }
  // Phrases, then the sentences' tense.
  std::vector<Word> joined;
  joined.reserve(words.items.size());
  std::string key;
  for (std::size_t i = 0; i < words.items.size();) {
    std::size_t n = join_phrase(lex, text, words, i, key);
    joined.push_back(words.items[i]);
    i += n;
  }
  words.items.swap(joined);
  // The tense of each clause, for months and weekdays given without a year or a direction.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= words.items.size(); ++i) {
    if (!opens_clause(text, words, i)) continue;
    bool future = false, coming = false;
    for (std::size_t k = start; k < i && !future; ++k) future = marks_future(words, k);
    // (not after كان: كان أحد الأطفال يلعب, a past going on)
    bool was = false;
    for (std::size_t k = start; k < i; ++k) {
      const Sense* f = words.items[k].sense(Kind::kFuture);
      coming = coming || (f && f->value == 1);
      const std::string_view w = without_conj(words.norm(words.items[k]));
      was = was || w == "\u0643\u0627\u0646" || w == "\u0643\u0627\u0646\u062A";  // كان، كانت
    }
    coming = coming && !was;
    for (std::size_t k = start; k < i; ++k) words.items[k].future = future, words.items[k].coming = coming;
    start = i;
  }
  return words;
}

}  // namespace marsad::time
