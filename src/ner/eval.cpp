// CoNLL reading, the dev split and conlleval-style scoring.
#include <algorithm>
#include <fstream>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"
#include "ner/model.h"
#include "util/cpu_time.h"
#include "marsad/document.h"

namespace marsad::ner {
namespace {

double ratio(std::size_t a, std::size_t b) noexcept { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

double TypeScore::precision() const noexcept { return ratio(correct, predicted); }
double TypeScore::recall() const noexcept { return ratio(correct, gold); }
double TypeScore::f1() const noexcept {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::vector<LabeledSentence> read_conll(const std::filesystem::path& path) {
  // Decoded as the articles are: a NUL byte or bytes that are not text are an error at their
  // line and offset (not a tag of garbage), a legacy Arabic code page is read, a BOM dropped.
  const std::string text = decode_text(read_file(path, "CoNLL file"), path.string());
  std::vector<LabeledSentence> out(1);
  std::string line;
  std::uint64_t n = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    line.assign(text, pos, nl - pos);
    pos = nl + 1;
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!out.back().words.empty()) out.emplace_back();
      continue;
    }
    // CoNLL-2003's document boundary: the next sentence starts a new article.
    if (line.starts_with("-DOCSTART-")) {
      if (!out.back().words.empty()) out.emplace_back();
      out.back().document_start = true;
      continue;
    }
    std::size_t sep = line.find_last_of("\t ");
    LabeledSentence& s = out.back();
    if (sep == std::string::npos) {
      if (!s.tags.empty()) throw InputError("a tagged file has a line without a tag", {path.string(), n});
      s.words.push_back(line);
      continue;
    }
    std::string tag = line.substr(sep + 1);
    if (parse_label(tag) < 0)
      throw InputError("unknown tag '" + tag + "' (expected O, B-/I- PERS LOC ORG MISC)", {path.string(), n});
    if (s.tags.size() != s.words.size()) throw InputError("a line without a tag in a tagged sentence", {path.string(), n});
    s.words.push_back(line.substr(0, sep));
    s.tags.push_back(std::move(tag));
  }
  if (out.back().words.empty()) out.pop_back();
  return out;
}

std::size_t dev_size(std::size_t sentences, double fraction) {
  if (fraction < 0 || fraction >= 1) throw InputError("dev fraction must be in [0, 1)");
  return static_cast<std::size_t>(static_cast<double>(sentences) * fraction);
}

Split split_dev(std::vector<LabeledSentence> sentences, double fraction) {
  const std::size_t dev = dev_size(sentences.size(), fraction);
  Split s;
  s.dev.assign(std::make_move_iterator(sentences.end() - static_cast<std::ptrdiff_t>(dev)),
               std::make_move_iterator(sentences.end()));
  sentences.resize(sentences.size() - dev);
  s.train = std::move(sentences);
  return s;
}

std::vector<std::uint64_t> article_fingerprints(std::span<const LabeledSentence> sentences) {
  std::vector<std::uint64_t> out;
  for (const LabeledSentence& s : sentences) {
    if (s.document_start) out.push_back(0xcbf29ce484222325ull);  // FNV-1a 64
    if (out.empty()) continue;
    auto add = [&out](unsigned char c) { out.back() = (out.back() ^ c) * 0x100000001b3ull; };
    for (const std::string& w : s.words) {
      for (char c : w) add(static_cast<unsigned char>(c));
      add('\n');
    }
    add('\n');  // the sentence boundary
  }
  return out;
}

std::vector<Chunk> chunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  std::string_view open;  // type of the chunk being read, empty if none
  for (std::size_t i = 0; i < tags.size(); ++i) {
    std::string_view t = tags[i];
    bool inside = t.size() > 2 && t[1] == '-';
    std::string_view type = inside ? t.substr(2) : std::string_view();
    bool continues = inside && t[0] == 'I' && type == open;
    if (!continues && !open.empty()) out.back().end = i, open = {};
    if (inside && !continues) {
      out.push_back({i, i + 1, std::string(type)});
      open = out.back().type;
    }
  }
  if (!open.empty()) out.back().end = tags.size();
  return out;
}

void score(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
           Evaluation& into) {
  std::vector<Chunk> g = chunks(gold), p = chunks(predicted);
  for (const Chunk& c : g) ++into.by_type[c.type].gold, ++into.overall.gold;
  for (const Chunk& c : p) ++into.by_type[c.type].predicted, ++into.overall.predicted;
  std::size_t j = 0;
  for (const Chunk& c : g) {
    while (j < p.size() && p[j].begin < c.begin) ++j;
    if (j < p.size() && p[j] == c) ++into.by_type[c.type].correct, ++into.overall.correct;
  }
  into.tokens += gold.size();
  for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i)
    into.tokens_correct += gold[i] == predicted[i];
}

Evaluation evaluate(const Recognizer& recognizer, const std::vector<LabeledSentence>& gold,
                    std::vector<std::vector<std::string>>* predicted_out) {
  Evaluation e;
  std::vector<std::vector<std::string>> words;
  words.reserve(gold.size());
  for (const auto& s : gold) words.push_back(s.words);
  double start = util::thread_cpu_seconds();
  std::vector<std::vector<std::string>> predicted = recognizer.tag_running(words);
  e.seconds = util::thread_cpu_seconds() - start;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].tags.size() != gold[i].words.size())
      throw InputError("gold sentence " + std::to_string(i + 1) + " has words without tags");
    score(gold[i].tags, predicted[i], e);
  }
  if (predicted_out) *predicted_out = std::move(predicted);
  return e;
}

namespace {

// Tags of the sentences [begin, end) of `gold` read as one article: words joined by spaces,
// sentences by line breaks, each entity mention tagging the words it overlaps (a name cut
// from its proclitic, بالعراق → العراق, tags the whole word, as the gold does).
void tag_article(const Recognizer& recognizer, const std::vector<LabeledSentence>& gold, std::size_t begin,
                 std::size_t end, std::vector<std::vector<std::string>>& predicted) {
  // The gold words, one line per sentence, and where each lies in that text (in text order,
  // so a mention finds its words by binary search however long the article).
  struct Word {
    Span span;
    std::size_t sentence, index;
  };
  std::string text;
  std::vector<Word> words;
  for (std::size_t i = begin; i < end; ++i) {
    for (std::size_t w = 0; w < gold[i].words.size(); ++w) {
      if (w > 0) text += ' ';
      words.push_back({{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(text.size() + gold[i].words[w].size())}, i, w});
      text += gold[i].words[w];
    }
    text += '\n';
    predicted[i].assign(gold[i].words.size(), "O");
  }
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  for (const Entity& ent : recognizer.recognize(text, tokens, sentences)) {
    const std::string type = ent.type == EntityType::kPerson ? "PERS" : std::string(entity_type_name(ent.type));
    for (const Span& m : ent.mentions) {
      auto w = std::partition_point(words.begin(), words.end(), [&](const Word& x) { return x.span.end <= m.begin; });
      for (std::size_t sentence = SIZE_MAX; w != words.end() && w->span.begin < m.end; ++w) {
        predicted[w->sentence][w->index] = (w->sentence != sentence ? "B-" : "I-") + type;
        sentence = w->sentence;
      }
    }
  }
}

}  // namespace

Evaluation evaluate_entities(const Recognizer& recognizer, const std::vector<LabeledSentence>& gold,
                             std::vector<std::vector<std::string>>* predicted_out) {
  for (std::size_t i = 0; i < gold.size(); ++i)
    if (gold[i].tags.size() != gold[i].words.size())
      throw InputError("gold sentence " + std::to_string(i + 1) + " has words without tags");
  const bool marked = std::any_of(gold.begin(), gold.end(), [](const auto& s) { return s.document_start; });
  std::vector<std::vector<std::string>> predicted(gold.size());
  Evaluation e;
  double start = util::thread_cpu_seconds();
  for (std::size_t b = 0; b < gold.size();) {
    std::size_t end = b + 1;
    if (marked)
      while (end < gold.size() && !gold[end].document_start) ++end;
    else
      end = std::min(gold.size(), b + kRunningArticleSentences);
    tag_article(recognizer, gold, b, end, predicted);
    b = end;
  }
  e.seconds = util::thread_cpu_seconds() - start;
  for (std::size_t i = 0; i < gold.size(); ++i) score(gold[i].tags, predicted[i], e);
  if (predicted_out) *predicted_out = std::move(predicted);
  return e;
}

}  // namespace marsad::ner
