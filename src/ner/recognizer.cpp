// Recognizer: the public face of the tagger and resolution.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "ner/embedded_model.h"
#include "ner/model.h"
#include "ner/neural.h"
#include "ner/resolve.h"
#include "marsad/document.h"

namespace marsad::ner {
namespace {

std::unique_ptr<Model> builtin_model() {
  std::string_view bytes = embedded_model();
  if (bytes.empty())
    throw FormatError("this build has no default NER model; train models/ner.bin (see models/README.md)");
  return std::make_unique<Model>(Model::load(bytes, "models/ner.bin (built in)"));
}

std::unique_ptr<NeuralTagger> builtin_neural() {
  std::string_view bytes = embedded_neural_model();
  if (bytes.empty())
    throw FormatError("this build has no neural NER model; train models/ner_neural.bin (see models/README.md)");
  return std::make_unique<NeuralTagger>(NeuralTagger::parse(bytes, "models/ner_neural.bin (built in)"));
}

}  // namespace

Recognizer::Recognizer(std::unique_ptr<Model> model, std::unique_ptr<NeuralTagger> neural)
    : model_(std::move(model)), neural_(std::move(neural)) {}

Recognizer::Recognizer(std::string_view bytes, const std::string& name)
    : model_(std::make_unique<Model>(Model::load(bytes, name))) {}

Recognizer::Recognizer(const std::filesystem::path& model)
    : model_(std::make_unique<Model>(Model::load(read_file(model, "NER model"), model.string()))) {}

Recognizer::~Recognizer() = default;
Recognizer::Recognizer(Recognizer&&) noexcept = default;
Recognizer& Recognizer::operator=(Recognizer&&) noexcept = default;

const Recognizer& Recognizer::instance(NerMode mode) {
  if (mode == NerMode::kAccurate) {
    static const Recognizer accurate(builtin_model(), builtin_neural());
    return accurate;
  }
  static const Recognizer fast(builtin_model(), nullptr);
  return fast;
}

Recognizer Recognizer::builtin(NerMode mode) {
  return Recognizer(builtin_model(), mode == NerMode::kAccurate ? builtin_neural() : nullptr);
}

Recognizer Recognizer::accurate(const std::filesystem::path& model, const std::filesystem::path& neural) {
  auto m = model.empty() ? builtin_model()
                         : std::make_unique<Model>(Model::load(read_file(model, "NER model"), model.string()));
  auto n = neural.empty() ? builtin_neural()
                          : std::make_unique<NeuralTagger>(NeuralTagger::parse(
                                read_file(neural, "neural NER model"), neural.string()));
  return Recognizer(std::move(m), std::move(n));
}

std::vector<std::vector<int>> Recognizer::label(const std::vector<std::vector<std::string_view>>& words,
                                                bool running, const std::vector<std::span<const std::string>>* norms) const {
  std::vector<SentenceFeatures> features(words.size());
  const Domain domain = model_->domains ? domain_ : Domain::kNone;
  for (std::size_t s = 0; s < words.size(); ++s)
    model_->extract(words[s], features[s], norms ? (*norms)[s] : std::span<const std::string>(), domain);
  std::vector<std::vector<int>> labels = model_->decode_document(features, running);
  if (neural_)
    for (std::size_t s = 0; s < words.size(); ++s) {
      std::vector<int> neural = neural_->tag(words[s], domain_);
      drop_function_words(neural, words[s]);
      labels[s] =
          merge_entities(labels[s], neural, words[s],
                         closed_words(model_->lexicon, words[s],
                                      norms ? (*norms)[s] : std::span<const std::string>()));
    }
  return labels;
}

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

}  // namespace

std::vector<std::string> Recognizer::tag(const std::vector<std::string>& words) const {
  const std::vector<std::vector<int>> labels = label({views(words)}, false);
  std::vector<std::string> out;
  for (int l : labels[0]) out.emplace_back(label_name(l));
  return out;
}

std::vector<std::vector<std::string>> Recognizer::tag_sentences(
    const std::vector<std::vector<std::string>>& sentences, bool running) const {
  std::vector<std::vector<std::string_view>> words;
  for (const auto& s : sentences) words.push_back(views(s));
  std::vector<std::vector<std::string>> out;
  for (const auto& labels : label(words, running)) {
    auto& tags = out.emplace_back();
    for (int l : labels) tags.emplace_back(label_name(l));
  }
  return out;
}

std::vector<std::vector<std::string>> Recognizer::tag_running(
    const std::vector<std::vector<std::string>>& sentences) const {
  return tag_sentences(sentences, true);
}

std::vector<std::vector<std::string>> Recognizer::tag_article(
    const std::vector<std::vector<std::string>>& sentences) const {
  return tag_sentences(sentences, false);
}

std::vector<Entity> Recognizer::recognize(std::string_view text, std::span<const text::Token> tokens,
                                          std::span<const text::Sentence> sentences) const {
  std::vector<std::string> norms(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) text::normalize_into(tokens[t].view(text), text::Profile::kSearch, norms[t]);
  return recognize(text, tokens, sentences, norms);
}

std::vector<Entity> Recognizer::recognize(std::string_view text, std::span<const text::Token> tokens,
                                          std::span<const text::Sentence> sentences,
                                          std::span<const std::string> norms) const {
  if (norms.size() != tokens.size()) throw InputError("Recognizer::recognize: one search form per token");
  std::vector<std::vector<std::string_view>> words(sentences.size());
  std::vector<std::span<const std::string>> forms(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::size_t first = std::min<std::size_t>(sentences[s].first_token, tokens.size());
    const std::size_t last = std::clamp<std::size_t>(sentences[s].last_token, first, tokens.size());
    for (std::size_t t = first; t < last; ++t) words[s].push_back(tokens[t].view(text));
    forms[s] = norms.subspan(first, last - first);
  }
  return resolve(*model_, text, tokens, sentences, label(words, false, &forms), norms);
}

double Recognizer::held_out() const noexcept { return model_->held_out; }

Recognizer::Learnt Recognizer::learnt_articles(std::span<const LabeledSentence> sentences) const {
  Learnt out;
  for (std::uint64_t f : article_fingerprints(sentences)) {
    ++out.articles;
    out.learnt += std::binary_search(model_->learnt.begin(), model_->learnt.end(), f);
  }
  return out;
}

}  // namespace marsad::ner
