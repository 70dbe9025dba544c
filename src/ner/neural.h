// The neural tagger (tools/train/ner_neural.py trains it): a character CNN and pre-trained
// word vectors feed one BiLSTM layer, a linear layer gives each word a score per label, and a
// CRF's transition scores pick the best label sequence (Lample et al. 2016, "Neural
// Architectures for Named Entity Recognition", with Ma & Hovy's character CNN). It sees what
// the feature model misses (foreign names, the extent of long names) and runs at a few
// thousand sentences a second, so it is the accurate mode beside the fast default.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ner/model.h"

namespace marsad::ner {

/// The key a word's vector is stored under: NFKC; tatweel and diacritics removed;
/// أ إ آ ٱ → ا, ى → ي (ة kept); every decimal digit → 0; letters lower-cased. Must stay
/// equal to word_key in tools/train/ner_data.py, which keys the training corpus.
std::string neural_word_key(std::string_view word);

class NeuralTagger {
 public:
  /// Reads a model file's bytes (format: tools/train/ner_neural.py, `save`). `source` names
  /// it in errors. Throws FormatError, with the byte offset, for a damaged or foreign file.
  static NeuralTagger parse(std::string_view bytes, std::string_view source);

  /// Score of each label (marsad's label ids, kLabels per word) for each word, before the
  /// CRF: emissions[i * kLabels + label].
  std::vector<float> emissions(const std::vector<std::string_view>& words) const;
  /// The best label sequence (marsad's label ids) under the emissions and the CRF.
  std::vector<int> tag(const std::vector<std::string_view>& words) const;

  std::size_t parameters() const noexcept;

 private:
  struct Matrix {  // row-major: a table of vectors
    std::size_t rows = 0, cols = 0;
    std::vector<float> data;
    const float* row(std::size_t r) const { return data.data() + r * cols; }
  };
  // A layer's weights (outputs × inputs) stored by column, so that y += W x runs as one
  // vectorisable y += W[:, c] x[c] per input.
  struct Weights {
    std::size_t outputs = 0, inputs = 0;
    std::vector<float> by_column;
    void add_product(const float* x, float* y) const;
  };
  struct Lstm {
    Weights w_ih, w_hh;
    std::vector<float> bias;  // b_ih + b_hh
  };

  std::vector<float> word_input(std::string_view word) const;
  std::vector<float> run_lstm(const Lstm& lstm, const std::vector<std::vector<float>>& inputs,
                              bool reverse) const;

  std::size_t max_chars_ = 24;
  std::unordered_map<std::string, std::uint32_t> word_rows_;  // key → row of words_
  std::unordered_map<std::u32string::value_type, std::uint32_t> char_ids_;
  Matrix words_, chars_;
  Weights conv_;  // filters × (width · char_dim): input k * char_dim + d is offset k, channel d
  std::vector<float> conv_bias_;
  std::size_t width_ = 3;
  Lstm forward_, backward_;
  std::size_t hidden_ = 0;
  Weights out_;
  std::vector<float> out_bias_;
  std::vector<int> label_of_;  // the file's tag index → marsad's label id
  std::vector<float> start_, end_, transitions_;  // in marsad's label ids; transitions [from][to]
};

/// The neural tagger now and then takes a lone function word for a name (له، إلى، كان): a
/// one-word entity that is a stop word, or of one or two letters, becomes O.
void drop_function_words(std::vector<int>& labels, const std::vector<std::string_view>& words);

/// The accurate mode's labels: the feature model's, with each neural entity added where the
/// feature model found nothing, or put in place of what it found inside the neural entity's
/// extent when that is two or more entities (قوات / الاتحاد الأفريقي → one) or one shorter
/// entity of the same type (محمد → محمد صديق). Different types over the same words keep the
/// feature model's: it reads the lexicon, the neural tagger does not. Labels are marsad's ids.
std::vector<int> merge_entities(const std::vector<int>& feature, const std::vector<int>& neural);

}  // namespace marsad::ner
