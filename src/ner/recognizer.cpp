// Recognizer: the public face of the tagger and resolution.
#include <fstream>
#include <sstream>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "ner/embedded_model.h"
#include "ner/model.h"
#include "ner/neural.h"
#include "ner/resolve.h"

namespace marsad::ner {
namespace {

std::string read_file(const std::filesystem::path& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(std::string("cannot read ") + what, {path.string()});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

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

Recognizer Recognizer::accurate(const std::filesystem::path& model, const std::filesystem::path& neural) {
  auto m = model.empty() ? builtin_model()
                         : std::make_unique<Model>(Model::load(read_file(model, "NER model"), model.string()));
  auto n = neural.empty() ? builtin_neural()
                          : std::make_unique<NeuralTagger>(NeuralTagger::parse(
                                read_file(neural, "neural NER model"), neural.string()));
  return Recognizer(std::move(m), std::move(n));
}

std::vector<int> Recognizer::with_neural(const std::vector<int>& labels,
                                         const std::vector<std::string_view>& words) const {
  if (!neural_) return labels;
  std::vector<int> neural = neural_->tag(words);
  drop_function_words(neural, words);
  return merge_entities(labels, neural, words);
}

std::vector<std::string> Recognizer::tag(const std::vector<std::string>& words) const {
  if (!neural_) return model_->tag(words);
  std::vector<SentenceFeatures> features(1);
  model_->extract(words, features[0]);
  std::vector<int> labels = with_neural(model_->decode_document(features, false)[0],
                                        std::vector<std::string_view>(words.begin(), words.end()));
  std::vector<std::string> out;
  for (int l : labels) out.emplace_back(label_name(l));
  return out;
}

std::vector<std::vector<std::string>> Recognizer::tag_running(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<SentenceFeatures> features(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) model_->extract(sentences[s], features[s]);
  std::vector<std::vector<int>> labels = model_->decode_document(features, true);
  std::vector<std::vector<std::string>> out;
  out.reserve(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    auto& tags = out.emplace_back();
    for (int l : with_neural(labels[s], std::vector<std::string_view>(sentences[s].begin(), sentences[s].end())))
      tags.emplace_back(label_name(l));
  }
  return out;
}

std::vector<Entity> Recognizer::recognize(std::string_view text, std::span<const text::Token> tokens,
                                          std::span<const text::Sentence> sentences) const {
  std::vector<SentenceFeatures> features(sentences.size());
  std::vector<std::vector<std::string_view>> words(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (std::uint32_t t = sentences[s].first_token; t < sentences[s].last_token; ++t)
      words[s].push_back(tokens[t].view(text));
    model_->extract(std::vector<std::string>(words[s].begin(), words[s].end()), features[s]);
  }
  std::vector<std::vector<int>> labels = model_->decode_document(features, false);
  if (neural_)
    for (std::size_t s = 0; s < sentences.size(); ++s) labels[s] = with_neural(labels[s], words[s]);
  return resolve(*model_, text, tokens, sentences, labels);
}

}  // namespace marsad::ner
