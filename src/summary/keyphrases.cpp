// Keyphrases: candidate phrases are the word n-grams (n ≤ 3) inside runs of content words
// (RAKE's split at stop words and punctuation, Rose et al. 2010); each word is scored by
// TextRank over the co-occurrence graph of those runs (Mihalcea & Tarau 2004) weighted by its
// inverse frequency in the news corpus, a phrase by its words, its frequency and whether it
// names an entity or appears in the title.
// Words are numbered once per article (WordIds) and everything after works on the numbers:
// this stage ran on string-keyed maps and took half of `marsad analyze`.
#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include <absl/container/flat_hash_map.h>
#include <absl/container/inlined_vector.h>

#include "marsad/summary.h"
#include "summary/words.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kCurrencies;
}  // namespace marsad::data

namespace marsad::summary {
namespace {

constexpr std::size_t kMaxGram = 3;
constexpr std::size_t kMaxEntityWords = 6;  // سلمان بن عبدالعزيز آل سعود
constexpr double kDamping = 0.85;
constexpr int kIterations = 30;
// Weights read on the summary set sum1 (bench/gold): of the candidates, the readers chose 37%
// of the entity names and 3% of the rest, 1% of the single words that name no entity, and 18%
// of those first seen in the article's first 5% against 2% in its last half.
constexpr double kEntityBoost = 6, kTitleBoost = 1.3, kOncePenalty = 0.5, kModifierPenalty = 0.4,
                 kSingleWordPenalty = 0.25, kPositionDecay = 2, kInstitutionBoost = 4;
constexpr double kScoreGrain = 1e9;
constexpr double kCorpusWords = 8.9e6;  // the size of the corpus text::corpus_count counts

// Up to kMaxEntityWords word ids: a phrase's keys, or the display words of one of its forms.
struct Gram {
  std::array<std::uint32_t, kMaxEntityWords> ids{};
  std::uint8_t size = 0;
  bool operator==(const Gram& o) const { return size == o.size && ids == o.ids; }
  const std::uint32_t* begin() const { return ids.data(); }
  const std::uint32_t* end() const { return ids.data() + size; }
};

struct GramHash {
  std::size_t operator()(const Gram& g) const noexcept {
    std::uint64_t h = g.size;
    for (std::uint32_t id : g) h = h * 0x9E3779B97F4A7C15ull + id;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

Gram gram(std::span<const std::uint32_t> ids, std::size_t b, std::size_t e) {
  Gram g;
  for (std::size_t k = b; k < e; ++k) g.ids[g.size++] = ids[k];
  return g;
}

struct Candidate {
  Gram keys;
  double count = 0;
  double heads = 0;  // occurrences that open their run: nouns heading a phrase, not modifiers
  double before_name = 0;  // occurrences right before an entity mention: a title (الأمير، الدكتور)
  int open = 0;  // occurrences that end inside a construct (Construct)
  int occurrences = 0, word_and_name = 0;  // all of them; those of one word and a whole mention
  std::uint32_t first_seen = UINT32_MAX;  // where it is first seen (a token's or mention's begin)
  bool entity = false;
  bool institution = false;  // a body named by its head and what it does (add_institutions)
  bool in_title = false;
  absl::InlinedVector<std::pair<Gram, int>, 1> forms;  // display form → occurrences (most have one)
  double score = 0;
  std::string sort_key;  // the keys joined by spaces: the order among equal scores
};

// The words of one article: content words grouped in runs, each with its key and display id.
// The runs' words stand one after another in the parallel vectors tokens … written; a run is
// a range of them (one allocation for the article, not four per run).
struct Words {
  WordIds keys, shown;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;  // [begin, end) in the vectors below
  std::vector<std::size_t> tokens;   // token indices
  std::vector<std::uint32_t> key;    // key ids
  // Display ids: a phrase shows its first word without و ب ل (والحكومة → الحكومة) and the
  // others as written (جمعية الثقافة والفنون, الوزارة لشؤون المساجد).
  std::vector<std::uint32_t> shown_id, written;
  std::vector<bool> key_in_name;  // by key id: the word stands inside an entity mention somewhere
  // By key id: written somewhere with the accusative's tanween (معلنًا، احتفالاً; accusative()).
  std::vector<bool> key_accusative;
  // Each word token search-normalized, as folded_text.substr(at.first, at.second) (empty for
  // other tokens and those of boilerplate sentences or the dateline): read again by
  // add_institutions instead of normalizing the text twice.
  std::string folded_text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> folded_at;
  std::vector<bool> content;  // by token: a content word (no function word, two letters or more)
  std::string_view folded(std::size_t token) const {
    return std::string_view(folded_text).substr(folded_at[token].first, folded_at[token].second);
  }
};

// The tokens of each entity mention, [first, last): for each token, the mention it is in
// (the tokens overlapping it: بالعراق), or {0, 0}.
using Mentions = std::vector<std::pair<std::size_t, std::size_t>>;
Mentions mention_tokens(const Context& ctx) {
  Mentions in(ctx.tokens.size(), {0, 0});
  for (const Entity& e : ctx.entities)
    for (Span span : e.mentions) {
      auto t = std::partition_point(ctx.tokens.begin(), ctx.tokens.end(),
                                    [&](const text::Token& tok) { return tok.end <= span.begin; });
      const auto first = static_cast<std::size_t>(t - ctx.tokens.begin());
      std::size_t last = first;
      while (last < ctx.tokens.size() && ctx.tokens[last].begin < span.end) ++last;
      for (std::size_t k = first; k < last; ++k) in[k] = {first, last};
    }
  return in;
}

// Verbs, read from the news corpus's counts (text::corpus_count); words inside entity mentions
// are never taken for verbs (names such as تركيا، نايف never take the article either).
// A perfect verb (بلغ، قال، استقبل; بلغت، قالوا): the corpus writes it with the article at most
// once for 100 times without, often with the feminine ending ت and also with the plural وا,
// which no noun takes: بلغ 1,946 times, البلغ never, بلغت 1,896, بلغوا 26; وزير 6,906, وزيرت
// never; بيو (of بيوت) is no verb: بيووا never. Stems of three letters or more.
// Seen at least 5 times, and with the article at most once for 100 times without; `bare` is
// the word's own count.
// The corpus count of `before` + w + `after`, spelt in a buffer kept between calls: these
// lookups run for most words of every article, and a new string each time cost more than them.
std::uint32_t count_of(std::string_view before, std::string_view w, std::string_view after = {}) {
  thread_local std::string spelt;
  spelt.assign(before).append(w).append(after);
  return text::corpus_count(spelt);
}

bool without_article(std::string_view w, std::uint32_t bare) {
  return bare >= 5 && count_of("\u0627\u0644", w) * 100 <= bare;
}

bool perfect_verb(std::string_view stem) {
  if (stem.size() < 6) return false;
  const std::uint32_t bare = text::corpus_count(stem);
  if (!without_article(stem, bare) || count_of({}, stem, "\u062A") * 20 < bare) return false;
  // أفعل (أحال، أدار): four letters after an alef, seen with ت, are a verb even when the
  // corpus never writes its plural (أحالوا، أداروا).
  return count_of({}, stem, "\u0648\u0627") > 0 || (stem.size() == 8 && stem.starts_with("\u0627"));
}

// An imperfect verb (يستعين، تبدو): a word of four letters or more opening with ي، ت or ن
// that the corpus writes with the article at most once for 100 times without (يستقبل 287
// times, اليستقبل never); nouns of that shape take the article (تنفيذ 2,394 times, التنفيذ 504;
// تصفية 91, التصفية 3). Else a perfect verb, as written or less its ت or وا.
bool verb_form(std::string_view w) {
  if (w.size() >= 8 && (w.starts_with("\u064A") || w.starts_with("\u062A") || w.starts_with("\u0646")) &&
      without_article(w, text::corpus_count(w)))
    return true;
  if (w.starts_with("\u0627\u0644")) return false;  // the article: a noun
  if (w.ends_with("\u0627\u062A")) return false;  // ات: a plural (a verb in -أت is missed)
  if (w.ends_with("\u062A")) return perfect_verb(w.substr(0, w.size() - 2));  // بلغت
  if (w.ends_with("\u0648\u0627")) return perfect_verb(w.substr(0, w.size() - 4));  // قالوا
  return perfect_verb(w);
}

// The word less a possessive or object pronoun (مدتها → مدة، سيارتهم → سيارة، ذاتك → ذات،
// تنتابها → تنتاب), when the corpus writes that stem, of three letters or more, at least twice
// as often as the word; else empty. A ت before the pronoun is the stem's ة (مدت → مده).
// Words that end so as written stay whole: مكانا (مكا never), حسنا، تفاهم، بنك (stem too short).
std::string pronoun_stem(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {"\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645",
                                                   "\u0647\u0646", "\u0643\u0645", "\u0646\u0627", "\u0643"};
  for (std::string_view p : kPronouns) {
    if (!w.ends_with(p) || w.size() < p.size() + 6) continue;
    std::string stem(w.substr(0, w.size() - p.size()));
    const std::uint32_t bare = text::corpus_count(w);
    std::uint32_t n = text::corpus_count(stem);
    if (stem.ends_with("\u062A")) {
      std::string with_ta = stem.substr(0, stem.size() - 2) + "\u0647";
      if (const std::uint32_t m = text::corpus_count(with_ta); m > n) n = m, stem = std::move(with_ta);
    }
    if (n >= 20 && n >= 2 * bare) return stem;
    return {};
  }
  return {};
}

// An indefinite noun or participle in the accusative, its alef the case's (تنوين الفتح): عددا،
// احتفالا، معلنا الرحيل، موجها شكره. It stands as an adverb or an object (قدمت عددا من …), not
// in the name of a topic. Written with its tanween (معلنًا) it says so; else read from the
// corpus: the word without the alef, three letters or more, seen at least 20 times and three
// times as often as with it (عدد 10,596 times, عددا 1,811); قضايا، أمريكا keep theirs (قضاي،
// أمريك never). Participles used as adverbs are written so more often than not (مؤكدا 2,413
// times, مؤكد 47): only their tanween tells them.
bool accusative(std::string_view key) {
  if (key.size() < 8 || !key.ends_with("\u0627")) return false;
  const std::uint32_t stem = text::corpus_count(key.substr(0, key.size() - 2));
  return stem >= 20 && stem >= 3 * text::corpus_count(key);
}

// An imperfect verb the corpus has not seen enough to tell (يشيخون): ي, five letters or more,
// the plural or dual ending ون/ان, never with the article (اليونان is a noun).
bool rare_imperfect(std::string_view w) {
  return w.starts_with("\u064A") && w.size() >= 10 &&
         (w.ends_with("\u0648\u0646") || w.ends_with("\u0627\u0646")) &&
         count_of("\u0627\u0644", w) == 0 && text::corpus_count(w) < 5;
}

// One reading of a word: as written, or less the future's س (سيجسد، ستقام).
bool verb_reading(std::string_view w) {
  if (verb_form(w) || rare_imperfect(w)) return true;
  return w.size() >= 10 && w.starts_with("\u0633") &&
         (w.substr(2).starts_with("\u064A") || w.substr(2).starts_with("\u062A") || w.substr(2).starts_with("\u0646")) &&
         (verb_form(w.substr(2)) || rare_imperfect(w.substr(2)));
}

// The word as written, or without its و/ف (ويشارك، وبلغ؛ وافق، وقع are verbs as written), each
// also less a pronoun (سيجسدها، تنتابها، أدخلهم).
bool verb(std::string_view folded) {
  const auto reading = [](std::string_view w) {
    if (verb_reading(w)) return true;
    const std::string stem = pronoun_stem(w);
    return !stem.empty() && verb_reading(stem);
  };
  return reading(folded) ||
         (folded.size() >= 8 && (folded.starts_with("\u0648") || folded.starts_with("\u0641")) && reading(folded.substr(2)));
}

// The bytes of proclitics (a preposition, the conjunction و, or both) a search-normalized word
// without the article carries, 0 if none, read from the corpus, which writes the word at least
// three times as often without them (بإصدار، لإحراز، وإعداد، ولفترة; not بيان، لبنان، وزارة). Such a word opens a clause or an
// adjunct; with the article it mostly goes on the phrase before (جمعية الثقافة والفنون،
// الملتحقون بالبرنامج).
std::size_t opens_phrase(std::string_view w) {
  std::string_view rest = w;
  const auto preposition = [](std::string_view x) {
    return (util::has_prefix(x, "\u0628") || util::has_prefix(x, "\u0644") || util::has_prefix(x, "\u0643")) && x.size() > 6;
  };
  if ((util::has_prefix(rest, "\u0648") || util::has_prefix(rest, "\u0641")) && rest.size() > 6) {
    rest.remove_prefix(2);
    // و + a preposition (ولفترة، وبقيمة), not و + لل (وللمرة: the article)
    if (preposition(rest) && !util::has_prefix(rest, "\u0644\u0644") &&
        text::corpus_count(rest.substr(2)) >= 3 * std::max<std::uint32_t>(text::corpus_count(rest), 1))
      rest.remove_prefix(2);
  } else if (preposition(rest)) {
    rest.remove_prefix(2);
  } else {
    return 0;
  }
  if (util::has_prefix(rest, "\u0627\u0644") || util::has_prefix(rest, "\u0644")) return 0;  // the article, or لل
  return text::corpus_count(rest) >= 3 * std::max<std::uint32_t>(text::corpus_count(w), 1) ? w.size() - rest.size() : 0;
}

// The dateline that opens a news body names its reporter and outlet: «سبق- الدمام:», «عين
// اليوم – متابعات», «عمر ابراهيم – عين اليوم»: on the body's first line, within 12 tokens, the
// words before the last dash, and the three at most after it when the line or a colon ends
// there («الرياض - أعلن الأمير …» keeps only الرياض). Empty if there is none.
Span dateline(const Context& ctx) {
  std::size_t t = 0;
  while (t < ctx.tokens.size() && ctx.tokens[t].begin < ctx.title.end) ++t;
  const std::size_t first = t;
  std::size_t last_dash = SIZE_MAX;
  bool closed = true;  // by a line's end, a colon or the text's end
  for (; t < ctx.tokens.size(); ++t) {
    if (t - first == 12) {
      closed = false;
      break;
    }
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    if (t > first && ctx.text.substr(ctx.tokens[t - 1].end, ctx.tokens[t].begin - ctx.tokens[t - 1].end).find('\n') !=
                         std::string_view::npos)
      break;
    if (w == ":") break;
    if (w == "-" || w == "\u2013" || w == "\u2014") last_dash = t;
  }
  if (last_dash == SIZE_MAX || last_dash == first) return {};
  const std::size_t end = closed && t - last_dash - 1 <= 3 ? t : last_dash;
  return {ctx.tokens[first].begin, ctx.tokens[end - 1].end};
}

// Runs of content words, never across a sentence or punctuation; boilerplate sentences (the
// title repeated, a contact line, a tag list) are left out.
Words content_runs(const Context& ctx, const std::vector<bool>& skip, Span byline, const Mentions& mention) {
  Words w;
  std::string buffer;  // a token's search form when the caller made none
  std::size_t open = 0;  // where the run being read began in w.tokens
  auto close_run = [&] {
    if (w.tokens.size() == open) return;
    w.runs.emplace_back(static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(w.tokens.size()));
    open = w.tokens.size();
  };
  const StopWords& stop = StopWords::instance();
  w.folded_at.assign(ctx.tokens.size(), {0, 0});
  w.content.assign(ctx.tokens.size(), false);
  w.folded_text.reserve(ctx.text.size());  // the folded words take about as many bytes as the text
  for (auto* v : {&w.key, &w.shown_id, &w.written}) v->reserve(ctx.tokens.size());
  w.tokens.reserve(ctx.tokens.size());
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k) {
    if (skip[k]) continue;  // the title again with the source's formula around it, a tag list …
    const text::Sentence& s = ctx.sentences[k];
    for (std::size_t i = s.first_token; i < s.last_token && i < ctx.tokens.size(); ++i) {
      const text::Token& t = ctx.tokens[i];
      bool content = false;
      std::string_view folded;
      if ((t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kLatin) &&
          !(byline.begin <= t.begin && t.end <= byline.end)) {
        folded = search_form(ctx, i, buffer);
        if (t.kind == text::TokenKind::kWord) {
          w.folded_at[i] = {static_cast<std::uint32_t>(w.folded_text.size()), static_cast<std::uint32_t>(folded.size())};
          w.folded_text += folded;
        }
        content = text::count_codepoints(folded) >= 2 && !stop.contains(folded);
        w.content[i] = content;
      }
      if (!content) {
        close_run();
        continue;
      }
      // A preposition or و on a word without the article opens a new phrase (البنك | بإصدار
      // أدوات، القضية | وإعداد لائحة، الأهلي | لإحراز الدوري), unless it is inside a name.
      // Such a word is then read and shown without its clitic: لركوب الأمواج is ركوب الأمواج.
      const bool in_name = mention[i].second > mention[i].first;
      std::string_view surface = t.view(ctx.text);
      std::string_view form = folded;
      if (const std::size_t cut = in_name ? 0 : opens_phrase(folded); cut > 0) {
        close_run();
        form.remove_prefix(cut);
        if (surface.size() > cut && surface.substr(0, cut) == folded.substr(0, cut)) surface.remove_prefix(cut);
      }
      w.tokens.push_back(i);
      const std::uint32_t key = w.keys.id(key_of_folded(form));
      if (key >= w.key_in_name.size()) w.key_in_name.resize(key + 1, false), w.key_accusative.resize(key + 1, false);
      if (in_name) w.key_in_name[key] = true;
      if (util::has_suffix(surface, "\u064B\u0627") || util::has_suffix(surface, "\u0627\u064B")) w.key_accusative[key] = true;
      w.key.push_back(key);
      w.shown_id.push_back(w.shown.id(display_word(surface)));
      w.written.push_back(w.shown.id(surface));
    }
    close_run();
  }
  return w;
}

// TextRank over word ids; edges join words at most two apart in a run. Words never in a run
// keep the score a word without neighbours converges to.
std::vector<double> rank_words(const Words& w) {
  const std::size_t words = w.keys.size();
  std::vector<std::uint64_t> directed;  // (from << 32 | to), one per co-occurrence
  for (auto [begin, end] : w.runs)
    for (std::size_t i = begin; i < end; ++i)
      for (std::size_t j = i + 1; j < end && j <= i + 2; ++j) {
        const std::uint32_t a = w.key[i], b = w.key[j];
        if (a == b) continue;
        directed.push_back(std::uint64_t{a} << 32 | b);
        directed.push_back(std::uint64_t{b} << 32 | a);
      }
  std::sort(directed.begin(), directed.end());
  std::vector<std::size_t> first(words + 1, 0);  // edges of w: [first[w], first[w + 1])
  std::vector<std::uint32_t> to;
  std::vector<double> count, weight(words, 0.0);
  for (std::size_t k = 0; k < directed.size();) {
    std::size_t n = k;
    while (n < directed.size() && directed[n] == directed[k]) ++n;
    auto from = static_cast<std::uint32_t>(directed[k] >> 32);
    to.push_back(static_cast<std::uint32_t>(directed[k]));
    count.push_back(static_cast<double>(n - k));
    weight[from] += static_cast<double>(n - k);
    ++first[from + 1];
    k = n;
  }
  for (std::size_t w = 0; w < words; ++w) first[w + 1] += first[w];
  // Each edge's share of its neighbour's weight, divided once rather than once an iteration.
  std::vector<double> share(count.size());
  for (std::size_t e = 0; e < count.size(); ++e) share[e] = count[e] / weight[to[e]];
  std::vector<double> score(words, 1.0), next(words);
  for (int it = 0; it < kIterations; ++it) {
    for (std::size_t w = 0; w < words; ++w) {
      double sum = 0;
      for (std::size_t e = first[w]; e < first[w + 1]; ++e) sum += share[e] * score[to[e]];
      next[w] = (1 - kDamping) + kDamping * sum;
    }
    score.swap(next);
  }
  return score;
}

std::string join(const WordIds& table, const Gram& g) {
  std::string out;
  for (std::uint32_t id : g) {
    if (!out.empty()) out += ' ';
    out += table.word(id);
  }
  return out;
}

bool in_span(const text::Token& t, Span s) { return s.begin <= t.begin && t.end <= s.end; }

// a is a contiguous run of words inside b.
bool contains(const Gram& b, const Gram& a) {
  return a.size <= b.size && std::search(b.begin(), b.end(), a.begin(), a.end()) != b.end();
}

class Candidates {
 public:
  Candidate& at(const Gram& keys) {
    auto [it, added] = index_.try_emplace(keys, list_.size());
    if (added) list_.push_back({keys});
    return list_[it->second];
  }
  const Candidate* find(const Gram& keys) const {
    auto it = index_.find(keys);
    return it == index_.end() ? nullptr : &list_[it->second];
  }
  std::vector<Candidate>& list() { return list_; }

 private:
  absl::flat_hash_map<Gram, std::size_t, GramHash> index_;
  std::vector<Candidate> list_;
};

void add_form(Candidate& c, const Gram& form, int n) {
  for (auto& [f, k] : c.forms)
    if (f == form) {
      k += n;
      return;
    }
  c.forms.emplace_back(form, n);
}

// A noun in the construct state (إضافة) is not a phrase's end: an indefinite noun followed by a
// word with the article, a name, or a construct of its own is the head of what follows (عطلة
// نهاية | الأسبوع، رئيس | مجلس الإدارة، شرف نادي | الوحدة). A phrase cut there is a piece of a
// longer one. Not a verb (قدمت الجامعة), a name or a function word, nor before a relative
// pronoun. (The complement cut from its head is left alone: وصول | الفريق الوزاري اليمني is
// a whole phrase; dropping such pieces too scored the same on sum1–3, 0.400 against 0.401.)
class Construct {
 public:
  Construct(const Context& ctx, const Words& w, const Mentions& mention)
      : ctx_(ctx), w_(w), mention_(mention), head_(ctx.tokens.size(), -1), completes_(ctx.tokens.size(), -1) {}

  // The n-gram ending before token `last` ends inside a construct.
  bool open(std::size_t last) { return last < ctx_.tokens.size() && completes(last) && head(last - 1); }

 private:
  bool in_mention(std::size_t t) const { return mention_[t].second > mention_[t].first; }
  // Token t completes a construct: a word with the article, a name, or a construct itself.
  bool completes(std::size_t t) {
    if (completes_[t] < 0)
      completes_[t] = definite(t) || name_starts(t) || (t + 1 < ctx_.tokens.size() && definite(t + 1) && head(t));
    return completes_[t] > 0;
  }
  bool name_starts(std::size_t t) const { return in_mention(t) && mention_[t].first == t; }
  bool definite(std::size_t t) const {
    const std::string_view f = w_.folded(t);
    if (!util::has_prefix(f, "\u0627\u0644") || f.size() < 6) return false;
    if (w_.content[t] || f.size() > 14) return true;  // a relative pronoun is a function word
    static const std::vector<std::string> kRelatives = [] {
      std::vector<std::string> out;
      for (std::string_view r : {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللذان", "اللتان"}) {
        out.emplace_back();
        text::normalize_into(r, text::Profile::kSearch, out.back());
      }
      return out;
    }();
    return std::find(kRelatives.begin(), kRelatives.end(), f) == kRelatives.end();
  }
  // An indefinite content noun: a word without the article, outside names, no function word,
  // no verb.
  bool head(std::size_t t) {
    if (head_[t] < 0) {
      const std::string_view f = w_.folded(t);
      // A word written with ة is a noun: the corpus is not asked (most heads are: عطلة، بطولة).
      head_[t] = w_.content[t] && f.size() >= 4 && !f.starts_with("\u0627\u0644") && !in_mention(t) &&
                 (ctx_.tokens[t].view(ctx_.text).ends_with("\u0629") || (pronoun_stem(f).empty() && !verb(f)));
    }
    return head_[t] > 0;
  }

  const Context& ctx_;
  const Words& w_;
  const Mentions& mention_;
  std::vector<std::int8_t> head_, completes_;  // by token: -1 not read yet
};

void collect(const Context& ctx, const Words& w, const Mentions& mention, Candidates& out) {
  const auto in_mention = [&](std::size_t t) { return mention[t].second > mention[t].first; };
  Construct construct(ctx, w, mention);
  for (auto [begin, end] : w.runs) {
    for (std::size_t b = begin; b < end; ++b)
      for (std::size_t e = b + 1; e <= end && e - b <= kMaxGram; ++e) {
        // An n-gram that cuts a name is no phrase: «الأمير محمد» of «الأمير محمد بن سلمان»,
        // «مذكرات فاتن» of «مذكرات فاتن حمامة»; the name is a candidate of its own.
        const std::size_t first = w.tokens[b], last = w.tokens[e - 1] + 1;
        bool cuts = false;
        for (std::size_t t = first; t < last && !cuts; ++t)
          cuts = in_mention(t) && (mention[t].first < first || mention[t].second > last);
        if (cuts) continue;
        Candidate& c = out.at(gram(w.key, b, e));
        bool title = in_span(ctx.tokens[first], ctx.title);
        c.in_title = c.in_title || title;
        c.count += title ? 0 : 1;  // the title repeats the body; it boosts instead
        c.heads += b == begin && !title;
        ++c.occurrences;
        c.first_seen = std::min(c.first_seen, ctx.tokens[first].begin);
        c.word_and_name += e - b >= 2 && !in_mention(first) && mention[first + 1] == std::pair{first + 1, last};
        c.before_name += !title && last < mention.size() && in_mention(last) && mention[last].first == last;
        c.open += construct.open(last);
        Gram form = gram(w.written, b, e);
        form.ids[0] = w.shown_id[b];
        add_form(c, form, 1);
      }
  }
}

// A one-word name without the article that the corpus also writes with it, once for ten
// times without or more, is a common noun the tagger took for a name (منظمة 1,321 times,
// المنظمة 1,126; جامعة، ولاية); a name is not (مصر 3,862, المصر never; قطر 808, القطر 8).
bool common_noun(std::string_view name) {
  std::string folded;
  text::normalize_into(name, text::Profile::kSearch, folded);
  if (folded.starts_with("\u0627\u0644")) return false;
  const std::uint32_t bare = text::corpus_count(folded);
  return bare > 0 && text::corpus_count("\u0627\u0644" + folded) * 10 >= bare;
}

// A price's currency (data/currencies.tsv) as an entity's name is written after an amount:
// ريال، دولارا (the accusative's alef)، سنتا. The readers never take one for what an article
// is about; the tagger names every price. With the article it is the currency itself (الدولار
// أمام اليورو), which may be.
// `key` is a word key (word_key).
bool currency_key(std::string_view key) {
  static const util::StringSet words = [] {
    util::StringSet out;
    util::for_each_table_line(data::kCurrencies,
                              [&](std::string_view line) { out.insert(word_key(line.substr(0, line.find('\t')))); });
    return out;
  }();
  if (key.size() > 14) return false;  // none has more than six letters and an alef
  if (words.contains(key)) return true;
  return key.size() > 4 && key.ends_with("\u0627") && words.contains(key.substr(0, key.size() - 2));
}

bool currency(std::string_view name) { return !name.starts_with("\u0627\u0644") && currency_key(word_key(name)); }

// Entities count their mentions outside boilerplate sentences: the source named in its
// closing formula (رابط الخبر بصحيفة الوئام) or a tag list is not what the article is about.
// Returns the names of the dateline's reporter and outlet, which no keyphrase may hold.
std::vector<Gram> add_entities(const Context& ctx, const std::vector<bool>& skip, Span byline, Words& w,
                               Candidates& cands) {
  std::vector<Gram> bylines;
  std::vector<std::uint32_t> keys, shown;
  std::vector<Span> skipped;
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k)
    if (skip[k]) skipped.push_back({ctx.sentences[k].begin, ctx.sentences[k].end});
  for (const Entity& e : ctx.entities) {
    // The reporter and the outlet of the dateline (an outlet also in quote marks later:
    // «لـ"سبق"») are not what the article is about; its place may be.
    const bool in_byline =
        e.type != EntityType::kLocation &&
        std::any_of(e.mentions.begin(), e.mentions.end(), [&](Span m) { return byline.begin <= m.begin && m.end <= byline.end; });
    auto mentions = static_cast<double>(std::count_if(e.mentions.begin(), e.mentions.end(), [&](Span m) {
      return std::none_of(skipped.begin(), skipped.end(),
                          [&](Span s) { return s.begin <= m.begin && m.end <= s.end; });
    }));
    if (mentions == 0) continue;
    keys.clear();
    shown.clear();
    std::string_view name = e.name;
    for (const text::Token& t : text::tokenize(name)) {
      keys.push_back(w.keys.id(word_key(t.view(name))));
      shown.push_back(w.shown.id(t.view(name)));
    }
    if (keys.empty() || keys.size() > kMaxEntityWords) continue;
    if (in_byline) {
      bylines.push_back(gram(keys, 0, keys.size()));
      continue;
    }
    if (keys.size() == 1 && common_noun(name)) continue;  // the tagger's slip: a word like the others
    if (keys.size() == 1 && e.type == EntityType::kMisc && currency(name)) continue;  // a price, not a topic
    Candidate& c = cands.at(gram(keys, 0, keys.size()));
    c.entity = true;
    for (Span m : e.mentions) c.first_seen = std::min(c.first_seen, m.begin);
    c.count = std::max(c.count, mentions);
    add_form(c, gram(shown, 0, shown.size()), 1000);  // the canonical name is the display form
  }
  return bylines;
}

// Bodies named by a head and what they do, which the tagger leaves out as ANERcorp does
// (وزارة الشئون الاجتماعية، مؤسسة النقد العربي السعودي، كلية الحاسبات وتقنية المعلومات، المكتب
// التعاوني للدعوة والإرشاد) but an editor tags an article with: a head noun (with or without
// the article, behind و ف ب ل) and up to five words after it that carry the article (الـ، لل،
// والـ), stand inside an entity mention (مستشفى الرس العام) or are a noun with و before a word
// with the article (وتقنية المعلومات); never a function word or a time word, a person's name
// or the title before one, nor و right after the head (الوزارة والجامعات: two bodies). Such a
// phrase may be longer than the n-grams and hold و; it is scored as the n-grams are, times
// kInstitutionBoost (read on sum1 and sum2: 2, 3, 4, 5, 6 gave exact F1 0.362–0.371 on sum2,
// best at 4 and 4.5; sum1 0.399–0.405). Heads that mostly name no body (إدارة «management»,
// المركز «rank») are not listed.
void add_institutions(const Context& ctx, const std::vector<bool>& skip, const Mentions& mention, Words& w,
                      Candidates& cands) {
  static const util::StringSet heads = [] {
    util::StringSet out;
    for (std::string_view h : {"وزارة", "هيئة", "مؤسسة", "مصلحة", "كلية", "جامعة", "مكتب", "مستشفى", "جمعية", "مجلس",
                               "مديرية", "أمانة", "بلدية", "معهد", "لجنة", "صندوق", "مصرف", "محكمة", "رئاسة",
                               "وكالة", "منظمة", "غرفة", "مدرسة", "ثانوية", "مركز", "الوزارة", "الهيئة", "المؤسسة",
                               "المكتب", "الجمعية", "المجلس", "الغرفة", "اللجنة", "الصندوق", "المعهد"}) {
      std::string folded;
      text::normalize_into(h, text::Profile::kSearch, folded);
      out.insert(std::move(folded));
    }
    return out;
  }();
  // A word is looked up only if it ends with a head's last letter and is no longer than a head
  // with two proclitics and the article (two bytes a letter).
  static const std::pair<std::string, std::size_t> shape = [] {
    std::string last;
    std::size_t longest = 0;
    for (const std::string& h : heads) {
      if (last.find(h.substr(h.size() - 2)) == std::string::npos) last += h.substr(h.size() - 2);
      longest = std::max(longest, h.size());
    }
    return std::pair{last, longest + 8};
  }();
  const auto may_head = [&](std::string_view f) {
    if (f.size() < 4 || f.size() > shape.second) return false;
    const std::string_view end = f.substr(f.size() - 2);
    for (std::size_t k = 0; k + 1 < shape.first.size(); k += 2)
      if (shape.first.compare(k, 2, end) == 0) return true;
    return false;
  };
  constexpr std::size_t kMaxWords = 6;
  const StopWords& stop = StopWords::instance();
  // People's names end a body's name, and so does a title before one (وزارة التعليم | الدكتور
  // أحمد العيسى).
  std::vector<bool> person(ctx.tokens.size(), false), clitic_name(ctx.tokens.size(), false);
  for (const Entity& e : ctx.entities)
    for (Span m : e.mentions) {
      auto t = static_cast<std::size_t>(
          std::partition_point(ctx.tokens.begin(), ctx.tokens.end(), [&](const text::Token& tok) { return tok.end <= m.begin; }) -
          ctx.tokens.begin());
      if (t < ctx.tokens.size() && ctx.tokens[t].begin < m.begin) clitic_name[t] = true;  // بجامعة
      for (; t < ctx.tokens.size() && ctx.tokens[t].begin < m.end; ++t)
        if (e.type == EntityType::kPerson) person[t] = true;
    }
  std::unordered_set<Gram, GramHash> mine;  // candidates only this function counts
  std::vector<std::uint32_t> keys, shown;
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k) {
    if (skip[k]) continue;
    const text::Sentence& s = ctx.sentences[k];
    const std::size_t end = std::min<std::size_t>(s.last_token, ctx.tokens.size());
    const auto fold = [&](std::size_t i) { return w.folded(i); };
    for (std::size_t i = s.first_token; i + 1 < end; ++i) {
      // A name goes on with a word with the article, a name, or و: test that first, it is cheap.
      const std::string_view next = fold(i + 1);
      if (!(mention[i + 1].second > mention[i + 1].first || util::has_prefix(next, "\u0627\u0644") ||
            util::has_prefix(next, "\u0644\u0644") || util::has_prefix(next, "\u0648")))
        continue;
      std::string_view head = fold(i);
      if (!may_head(head)) continue;
      std::size_t cut = 0;  // bytes of و ف ب ل before the head
      if (!heads.contains(head) && head.size() > 6 &&
          (util::has_prefix(head, "\u0648") || util::has_prefix(head, "\u0641") || util::has_prefix(head, "\u0628") ||
           util::has_prefix(head, "\u0644")))
        cut = 2;
      if (cut == 2 && !heads.contains(head.substr(2)) && head.size() > 8 && head.substr(2).starts_with("\u0644"))
        cut = 4;  // ولمكتب
      if (!heads.contains(head.substr(cut)) || (mention[i].second > mention[i].first)) continue;
      const bool definite = head.substr(cut).starts_with("\u0627\u0644");
      std::size_t last = i + 1;
      while (last < end && last - i < kMaxWords) {
        const std::string_view f = fold(last);
        if (f.empty() || stop.contains(f) || person[last] || (last + 1 < end && person[last + 1])) break;
        if (mention[last].second > mention[last].first) {
          if (mention[last].first < last || mention[last].second - i > kMaxWords) break;
          last = mention[last].second;
          continue;
        }
        // Right after the head, و joins a second body, not a word of the name (الوزارة والجامعات),
        // and after a head with the article ل opens what it does, not its name (الوزارة للتفتيش).
        if (last == i + 1 && (util::has_prefix(f, "\u0648") || (definite && util::has_prefix(f, "\u0644\u0644")))) break;
        // A name written behind a preposition names where, not the body (كلية العلوم | بجامعة الأزهر).
        if (clitic_name[last]) break;
        const std::string_view bare = util::has_prefix(f, "\u0648") ? f.substr(2) : f;
        if (util::has_prefix(bare, "\u0627\u0644") || util::has_prefix(bare, "\u0644\u0644")) {
          if (stop.contains(bare)) break;
          ++last;
          continue;
        }
        // و + a noun without the article, before a word with it: وتقنية المعلومات (the corpus
        // writes تقنية alone more often than with و; وزير is no و + زير).
        if (util::has_prefix(f, "\u0648") && last + 1 < end && last + 1 - i < kMaxWords &&
            text::corpus_count(f.substr(2)) > text::corpus_count(f)) {
          const std::string_view g = fold(last + 1);
          if (!g.empty() && util::has_prefix(g, "\u0627\u0644") && !stop.contains(g)) {
            last += 2;
            continue;
          }
        }
        break;
      }
      if (last - i < 2) continue;
      keys.clear();
      shown.clear();
      for (std::size_t t = i; t < last; ++t) {
        std::string_view surface = ctx.tokens[t].view(ctx.text);
        std::string_view folded = fold(t);
        if (t == i && cut > 0 && surface.size() > cut) surface.remove_prefix(cut), folded.remove_prefix(cut);  // لوزارة
        keys.push_back(folded.empty() ? w.keys.id(word_key(surface)) : w.keys.id(key_of_folded(folded)));  // a name's «.»
        shown.push_back(w.shown.id(surface));
      }
      const Gram g = gram(keys, 0, keys.size());
      // An n-gram of the runs already counts its occurrences (وزارة الصحة).
      if (cands.find(g) == nullptr) mine.insert(g);
      Candidate& c = cands.at(g);
      c.institution = true;
      const std::size_t first = i;
      i = last - 1;
      if (!mine.contains(g)) continue;
      const bool title = in_span(ctx.tokens[first], ctx.title);
      c.in_title = c.in_title || title;
      c.count += title ? 0 : 1;
      ++c.occurrences;
      c.first_seen = std::min(c.first_seen, ctx.tokens[first].begin);
      add_form(c, gram(shown, 0, shown.size()), 1);
    }
  }
}

// The most frequent display form; among equals, the first in string order.
std::string best_form(const Candidate& c, const WordIds& shown) {
  int most = 0;
  for (const auto& [_, n] : c.forms) most = std::max(most, n);
  std::string best;
  bool found = false;
  for (const auto& [f, n] : c.forms) {
    if (n != most) continue;
    std::string s = join(shown, f);
    if (!found || s < best) best = std::move(s);
    found = true;
  }
  return best;
}

// بن، أبو، عبد، آل join the words of one name: a phrase that ends with one (الأمير محمد بن) or
// begins with بن (بن عبدالعزيز) is a piece of a name, not a keyphrase; the whole name is an
// entity candidate of its own. Begun by the others it may be whole (عبد العزيز، أبو مازن).
bool ends_in_joint(std::string_view key) {
  static constexpr std::string_view kJoints[] = {"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062A",
                                                 "\u0627\u0628\u0648", "\u0627\u0628\u064A", "\u0639\u0628\u062F",
                                                 "\u0627\u0644"};
  return std::find(std::begin(kJoints), std::end(kJoints), key) != std::end(kJoints);
}

bool starts_with_joint(std::string_view key) { return key == "\u0628\u0646" || key == "\u0628\u0646\u062A"; }

// الله outside a longer name (حزب الله، عبد الله) comes from formulas (حفظه الله، رحمه الله، إن شاء
// الله، صلى الله عليه وسلم), not from what the article is about.
bool formula_word(std::string_view key) {
  static const std::string allah = word_key("\u0627\u0644\u0644\u0647");
  return key == allah;
}

}  // namespace

std::vector<std::string> keyphrases(const Context& ctx, std::size_t count) {
  if (count == 0 || ctx.tokens.empty()) return {};
  std::vector<bool> storage;
  const std::vector<bool>& skip = boilerplate_of(ctx, storage);
  const Mentions mentions = mention_tokens(ctx);
  const Span byline = dateline(ctx);  // its reporter and outlet, read by both below
  Words words = content_runs(ctx, skip, byline, mentions);
  Candidates cands;
  collect(ctx, words, mentions, cands);
  const std::vector<Gram> bylines = add_entities(ctx, skip, byline, words, cands);
  add_institutions(ctx, skip, mentions, words, cands);
  std::vector<double> rank = rank_words(words);
  // A word the news writes everywhere (الناس، وقت، مستوى) says less about this article than
  // one it rarely writes: each word's rank is weighted by its inverse corpus frequency (the
  // word with and without the article; TextRank × IDF).
  for (std::size_t k = 0; k < rank.size(); ++k) {
    const std::string_view key = words.keys.word(static_cast<std::uint32_t>(k));
    const double n = text::corpus_count(key) + count_of("\u0627\u0644", key);
    rank[k] *= std::log(kCorpusWords / (n + 10.0));
  }

  std::vector<Candidate*> ranked;
  for (Candidate& c : cands.list()) {
    if (std::any_of(bylines.begin(), bylines.end(), [&](const Gram& b) { return contains(c.keys, b) || contains(b, c.keys); }))
      continue;  // the reporter or outlet, or a piece of its name
    if (!c.entity && (starts_with_joint(words.keys.word(c.keys.ids[0])) ||
                      ends_in_joint(words.keys.word(c.keys.ids[c.keys.size - 1]))))
      continue;
    if ((!c.entity || c.keys.size == 1) &&
        std::any_of(c.keys.begin(), c.keys.end(), [&](std::uint32_t k) { return formula_word(words.keys.word(k)); }))
      continue;
    if (!c.entity && c.keys.size == 1 && currency_key(words.keys.word(c.keys.ids[0]))) continue;  // ريال alone
    // A title and a name («الدكتور سامي العتيبي», «مدينة أبها») is the name's: the name is a
    // candidate of its own and the title is no keyphrase.
    if (!c.entity && c.word_and_name * 2 >= c.occurrences && c.occurrences > 0) {
      Gram head;
      head.ids[0] = c.keys.ids[0], head.size = 1;
      const Candidate* h = cands.find(head);
      if (h && h->count > 0 && h->before_name * 2 >= h->count) continue;
    }
    // A single word that mostly comes right before a name (الأمير، الدكتور) is its title, and
    // a phrase ending with a title runs on into the name («وزير التعليم الدكتور»).
    const auto title_word = [&](std::uint32_t key) {
      Gram one;
      one.ids[0] = key, one.size = 1;
      const Candidate* h = cands.find(one);
      return h && !h->entity && h->count > 0 && h->before_name * 2 >= h->count;
    };
    if (!c.entity && title_word(c.keys.ids[c.keys.size - 1])) continue;
    if (!c.entity && !c.institution && c.open * 2 > c.occurrences) continue;  // a piece of a construct
    // A word said once is a weak candidate, kept for short articles that repeat nothing.
    bool once = !c.entity && !c.in_title && c.count < 2;
    // A single word that mostly follows another (العراقي after وزير الخارجية) is a modifier.
    bool modifier = !c.entity && c.keys.size == 1 && c.heads * 2 < c.count;
    double sum = 0;
    for (std::uint32_t k : c.keys) sum += rank[k];
    // Where the phrase is first seen, 0 at the text's start to 1 at its end: the lead names
    // what the article is about (PositionRank, Florescu & Caragea 2017).
    const double first_seen = std::min(1.0, static_cast<double>(c.first_seen) / std::max<double>(1, ctx.tokens.back().end));
    double score = sum / std::sqrt(static_cast<double>(c.keys.size)) *
                   (1 + std::log(std::max(c.count, 1.0))) *
                   (c.entity ? kEntityBoost : c.institution ? kInstitutionBoost : 1) *
                   (c.in_title ? kTitleBoost : 1) * (once ? kOncePenalty : 1) *
                   (modifier ? kModifierPenalty : 1) * (!c.entity && c.keys.size == 1 ? kSingleWordPenalty : 1) *
                   std::exp(-kPositionDecay * first_seen);
    // Scores equal but for rounding (the same words summed in another order: محمد … زكي and
    // زكي … محمد) count as equal, so the order below never depends on summing order.
    c.score = std::nearbyint(score * kScoreGrain) / kScoreGrain;
    ranked.push_back(&c);
  }
  // Equal scores are common (words said once); the keys' string order settles them.
  auto sort_key = [&](Candidate* c) -> const std::string& {
    if (c->sort_key.empty()) c->sort_key = join(words.keys, c->keys);
    return c->sort_key;
  };
  std::sort(ranked.begin(), ranked.end(), [&](Candidate* a, Candidate* b) {
    if (a->score != b->score) return a->score > b->score;
    return sort_key(a) < sort_key(b);
  });
  // No phrase holds a verb («الذهب يهوي», «القروض بلغ»); read only for the candidates looked at
  // here (the corpus lookups cost more than the rest of the keyphrases).
  std::vector<std::int8_t> verb_key(words.keys.size(), -1);
  const auto holds_verb = [&](const Candidate& c) {
    if (c.entity) return false;
    for (std::uint32_t k : c.keys) {
      if (k < words.key_in_name.size() && words.key_in_name[k]) continue;  // a name's word
      if (verb_key[k] < 0) {
        const std::string_view w = words.keys.word(k);
        verb_key[k] = !pronoun_stem(w).empty() || verb(w) || (k < words.key_accusative.size() && words.key_accusative[k]) || accusative(w) ? 1 : 0;
      }
      if (verb_key[k] > 0) return true;
    }
    return false;
  };
  std::vector<const Candidate*> chosen;
  std::vector<std::string> out;
  for (const Candidate* c : ranked) {
    if (out.size() >= count) break;
    if (holds_verb(*c)) continue;
    bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate* o) {
      return contains(o->keys, c->keys) || contains(c->keys, o->keys);
    });
    if (repeats) continue;
    chosen.push_back(c);
    out.push_back(best_form(*c, words.shown));
  }
  return out;
}

}  // namespace marsad::summary
