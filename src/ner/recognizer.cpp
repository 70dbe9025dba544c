// Recognizer: the public face of the tagger and resolution.
#include <fstream>
#include <sstream>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "ner/embedded_model.h"
#include "ner/model.h"
#include "ner/resolve.h"

namespace marsad::ner {

Recognizer::Recognizer(std::unique_ptr<Model> model) : model_(std::move(model)) {}

Recognizer::Recognizer(std::string_view bytes, const std::string& name)
    : model_(std::make_unique<Model>(Model::load(bytes, name))) {}

Recognizer::Recognizer(const std::filesystem::path& model) {
  std::ifstream in(model, std::ios::binary);
  if (!in) throw IoError("cannot read NER model", {model.string()});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  model_ = std::make_unique<Model>(Model::load(bytes.str(), model.string()));
}

Recognizer::~Recognizer() = default;
Recognizer::Recognizer(Recognizer&&) noexcept = default;
Recognizer& Recognizer::operator=(Recognizer&&) noexcept = default;

const Recognizer& Recognizer::instance() {
  static const Recognizer recognizer = [] {
    std::string_view bytes = embedded_model();
    if (bytes.empty())
      throw FormatError("this build has no default NER model; train models/ner.bin (see models/README.md)");
    return Recognizer(bytes, "models/ner.bin (built in)");
  }();
  return recognizer;
}

std::vector<std::string> Recognizer::tag(const std::vector<std::string>& words) const {
  return model_->tag(words);
}

std::vector<std::vector<std::string>> Recognizer::tag_running(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<SentenceFeatures> features(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) model_->extract(sentences[s], features[s]);
  std::vector<std::vector<std::string>> out;
  out.reserve(sentences.size());
  for (const auto& labels : model_->decode_document(features, true)) {
    auto& tags = out.emplace_back();
    for (int l : labels) tags.emplace_back(label_name(l));
  }
  return out;
}

std::vector<Entity> Recognizer::recognize(std::string_view text, std::span<const text::Token> tokens,
                                          std::span<const text::Sentence> sentences) const {
  std::vector<SentenceFeatures> features(sentences.size());
  std::vector<std::string> words;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    words.clear();
    for (std::uint32_t t = sentences[s].first_token; t < sentences[s].last_token; ++t)
      words.emplace_back(tokens[t].view(text));
    model_->extract(words, features[s]);
  }
  return resolve(*model_, text, tokens, sentences, model_->decode_document(features, false));
}

}  // namespace marsad::ner
