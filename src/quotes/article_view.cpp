#include "quotes/article_view.h"

#include <algorithm>

#include "text/word_set.h"

namespace marsad::quotes {
namespace {

bool is_opening_mark(std::string_view s) { return s == "\u00AB" || s == "\u201C"; }
// ″ (a double prime) closes “ where publishing software "smartened" the mark after a digit
// (“غالاكسي نوت 5″: 176 such pairs in SaudiNewsNet).
bool is_closing_mark(std::string_view s) { return s == "\u00BB" || s == "\u201D" || s == "\u2033"; }

}  // namespace

ArticleView::ArticleView(std::string_view text, std::span<const text::Token> tokens,
                         std::span<const text::Sentence> sentences,
                         std::span<const Entity> entities, std::span<const std::string> norms)
    : text_(text), tokens_(tokens), sentences_(sentences.begin(), sentences.end()), entities_(entities),
      words_(tokens.size()) {
  split_dateline();
  fold_tokens(CueLexicon::instance(), norms);
  pair_quote_marks();
  map_entities();
  mark_explained();
}

// «عيسى الحربي- سبق- الرياض: أعرب الأمين العام …، مؤكدا أن»: the dateline that opens the
// body names the reporter, the outlet and the place between dashes, up to a colon. It is a
// sentence of its own: no one in it is the subject of the verbs after it. Within the body's
// first line's first 12 tokens, words, dashes and brackets only, at least one dash.
void ArticleView::split_dateline() {
  const std::size_t line = text_.find('\n');
  if (line == std::string_view::npos) return;
  for (std::size_t s = 0; s < sentences_.size(); ++s) {
    const text::Sentence sentence = sentences_[s];
    if (sentence.begin <= line) continue;
    bool dash = false;
    for (std::uint32_t i = sentence.first_token; i < sentence.last_token && i < sentence.first_token + 12; ++i) {
      const std::string_view w = surface(i);
      if (w == ":" && dash && i > sentence.first_token + 1 && i + 1 < sentence.last_token) {
        text::Sentence rest = sentence;
        sentences_[s].last_token = i + 1;
        sentences_[s].end = tokens_[i].end;
        rest.first_token = i + 1;
        rest.begin = tokens_[i + 1].begin;
        sentences_.insert(sentences_.begin() + static_cast<std::ptrdiff_t>(s) + 1, rest);
        return;
      }
      const auto kind = tokens_[i].kind;
      const bool is_dash = w == "-" || w == "\u2013" || w == "\u2014";
      dash = dash || is_dash;
      if (!(kind == text::TokenKind::kWord || kind == text::TokenKind::kLatin || is_dash || w == "(" || w == ")" ||
            w == "/"))
        return;
    }
    return;  // only the body's first sentence
  }
}

bool ArticleView::is_word(std::size_t i) const noexcept {
  if (i >= size()) return false;
  auto k = tokens_[i].kind;
  if (k == text::TokenKind::kLatin) return true;
  if (k != text::TokenKind::kWord) return false;
  // A tatweel standing alone is a dash (وقال ـ رافضا ذكر اسمه ـ إنه …), no word.
  const std::string_view w = surface(i);
  for (std::size_t b = 0; b + 1 < w.size(); b += 2)
    if (w.substr(b, 2) != "\u0640") return true;
  return w.size() % 2 != 0;
}

bool ArticleView::opens_quote(std::size_t i) const noexcept {
  return i < size() && words_[i].pair != kNone && pairs_[words_[i].pair].open == i;
}

std::size_t ArticleView::paragraph_end(std::size_t i) const noexcept {
  return paragraph_ends_[words_[i].paragraph];
}

void ArticleView::fold_tokens(const CueLexicon& lexicon, std::span<const std::string> norms) {
  for (std::uint32_t s = 0; s < sentences_.size(); ++s)
    for (std::size_t i = sentences_[s].first_token; i < sentences_[s].last_token && i < size(); ++i)
      words_[i].sentence = s;
  std::uint32_t paragraph = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    WordInfo& w = words_[i];
    if (i > 0 && text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end)
                         .find('\n') != std::string_view::npos) {
      paragraph_ends_.push_back(i);
      ++paragraph;
    }
    w.paragraph = paragraph;
    if (tokens_[i].kind != text::TokenKind::kWord) continue;
    w.norm = norms.empty() ? fold_word(surface(i)) : norms[i];
    w.cls = lexicon.word_class(w.norm, &w.conj);
    // آن (a name: قالت آن بوفيرت; "time") folds to the complementizer's form, but is never it.
    if (w.cls == CueClass::kComplement && surface(i).starts_with("\u0622")) w.cls = CueClass::kNone;
    // إن.بي.سي، أ.ف.ب: a letter or two joined to the next by a full stop is an initial, no word
    // (not the end of a sentence written without a space: للألمانية.وتقام).
    if (w.cls != CueClass::kNone && (initials_stop(i + 1) || (i > 0 && initials_stop(i - 1)))) w.cls = CueClass::kNone;
    // إبان ("during") written with its hamza below is no أبان ("he explained").
    if (w.cls == CueClass::kVerb && (surface(i) == "\u0625\u0628\u0627\u0646" || surface(i) == "\u0648\u0625\u0628\u0627\u0646"))
      w.cls = CueClass::kNone;
  }
  paragraph_ends_.push_back(size());
}

// Pairs «» and “” by nesting and "" by alternation, never across a paragraph: a mark left
// open is closed where its paragraph ends. A verse's brackets, ﴿ ﴾, { } and (( )), pair as
// quote marks too (قال تعالى {…}); one left open quotes nothing.
void ArticleView::pair_quote_marks() {
  std::vector<std::size_t> open;  // token indices of unmatched opening marks
  std::size_t ascii_open = kNone, verse_open = kNone;
  for (std::size_t i = 0; i < size(); ++i) {
    if (i > 0 && words_[i].paragraph != words_[i - 1].paragraph) {
      if (ascii_open != kNone) open.push_back(ascii_open);
      ascii_open = verse_open = kNone;
      close_open_marks(open, i);
    }
    if (tokens_[i].kind != text::TokenKind::kPunct) continue;
    std::string_view s = surface(i);
    // (the ornate brackets either way round: papers write ﴿ or ﴾ first)
    const bool ornate = s == "\uFD3E" || s == "\uFD3F";
    if (verse_open == kNone && (ornate || s == "{" || s == "((")) {
      verse_open = i;
      continue;
    }
    if (verse_open != kNone && (ornate || s == "}" || s == "))")) {
      if (i > verse_open + 1) {  // (the words inside, without the spaces papers leave: (( … )))
        words_[verse_open].pair = words_[i].pair = pairs_.size();
        pairs_.push_back({verse_open, i, i, {tokens_[verse_open + 1].begin, tokens_[i - 1].end}});
      }
      verse_open = kNone;
      continue;
    }
    // Some papers open with ” or » as well (لـ”الوئام”، تمرين ” الصمصام 5 ”، ل»الرياض»): with
    // none open, one before a word opens, when it is glued to that word or stands apart from the
    // word before.
    bool opens_as_closing = (s == "\u201D" || s == "\u00BB") && open.empty() && i + 1 < size() &&
                            tokens_[i + 1].kind == text::TokenKind::kWord &&
                            (tokens_[i].end == tokens_[i + 1].begin || (i > 0 && tokens_[i - 1].end < tokens_[i].begin));
    if (is_opening_mark(s) || opens_as_closing) {
      open.push_back(i);
    } else if (is_closing_mark(s) && !open.empty()) {
      std::size_t o = open.back();
      open.pop_back();
      words_[o].pair = words_[i].pair = pairs_.size();
      pairs_.push_back({o, i, i, {tokens_[o].end, tokens_[i].begin}});
    } else if (s == "\"") {
      if (ascii_open == kNone) {
        ascii_open = i;
      } else {
        words_[ascii_open].pair = words_[i].pair = pairs_.size();
        pairs_.push_back({ascii_open, i, i, {tokens_[ascii_open].end, tokens_[i].begin}});
        ascii_open = kNone;
      }
    }
  }
  if (ascii_open != kNone) open.push_back(ascii_open);
  close_open_marks(open, size());
}

void ArticleView::close_open_marks(std::vector<std::size_t>& open, std::size_t para_end) {
  std::sort(open.begin(), open.end());
  for (std::size_t o : open) {
    std::size_t end = para_end;
    // … «أنه اليوبيل الأول … داعش. وأضاف: إن …: a sentence opening with و/ف and a speech
    // verb is the writer's again, and the quote ends before it.
    for (std::size_t k = o + 2; k < para_end; ++k)
      if (words_[k].conj && words_[k].cls == CueClass::kVerb && words_[k].sentence != words_[k - 1].sentence) {
        end = k;
        break;
      }
    // The sentence's own full stop is not part of what was quoted.
    while (end > o + 1 && tokens_[end - 1].kind == text::TokenKind::kPunct) --end;
    if (end <= o + 1) continue;
    words_[o].pair = pairs_.size();
    pairs_.push_back({o, kNone, end, {tokens_[o].end, tokens_[end - 1].end}});
  }
  open.clear();
}

void ArticleView::map_entities() {
  for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
    for (const Span& m : entities_[e].mentions) {
      auto first = std::lower_bound(tokens_.begin(), tokens_.end(), m.begin,
                                    [](const text::Token& t, std::uint32_t b) { return t.end <= b; });
      std::size_t i = static_cast<std::size_t>(first - tokens_.begin());
      std::size_t end = i;
      while (end < size() && tokens_[end].begin < m.end) ++end;
      for (std::size_t k = i; k < end; ++k) {
        words_[k].entity = e;
        words_[k].mention_end = end;
      }
    }
  }
}

// بيّن ("he explained") is written as بين ("between") once its shadda is dropped, as it mostly
// is: a cue when a complementizer follows in its sentence and it is written with the shadda, or
// opens a clause (with و or ف, or after من جانبه، من جهته) with a person, a role or a style
// after it (وبين المهندس علي آل حرفش أنه، من جانبه بين قرقاش أن). Not وبين النظام الإيراني، وبين
// الدراسة (a description: "and between the studies"), بيني وبين الأستاذ، الفرق بين البلدين أن,
// nor وقد بيَّن الله عقوبة القتل بقوله, with no complementizer.
void ArticleView::mark_explained() {
  static const std::string between = fold_word("\u0628\u064A\u0646");
  static const text::WordSet ranks = text::search_forms({"اللواء", "العميد", "العقيد"}),
                             sides = text::search_forms({"جانبه", "جانبها", "جهته", "جهتها"});
  const CueLexicon& lexicon = CueLexicon::instance();
  for (std::size_t i = 0; i + 1 < size(); ++i) {
    WordInfo& w = words_[i];
    if (tokens_[i].kind != text::TokenKind::kWord || w.cls != CueClass::kNone) continue;
    std::string_view n = w.norm;
    const bool conjoined = n.size() > between.size() && (n.starts_with("\u0648") || n.starts_with("\u0641"));
    if (conjoined) n.remove_prefix(2);
    if (n != between) continue;
    const bool shadda = surface(i).find("\u0651") != std::string_view::npos;
    const bool after_side = i > 0 && sides.contains(words_[i - 1].norm);
    // (بيني وبين الأستاذ محمد عبد الوهاب: "between me and")
    const bool pair = i > 0 && words_[i - 1].norm.size() > between.size() && words_[i - 1].norm.starts_with(between);
    if (!shadda) {
      if ((!conjoined && !after_side) || pair || words_[i + 1].sentence != w.sentence) continue;
      const WordInfo& next = words_[i + 1];
      std::string_view bare = next.norm;
      if (bare.starts_with("\u0627\u0644") && bare.size() > 4) bare.remove_prefix(4);
      const CueClass next_class = lexicon.word_class(bare);
      const bool speaker =
          (next.entity >= 0 && entities_[next.entity].type == EntityType::kPerson) ||
          next_class == CueClass::kRole || next_class == CueClass::kOffice ||
          style_word(next.norm) || ranks.contains(next.norm);
      if (!speaker) continue;
    }
    for (std::size_t k = i + 1; k < size() && k < i + 30 && words_[k].sentence == w.sentence; ++k)
      if (words_[k].cls == CueClass::kComplement) {
        w.cls = CueClass::kVerb;
        w.conj = conjoined;
        break;
      }
  }
}

}  // namespace marsad::quotes
