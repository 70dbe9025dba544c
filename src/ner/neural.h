// The neural tagger (tools/train/ner_neural.py trains it): a character CNN and pre-trained
// word vectors feed one BiLSTM layer, a linear layer gives each word a score per label, and a
// CRF's transition scores pick the best label sequence (Lample et al. 2016, "Neural
// Architectures for Named Entity Recognition", with Ma & Hovy's character CNN). It sees what
// the feature model misses (foreign names, the extent of long names) and runs at a few
// thousand sentences a second, so it is the accurate mode beside the fast default.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
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
  /// A file may hold several networks one after the other (an ensemble: their label scores
  /// and CRF scores are averaged); a network without a word table uses the first one's.
  static NeuralTagger parse(std::string_view bytes, std::string_view source);

  /// Score of each label (marsad's label ids, kLabels per word) for each word, before the
  /// CRF, averaged over the networks: emissions[i * kLabels + label]. A network trained with
  /// a domain bit (`ner_neural.py --domain-bit`) reads ANERcorp's conventions for
  /// Domain::kAnercorp and the news sets' otherwise; other networks ignore `domain`.
  std::vector<float> emissions(const std::vector<std::string_view>& words, Domain domain = Domain::kNews) const;
  /// The best label sequence (marsad's label ids) under the emissions and the CRF.
  std::vector<int> tag(const std::vector<std::string_view>& words, Domain domain = Domain::kNews) const;

  std::size_t networks() const noexcept { return nets_.size(); }

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
    /// ys[t * outputs + r] += (W xs[t])[r] for every t.
    void add_products(const std::vector<const float*>& xs, float* ys) const;
  };
  struct Lstm {
    Weights w_ih, w_hh;
    std::vector<float> bias;  // b_ih + b_hh
    // With a domain bit: the bias when the bit is 1 (news), the bit's input column added to
    // `bias` (the bit is the same at every word, so it only moves the gates' bias).
    std::vector<float> news_bias;
    std::size_t hidden() const noexcept { return w_hh.inputs; }
    /// The states of a run over `inputs` (each w_ih.inputs long) from a zero state,
    /// right to left when `reverse`, with the domain bit set when `news`; out[t * hidden + j].
    std::vector<float> run(const std::vector<const float*>& inputs, bool reverse, bool news = false) const;
  };
  struct WordTable {
    std::unordered_map<std::string, std::uint32_t> rows;  // key → row of vectors
    Matrix vectors;                                      // rows 0, 1: padding, unknown
  };
  struct Network {
    std::shared_ptr<const WordTable> words;  // shared by the networks of an ensemble
    std::size_t max_chars = 24, width = 3;
    std::unordered_map<char32_t, std::uint32_t> char_ids;
    Matrix chars;
    Weights conv;  // filters × (width · char_dim): input k * char_dim + d is offset k, channel d
    std::vector<float> conv_bias;
    Lstm forward, backward;
    // A language model pre-trained on news reads the word vectors both ways; its states are
    // the tagger's input beside the word and its characters (TagLM). Empty when absent.
    Lstm lm_forward, lm_backward;
    Weights out;
    std::vector<float> out_bias;
    std::vector<int> label_of;  // the file's tag index → marsad's label id
  };

 private:
  std::vector<Network> nets_;
  std::vector<float> start_, end_, transitions_;  // the networks' mean, in marsad's label ids
};

/// The neural tagger now and then takes a lone function word for a name (له، إلى، كان): a
/// one-word entity that is a stop word, or of one or two letters, becomes O.
void drop_function_words(std::vector<int>& labels, const std::vector<std::string_view>& words);

/// The accurate mode's labels: the feature model's, with each neural entity added where the
/// feature model found nothing, or put in place of what it found inside the neural entity's
/// extent when that is two or more entities (قوات / الاتحاد الأفريقي → one) or one shorter
/// entity of the same type (محمد → محمد صديق); not over a person's name of two words or more
/// when it is no person (أرسنال | أليكس تشامبرلين: a club and its player, no one club), nor as a
/// person over a place and what follows it (كولومبيا | بوش: no person's name opens with a place).
/// Different types over the same words keep the feature model's: it reads the lexicon, the
/// neural tagger does not; an organisation and a place after it that the neural tagger makes
/// one name of a third type are one organisation (دينامو | كييف, a person to it: a club). A
/// neural entity is left out when a word inside it begins with the conjunction و where the
/// feature model begins an entity or has none (مكادو وعبدالله كانو are
/// two people, الخديوي إسماعيل والملكين no name), and when it would replace something and its
/// first word has و (ونجله أحمد صالح: the name is أحمد صالح). `words` (empty: no such check)
/// are the sentence's; labels are marsad's ids.
/// `closed` (empty: no such check) marks the words a longer name of the same type may not take
/// in: never (kAlways: على، يقول) or before the feature model's entity (kBefore: a title).
enum class Closed : std::uint8_t { kNo, kAlways, kBefore };
class Lexicon;
/// The closed words of a sentence for merge_entities: function words (بشأن، على، يقول) and nouns
/// with «his» after an alef (مرماه) always, titles and person triggers before a name. `norms`:
/// the words' search forms if the caller has them (else made here).
std::vector<Closed> closed_words(const Lexicon& lexicon, const std::vector<std::string_view>& words,
                                 std::span<const std::string> norms = {});
std::vector<int> merge_entities(const std::vector<int>& feature, const std::vector<int>& neural,
                                const std::vector<std::string_view>& words = {},
                                const std::vector<Closed>& closed = {});
}  // namespace marsad::ner
